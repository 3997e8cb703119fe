// SPDX-License-Identifier: MIT
// GOV.UK's date input (day, month and year in three labelled boxes) and the reading of what was
// typed into a date: a full date, or (where allowed) a month or a year, never a date that does
// not exist. What was typed is kept as typed; only a successful reading produces a value.
import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type FieldError, describedBy, errorId, errorMessage, hintId } from '../../../templates/controls.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** Why a date could not be read, and which box to go to. */
export type DateProblem =
  | { kind: 'required'; part: DatePart }
  | { kind: 'missing'; part: DatePart }
  | { kind: 'full'; part: DatePart }
  | { kind: 'year'; part: 'year' }
  | { kind: 'real'; part: DatePart };

export type DateReading = { ok: true; value: string | undefined } | { ok: false; problem: DateProblem };

export interface ReadDateOptions {
  required: boolean;
  /** Allows a month (YYYY-MM) or a year (YYYY) alone: a due date "by the end of March". */
  partial: boolean;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a date typed as day, month and year. Spaces around numbers are ignored. */
export function readDate(parts: DateParts, o: ReadDateOptions): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return o.required ? { ok: false, problem: { kind: 'required', part: 'day' } } : { ok: true, value: undefined };
  for (const [part, text] of [['day', day], ['month', month], ['year', year]] as const) {
    if (text && !/^\d{1,4}$/.test(text)) return { ok: false, problem: { kind: 'real', part } };
  }
  if (!o.partial && (!day || !month || !year)) {
    const part: DatePart = !day ? 'day' : !month ? 'month' : 'year';
    return { ok: false, problem: { kind: 'missing', part } };
  }
  if (!year) return { ok: false, problem: { kind: 'missing', part: 'year' } };
  if (day && !month) return { ok: false, problem: { kind: 'missing', part: 'month' } };
  if (!/^\d{4}$/.test(year) || Number(year) < 1000) return { ok: false, problem: { kind: 'year', part: 'year' } };
  const y = Number(year);
  if (!month) return { ok: true, value: year };
  const m = Number(month);
  if (m < 1 || m > 12) return { ok: false, problem: { kind: 'real', part: 'month' } };
  if (!day) return { ok: true, value: `${year}-${pad(m)}` };
  const d = Number(day);
  if (d < 1 || d > daysInMonth(y, m)) return { ok: false, problem: { kind: 'real', part: 'day' } };
  return { ok: true, value: `${year}-${pad(m)}-${pad(d)}` };
}

/** A stored date (YYYY-MM-DD, YYYY-MM or YYYY) as the three boxes show it. */
export function dateParts(value: string | undefined): DateParts {
  if (!value) return { ...EMPTY_DATE };
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: day ? String(Number(day)) : '', month: month ? String(Number(month)) : '', year };
}

export const datePartId = (id: string, part: DatePart) => (part === 'day' ? id : `${id}--${part}`);

export interface DateInputOptions {
  id: string;
  legend: string;
  hint?: string | undefined;
  value: DateParts;
  error?: (FieldError & { part?: DatePart | undefined }) | undefined;
  labels: Record<DatePart, string>;
  onInput: (value: DateParts) => void;
  onChange: () => void;
}

/** What the three boxes hold now, read together, so quick successive edits never undo one another. */
function typedDate(box: HTMLInputElement, id: string): DateParts {
  const group = box.closest('.date-input');
  const read = (part: DatePart) => group?.querySelector<HTMLInputElement>(`#${CSS.escape(datePartId(id, part))}`)?.value ?? '';
  return { day: read('day'), month: read('month'), year: read('year') };
}

/** Three boxes in a fieldset; the day's id is the field's id, so error links land on it. */
export function dateInput(o: DateInputOptions): TemplateResult {
  const hasError = o.error !== undefined;
  const described = describedBy(o.hint ? hintId(o.id) : undefined, hasError && errorId(o.id));
  const box = (part: DatePart, width: 2 | 4) => {
    const id = datePartId(o.id, part);
    // Only the box at fault is marked, unless the whole date is (nothing typed at all).
    const invalid = hasError && (o.error?.part === undefined || o.error.part === part);
    return html`<div class="date-input__item">
      <label class="label date-input__label" for=${id}>${o.labels[part]}</label>
      <input
        class="input date-input__input date-input__input--${width} ${invalid ? 'input--error' : ''}"
        part="input"
        id=${id}
        name=${id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${o.value[part]}
        @input=${(e: Event) => o.onInput(typedDate(e.target as HTMLInputElement, o.id))}
        @change=${o.onChange}
      />
    </div>`;
  };
  return html`<div class=${hasError ? 'form-group form-group--error' : 'form-group'} data-field=${o.id}>
    <fieldset class="fieldset" role="group" aria-describedby=${ifDefined(described)}>
      <legend class="legend legend--s">${o.legend}</legend>
      ${o.hint ? html`<div class="hint" id=${hintId(o.id)}>${o.hint}</div>` : nothing} ${errorMessage(o.id, o.error)}
      <div class="date-input">${box('day', 2)} ${box('month', 2)} ${box('year', 4)}</div>
    </fieldset>
  </div>`;
}
