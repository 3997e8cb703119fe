// SPDX-License-Identifier: MIT
// migrateEvaluation: answers follow stable ids and migration notes; nothing a person entered is lost.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { Evaluation as EvaluationSchema, type Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import { checkEvaluationAgainstFramework } from '../src/validate/evaluation-checks.js';
import { ApqValidationError } from '../src/validate/problems.js';
import { parseWith, validateFramework } from '../src/validate/validate.js';
import { type Migration, migrateEvaluation, migrateEvaluationOrThrow } from '../src/versioning/index.js';
import { type SynthChange, applyChanges, arbitraryChange, arbitraryEvaluation, synthFramework } from './versioning-fixtures.js';

const NOW = new Date('2026-12-01T10:00:00Z');

function evaluationOf(framework: Framework, parts: Partial<Evaluation> = {}): Evaluation {
  return {
    format: 'apq-evaluation',
    formatVersion: 2,
    id: 'e1',
    framework: { id: framework.id, version: framework.version },
    status: 'draft',
    setting: { name: 'Riverside Learning Centre' },
    evaluators: [{ name: 'A. Head' }],
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-02T09:00:00Z',
    answers: {},
    checks: {},
    areas: {},
    actions: [],
    carriedOver: [],
    ...parts,
  };
}

function migrated(evaluation: Evaluation, target: Framework, from?: Framework): Migration {
  const result = migrateEvaluation(evaluation, target, from ? { now: NOW, from } : { now: NOW });
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.value;
}

