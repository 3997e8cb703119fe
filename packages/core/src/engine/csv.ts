// SPDX-License-Identifier: MIT
// CSV for spreadsheets: RFC 4180 quoting, and text that a spreadsheet would run as a formula is
// prefixed with an apostrophe so that it stays text (see `FORMULA`).
import type { AggregateDocument } from '../schema/aggregate.js';
import type { AggregateResult } from './aggregate.js';
import type { Cell } from './suppression.js';
import type { SuggestionStatus } from './suggest.js';
import type { EvaluationSummary } from './summarise.js';

export const SUPPRESSED = 'suppressed';

const NO_SUGGESTION: Record<Exclude<SuggestionStatus, 'suggested'>, string> = {
  'not-enough-evidence': 'not enough evidence',
  'no-rule-matched': 'no rule matched',
  'no-rules': 'no rules',
  'no-descriptors': 'no descriptors',
  'not-yet-written': 'not yet written',
};

/** One row per area: category, number, title, questions answered and total, judgement, suggestion, strengths, priorities. */
export function summaryCsv(summary: EvaluationSummary): string {
  const rows: Array<Array<string | number>> = [
    ['Category', 'Area number', 'Area', 'Questions answered', 'Questions total', 'Judgement', 'Suggested', 'Strengths', 'Priorities'],
  ];
  for (const category of summary.categories) {
    for (const a of category.areas) {
      const suggested = a.suggestion.status === 'suggested' ? (a.suggestion.label ?? '') : NO_SUGGESTION[a.suggestion.status];
      rows.push([category.title, a.number, a.title, a.questions.done, a.questions.total, a.judgement.label ?? '', suggested, a.strengths.length, a.priorities.length]);
    }
  }
  return toCsv(rows);
}

/** One row per area and level (and one for "not judged"); a suppressed count is written as "suppressed", never as a number. */
export function aggregateCsv(result: AggregateResult): string {
  const rows: Array<Array<string | number>> = [['Category', 'Area number', 'Area', 'Level', 'Settings']];
  for (const a of result.areas) {
    for (const j of a.judgements) rows.push([a.categoryTitle, a.number, a.title, j.label, cellText(j.settings)]);
    rows.push([a.categoryTitle, a.number, a.title, 'Not judged', cellText(a.notJudged)]);
  }
  return toCsv(rows);
}

/**
 * An aggregate document, one row per period, area and figure (each level, not judged, completion,
 * priorities named and each common priority); a suppressed count is written as the document's wording.
 */
export function aggregateDocumentCsv(document: AggregateDocument): string {
  const wording = document.disclosure.wording;
  const text = (c: Cell) => (c.suppressed || c.count === null ? wording : c.count);
  const rows: Array<Array<string | number>> = [['Period', 'Category', 'Area number', 'Area', 'Figure', 'Settings']];
  for (const period of document.periods) {
    rows.push([period.label, '', '', '', 'Settings counted', text(period.settings)]);
    for (const a of period.areas) {
      const row = (figure: string, c: Cell) => rows.push([period.label, a.categoryTitle, a.number, a.title, figure, text(c)]);
      for (const j of a.judgements) row(j.label, j.settings);
      row('Not judged', a.notJudged);
      row('Completed', a.completion.completed);
      row('In progress', a.completion.inProgress);
      row('Not started', a.completion.notStarted);
      row('Named a priority', a.priorities.named);
      for (const p of a.priorities.common) row(`Priority: ${p.text}`, p.settings);
    }
  }
  return toCsv(rows);
}

export function cellText(c: Cell): string | number {
  return c.suppressed || c.count === null ? SUPPRESSED : c.count;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n');
}

/**
 * Text a spreadsheet could take for a formula: after any leading whitespace (any Unicode whitespace:
 * newlines, tabs, no-break and ideographic spaces, the byte order mark; and zero-width spaces), one
 * of = + - @, their full-width forms ＝ ＋ － ＠ or their small forms ﹦ ﹢ ﹣ ﹫ (which spreadsheets
 * may fold to the ASCII signs); or text starting with a tab or a carriage return, whatever follows.
 */
const FORMULA = /^(?:[\s\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|[\t\r])/u;

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
