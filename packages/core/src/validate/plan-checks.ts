// SPDX-License-Identifier: MIT
// What a schema cannot say about the improvement plan and the examples of practice an evaluation
// offers: that they point at areas, priorities and strengths that exist, that dates are real
// calendar dates, that a review is not dated before its action was created.
import { dayOf, isCalendarDate, isFullCalendarDate } from '../engine/dates.js';
import { assertEvaluation, assertFramework } from '../engine/guard.js';
import { indexFramework } from '../model/framework-index.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { type PathSegment, type Problem, type ProblemCode, type ProblemParams, problem } from './problems.js';

type Report = (path: PathSegment[], message: string, code: ProblemCode, params?: ProblemParams) => void;

/**
 * The problems of an evaluation's plan and offered practice against its framework version: the
 * ones `validateEvaluation` reports for `actions` and `practice`. For a form's error summary too.
 * Throws an ApqError for arguments that are not a framework and an evaluation.
 */
export function planProblems(framework: Framework, evaluation: Evaluation): Problem[] {
  assertFramework(framework);
  assertEvaluation(evaluation);
  const problems: Problem[] = [];
  checkPlan(framework, evaluation, (path, message, code, params) => problems.push(problem(path, message, code, params)));
  return problems;
}

/** {@link planProblems} for arguments already checked, reporting each problem. */
export function checkPlan(framework: Framework, evaluation: Evaluation, report: Report): void {
  const index = indexFramework(framework);
  const where = `${framework.id}@${framework.version}`;
  const priorityArea = new Map<string, string>();
  for (const [areaId, record] of Object.entries(evaluation.areas)) for (const p of record.priorities ?? []) priorityArea.set(p.id, areaId);
  const actionIds = new Set<string>();
  evaluation.actions.forEach((action, i) => {
    const at: PathSegment[] = ['actions', i];
    if (actionIds.has(action.id)) report([...at, 'id'], `duplicate action id "${action.id}"`, 'duplicate-id', { id: action.id });
    actionIds.add(action.id);
    if (!index.areas.has(action.area)) report([...at, 'area'], `unknown area "${action.area}" in ${where}`, 'unknown-area', { area: action.area });
    if (action.priority !== undefined && priorityArea.get(action.priority) !== action.area) {
      report([...at, 'priority'], `no priority "${action.priority}" in area "${action.area}"`, 'unknown-priority', { priority: action.priority, area: action.area });
    }
    if (action.what.trim() === '') report([...at, 'what'], 'say what will be done', 'action-what-missing', { action: action.id });
    if (action.due !== undefined && !isCalendarDate(action.due)) {
      report([...at, 'due'], `"${action.due}" is not a date in the calendar`, 'not-a-calendar-date', { date: action.due });
    }
    // Only format 2 actions have reviews; a format 1 object read as it is has none.
    const reviews = Array.isArray(action.reviews) ? action.reviews : [];
    const created = typeof action.createdAt === 'string' ? createdDay(action.createdAt) : undefined;
    const reviewIds = new Set<string>();
    reviews.forEach((review, r) => {
      const rat: PathSegment[] = [...at, 'reviews', r];
      if (reviewIds.has(review.id)) report([...rat, 'id'], `duplicate review id "${review.id}"`, 'duplicate-id', { id: review.id });
      reviewIds.add(review.id);
      if (!isFullCalendarDate(review.on)) report([...rat, 'on'], `"${review.on}" is not a date in the calendar`, 'not-a-calendar-date', { date: review.on });
      else if (created !== undefined && review.on < created) {
        report([...rat, 'on'], `the review is dated ${review.on}, before the action was created (${created})`, 'review-before-creation', { on: review.on, createdAt: created });
      }
    });
  });
  const offerIds = new Set<string>();
  (evaluation.practice ?? []).forEach((offer, i) => {
    const at: PathSegment[] = ['practice', i];
    if (offerIds.has(offer.id)) report([...at, 'id'], `duplicate example id "${offer.id}"`, 'duplicate-id', { id: offer.id });
    offerIds.add(offer.id);
    offer.areas.forEach((areaId, a) => {
      if (!index.areas.has(areaId)) report([...at, 'areas', a], `unknown area "${areaId}" in ${where}`, 'unknown-area', { area: areaId });
    });
    if (offer.strength !== undefined) {
      const { area, index: n } = offer.strength;
      const strengths = Object.hasOwn(evaluation.areas, area) ? evaluation.areas[area]?.strengths : undefined;
      if (strengths === undefined || n >= strengths.length) {
        report([...at, 'strength'], `area "${area}" has no strength ${n + 1} in this evaluation`, 'unknown-strength', { area, index: n });
      }
    }
  });
}

/** The calendar day an action was created, from its timestamp's date part (as written, in its own zone). */
function createdDay(createdAt: string): string | undefined {
  try {
    return dayOf(createdAt.slice(0, 10));
  } catch {
    return undefined;
  }
}