function changed(...changes: Array<Omit<SynthChange, 'note'> & { note?: boolean }>): Framework {
  const next = applyChanges(synthFramework(), changes.map((c) => ({ note: false, ...c })));
  const valid = validateFramework(next);
  assert.ok(valid.ok, valid.ok ? '' : valid.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return next;
}

// Indices into the synthetic framework's lists, in document order.
const Q = { aQ1: 0, aQ2: 1, aQ3: 2, aQ4: 3, aSubQ1: 4, aSubQ2: 5, bQ1: 6, bQ2: 7, cQ1: 8, cQ2: 9 };
const AREA = { a: 0, b: 1, c: 2 };

describe('migrateEvaluation on synthetic changes', () => {
  it('moves an answer to the new id of a renamed question, and reports the move', () => {
    const v2 = changed({ name: 'rename-question', i: Q.aQ1, j: 0 });
    const { evaluation, report } = migrated(evaluationOf(synthFramework(), { answers: { 'a-q1': { text: 'We meet every family.' } } }), v2);
    assert.deepEqual(evaluation.answers, { 'a-q1-n': { text: 'We meet every family.' } });
    assert.deepEqual(report.moved, [{ from: 'answers.a-q1', to: ['answers.a-q1-n'], kind: 'renamed' }]);
    assert.deepEqual(evaluation.framework, { id: 'synth', version: '2.0.0' });
    assert.equal(evaluation.updatedAt, NOW.toISOString());
  });

  it('keeps an answer in place when its question moves to another area by the same id', () => {
    const v2 = changed({ name: 'move-question', i: Q.aQ1, j: AREA.c, note: true });
    const { evaluation, report } = migrated(evaluationOf(synthFramework(), { answers: { 'a-q1': { text: 'Kept.' } } }), v2);
    assert.deepEqual(evaluation.answers, { 'a-q1': { text: 'Kept.' } });
    assert.deepEqual(report.moved, [{ from: 'answers.a-q1', to: ['answers.a-q1'], kind: 'moved' }]);
  });

  it('carries over the answer to a removed question, saying where it came from and why', () => {
    const v2 = changed({ name: 'remove-question', i: Q.bQ1, j: 0, note: true });
    const answer = { text: 'Our best answer.' };
    const { evaluation, report } = migrated(evaluationOf(synthFramework(), { answers: { 'b-q1': answer } }), v2);
    assert.deepEqual(evaluation.answers, {});
    assert.equal(evaluation.carriedOver.length, 1);
    const [item] = evaluation.carriedOver;
    assert.deepEqual(item!.from, { framework: { id: 'synth', version: '1.0.0' }, path: 'answers.b-q1' });
    assert.deepEqual(item!.value, answer);
    assert.equal(item!.carriedAt, NOW.toISOString());
    assert.match(item!.reason, /question "b-q1" was removed in synth@2\.0\.0/);
    assert.deepEqual(report.carriedOver, evaluation.carriedOver);
  });

  it('carries over an answer whose question has gone without a note', () => {
    const v2 = changed({ name: 'remove-question', i: Q.bQ1, j: 0, note: false });
    const { evaluation } = migrated(evaluationOf(synthFramework(), { answers: { 'b-q1': { text: 'x' } } }), v2);
    assert.match(evaluation.carriedOver[0]!.reason, /no question "b-q1" in synth@2\.0\.0/);
  });

  it('copies an answer to each part of a split question, and reports it', () => {
    const v2 = changed({ name: 'split-question', i: Q.aQ1, j: 0 });
    const { evaluation, report } = migrated(evaluationOf(synthFramework(), { answers: { 'a-q1': { text: 'Both.' } } }), v2);
    assert.deepEqual(evaluation.answers, { 'a-q1-s1-n': { text: 'Both.' }, 'a-q1-s2-n': { text: 'Both.' } });
    assert.deepEqual(report.moved, [{ from: 'answers.a-q1', to: ['answers.a-q1-s1-n', 'answers.a-q1-s2-n'], kind: 'split' }]);
  });

  it('merges answers: the target keeps its own text and the other is carried over', () => {
    const v2 = changed({ name: 'merge-questions', i: Q.aQ1, j: Q.bQ1 });
    const before = evaluationOf(synthFramework(), { answers: { 'a-q1': { text: 'Merged away.' }, 'b-q1': { text: 'Target text.' } } });
    const { evaluation, report } = migrated(before, v2);
    assert.deepEqual(evaluation.answers, { 'b-q1': { text: 'Target text.' } });
    assert.deepEqual(evaluation.carriedOver.map((c) => [c.from.path, c.value]), [['answers.a-q1.text', 'Merged away.']]);
    assert.deepEqual(report.moved, [{ from: 'answers.a-q1', to: ['answers.b-q1'], kind: 'merged' }]);
  });

  it('merges into an unanswered target: the answer simply moves', () => {
    const v2 = changed({ name: 'merge-questions', i: Q.aQ1, j: Q.bQ1 });
    const { evaluation } = migrated(evaluationOf(synthFramework(), { answers: { 'a-q1': { text: 'Moves.' } } }), v2);
    assert.deepEqual(evaluation.answers, { 'b-q1': { text: 'Moves.' } });
    assert.deepEqual(evaluation.carriedOver, []);
  });

  it('carries over the part of an answer a question no longer takes', () => {
    const v2 = changed({ name: 'change-answer-kind', i: Q.aQ2, j: 0 }); // rating → reflection
    const { evaluation } = migrated(evaluationOf(synthFramework(), { answers: { 'a-q2': { level: 'high', text: 'Why high.' } } }), v2);
    assert.deepEqual(evaluation.answers, { 'a-q2': { text: 'Why high.' } });
    assert.deepEqual(evaluation.carriedOver.map((c) => [c.from.path, c.value]), [['answers.a-q2.level', 'high']]);
    assert.match(evaluation.carriedOver[0]!.reason, /takes a reflection answer/);
  });

  it('sets aside a judgement and a rating on a level the new scale does not have', () => {
    const v2 = changed({ name: 'remove-scale-level', i: 1, j: 0 }); // removes "mid"
    const before = evaluationOf(synthFramework(), {
      answers: { 'a-q2': { level: 'mid' }, 'b-q2': { level: 'top' } },
      areas: { 'area-b': { judgement: { level: 'mid', rationale: 'Secure in parts.', suggestedLevel: 'mid' } } },
    });
    const { evaluation, report } = migrated(before, v2);
    assert.deepEqual(evaluation.answers, { 'b-q2': { level: 'top' } });
    assert.deepEqual(evaluation.areas['area-b'], { judgement: { level: null, rationale: 'Secure in parts.' } });
    assert.deepEqual(evaluation.carriedOver.map((c) => [c.from.path, c.value]), [
      ['answers.a-q2.level', 'mid'],
      ['areas.area-b.judgement.level', 'mid'],
      ['areas.area-b.judgement.suggestedLevel', 'mid'],
    ]);
    assert.ok(report.newlyUnanswered.includes('areas.area-b.judgement.level'), report.newlyUnanswered.join(', '));
  });

  it('moves an area record and its actions with a renamed area', () => {
    const v2 = changed({ name: 'rename-area', i: AREA.b, j: 0 });
    const before = evaluationOf(synthFramework(), {
      areas: { 'area-b': { evidence: 'Seen.', priorities: [{ id: 'p1', text: 'Do better.' }] } },
      actions: [{ id: 'x1', area: 'area-b', priority: 'p1', what: 'Plan it.', status: 'in-progress', createdAt: '2026-01-01T00:00:00Z', reviews: [] }],
    });
    const { evaluation, report } = migrated(before, v2);
    assert.deepEqual(Object.keys(evaluation.areas), ['area-b-n']);
    assert.equal(evaluation.actions[0]!.area, 'area-b-n');
    assert.deepEqual(report.moved, [{ from: 'areas.area-b', to: ['areas.area-b-n'], kind: 'renamed' }]);
  });

  it('carries over the record and actions of a removed area', () => {
    const v2 = changed({ name: 'remove-area', i: AREA.c, j: 0, note: true });
    const action = { id: 'x1', area: 'area-c', what: 'Plan it.', status: 'not-started' as const, createdAt: '2026-01-01T00:00:00Z', reviews: [] };
    const before = evaluationOf(synthFramework(), { areas: { 'area-c': { evidence: 'Seen.' } }, actions: [action] });
    const { evaluation } = migrated(before, v2);
    assert.deepEqual(evaluation.areas, {});
    assert.deepEqual(evaluation.actions, []);
    assert.deepEqual(evaluation.carriedOver.map((c) => [c.from.path, c.value]), [['areas.area-c', { evidence: 'Seen.' }], ['actions[0]', action]]);
  });

  it('merges area records: lists are joined, a second evidence text is carried over', () => {
    const v2 = changed({ name: 'merge-areas', i: AREA.b, j: AREA.a });
    const before = evaluationOf(synthFramework(), {
      areas: { 'area-a': { evidence: 'A.', strengths: ['a'] }, 'area-b': { evidence: 'B.', strengths: ['b'], priorities: [{ id: 'pb', text: 'B first.' }] } },
      actions: [{ id: 'x1', area: 'area-b', priority: 'pb', what: 'Plan it.', status: 'not-started', createdAt: '2026-01-01T00:00:00Z', reviews: [] }],
      checks: { 'b-2-1': 'met' },
    });
    const { evaluation } = migrated(before, v2);
    assert.deepEqual(evaluation.areas, { 'area-a': { evidence: 'A.', strengths: ['a', 'b'], priorities: [{ id: 'pb', text: 'B first.' }] } });
    assert.equal(evaluation.actions[0]!.area, 'area-a');
    assert.deepEqual(evaluation.carriedOver.map((c) => c.from.path).sort(), ['areas.area-b.evidence', 'checks.b-2-1']);
  });

  it('moves a check to the new id of a renamed descriptor', () => {
    const v2 = changed({ name: 'rename-descriptor', i: 0, j: 0 });
    const { evaluation } = migrated(evaluationOf(synthFramework(), { checks: { 'a-1-1': 'met', 'a-1-2': 'not-met' } }), v2);
    assert.deepEqual(evaluation.checks, { 'a-1-2': 'not-met', 'a-1-1-n': 'met' });
  });

  it('sets aside a use the new version does not have', () => {
    const v2 = structuredClone(changed());
    v2.uses = v2.uses.filter((u) => u.id !== 'peer-review');
    const { evaluation } = migrated(evaluationOf(synthFramework(), { use: 'peer-review' }), v2);
    assert.equal(evaluation.use, undefined);
    assert.deepEqual(evaluation.carriedOver.map((c) => [c.from.path, c.value]), [['use', 'peer-review']]);
  });

  it('keeps what was already carried over', () => {
    const old = { from: { framework: { id: 'synth', version: '0.1.0' }, path: 'answers.old' }, value: 'old', reason: 'gone long ago' };
    const v2 = changed({ name: 'remove-question', i: Q.cQ2, j: 0 });
    const { evaluation } = migrated(evaluationOf(synthFramework(), { carriedOver: [old], answers: { 'c-q2': { text: 'new' } } }), v2);
    assert.deepEqual(evaluation.carriedOver[0], old);
    assert.equal(evaluation.carriedOver.length, 2);
  });

  it('reopens a submitted evaluation as a draft when the new version asks for more', () => {
    const v2 = changed({ name: 'remove-scale-level', i: 1, j: 0 });
    const v1 = synthFramework();
    const judged = (level: string) => ({ judgement: { level, rationale: 'Because.' } });
    const before = evaluationOf(v1, {
      status: 'submitted',
      submittedAt: '2026-02-01',
      use: 'self-evaluation',
      areas: { 'area-a': judged('mid'), 'area-b': judged('top'), 'area-c': judged('top') },
    });
    assert.deepEqual(checkEvaluationAgainstFramework(before, v1), []);
    const { evaluation, report } = migrated(before, v2);
    assert.equal(evaluation.status, 'draft');
    assert.equal(evaluation.submittedAt, undefined);
    assert.ok(evaluation.carriedOver.some((c) => c.from.path === 'submittedAt' && c.value === '2026-02-01'));
    assert.ok(report.reopenedBecause.some((r) => r.startsWith('areas.area-a.judgement.level:')), report.reopenedBecause.join('\n'));
  });

  it('refuses to migrate to another framework', () => {
    const other = { ...synthFramework(), id: 'other' };
    const result = migrateEvaluation(evaluationOf(synthFramework()), other, { now: NOW });
    assert.deepEqual(result, {
      ok: false,
      problems: [
        {
          path: 'framework.id',
          message: 'cannot migrate an evaluation of "synth" to "other": migration moves between versions of one framework',
          code: 'different-frameworks',
          params: { from: 'synth', to: 'other' },
        },
      ],
    });
    assert.throws(() => migrateEvaluationOrThrow(evaluationOf(synthFramework()), other), ApqValidationError);
  });

  it('refuses a time that is not ISO 8601', () => {
    const result = migrateEvaluation(evaluationOf(synthFramework()), changed(), { now: new Date('yesterday') });
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => [p.path, p.code]), [['now', 'invalid-format']]);
  });

  it('changes nothing when migrating to the same version', () => {
    const before = evaluationOf(synthFramework(), { answers: { 'a-q1': { text: 'x' } } });
    const { evaluation, report } = migrated(before, synthFramework());
    assert.deepEqual(evaluation, before);
    assert.notEqual(evaluation, before, 'a copy, so the caller may change it freely');
    assert.deepEqual(report, { framework: 'synth', from: '1.0.0', to: '1.0.0', moved: [], carriedOver: [], restored: [], newlyUnanswered: [], unchanged: 0, reopenedBecause: [] });
  });
});

