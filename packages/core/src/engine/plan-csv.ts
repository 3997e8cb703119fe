// SPDX-License-Identifier: MIT
// The improvement plan as CSV, one row per action, through the shared CSV writer (RFC 4180 quoting,
// text a spreadsheet would run as a formula kept as text).
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { toCsv } from './csv.js';
import { type Day, isOverdue, planByArea } from './plan.js';

export const PLAN_CSV_HEADER = [
  'Area number',
  'Area',
  'Priority',
  'Action id',
  'What',
  'Who',
  'Due',
  'Success measure',
  'Status',
  'Overdue',
  'Carried forward',
  'Created',
  'Reviews',
  'Last review',
  'Last review note',
  'Last review evidence',
] as const;

/** One row per action, areas in the framework's order, each area's priorities in order, then its other actions, then any action for an area the framework lacks. */
export function planCsv(framework: Framework, evaluation: Evaluation, on: Day): string {
  const plan = planByArea(framework, evaluation);
  const rows: Array<Array<string | number>> = [[...PLAN_CSV_HEADER]];
  const row = (area: { number: number | ''; title: string }, priority: string, a: Evaluation['actions'][number]) => {
    const last = a.reviews.at(-1);
    rows.push([
      area.number,
      area.title,
      priority,
      a.id,
      a.what,
      a.who ?? '',
      a.due ?? '',
      a.successMeasure ?? '',
      a.status,
      isOverdue(a, on) ? 'yes' : 'no',
      a.carriedForward === true ? 'yes' : 'no',
      a.createdAt,
      a.reviews.length,
      last?.on ?? '',
      last?.note ?? '',
      last?.evidence ?? '',
    ]);
  };
  for (const area of plan.areas) {
    for (const p of area.priorities) for (const a of p.actions) row(area, p.text, a);
    for (const a of area.otherActions) row(area, '', a);
  }
  for (const a of plan.unplaced) row({ number: '', title: a.area }, '', a);
  return toCsv(rows);
}
