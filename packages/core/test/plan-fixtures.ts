// SPDX-License-Identifier: MIT
// Actions, reviews and random plans for the plan and format tests.
import fc from 'fast-check';
import type { Action, Evaluation, Review } from '../src/schema/evaluation.js';
import { minimalEvaluation } from './fixtures.js';

export function action(overrides: Partial<Action> = {}): Action {
  return { id: 'a1', area: 'pupil-induction', priority: 'p1', what: 'Agree a referral form', status: 'not-started', createdAt: '2026-09-01T09:00:00Z', reviews: [], ...overrides };
}

export function review(overrides: Partial<Review> = {}): Review {
  return { id: 'r1', on: '2026-10-01', note: 'Draft form shared.', status: 'in-progress', ...overrides };
}

export function withActions(actions: Action[], overrides: Partial<Evaluation> = {}): Evaluation {
  return minimalEvaluation({ actions, ...overrides });
}

export const REVIEW_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export const dayArb = fc.integer({ min: 0, max: 365 }).map((n) => new Date(Date.UTC(2026, 8, 1 + n)).toISOString().slice(0, 10));
const reviewArb = fc.record({ on: dayArb, note: fc.string({ maxLength: 20 }), status: fc.constantFrom(...REVIEW_STATUSES), evidence: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) });
const actionArb = (i: number) =>
  fc.record({ status: fc.constantFrom(...REVIEW_STATUSES), reviews: fc.array(reviewArb, { maxLength: 3 }), due: fc.option(dayArb, { nil: undefined }), carriedForward: fc.option(fc.boolean(), { nil: undefined }) }).map(
    (r): Action => {
      const out = action({ id: `a${i}`, status: r.status, reviews: r.reviews.map((rv, n) => ({ id: `a${i}-r${n}`, ...rv, ...(rv.evidence === undefined ? {} : { evidence: rv.evidence }) })) });
      if (r.due !== undefined) out.due = r.due;
      if (r.carriedForward !== undefined) out.carriedForward = r.carriedForward;
      for (const rv of out.reviews) if (rv.evidence === undefined) delete rv.evidence;
      return out;
    },
  );
export const planArb = fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => actionArb(i)))).map((actions) => withActions(actions));