describe('migrateEvaluation on the AP Quality Toolkit', () => {
  const v1 = bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!;
  const v2 = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;

  it('1.0.0 → 2.0.0: area records stay, a use 2.0.0 lacks is carried over, new questions and judgements are listed', () => {
    const before = evaluationOf(v1, {
      use: 'annual-review',
      areas: { 'pupil-induction': { evidence: 'Induction plans.', strengths: ['Key adult'], priorities: [{ id: 'p1', text: 'Faster information' }] } },
      actions: [{ id: 'a1', area: 'pupil-induction', priority: 'p1', what: 'Agree a form', status: 'in-progress', createdAt: '2026-01-01T00:00:00Z', reviews: [] }],
    });
    const { evaluation, report } = migrated(before, v2, v1);
    assert.deepEqual(evaluation.areas, before.areas);
    assert.deepEqual(evaluation.actions, before.actions);
    assert.deepEqual(evaluation.carriedOver.map((c) => c.from.path), ['use']);
    assert.equal(report.unchanged, 1);
    const questions = report.newlyUnanswered.filter((p) => p.startsWith('answers.'));
    const judgements = report.newlyUnanswered.filter((p) => p.endsWith('.judgement.level'));
    assert.equal(questions.length, 111);
    assert.equal(judgements.length, 13);
    assert.ok(parseWith(EvaluationSchema, evaluation).ok);
  });

  it('2.0.0 → 1.0.0: answers and judgements with no home in the older version are all carried over', () => {
    const before = evaluationOf(v2, {
      use: 'self-evaluation',
      answers: { 'pupil-induction-q1': { text: 'Meetings with every family.' } },
      areas: { 'pupil-induction': { judgement: { level: 'established', rationale: 'Secure.' } } },
    });
    const { evaluation } = migrated(before, v1, v2);
    assert.deepEqual(evaluation.answers, {});
    assert.deepEqual(evaluation.areas, { 'pupil-induction': { judgement: { level: null, rationale: 'Secure.' } } });
    assert.deepEqual(evaluation.carriedOver.map((c) => c.from.path), ['answers.pupil-induction-q1', 'areas.pupil-induction.judgement.level']);
    assert.equal(evaluation.use, 'self-evaluation', '1.0.0 names no uses, so any use stands');
  });
});

