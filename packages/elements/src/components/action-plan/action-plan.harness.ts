// SPDX-License-Identifier: MIT
// Test helpers for <apq-action-plan>: read what it shows (areas, priorities, actions, reviews,
// errors) and use it as a person would (open an editor, type, save), without tests knowing its
// internal markup.
import { ElementHarness, textOf } from '../../internal/element-harness.js';
import type { ApqActionPlan } from './action-plan.js';
import { datePartId } from './parts/date-input.js';
import { editorKey, fieldId } from './parts/editing.js';

export { textOf, editorKey, fieldId };

export class ActionPlanHarness extends ElementHarness<ApqActionPlan> {
  /** `empty`, `loading`, `failed` or `ready`. */
  get phase(): string | undefined {
    return this.root.querySelector<HTMLElement>('[part="base"]')?.dataset.phase;
  }

  get text(): string {
    return textOf(this.query('[part="base"]'));
  }

  get progress(): string {
    return textOf(this.query('[part="progress"]'));
  }

  areaIds(): string[] {
    return this.queryAll('[part="area"]').map((el) => el.dataset.area!);
  }

  /** The ids of the actions shown, in page order. */
  actionIds(): string[] {
    return this.queryAll('[part="action"]').map((el) => el.dataset.action!);
  }

  action(id: string): HTMLElement {
    const el = this.query(`[part="action"][data-action="${CSS.escape(id)}"]`);
    if (!el) throw new Error(`no action "${id}" shown`);
    return el;
  }

  /** An action as read: what, its tags, its rows and its reviews. */
  read(id: string): { what: string; tags: string[]; rows: Record<string, string>; reviews: string[]; overdue: boolean } {
    const el = this.action(id);
    const rows: Record<string, string> = {};
    for (const row of el.querySelectorAll<HTMLElement>('.summary-list__row')) rows[row.dataset.row!] = textOf(row.querySelector('.summary-list__value'));
    return {
      what: textOf(el.querySelector('h5')),
      tags: [...el.querySelectorAll('.action__tags .tag')].map(textOf),
      rows,
      reviews: [...el.querySelectorAll('.review')].map(textOf),
      overdue: el.hasAttribute('data-overdue'),
    };
  }

  /** A button of an action: `change`, `review`, `drop` or `confirm`. */
  actionButton(id: string, name: 'change' | 'review' | 'drop' | 'confirm'): HTMLButtonElement | null {
    return this.action(id).querySelector<HTMLButtonElement>(`[data-action-button="${name}"]`);
  }

  addButton(area: string, priority?: string): HTMLButtonElement {
    const el = this.query<HTMLButtonElement>(`#${CSS.escape(`add--${area}--${priority ?? 'none'}`)}`);
    if (!el) throw new Error(`no "Add an action" for ${area} ${priority ?? ''}`);
    return el;
  }

  /** Sets a field of an editor as typing would (an input event per value). */
  async type(key: string, field: string, value: string): Promise<void> {
    const el = this.query<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(fieldId(key, field))}`);
    if (!el) throw new Error(`no field ${field} in ${key}`);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  async typeDate(key: string, field: string, day: string, month: string, year: string): Promise<void> {
    for (const [part, value] of [['day', day], ['month', month], ['year', year]] as const) {
      const el = this.query<HTMLInputElement>(`#${CSS.escape(datePartId(fieldId(key, field), part))}`)!;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await this.element.updateComplete;
  }

  async chooseStatus(key: string, status: string): Promise<void> {
    const id = fieldId(key, 'status');
    const el = this.query<HTMLInputElement>(`input[name="${CSS.escape(id)}"][value="${CSS.escape(status)}"]`)!;
    el.click();
    await this.element.updateComplete;
  }

  /** The value a field shows now. */
  value(key: string, field: string): string | undefined {
    return this.query<HTMLInputElement>(`#${CSS.escape(fieldId(key, field))}`)?.value;
  }

  async click(el: HTMLElement | null): Promise<void> {
    if (!el) throw new Error('nothing to click');
    el.click();
    await this.element.updateComplete;
  }

  async save(key: string): Promise<void> {
    await this.click(this.query(`[data-save="${CSS.escape(key)}"]`));
  }

  editorOpen(key: string): boolean {
    return this.query(`[data-editor="${CSS.escape(key)}"]`) !== null;
  }

  get errorSummary(): string[] {
    return this.queryAll('.error-summary__link').map(textOf);
  }

  /** The inline error of an editor's field. */
  fieldError(key: string, field: string): string | undefined {
    const el = this.query(`#${CSS.escape(`${fieldId(key, field)}--error`)}`);
    return el ? textOf(el).replace(/^Error:\s*/, '') : undefined;
  }

  async filter(name: 'area' | 'owner' | 'status', value: string): Promise<void> {
    const el = this.query<HTMLSelectElement>(`#filter-${name}`)!;
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  async onlyOverdue(on: boolean): Promise<void> {
    const el = this.query<HTMLInputElement>('#filter-overdue')!;
    if (el.checked !== on) el.click();
    await this.element.updateComplete;
  }

  get showing(): string {
    return textOf(this.query('[data-showing]'));
  }

  /** The error shown instead of the plan: its title and its `path: problem` lines. */
  get error(): { title: string; lines: string[] } | undefined {
    const el = this.query('[part="error"]');
    return el ? { title: textOf(el.querySelector('.warning__text')), lines: [...el.querySelectorAll('.problems li')].map(textOf) } : undefined;
  }
}
