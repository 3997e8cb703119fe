// SPDX-License-Identifier: MIT
// Test helpers for <apq-area-overview>: read what it shows (each area's table and its bars,
// completion, priorities, the error) and reach its controls, without tests knowing its markup.
import { ElementHarness, textOf } from '../../internal/element-harness.js';
import type { ApqAreaOverview } from './area-overview.js';

export { textOf };

export interface TableRow {
  level: string;
  label: string;
  settings: string;
  /** The count as a number; undefined for a suppressed one. */
  count: number | undefined;
  suppressed: boolean;
  change: string | undefined;
}

export interface BarRow {
  level: string;
  /** The count of the row the bar is drawn in; undefined for a suppressed one. */
  count: number | undefined;
  /** True when the bar is drawn as a dashed track (a suppressed count). */
  dashed: boolean;
  /** True when the bar is hidden from assistive technology. */
  hidden: boolean;
  /** The bar's length, in percent of the full width; 0 when there is no bar. */
  width: number;
}

export class AreaOverviewHarness extends ElementHarness<ApqAreaOverview> {
  /** `empty`, `loading`, `failed` or `ready`. */
  get phase(): string | undefined {
    return this.root.querySelector<HTMLElement>('[part="base"]')?.dataset.phase;
  }

  get text(): string {
    return textOf(this.query('[part="base"]'));
  }

  areaIds(): string[] {
    return this.queryAll('[part="area"]').map((el) => el.dataset.area!);
  }

  area(id: string): HTMLElement {
    const el = this.query(`[part="area"][data-area="${CSS.escape(id)}"]`);
    if (!el) throw new Error(`no area "${id}"`);
    return el;
  }

  heading(id: string): string {
    return textOf(this.area(id).querySelector('[part="area-heading"]'));
  }

  /** The column headers of an area's table. */
  columns(id: string): string[] {
    return [...this.area(id).querySelectorAll('[part="table"] thead th')].map(textOf);
  }

  caption(id: string): string {
    return textOf(this.area(id).querySelector('[part="table"] caption'));
  }

  table(id: string): TableRow[] {
    return [...this.area(id).querySelectorAll<HTMLTableRowElement>('[part="table"] tbody tr')].map((tr) => {
      const td = tr.querySelector<HTMLElement>('td[data-count]')!;
      const change = tr.querySelector('td[data-change]');
      return {
        level: tr.dataset.level!,
        label: textOf(tr.querySelector('th')),
        settings: textOf(td),
        count: td.dataset.count ? Number(td.dataset.count) : undefined,
        suppressed: tr.dataset.suppressed === 'true',
        change: change ? textOf(change) : undefined,
      };
    });
  }

  /** The bar drawn in each row of an area's table. */
  bars(id: string): BarRow[] {
    return [...this.area(id).querySelectorAll<HTMLTableRowElement>('[part="table"] tbody tr')].map((tr) => {
      const bar = tr.querySelector<SVGSVGElement>('[part="bar"]');
      if (!bar) throw new Error(`no bar in the row "${tr.dataset.level}" of "${id}"`);
      const td = tr.querySelector<HTMLElement>('td[data-count]')!;
      return {
        level: tr.dataset.level!,
        count: td.dataset.count ? Number(td.dataset.count) : undefined,
        dashed: getComputedStyle(bar).borderTopStyle === 'dashed',
        hidden: bar.getAttribute('aria-hidden') === 'true',
        width: parseFloat(bar.querySelector('.bar__fill')?.getAttribute('width') ?? '0'),
      };
    });
  }

  completion(id: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const row of this.area(id).querySelectorAll<HTMLElement>('[part="completion"] [data-row]')) out[row.dataset.row!] = textOf(row.querySelector('.summary-list__value'));
    return out;
  }

  priorities(id: string): { named: string; common: string[] } {
    const area = this.area(id);
    return { named: textOf(area.querySelector('[data-priorities-named]')), common: [...area.querySelectorAll('[data-priority]')].map(textOf) };
  }

  /** A row of the list at the top (`period`, `group`, `settings`). */
  row(name: string): string | undefined {
    const row = this.query(`[data-row="${CSS.escape(name)}"] .summary-list__value`);
    return row ? textOf(row) : undefined;
  }

  /** The radios of a control (`period` or `group`): their labels and which is chosen. */
  options(control: 'period' | 'group'): Array<{ label: string; checked: boolean; input: HTMLInputElement }> {
    return this.queryAll<HTMLInputElement>(`input[type="radio"][name="${control}"]`).map((input) => ({
      label: textOf(this.root.querySelector(`label[for="${CSS.escape(input.id)}"]`)),
      checked: input.checked,
      input,
    }));
  }

  /** Chooses an option by its label, as a click would. */
  async choose(control: 'period' | 'group', label: string): Promise<void> {
    const option = this.options(control).find((o) => o.label === label);
    if (!option) throw new Error(`no ${control} "${label}" (have ${this.options(control).map((o) => o.label).join(', ')})`);
    option.input.click();
    await this.element.updateComplete;
  }

  get downloadButton(): HTMLButtonElement {
    const el = this.query<HTMLButtonElement>('[part="download-button"]');
    if (!el) throw new Error('no download button');
    return el;
  }

  get printButton(): HTMLButtonElement {
    const el = this.query<HTMLButtonElement>('[part="print-button"]');
    if (!el) throw new Error('no print button');
    return el;
  }

  get liveRegion(): string {
    return textOf(this.query('[part="live-region"]')).replace(/\u200b/g, '');
  }

  /** The error shown instead of the overview: its title, hint and `path: problem` lines. */
  get error(): { title: string; text: string; lines: string[] } | undefined {
    const el = this.query('[part="error"]');
    return el ? { title: textOf(el.querySelector('.warning__text')), text: textOf(el), lines: [...el.querySelectorAll('.problems li')].map(textOf) } : undefined;
  }
}