// ---- Properties ----

/** Deep search: the needle equals the haystack or some value inside it. */
function contains(haystack: unknown, needle: unknown): boolean {
  if (isDeepStrictEqual(haystack, needle)) return true;
  if (haystack !== null && typeof haystack === 'object') return Object.values(haystack).some((v) => contains(v, needle));
  return false;
}

function carried(after: Evaluation, path: string, value: unknown): boolean {
  return after.carriedOver.some((c) => (c.from.path === path || c.from.path.startsWith(`${path}.`)) && contains(c.value, value));
}

function targetsOf(target: Framework, id: string): string[] {
  return target.migrations.find((n) => n.from === id)?.to ?? [id];
}

function foundAt(place: unknown, value: unknown): boolean {
  return contains(place, value) || (Array.isArray(value) && value.every((v) => contains(place, v)));
}

/** Every value a person entered, by where it stood, that is neither in place nor carried over. */
function lost(before: Evaluation, after: Evaluation, target: Framework, restored: Migration['report']['restored'] = []): string[] {
  const missing: string[] = [];
  for (const [id, answer] of Object.entries(before.answers)) {
    for (const [field, value] of Object.entries(answer)) {
      const inPlace = targetsOf(target, id).some((t) => foundAt((after.answers[t] as Record<string, unknown> | undefined)?.[field], value));
      if (!inPlace && !carried(after, `answers.${id}`, value)) missing.push(`answers.${id}.${field}`);
    }
  }
  for (const [id, status] of Object.entries(before.checks)) {
    if (!targetsOf(target, id).some((t) => after.checks[t] === status) && !carried(after, `checks.${id}`, status)) missing.push(`checks.${id}`);
  }
  for (const [id, record] of Object.entries(before.areas)) {
    const { judgement, ...rest } = record;
    const values: Array<[string, unknown]> = [
      ...Object.entries(rest).flatMap(([field, value]) => (Array.isArray(value) ? value.map((v, i) => [`${field}[${i}]`, v] as [string, unknown]) : [[field, value] as [string, unknown]])),
      ...Object.entries(judgement ?? {}).filter(([, v]) => v !== null).map(([field, v]) => [`judgement.${field}`, v] as [string, unknown]),
    ];
    for (const [field, value] of values) {
      const inPlace = targetsOf(target, id).some((t) => contains(after.areas[t], value));
      if (!inPlace && !carried(after, `areas.${id}`, value)) missing.push(`areas.${id}.${field}`);
    }
  }
  before.actions.forEach((action, i) => {
    const inPlace = after.actions.some((a) => a.id === action.id && a.what === action.what);
    if (!inPlace && !carried(after, `actions[${i}]`, action)) missing.push(`actions[${i}]`);
  });
  if (before.use !== undefined && after.use !== before.use && !carried(after, 'use', before.use)) missing.push('use');
  // A carried-over item may instead be back home (restored), its value at the place it was restored to.
  const home = (path: string) => path.match(/[^.[\]]+/g)!.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], after);
  // A null ("nothing yet", such as a judgement's level set aside) is found anywhere.
  const within = (place: unknown, value: unknown): boolean =>
    value === null ||
    foundAt(place, value) ||
    (typeof value === 'object' && !Array.isArray(value) && typeof place === 'object' && place !== null && Object.entries(value).every(([k, v]) => within((place as Record<string, unknown>)[k], v)));
  const isHome = (item: Evaluation['carriedOver'][number]) => restored.some((r) => r.from === item.from.path && r.to.some((to) => within(home(to), item.value)));
  for (const item of before.carriedOver) if (!after.carriedOver.some((c) => isDeepStrictEqual(c, item)) && !isHome(item)) missing.push(`carriedOver ${item.from.path}`);
  return missing;
}

