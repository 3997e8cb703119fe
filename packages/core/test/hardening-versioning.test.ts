// SPDX-License-Identifier: MIT
// Core hardening, versioning: a migration there and back loses nothing and leaves nothing in
// carriedOver that has a home again (defect 9), and one clock type, a Date, everywhere (defect 11).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { copyForward, finalise, init, withAction, withAnswer, withJudgement, withPriorities, withSetting, withStrengths } from '../src/engine/index.js';
import { WORKED_EXAMPLES, bundledCatalogue } from '../src/frameworks/index.js';
import { indexFramework } from '../src/model/framework-index.js';
import type { Answer, CarriedOverItem, Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import { checkEvaluationAgainstFramework } from '../src/validate/evaluation-checks.js';
import { ApqError, formatProblem } from '../src/validate/problems.js';
import { type Migration, type MigrateOptions, migrateEvaluation, renderMigrationReport } from '../src/versioning/index.js';
import { applyChanges, arbitraryChange, arbitraryEvaluation, synthFramework } from './versioning-fixtures.js';

const toolkit1 = bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!;
const toolkit2 = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;

const CREATED = new Date('2027-01-10T09:00:00Z');
const THERE = new Date('2027-02-01T10:00:00Z');
const COPIED = new Date('2027-03-01T10:00:00Z');
const BACK = new Date('2027-04-01T10:00:00Z');

function migrated(evaluation: Evaluation, target: Framework, options: MigrateOptions): Migration {
  const result = migrateEvaluation(evaluation, target, options);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result.value;
}

/** 2.0.0 → 1.0.0 → 2.0.0, each leg told the version it comes from. */
function thereAndBack(evaluation: Evaluation): { there: Migration; back: Migration } {
  const there = migrated(evaluation, toolkit1, { from: toolkit2, now: THERE });
  const back = migrated(there.evaluation, toolkit2, { from: toolkit1, now: BACK });
  return { there, back };
}

/** What a person entered, without the times a migration sets. */
function content(e: Evaluation): Partial<Evaluation> {
  const { updatedAt: _updated, ...rest } = e;
  return rest;
}

/**
 * A copy's content, less `suggestedLevel: null` ("the engine suggested nothing", which the engine
 * recomputes and nobody typed): on 1.0.0 a judgement's level is set aside and copyForward drops a
 * judgement with neither level nor rationale, and that null with it.
 */
function copied(e: Evaluation): Partial<Evaluation> {
  const out = structuredClone(content(e));
  for (const record of Object.values(out.areas ?? {})) if (record.judgement?.suggestedLevel === null) delete record.judgement.suggestedLevel;
  return out;
}

function answeredPaths(e: Evaluation): string[] {
  return Object.keys(e.answers).map((id) => `answers.${id}`);
}

function judgedPaths(e: Evaluation): string[] {
  return Object.entries(e.areas).flatMap(([id, r]) => (r.judgement?.level ? [`areas.${id}.judgement.level`] : []));
}

function assertCameBack(original: Evaluation, there: Migration, back: Migration): void {
  assert.deepEqual(back.evaluation.carriedOver, original.carriedOver, 'nothing left in carriedOver');
  assert.deepEqual(content(back.evaluation), content(original), 'the evaluation as it was');
  assert.deepEqual(back.report.carriedOver, []);
  const before = new Set([...answeredPaths(original), ...judgedPaths(original)]);
  assert.deepEqual(back.report.newlyUnanswered.filter((p) => before.has(p)), [], 'nothing answered before is newly unanswered');
  // Everything set aside on the way there is reported as restored on the way back.
  assert.deepEqual(back.report.restored.map((r) => r.from).sort(), there.report.carriedOver.map((c) => c.from.path).sort());
  assert.deepEqual(checkEvaluationAgainstFramework(back.evaluation, toolkit2), []);
}

describe('defect 9: toolkit 2.0.0 → 1.0.0 → 2.0.0 restores what was carried over', () => {
  const examples = WORKED_EXAMPLES.filter((x) => x.evaluation.framework.id === 'ap-quality-toolkit' && x.evaluation.framework.version === '2.0.0');

  it('brings every worked example back as it was, with nothing newly unanswered', () => {
    assert.ok(examples.length >= 2);
    for (const example of examples) {
      const { there, back } = thereAndBack(example.evaluation);
      assert.ok(there.evaluation.carriedOver.length > 0, `${example.id}: the way there carries the answers over`);
      assertCameBack(example.evaluation, there, back);
      assert.equal(back.evaluation.status, example.evaluation.status, `${example.id}: a submitted example stays submitted`);
      assert.deepEqual(back.report.reopenedBecause, []);
      const text = renderMigrationReport(back.report).join('\n');
      assert.match(text, /^Restored from carriedOver \(\d+\):$/m);
      assert.doesNotMatch(text, /^ {2}answers\.pupil-induction-q1$/m, 'not newly unanswered');
    }
  });

  it('restores the counts of a batch: every answer and every judgement, none left carried over', () => {
    const batch = Array.from({ length: 60 }, (_, i) => generated(i));
    let answers = 0;
    let judgements = 0;
    let restoredAnswers = 0;
    let restoredJudgements = 0;
    for (const evaluation of batch) {
      answers += Object.keys(evaluation.answers).length;
      judgements += judgedPaths(evaluation).length;
      const { there, back } = thereAndBack(evaluation);
      assertCameBack(evaluation, there, back);
      restoredAnswers += back.report.restored.filter((r) => r.from.startsWith('answers.')).length;
      restoredJudgements += back.report.restored.filter((r) => r.from.endsWith('.judgement.level')).length;
    }
    assert.ok(answers > 1000 && judgements > 300, `${answers} answers, ${judgements} judgements`);
    assert.deepEqual([restoredAnswers, restoredJudgements], [answers, judgements]);
  });

  it('a copy made in between (copyForward) comes back as the copy of the original would be', () => {
    for (const evaluation of [...examples.map((x) => x.evaluation), generated(1), generated(2)]) {
      const there = migrated(evaluation, toolkit1, { from: toolkit2, now: THERE });
      const copy = copyForward(there.evaluation, { now: COPIED, id: 'next-term' });
      assert.deepEqual(copy.carriedOver, there.evaluation.carriedOver, 'copyForward keeps what is carried over');
      const back = migrated(copy, toolkit2, { from: toolkit1, now: BACK });
      assert.deepEqual(back.evaluation.carriedOver, []);
      // The same as copying the original forward: each judgement a proposal to confirm.
      const direct = copyForward(evaluation, { now: COPIED, id: 'next-term' });
      assert.deepEqual(copied(back.evaluation), copied(direct));
      for (const record of Object.values(back.evaluation.areas)) {
        if (record.judgement?.level) assert.equal(record.judgement.carriedForward, true);
      }
    }
  });

  it('never overwrites: a home that already holds a different value keeps the item carried over', () => {
    const item = (path: string, value: CarriedOverItem['value']): CarriedOverItem => ({
      from: { framework: { id: 'ap-quality-toolkit', version: '2.0.0' }, path },
      value,
      reason: 'set aside in ap-quality-toolkit@1.0.0',
      carriedAt: THERE.toISOString(),
    });
    let evaluation = init(toolkit2, 'self-evaluation', { now: CREATED, id: 'e1' });
    evaluation = withAnswer(evaluation, 'pupil-induction-q1', { text: 'Written since' }, CREATED);
    evaluation = withAnswer(evaluation, 'pupil-induction-q2', { text: 'Same' }, CREATED);
    evaluation = withJudgement(evaluation, 'pupil-induction', { level: 'embedded' }, CREATED);
    evaluation = withStrengths(evaluation, 'pupil-induction', ['Written since'], CREATED);
    evaluation.carriedOver = [
      item('answers.pupil-induction-q1', { text: 'Before' }),
      item('areas.pupil-induction.judgement.level', 'established'),
      // A list that holds items is a value: restoring never adds to it.
      item('areas.pupil-induction.strengths', ['Before']),
      item('answers.pupil-induction-q2', { text: 'Same' }),
    ];
    const { evaluation: after, report } = migrated(evaluation, toolkit2, { now: BACK });
    assert.deepEqual(after.answers, evaluation.answers);
    assert.equal(after.areas['pupil-induction']?.judgement?.level, 'embedded');
    assert.deepEqual(after.areas['pupil-induction']?.strengths, ['Written since']);
    assert.deepEqual(after.carriedOver, evaluation.carriedOver.slice(0, 3));
    // An item whose home already holds the same value is home: nothing is lost by dropping it.
    assert.deepEqual(report.restored, [{ from: 'answers.pupil-induction-q2', version: '2.0.0', to: ['answers.pupil-induction-q2'] }]);
  });

  it('repairs an evaluation already left with homeless-looking items: migrating to its own version restores them', () => {
    const item = (path: string, value: CarriedOverItem['value']): CarriedOverItem => ({
      from: { framework: { id: 'ap-quality-toolkit', version: '2.0.0' }, path },
      value,
      reason: 'no question in ap-quality-toolkit@1.0.0',
      carriedAt: THERE.toISOString(),
    });
    const stuck: Evaluation = {
      ...init(toolkit2, 'self-evaluation', { now: CREATED, id: 'stuck' }),
      carriedOver: [item('answers.pupil-induction-q1', { text: 'Kept' }), item('answers.no-such-question', { text: 'Homeless' }), item('checks.nothing', 'met')],
    };
    const { evaluation, report } = migrated(stuck, toolkit2, { now: BACK });
    assert.deepEqual(evaluation.answers, { 'pupil-induction-q1': { text: 'Kept' } });
    assert.deepEqual(evaluation.carriedOver.map((c) => c.from.path), ['answers.no-such-question', 'checks.nothing']);
    assert.deepEqual(report.restored, [{ from: 'answers.pupil-induction-q1', version: '2.0.0', to: ['answers.pupil-induction-q1'] }]);
    assert.equal(evaluation.updatedAt, BACK.toISOString());
    // With nothing to restore, the same version still changes nothing.
    const plain = init(toolkit2, undefined, { now: CREATED, id: 'plain' });
    assert.deepEqual(migrated(plain, toolkit2, { now: BACK }).evaluation, plain);
  });
});

describe('defect 9: properties', () => {
  it('random toolkit evaluations (init + random edits) there and back, and through copyForward, lose nothing', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryToolkitEvaluation, (evaluation) => {
        const { there, back } = thereAndBack(evaluation);
        assertCameBack(evaluation, there, back);
        const copy = copyForward(there.evaluation, { now: COPIED, id: 'copy' });
        const copyBack = migrated(copy, toolkit2, { from: toolkit1, now: BACK });
        assert.deepEqual(copyBack.evaluation.carriedOver, []);
        assert.deepEqual(copied(copyBack.evaluation), copied(copyForward(evaluation, { now: COPIED, id: 'copy' })));
      }),
      { numRuns: 1000 },
    );
  });

  const v1 = synthFramework();
  it('synthetic changes v1 → v2 → v1: nothing lost, nothing carried over whose home is empty', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryEvaluation(v1), fc.array(arbitraryChange, { minLength: 1, maxLength: 4 }), (evaluation, changes) => {
        const v2 = applyChanges(v1, changes);
        const there = migrated(evaluation, v2, { now: THERE, from: v1 });
        const back = migrated(there.evaluation, v1, { now: BACK, from: v2 });
        assert.deepEqual(checkEvaluationAgainstFramework(back.evaluation, v1), []);
        // Every item carried over on the way there is back home or, where its home is taken, still carried.
        for (const item of there.report.carriedOver) {
          const home = item.from.path.startsWith('actions[')
            ? back.evaluation.actions.find((a) => a.id === (item.value as { id?: string }).id)
            : homeOf(back.evaluation, item.from.path);
          const stillCarried = back.evaluation.carriedOver.some((c) => isDeepStrictEqual(c, item));
          assert.ok(stillCarried || isDeepStrictEqual(home, item.value) || contains(home, item.value), `${item.from.path} lost`);
          if (stillCarried) assert.ok(home !== undefined && home !== null, `${item.from.path}: its home in v1 is empty, yet it stays carried over`);
        }
        // What was carried over before the first leg stays (its home, answers.gone, does not exist).
        assert.ok(back.evaluation.carriedOver.some((c) => c.from.path === 'answers.gone'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('defect 11: one clock type, a Date', () => {
  const evaluation = () => init(toolkit1, undefined, { now: CREATED, id: 'clock' });

  it('migrateEvaluation takes now as a Date, as init and copyForward do', () => {
    const { evaluation: after, report } = migrated(evaluation(), toolkit2, { now: BACK });
    assert.equal(after.updatedAt, BACK.toISOString());
    assert.equal(report.to, '2.0.0');
    const withUse = migrated({ ...evaluation(), use: 'nothing-like-it' }, toolkit2, { now: BACK });
    assert.deepEqual(withUse.evaluation.carriedOver.map((c) => c.carriedAt), [BACK.toISOString()]);
    assert.equal(copyForward(after, { now: BACK }).createdAt, BACK.toISOString());
  });

  it('refuses a time that is not a valid Date: migrate with a problem at now, init and copyForward with an ApqError', () => {
    for (const now of [new Date('yesterday'), '2027-04-01T10:00:00Z' as unknown as Date]) {
      const result = migrateEvaluation(evaluation(), toolkit2, { now });
      assert.equal(result.ok, false);
      assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.path), ['now']);
      assert.throws(() => init(toolkit2, undefined, { now }), ApqError);
      assert.throws(() => copyForward(evaluation(), { now }), ApqError);
    }
  });
});

// ---- Evaluations to migrate ----

/** Where a path of the evaluation points (answers.x, checks.x, areas.x.judgement.level …), or undefined. */
function homeOf(e: Evaluation, path: string): unknown {
  let at: unknown = e;
  for (const segment of path.match(/[^.[\]]+/g) ?? []) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

/** Whether the needle's values are all found in the haystack (a null, "nothing yet", is found anywhere). */
function contains(haystack: unknown, needle: unknown): boolean {
  if (needle === null || isDeepStrictEqual(haystack, needle)) return true;
  if (Array.isArray(needle)) return needle.every((n) => contains(haystack, n));
  if (needle !== null && typeof needle === 'object' && haystack !== null && typeof haystack === 'object' && !Array.isArray(haystack)) {
    return Object.entries(needle).every(([k, v]) => contains((haystack as Record<string, unknown>)[k], v));
  }
  if (haystack !== null && typeof haystack === 'object') return Object.values(haystack).some((v) => contains(v, needle));
  return false;
}

const index2 = indexFramework(toolkit2);
const questions = [...index2.questions.values()].map((e) => e.question);
const areaIds = [...index2.areas.keys()];
const levels = index2.judgementScale!.levels.map((l) => l.id);

interface Spec {
  use?: string;
  name: string;
  answers: Array<[number, Partial<Answer>]>;
  areas: Array<{ area: number; level: string | null; rationale: string; strengths: string[]; priorities: string[]; action: boolean }>;
  submit: boolean;
}

function answerFor(kind: string, text: string, n: number): Partial<Answer> {
  if (kind === 'yes-partly-no') return { response: (['yes', 'partly', 'no'] as const)[n % 3]!, ...(n % 2 ? { text } : {}) };
  if (kind === 'evidence') return { evidence: [{ title: text }], ...(n % 2 ? { text } : {}) };
  return { text };
}

function build(spec: Spec): Evaluation {
  let e = init(toolkit2, spec.use, { now: CREATED, id: 'random' });
  e = withSetting(e, 'name', spec.name, CREATED);
  for (const [i, patch] of spec.answers) e = withAnswer(e, questions[i % questions.length]!.id, patch, CREATED);
  for (const a of spec.areas) {
    const area = areaIds[a.area % areaIds.length]!;
    e = withJudgement(e, area, { level: a.level, rationale: a.rationale }, CREATED);
    e = withStrengths(e, area, a.strengths, CREATED);
    e = withPriorities(e, area, a.priorities.map((text) => ({ text })), CREATED);
    const priority = e.areas[area]?.priorities?.[0]?.id;
    if (a.action) e = withAction(e, { area, what: `Act on ${area}`, status: 'in-progress', ...(priority ? { priority } : {}) }, CREATED);
  }
  if (spec.submit && spec.use !== undefined) {
    for (const area of areaIds) if (!e.areas[area]?.judgement?.level) e = withJudgement(e, area, { level: levels[0]! }, CREATED);
    const done = finalise(toolkit2, e, CREATED);
    if (done.ok) e = done.value;
  }
  return e;
}

const text = fc.string({ minLength: 1, maxLength: 10 });
const arbitraryToolkitEvaluation: fc.Arbitrary<Evaluation> = fc
  .record({
    use: fc.option(fc.constantFrom(...toolkit2.uses.map((u) => u.id)), { nil: undefined }),
    name: text,
    answers: fc.array(fc.tuple(fc.nat({ max: questions.length - 1 }), text, fc.nat({ max: 5 })), { maxLength: 40 }),
    areas: fc.uniqueArray(
      fc.record({
        area: fc.nat({ max: areaIds.length - 1 }),
        level: fc.option(fc.constantFrom(...levels), { nil: null }),
        rationale: fc.oneof(fc.constant(''), text),
        strengths: fc.array(text, { maxLength: 2 }),
        priorities: fc.array(text, { maxLength: 2 }),
        action: fc.boolean(),
      }),
      { maxLength: 13, selector: (a) => a.area },
    ),
    submit: fc.boolean(),
  })
  .map(({ use, name, answers, areas, submit }) =>
    build({ ...(use === undefined ? {} : { use }), name, answers: answers.map(([i, t, n]) => [i, answerFor(questions[i]!.answer, t, n)]), areas, submit }),
  );

/** A deterministic batch like the one in the issue: most questions answered, most areas judged. */
function generated(seed: number): Evaluation {
  let a = seed + 1;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const answers: Spec['answers'] = [];
  for (const [i, q] of questions.entries()) if (rnd() < 0.3) answers.push([i, answerFor(q.answer, `Answer ${i}`, i)]);
  const areas: Spec['areas'] = areaIds.flatMap((_id, area) =>
    rnd() < 0.1
      ? []
      : [{ area, level: rnd() < 0.85 ? levels[Math.floor(rnd() * levels.length)]! : null, rationale: 'Agreed at moderation.', strengths: ['Strong relationships'], priorities: rnd() < 0.4 ? ['Speed up referrals.'] : [], action: rnd() < 0.3 }],
  );
  return build({ use: 'self-evaluation', name: `Setting ${seed}`, answers, areas, submit: rnd() < 0.5 });
}
