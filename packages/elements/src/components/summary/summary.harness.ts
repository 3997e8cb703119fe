// SPDX-License-Identifier: MIT
// Test helpers for <apq-summary>: read what it shows (header rows, each area's rows, the chart,
// its table, the changes) and reach its controls, without tests knowing its internal markup.
import { ElementHarness, textOf } from '../../internal/element-harness.js';
import type { ApqSummary } from './summary.js';

export { textOf };

export class SummaryHarness extends ElementHarness<ApqSummary> {
  /** `empty`, `loading`, `failed` or `ready`. */
  get phase(): string | undefined {
    return this.root.querySelector<HTMLElement>('[part="base"]')?.dataset.phase;
  }

  /** The setting's name, as the heading shows it. */
  get heading(): string {
    return textOf(this.query('[part="heading"]'));
  }

  /** The line above the heading: framework and version. */
  get caption(): string {
    return textOf(this.query('[part="header"] .caption'));
  }

  /** The whole text shown. */
  get text(): string {
    return textOf(this.query('[part="base"]'));
  }

  /** One row of the list about the evaluation, by name (`framework`, `use`, `status`, `evaluators`, `started`, `updated`, `submitted`…). */
  headerRow(name: string): string | undefined {
    const row = this.query(`[part="header"] [data-row="${CSS.escape(name)}"] .summary-list__value`);
    return row ? textOf(row) : undefined;
  }

  area(id: string): HTMLElement {
    const el = this.query(`[part="area"][data-area="${CSS.escape(id)}"]`);
    if (!el) throw new Error(`no area "${id}"`);
    return el;
  }

  areaIds(): string[] {
    return this.queryAll('[part="area"]').map((el) => el.dataset.area!);
  }

  /** One row of an area, by name (`judgement`, `suggested`, `rationale`, `change`, `progress`, `evidence`, `strengths`, `priorities`, `actions`). */
  areaRow(id: string, name: string): string | undefined {
    const row = this.area(id).querySelector(`[data-row="${CSS.escape(name)}"] .summary-list__value`);
    return row ? textOf(row) : undefined;
  }

  /** The chart's table: per area, the judgement it states. */
  chartTable(): Array<{ area: string; level: string; heading: string; judgement: string }> {
    return this.queryAll<HTMLTableRowElement>('[part="chart-table"] tbody tr').map((tr) => ({
      area: tr.dataset.area!,
      level: tr.dataset.level!,
      heading: textOf(tr.querySelector('th')),
      judgement: textOf(tr.querySelector('td')),
    }));
  }

  /** The chart's bars: per area, the level drawn and its length (percent of the full width); no bar is length 0. */
  chartBars(): Array<{ area: string; level: string; width: number; label: string }> {
    return this.queryAll<SVGGElement>('[part="chart"] svg g[data-area]').map((g) => {
      const bar = g.querySelector('.chart__bar');
      return {
        area: g.dataset.area!,
        level: bar?.getAttribute('data-level') ?? '',
        width: bar ? parseFloat(bar.getAttribute('width') ?? '0') : 0,
        label: textOf(g.querySelector('text')),
      };
    });
  }

  /**
   * The list of changes: per area, the change in words and its detail ("Good before, Outstanding
   * now"); an area not written yet has no change, only its detail.
   */
  comparison(): Array<{ area: string; direction: string; change: string; detail: string }> {
    return this.queryAll('[part="comparison-list"] [data-row]').map((row) => ({
      area: row.dataset.row!,
      direction: row.querySelector<HTMLElement>('[data-change]')?.dataset.change ?? '',
      change: textOf(row.querySelector('[data-change]')),
      detail: textOf(row.querySelector('.change-detail') ?? row.querySelector('.summary-list__value')),
    }));
  }

  get printButton(): HTMLButtonElement {
    const el = this.query<HTMLButtonElement>('[part="print-button"]');
    if (!el) throw new Error('no print button');
    return el;
  }

  downloadLink(format: 'csv' | 'json'): HTMLAnchorElement {
    const el = this.query<HTMLAnchorElement>(`[part="download-link"][data-format="${format}"]`);
    if (!el) throw new Error(`no ${format} download link`);
    return el;
  }

  /** The error shown instead of the summary: its title and its `path: problem` lines. */
  get error(): { title: string; lines: string[] } | undefined {
    const el = this.query('[part="error"]');
    return el ? { title: textOf(el.querySelector('.warning__text')), lines: [...el.querySelectorAll('.problems li')].map(textOf) } : undefined;
  }

  /** The warning that the previous evaluation is not compared. */
  get previousWarning(): { title: string; lines: string[] } | undefined {
    const el = this.query('[part="previous-warning"]');
    return el ? { title: textOf(el.querySelector('.warning__text')), lines: [...el.querySelectorAll('.problems li')].map(textOf) } : undefined;
  }

}
