// SPDX-License-Identifier: MIT
// The improvement plan: editing actions and reviews, overdue on month ends and leap days, progress,
// the plan by area, copying forward, and the problems validation finds in a plan.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { copyForward } from '../src/engine/copy-forward.js';
import { withAction, withActionChanges, withActionConfirmed, withReview, withoutAction } from '../src/engine/edit.js';
import { isOverdue, overdueActions, planByArea, planProgress } from '../src/engine/plan.js';
import { summarise } from '../src/engine/summarise.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Action, Evaluation } from '../src/schema/evaluation.js';
import { INPUT_LIMITS } from '../src/schema/limits.js';
import { ApqError } from '../src/validate/problems.js';
import { planProblems } from '../src/validate/plan-checks.js';
import { validateEvaluation } from '../src/validate/validate.js';
import { downgradeEvaluation, upgradeEvaluation } from '../src/versioning/format.js';
import { REVIEW_STATUSES, action, dayArb, planArb, review, withActions } from './plan-fixtures.js';
import { assertCodes } from './helpers.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const CREATED = new Date('2026-09-01T09:00:00Z');
const LATER = new Date('2026-12-10T16:00:00Z');

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function lines(e: unknown): string[] {
  const result = validateEvaluation(e, bundledCatalogue);
  return result.ok ? [] : assertCodes(result.problems).map((p) => `${p.path}: ${p.code}`);
}

describe('adding and editing actions', () => {
  it('gives a new action an id, createdAt now and no reviews, and never changes its input', () => {
    const start = deepFreeze(withActions([]));
    const out = withAction(start, { area: 'pupil-induction', priority: 'p1', what: 'Visit every family', who: 'Key adult', due: '2026-11', successMeasure: 'Every family visited', status: 'not-started' }, CREATED);
    assert.deepEqual(out.actions, [
      { id: 'pupil-induction-action-1', area: 'pupil-induction', priority: 'p1', what: 'Visit every family', who: 'Key adult', due: '2026-11', successMeasure: 'Every family visited', status: 'not-started', createdAt: CREATED.toISOString(), reviews: [] },
    ]);
    assert.equal(out.updatedAt, CREATED.toISOString());
    assert.deepEqual(lines(out), []);
  });

  it('keeps the reviews and createdAt of an action it replaces', () => {
    const start = withActions([action({ reviews: [review()] })]);
    const out = withAction(start, { id: 'a1', area: 'pupil-induction', what: 'Agree the form with the LA', status: 'in-progress', reviews: [] }, LATER);
    assert.deepEqual(out.actions[0]!.reviews, [review()]);
    assert.equal(out.actions[0]!.createdAt, '2026-09-01T09:00:00Z');
    assert.equal(out.actions[0]!.what, 'Agree the form with the LA');
  });

  it('changes fields, removes optional ones given empty, and keeps reviews and the carried-forward mark', () => {
    const start = deepFreeze(withActions([action({ who: 'Head', due: '2026-10-01', carriedForward: true, reviews: [review()] })]));
    const out = withActionChanges(start, 'a1', { who: '', due: '2026-12', successMeasure: 'Forms back within a week', status: 'in-progress' }, LATER);
    assert.deepEqual(out.actions[0], action({ due: '2026-12', successMeasure: 'Forms back within a week', status: 'in-progress', carriedForward: true, reviews: [review()] }));
    assert.equal(out.updatedAt, LATER.toISOString());
  });

  it('throws an ApqError for an unknown action id, and for a malformed change', () => {
    const start = withActions([action()]);
    assert.throws(() => withActionChanges(start, 'nope', { what: 'x' }, LATER), ApqError);
    assert.throws(() => withReview(start, 'nope', { on: '2026-10-01', note: 'x', status: 'done' }, LATER), ApqError);
    assert.throws(() => withActionConfirmed(start, 'nope', LATER), ApqError);
    assert.throws(() => withActionChanges(start, 'a1', { status: 'finished' as never }, LATER), ApqError);
    assert.throws(() => withReview(start, 'a1', { on: '2026-10-01', note: 'x', status: 'paused' as never }, LATER), ApqError);
  });

  it('appends reviews with ids of their own, moving the action to each review\'s status', () => {
    const start = deepFreeze(withActions([action()]));
    const one = withReview(start, 'a1', { on: '2026-10-01', by: 'Head', note: 'Draft form shared.', status: 'in-progress' }, LATER);
    const two = withReview(one, 'a1', { on: '2026-12-01', note: 'Form in use.', status: 'done', evidence: 'All referrals since October used it.' }, LATER);
    assert.equal(two.actions[0]!.status, 'done');
    assert.deepEqual(two.actions[0]!.reviews, [
      { id: 'a1-review-1', on: '2026-10-01', by: 'Head', note: 'Draft form shared.', status: 'in-progress', recordedAt: LATER.toISOString() },
      { id: 'a1-review-2', on: '2026-12-01', note: 'Form in use.', status: 'done', evidence: 'All referrals since October used it.', recordedAt: LATER.toISOString() },
    ]);
    assert.deepEqual(start.actions[0]!.reviews, []);
    assert.deepEqual(lines(two), []);
  });

  it('confirms a carried-forward action', () => {
    const out = withActionConfirmed(withActions([action({ carriedForward: true })]), 'a1', LATER);
    assert.equal(out.actions[0]!.carriedForward, undefined);
  });

  it('removes only an action never reviewed: a reviewed one is dropped by its status', () => {
    const start = withActions([action(), action({ id: 'a2', reviews: [review()] })]);
    assert.deepEqual(withoutAction(start, 'a1', LATER).actions.map((a) => a.id), ['a2']);
    assert.throws(() => withoutAction(start, 'a2', LATER), /has a review: drop it/);
    assert.equal(withActionChanges(start, 'a2', { status: 'dropped' }, LATER).actions[1]!.reviews.length, 1);
  });

  it('upgrades a format 1 evaluation it is given', () => {
    const v1 = downgradeEvaluation(withActions([action()]));
    const out = withReview(v1 as unknown as Evaluation, 'a1', { on: '2026-10-01', note: 'Started.', status: 'in-progress' }, LATER);
    assert.equal(out.formatVersion, 2);
    assert.equal(out.actions[0]!.reviews.length, 1);
  });
});

