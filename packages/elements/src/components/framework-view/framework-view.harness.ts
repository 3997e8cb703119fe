// SPDX-License-Identifier: MIT
// Test helpers for <apq-framework-view>: find things in its shadow root and act as a reader would
// (type in the filter, follow a contents link) without tests knowing its internal markup.
import { ElementHarness, textOf as squash } from '../../internal/element-harness.js';
import type { ApqFrameworkView } from './framework-view.js';

export class FrameworkViewHarness extends ElementHarness<ApqFrameworkView> {
  /** Everything the element shows, as text with whitespace collapsed. */
  get text(): string {
    return squash(this.query('[part="base"]')?.textContent);
  }

  get title(): string {
    return squash(this.query('[part="title"]')?.textContent);
  }

  /** The value of a row of the facts about the framework: `publisher`, `version`, `status`, `released`. */
  fact(name: string): string {
    return squash(this.query(`.summary-list__row[data-row="${name}"] .summary-list__value`)?.textContent);
  }

  get categories(): HTMLElement[] {
    return this.queryAll('[part="category"]');
  }

  get areas(): HTMLElement[] {
    return this.queryAll('[part="area"]');
  }

  get areaIds(): string[] {
    return this.areas.map((a) => a.id);
  }

  area(id: string): HTMLElement {
    const found = this.root.getElementById(id);
    if (!found || found.getAttribute('part') !== 'area') throw new Error(`no area "${id}" shown: ${this.areaIds.join(', ')}`);
    return found;
  }

  areaHeading(id: string): HTMLElement {
    return this.area(id).querySelector<HTMLElement>('[part="area-heading"]')!;
  }

  get questions(): HTMLElement[] {
    return this.queryAll('[part="question"]');
  }

  get descriptors(): HTMLElement[] {
    return this.queryAll('[part="descriptor"]');
  }

  /** The descriptor lists of an area, one per level, as `{ level, limiting, lead, note, count }`. */
  levels(areaId: string): Array<{ level: string; limiting: boolean; heading: string; lead: string; note: string; count: number }> {
    return [...this.area(areaId).querySelectorAll<HTMLElement>('[part="level"]')].map((l) => ({
      level: l.dataset.level ?? '',
      limiting: l.dataset.limiting === 'true',
      heading: squash(l.querySelector('.level__heading')?.textContent),
      lead: squash(l.querySelector('.level__lead')?.textContent),
      note: squash(l.querySelector('[part="limiting-note"]')?.textContent),
      count: l.querySelectorAll('[part="descriptor"]').length,
    }));
  }

  get contentsLinks(): HTMLAnchorElement[] {
    return this.queryAll<HTMLAnchorElement>('[part~="contents-link"]');
  }

  /** The contents link to an area or section. */
  contentsLink(target: string): HTMLAnchorElement {
    const found = this.contentsLinks.find((a) => a.dataset.target === target);
    if (!found) throw new Error(`no contents link to "${target}"`);
    return found;
  }

  get filterInput(): HTMLInputElement {
    const input = this.query<HTMLInputElement>('[part="filter"] input');
    if (!input) throw new Error('no filter box');
    return input;
  }

  /**
   * Types `text` into the filter as one value and waits until the filter has applied it (the
   * element's `updateComplete` waits for the short pause after typing).
   */
  async filter(text: string): Promise<void> {
    const input = this.filterInput;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
  }

  /** The visible line under the filter ("12 results for “x”" or the no-results message); '' when not filtering. */
  get results(): string {
    return squash(this.query('[part="results"]')?.textContent);
  }

  /** What the polite live region says now (zero-width spaces removed). */
  get announcement(): string {
    return squash(this.query('[part="live-region"]')?.textContent?.replace(/\u200b/g, ''));
  }

  get error(): HTMLElement | null {
    return this.query('[part="error"]');
  }

  /** Change tags of one kind (`added`, `reworded`, `removed`…) anywhere in the view. */
  changeTags(kind: string): HTMLElement[] {
    return this.queryAll(`[part~="change-tag"][data-change="${kind}"]`);
  }

  /** The comparison summary's counts, by column: `added`, `reworded`, `removed`, `other`. */
  get comparisonCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const item of this.queryAll('[part="comparison"] .counts__item')) out[item.dataset.count ?? ''] = Number(squash(item.querySelector('dd')?.textContent).replace(/\D/g, ''));
    return out;
  }

  /** How many items of one kind (`question`, `use`…) the comparison counts, by column: `added`, `reworded`, `removed`, `other`. */
  comparisonRow(item: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const li of this.queryAll(`[part="comparison"] [data-column] li[data-item="${item}"]`)) {
      out[li.closest<HTMLElement>('[data-column]')!.dataset.column ?? ''] = Number(li.dataset.count);
    }
    return out;
  }

  get useBanner(): HTMLElement | null {
    return this.query('[part="use-banner"]');
  }

  /** Clicks the button in the use banner that shows all areas (or only the focus areas). */
  async toggleAllAreas(): Promise<void> {
    const button = this.useBanner?.querySelector<HTMLButtonElement>('button');
    if (!button) throw new Error('no use banner with a button');
    button.click();
    await this.element.updateComplete;
  }

  get crosswalkRows(): HTMLTableRowElement[] {
    return this.queryAll<HTMLTableRowElement>('[part="crosswalk-table"] tbody tr');
  }
}
