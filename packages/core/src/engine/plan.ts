// SPDX-License-Identifier: MIT
// The improvement plan read back: which actions are overdue on a day, how the plan is going, and
// the plan laid out by area and priority. Pure functions; the day is always passed in (a `Date`
// is read as the calendar day where the code runs, the person's today).
import { allAreas } from '../model/framework-index.js';
import { ACTION_STATUSES, type Action, type ActionStatus, type Evaluation, type EvaluationV1 } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { ApqError } from '../validate/problems.js';
import { currentFormat } from '../versioning/format.js';
import { dayNumber, dayOf, lastDayOf } from './dates.js';
import { assertEvaluationArgument, assertFramework, assertOptions } from './guard.js';

/** A day: a `Date` (its local calendar day) or `YYYY-MM-DD`. */
export type Day = Date | string;

/** Statuses of an action still to be done. */
const OPEN: ReadonlySet<ActionStatus> = new Set(['not-started', 'in-progress']);

/** Whether an action is still to be done: not started or in progress. */
export function isOpen(action: Pick<Action, 'status'>): boolean {
  return OPEN.has(action.status);
}

/**
 * Whether an action is overdue on a day: open, with a due date whose last day (a YYYY-MM due is
 * the end of that month, YYYY the end of that year) is before that day. A due date that is not
 * in the calendar (validation reports it) is never overdue. Throws an ApqError for a day that is
 * neither a valid Date nor a YYYY-MM-DD date.
 */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, on: Day): boolean {
  return overdueOn(action, dayOf(on));
}

function overdueOn(action: Pick<Action, 'status' | 'due'>, day: string): boolean {
  if (!isOpen(action) || action.due === undefined) return false;
  const last = lastDayOf(action.due);
  return last !== undefined && last < day;
}

/** The actions overdue on a day, in plan order. */
export function overdueActions(e: Evaluation, on: Day): Action[] {
  const evaluation = planOf(e);
  const day = dayOf(on);
  return evaluation.actions.filter((a) => overdueOn(a, day));
}

export interface PlanProgressOptions {
  /** The day the progress is as of. */
  on: Day;
  /** How many days back a review counts as recent (default 90, about a term). */
  reviewedWithinDays?: number;
}

export interface PlanProgress {
  total: number;
  byStatus: Record<ActionStatus, number>;
  /** Open actions whose due date has passed. */
  overdue: number;
  /** Actions with a review dated in the `reviewedWithinDays` days up to the day (inclusive), not after it. */
  reviewedRecently: number;
  /** Actions never reviewed. */
  withoutReview: number;
  /** Actions carried forward from the previous evaluation and not yet confirmed. */
  carriedForward: number;
}

/** How the plan is going on a day: actions by status, overdue, reviewed recently, never reviewed, carried forward. */
export function planProgress(e: Evaluation, options: PlanProgressOptions): PlanProgress {
  const evaluation = planOf(e);
  assertOptions(options);
  if (options === undefined) throw new ApqError('options must give the day the progress is as of: { on }');
  const day = dayOf(options.on, 'options.on');
  const within = options.reviewedWithinDays ?? 90;
  if (!Number.isInteger(within) || within < 0) throw new ApqError(`options.reviewedWithinDays must be a whole number of days, 0 or more, got ${String(within)}`);
  const today = dayNumber(day);
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  let overdue = 0;
  let reviewedRecently = 0;
  let withoutReview = 0;
  let carriedForward = 0;
  for (const action of evaluation.actions) {
    byStatus[action.status]++;
    if (overdueOn(action, day)) overdue++;
    if (action.reviews.length === 0) withoutReview++;
    else if (action.reviews.some((r) => isRecent(r.on, today, within))) reviewedRecently++;
    if (action.carriedForward === true) carriedForward++;
  }
  return { total: evaluation.actions.length, byStatus, overdue, reviewedRecently, withoutReview, carriedForward };
}

function isRecent(on: string, today: number, within: number): boolean {
  if (on.length !== 10 || lastDayOf(on) === undefined) return false;
  const age = today - dayNumber(on);
  return age >= 0 && age <= within;
}

export interface PlanPriority {
  id: string;
  text: string;
  actions: Action[];
}

export interface PlanArea {
  id: string;
  number: number;
  title: string;
  /** The area's priorities in the evaluation's order, each with the actions serving it. */
  priorities: PlanPriority[];
  /** The area's actions that serve no priority of it (none named, or one the area does not have). */
  otherActions: Action[];
}

export interface PlanByArea {
  /** Every area of the framework, in its order. */
  areas: PlanArea[];
  /** Actions whose area the framework does not have (validation reports them): shown, never hidden. */
  unplaced: Action[];
}

/** The plan laid out as the framework is: each area, its priorities with their actions, then its other actions. */
export function planByArea(framework: Framework, e: Evaluation): PlanByArea {
  assertFramework(framework);
  const evaluation = planOf(e);
  const byArea = new Map<string, Action[]>();
  for (const action of evaluation.actions) {
    const list = byArea.get(action.area);
    if (list) list.push(action);
    else byArea.set(action.area, [action]);
  }
  const areas = allAreas(framework).map((area): PlanArea => {
    const record = Object.hasOwn(evaluation.areas, area.id) ? evaluation.areas[area.id] : undefined;
    const actions = byArea.get(area.id) ?? [];
    byArea.delete(area.id);
    const priorities = (record?.priorities ?? []).map((p) => ({ id: p.id, text: p.text, actions: actions.filter((a) => a.priority === p.id) }));
    const served = new Set(priorities.map((p) => p.id));
    const otherActions = actions.filter((a) => a.priority === undefined || !served.has(a.priority));
    return { id: area.id, number: area.number, title: area.title, priorities, otherActions };
  });
  return { areas, unplaced: [...byArea.values()].flat() };
}

/** The evaluation checked at the boundary, in the current format (a format 1 evaluation is upgraded in memory). */
function planOf(e: Evaluation): Evaluation {
  assertEvaluationArgument(e);
  return currentFormat(e as Evaluation | EvaluationV1);
}