describe('overdue', () => {
  const due = (d: string, status: Action['status'] = 'not-started') => action({ due: d, status });

  it('reads a month as its last day, on month ends and leap days', () => {
    const cases: Array<[string, string, boolean]> = [
      ['2026-02', '2026-02-28', false],
      ['2026-02', '2026-03-01', true],
      ['2028-02', '2028-02-28', false],
      ['2028-02', '2028-02-29', false],
      ['2028-02', '2028-03-01', true],
      ['2028-02-29', '2028-02-29', false],
      ['2028-02-29', '2028-03-01', true],
      ['2026-04', '2026-04-30', false],
      ['2026-04', '2026-05-01', true],
      ['2026-12-31', '2027-01-01', true],
      ['2026', '2026-12-31', false],
      ['2026', '2027-01-01', true],
      ['2100-02', '2100-02-28', false],
      ['2100-02', '2100-03-01', true],
      ['2000-02', '2000-02-29', false],
    ];
    for (const [d, on, expected] of cases) assert.equal(isOverdue(due(d), on), expected, `due ${d} on ${on}`);
  });

  it('never counts done, dropped, undated or impossible dates as overdue', () => {
    assert.equal(isOverdue(due('2020-01-01', 'done'), '2026-01-01'), false);
    assert.equal(isOverdue(due('2020-01-01', 'dropped'), '2026-01-01'), false);
    assert.equal(isOverdue(due('2020-01-01', 'in-progress'), '2026-01-01'), true);
    assert.equal(isOverdue(action(), '2026-01-01'), false);
    assert.equal(isOverdue(due('2026-02-31'), '2030-01-01'), false);
  });

  it('reads a Date as its calendar day where the code runs', () => {
    assert.equal(isOverdue(due('2026-02'), new Date(2026, 1, 28, 23, 59)), false);
    assert.equal(isOverdue(due('2026-02'), new Date(2026, 2, 1, 0, 0)), true);
    assert.throws(() => isOverdue(due('2026-02'), new Date(Number.NaN)), ApqError);
    assert.throws(() => isOverdue(due('2026-02'), '2026-02-30'), ApqError);
    assert.throws(() => isOverdue(due('2026-02'), 'tomorrow'), ApqError);
  });

  it('agrees with the calendar for any due date and day (property)', () => {
    const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom(4, 7, 10), (dueDay, on, length) => {
        const d = dueDay.slice(0, length);
        const [y, m] = [Number(dueDay.slice(0, 4)), Number(dueDay.slice(5, 7))];
        // The last day covered, from the platform's calendar: day 0 of the next month (or year).
        const last = length === 4 ? `${dueDay.slice(0, 4)}-12-31` : length === 7 ? new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) : dueDay;
        assert.equal(isOverdue(due(d), on), last < on);
      }),
      { numRuns: 2000 },
    );
  });

  it('lists the overdue actions of an evaluation', () => {
    const e = withActions([due('2026-09', 'in-progress'), action({ id: 'a2', due: '2026-12' }), action({ id: 'a3', due: '2026-01', status: 'done' })]);
    assert.deepEqual(overdueActions(e, '2026-10-01').map((a) => a.id), ['a1']);
    assert.deepEqual(overdueActions(e, '2027-01-01').map((a) => a.id), ['a1', 'a2']);
  });
});