const v1 = synthFramework();
const scenario = fc.tuple(arbitraryEvaluation(v1), fc.array(arbitraryChange, { minLength: 1, maxLength: 4 }));

describe('migrateEvaluation properties', () => {
  it('every synthetic change leaves a valid framework (the generator is sound)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryChange, { minLength: 1, maxLength: 4 }), (changes) => {
        const v2 = applyChanges(v1, changes);
        const valid = validateFramework(v2);
        assert.ok(valid.ok, valid.ok ? '' : valid.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('for any evaluation and any synthetic change, every original answer is in place or carried over', () => {
    fc.assert(
      fc.property(scenario, ([evaluation, changes]) => {
        const v2 = applyChanges(v1, changes);
        const result = migrateEvaluation(evaluation, v2, { now: NOW, from: v1 });
        assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        assert.deepEqual(lost(evaluation, result.value.evaluation, v2), []);
      }),
      { numRuns: 400 },
    );
  });

  it('the migrated evaluation always validates against the target version, and its report matches it', () => {
    fc.assert(
      fc.property(scenario, ([evaluation, changes]) => {
        const v2 = applyChanges(v1, changes);
        const result = migrateEvaluation(evaluation, v2, { now: NOW });
        assert.ok(result.ok);
        const after = result.value.evaluation;
        assert.ok(parseWith(EvaluationSchema, after).ok);
        assert.deepEqual(checkEvaluationAgainstFramework(after, v2), []);
        assert.deepEqual(after.carriedOver, [...evaluation.carriedOver, ...result.value.report.carriedOver]);
        for (const key of ['id', 'setting', 'evaluators', 'createdAt', 'format', 'formatVersion'] as const) assert.deepEqual(after[key], evaluation[key]);
      }),
      { numRuns: 300 },
    );
  });

  it('migrating to the same version changes nothing', () => {
    fc.assert(
      fc.property(arbitraryEvaluation(v1), (evaluation) => {
        const result = migrateEvaluation(evaluation, v1, { now: NOW });
        assert.ok(result.ok);
        assert.deepEqual(result.value.evaluation, evaluation);
        assert.deepEqual(result.value.report.moved, []);
        assert.deepEqual(result.value.report.carriedOver, []);
      }),
      { numRuns: 100 },
    );
  });

  it('migrating there and back again loses nothing either', () => {
    fc.assert(
      fc.property(scenario, ([evaluation, changes]) => {
        const v2 = applyChanges(v1, changes);
        const there = migrateEvaluation(evaluation, v2, { now: NOW });
        assert.ok(there.ok);
        const back = migrateEvaluation(there.value.evaluation, v1, { now: NOW });
        assert.ok(back.ok);
        assert.deepEqual(lost(there.value.evaluation, back.value.evaluation, v1, back.value.report.restored), []);
      }),
      { numRuns: 150 },
    );
  });
});
