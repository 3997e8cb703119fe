// SPDX-License-Identifier: MIT
// Test helpers for <apq-evaluation-form>: find things in its shadow root and act as a person
// would (type, choose, move on, submit) without tests knowing its internal markup.
import { ElementHarness } from '../../internal/element-harness.js';
import type { ApqEvaluationForm } from './evaluation-form.js';

export class EvaluationFormHarness extends ElementHarness<ApqEvaluationForm> {
  /** The step shown: `start`, `area:<id>`, `review` or `done`; undefined while loading or failed. */
  get step(): string | undefined {
    return this.root.querySelector<HTMLElement>('.base[data-step]')?.dataset.step;
  }

  /** A control by field name (its id), such as `setting.name` or `checks.attendance-1-1`. */
  field<E extends HTMLElement = HTMLInputElement>(name: string): E {
    const el = this.root.getElementById(name) as E | null;
    if (!el) throw new Error(`no field "${name}" on step ${this.step}`);
    return el;
  }

  /** The radio for one value of a radio group. */
  radio(name: string, value: string): HTMLInputElement {
    const el = this.root.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    if (!el) throw new Error(`no option "${value}" for "${name}"`);
    return el;
  }

  /** Types into a text field as a whole value: fires input, then change (as leaving the field does). */
  async fill(name: string, value: string): Promise<void> {
    const el = this.field<HTMLInputElement | HTMLTextAreaElement>(name);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await this.element.updateComplete;
  }

  async choose(name: string, value: string): Promise<void> {
    this.radio(name, value).click();
    await this.element.updateComplete;
  }

  /** Clicks a button by its visible text (exact, after trimming). */
  async clickButton(text: string): Promise<void> {
    const found = this.buttons().find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
    if (!found) throw new Error(`no button "${text}" on step ${this.step}: ${this.buttons().map((b) => b.textContent?.trim()).join(' | ')}`);
    found.click();
    await this.element.updateComplete;
  }

  buttons(): HTMLButtonElement[] {
    return this.queryAll<HTMLButtonElement>('button');
  }

  /** Opens a section from the list of sections by its position label, e.g. "1. Attendance". */
  async openSection(label: string): Promise<void> {
    const link = this.queryAll<HTMLButtonElement>('.task__link').find((b) => b.textContent?.trim() === label);
    if (!link) throw new Error(`no section "${label}"`);
    link.click();
    await this.element.updateComplete;
  }

  /** The status tag of a section in the list of sections. */
  sectionStatus(label: string): string | undefined {
    const link = this.queryAll<HTMLButtonElement>('.task__link').find((b) => b.textContent?.trim() === label);
    return link?.closest('.task')?.querySelector('.tag')?.textContent?.trim();
  }

  get overallProgress(): string | undefined {
    return this.query('.nav__progress')?.textContent?.trim();
  }

  async next(): Promise<void> {
    const primary = this.query<HTMLButtonElement>('.button-group .button:not(.button--secondary)');
    if (!primary) throw new Error(`no primary button on step ${this.step}`);
    primary.click();
    await this.element.updateComplete;
  }

  async submit(): Promise<void> {
    this.field<HTMLButtonElement>('submit').click();
    await this.element.updateComplete;
  }

  get errorSummary(): HTMLElement | null {
    return this.query('[part="error-summary"]');
  }

  get errorLinks(): HTMLAnchorElement[] {
    return this.queryAll<HTMLAnchorElement>('[part="error-summary-link"]');
  }

  get liveRegion(): string {
    return this.query('[part="live-region"]')?.textContent?.trim() ?? '';
  }

  get suggestion(): string | undefined {
    return this.query('[part="suggestion-level"]')?.textContent?.trim();
  }

  get storageWarning(): HTMLElement | null {
    return this.query('[part="storage-warning"]');
  }

  get migrationNotice(): HTMLElement | null {
    return this.query('[part="migration-notice"]');
  }

  /** The failure message shown instead of the form (bad or missing framework). */
  get failure(): string | undefined {
    return this.query('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
  }
}