describe('planProgress', () => {
  it('counts by status, overdue, reviewed recently, never reviewed and carried forward', () => {
    const e = withActions([
      action({ id: 'a1', due: '2026-10', status: 'in-progress', reviews: [review({ on: '2026-09-02' })] }),
      action({ id: 'a2', status: 'done', reviews: [review({ on: '2026-06-01' }), review({ id: 'r2', on: '2026-11-01', status: 'done' })] }),
      action({ id: 'a3', due: '2026-11-30', carriedForward: true }),
      action({ id: 'a4', status: 'dropped', reviews: [review({ on: '2027-01-01', status: 'dropped' })] }),
    ]);
    assert.deepEqual(planProgress(e, { on: '2026-12-01' }), {
      total: 4,
      byStatus: { 'not-started': 1, 'in-progress': 1, done: 1, dropped: 1 },
      overdue: 2,
      // a1's review was 90 days before; a2's 30 days; a4's is after the day, so not counted.
      reviewedRecently: 2,
      withoutReview: 1,
      carriedForward: 1,
    });
    assert.equal(planProgress(e, { on: '2026-12-01', reviewedWithinDays: 89 }).reviewedRecently, 1);
    assert.throws(() => planProgress(e, { on: '2026-12-01', reviewedWithinDays: -1 }), ApqError);
    assert.throws(() => planProgress(e, undefined as never), ApqError);
  });

  it('is part of the summary, as of a day', () => {
    const e = withActions([action({ due: '2026-10' })]);
    assert.equal(summarise(toolkit, e, { on: '2026-11-01' }).plan.overdue, 1);
    assert.equal(summarise(toolkit, e, { on: '2026-10-31' }).plan.overdue, 0);
    // By default, as of the day the evaluation was last updated (2026-11-23 in the fixture).
    assert.equal(summarise(toolkit, e).plan.overdue, 1);
  });
});

describe('planByArea', () => {
  it('lays the plan out in framework order: priorities with their actions, then other actions, then actions for unknown areas', () => {
    const e = withActions(
      [
        action({ id: 'a1', area: 'pupil-induction', priority: 'p2' }),
        action({ id: 'a2', area: 'pupil-induction', priority: 'p1' }),
        action({ id: 'a3', area: 'pupil-induction', priority: undefined }),
        action({ id: 'a4', area: 'attendance-and-engagement', priority: 'p1' }),
        action({ id: 'a5', area: 'no-such-area', priority: undefined }),
      ],
      { areas: { 'pupil-induction': { priorities: [{ id: 'p1', text: 'Faster referral information' }, { id: 'p2', text: 'Key adults' }] } } },
    );
    const plan = planByArea(toolkit, e);
    const frameworkOrder = toolkit.categories.flatMap((c) => c.areas.map((a) => a.id));
    assert.deepEqual(plan.areas.map((a) => a.id), frameworkOrder);
    const induction = plan.areas.find((a) => a.id === 'pupil-induction')!;
    assert.deepEqual(induction.priorities.map((p) => [p.id, p.actions.map((a) => a.id)]), [['p1', ['a2']], ['p2', ['a1']]]);
    assert.deepEqual(induction.otherActions.map((a) => a.id), ['a3']);
    // a4 names a priority of another area: it is shown with its own area, among the other actions.
    assert.deepEqual(plan.areas.find((a) => a.id === 'attendance-and-engagement')!.otherActions.map((a) => a.id), ['a4']);
    assert.deepEqual(plan.unplaced.map((a) => a.id), ['a5']);
  });
});

describe('copyForward and the plan', () => {
  it('carries open actions with their whole history, marked to confirm; done and dropped ones stay behind', () => {
    const previous = deepFreeze(
      withActions([
        action({ id: 'a1', status: 'in-progress', reviews: [review()] }),
        action({ id: 'a2', status: 'done', reviews: [review({ status: 'done' })] }),
        action({ id: 'a3', status: 'dropped' }),
        action({ id: 'a4' }),
      ], { status: 'submitted', submittedAt: '2026-12-01T10:00:00Z' }),
    );
    const next = copyForward(previous, { now: LATER, id: 'next' });
    assert.deepEqual(next.actions, [
      { ...previous.actions[0]!, carriedForward: true },
      { ...previous.actions[3]!, carriedForward: true },
    ]);
    assert.equal(planProgress(next, { on: '2026-12-10' }).carriedForward, 2);
    assert.deepEqual(lines(next), []);
  });
});

describe('bad plans: each gives path: problem', () => {
  it('refuses an action for a missing area or priority, an impossible due date, a review before creation, a blank what', () => {
    const e = withActions([
      action({ id: 'a1', area: 'no-such-area', priority: undefined }),
      action({ id: 'a2', priority: 'p-missing' }),
      action({ id: 'a3', due: '2026-02-31' }),
      action({ id: 'a4', reviews: [review({ on: '2026-08-31' })] }),
      action({ id: 'a5', what: '  ' }),
      action({ id: 'a6', reviews: [review({ on: '2026-09-31' })] }),
    ]);
    assert.deepEqual(lines(e), [
      'actions[0].area: unknown-area',
      'actions[1].priority: unknown-priority',
      'actions[2].due: not-a-calendar-date',
      'actions[3].reviews[0].on: review-before-creation',
      'actions[4].what: action-what-missing',
      'actions[5].reviews[0].on: not-a-calendar-date',
    ]);
    assert.deepEqual(planProblems(toolkit, e).map((p) => `${p.path}: ${p.code}`), lines(e));
  });

  it('reads the creation day as written: a review on that day is fine', () => {
    assert.deepEqual(lines(withActions([action({ createdAt: '2026-09-01T23:30:00-05:00', reviews: [review({ on: '2026-09-01' })] })])), []);
  });

  it('refuses an unknown status, of an action and of a review', () => {
    const bad = structuredClone(withActions([action({ reviews: [review()] })])) as unknown as { actions: Array<Record<string, unknown> & { reviews: Array<Record<string, unknown>> }> };
    bad.actions[0]!.status = 'finished';
    bad.actions[0]!.reviews[0]!.status = 'paused';
    assert.deepEqual(lines(bad), ['actions[0].status: invalid-value', 'actions[0].reviews[0].status: invalid-value']);
  });

  it(`refuses more than ${INPUT_LIMITS.actions} actions, up to 10,000 quickly`, () => {
    for (const n of [INPUT_LIMITS.actions + 1, 10_000]) {
      const e = withActions(Array.from({ length: n }, (_, i) => action({ id: `a-${i}` })));
      const start = performance.now();
      assert.deepEqual(lines(e), ['actions: too-big']);
      assert.ok(performance.now() - start < 5_000, 'answered within seconds');
    }
    const atLimit = withActions(Array.from({ length: INPUT_LIMITS.actions }, (_, i) => action({ id: `a-${i}` })));
    assert.deepEqual(lines(atLimit), []);
  });
});

type Step =
  | { kind: 'change'; at: number; what: string; status: Action['status'] }
  | { kind: 'review'; at: number; review: { on: string; note: string; status: Action['status'] } }
  | { kind: 'confirm'; at: number }
  | { kind: 'add'; what: string }
  | { kind: 'round-trip' }
  | { kind: 'copy-forward' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), at: fc.nat(), what: fc.string({ minLength: 1, maxLength: 10 }), status: fc.constantFrom(...REVIEW_STATUSES) }),
  fc.record({ kind: fc.constant('review' as const), at: fc.nat(), review: fc.record({ on: dayArb, note: fc.string({ maxLength: 10 }), status: fc.constantFrom(...REVIEW_STATUSES) }) }),
  fc.record({ kind: fc.constant('confirm' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), what: fc.string({ minLength: 1, maxLength: 10 }) }),
  fc.constant({ kind: 'round-trip' as const }),
  fc.constant({ kind: 'copy-forward' as const }),
);

describe('reviews are never lost (property)', () => {
  it('through withActionChanges, withReview, withActionConfirmed, withAction, copyForward and format 2 → 1 → 2', () => {
    fc.assert(
      fc.property(planArb, fc.array(stepArb, { maxLength: 8 }), (start, steps) => {
        let e = deepFreeze(start);
        for (const step of steps) {
          const before = e;
          const id = (at: number) => before.actions[at % before.actions.length]!.id;
          if (step.kind === 'change' && before.actions.length > 0) e = withActionChanges(before, id(step.at), { what: step.what, status: step.status }, LATER);
          else if (step.kind === 'review' && before.actions.length > 0) e = withReview(before, id(step.at), step.review, LATER);
          else if (step.kind === 'confirm' && before.actions.length > 0) e = withActionConfirmed(before, id(step.at), LATER);
          else if (step.kind === 'add') e = withAction(before, { area: 'pupil-induction', what: step.what, status: 'not-started' }, LATER);
          else if (step.kind === 'round-trip') e = upgradeEvaluation(downgradeEvaluation(before));
          else if (step.kind === 'copy-forward') e = copyForward(before, { now: LATER, id: 'next' });
          else continue;
          deepFreeze(e);
          // Every action kept keeps every review it had, unchanged and in order, as a prefix of its new ones.
          const carried = step.kind === 'copy-forward' ? before.actions.filter((a) => a.status === 'not-started' || a.status === 'in-progress') : before.actions;
          assert.equal(e.actions.length, carried.length + (step.kind === 'add' ? 1 : 0));
          for (const old of carried) {
            const now = e.actions.find((a) => a.id === old.id);
            assert.ok(now, `action ${old.id} kept`);
            assert.deepEqual(now.reviews.slice(0, old.reviews.length), old.reviews);
            assert.equal(now.createdAt, old.createdAt);
          }
          if (step.kind === 'round-trip') assert.deepEqual(e, before);
        }
      }),
      { numRuns: 300 },
    );
  });
});
