// SPDX-License-Identifier: MIT
// The speed-ups of issue 10 change no result: on random evaluations (judged at known and unknown
// levels, with and without rationale, answers blank and not, priorities in variant words, several
// settings under name variants, other framework versions, drafts, periods and breakdowns), the
// engine's aggregateDocument, aggregate, tallyAreas and progressOf give exactly what the
// straightforward implementation they replaced gives (test/aggregate-reference.ts), and throw the
// same error where it threw (an answer without the shape of one). Descriptors are checked with
// every status and with values that are none (anything but a status reads as not assessed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type AggregateDocumentOptions, type AggregateInput, aggregate, aggregateDocument, digestForAggregate, tallyAreas } from '../src/engine/aggregate.js';
import { progressOf, progressStatusOf, progressStatusesOf } from '../src/engine/progress.js';
import { requireCompiled } from '../src/engine/compile.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { allAreas, questionsOfArea } from '../src/model/framework-index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import * as reference from './aggregate-reference.js';

const FRAMEWORKS = bundledCatalogue.list();
const NOW = new Date('2027-01-04T09:00:00Z');
const PERIODS = [
  { id: 'spring', label: 'Spring', from: '2026-01', to: '2026-03' },
  { id: 'summer', label: 'Summer', from: '2026-04', to: '2026-07' },
  { id: 'all', label: 'All' },
];
const PRIORITIES = ['Improve attendance.', 'improve  attendance', ' Improve attendance!! ', 'Speed up referrals', 'speed up referrals.', '', '  ', '...'];
const NAMES = ['Alder House', 'ALDER HOUSE.', 'Beech Centre', 'Cedar Academy', 'The Cedar Academy Ltd'];

/** A random evaluation of `framework` (or, sometimes, of another framework or version). */
function evaluationOf(framework: Framework): fc.Arbitrary<Evaluation> {
  const areas = allAreas(framework);
  const questions = areas.flatMap(questionsOfArea);
  const levels = framework.scales.find((s) => s.id === framework.judgementScale)?.levels.map((l) => l.id) ?? [];
  const level = fc.oneof(fc.constant(null), fc.constantFrom(...levels, 'not-a-level'));
  const text = fc.constantFrom('', '  ', 'Reviewed each term.', ' x ');
  const answer = fc.oneof(
    text.map((t) => ({ text: t })),
    fc.constantFrom('yes', 'partly', 'no').map((response) => ({ response })),
    fc.constantFrom(...(levels.length > 0 ? levels : ['x'])).map((l) => ({ level: l })),
    text.map((t) => ({ evidence: [{ title: t }] })),
  );
  const answers = fc.array(fc.option(answer, { freq: 3 }), { minLength: questions.length, maxLength: questions.length }).map((list) => {
    const out: Evaluation['answers'] = {};
    questions.forEach((q, i) => {
      if (list[i]) out[q.id] = list[i]!;
    });
    return out;
  });
  const record = fc.record(
    {
      evidence: text,
      priorities: fc.array(fc.constantFrom(...PRIORITIES), { maxLength: 3 }),
      judgement: fc.record({ level, rationale: fc.option(text) }),
    },
    { requiredKeys: [] },
  );
  const records = fc.array(fc.option(record, { freq: 4 }), { minLength: areas.length, maxLength: areas.length }).map((list) => {
    const out: Evaluation['areas'] = {};
    areas.forEach((area, i) => {
      const r = list[i];
      if (!r) return;
      out[area.id] = {
        ...(r.evidence === undefined ? {} : { evidence: r.evidence }),
        ...(r.priorities ? { priorities: r.priorities.map((t, n) => ({ id: `p${n}`, text: t })) } : {}),
        ...(r.judgement ? { judgement: { level: r.judgement.level, ...(r.judgement.rationale === null ? {} : { rationale: r.judgement.rationale }) } } : {}),
      };
    });
    return out;
  });
  const descriptors = requireCompiled(framework).areaList.flatMap((c) => [...c.descriptorInfo.keys()]);
  const checks = fc
    .array(fc.tuple(fc.constantFrom(...descriptors, 'not-a-descriptor'), fc.constantFrom<unknown>('met', 'partly-met', 'not-met', 'not-assessed', 'bogus', null, undefined)), { maxLength: descriptors.length > 0 ? 12 : 1 })
    .map((pairs) => Object.fromEntries(pairs) as Evaluation['checks']);
  const date = fc.constantFrom('2026-02-03T10:00:00Z', '2026-02-03T10:00:00.000Z', '2026-05-01T09:00:00Z', '2026-07-31T23:00:00Z', '2025-12-01T00:00:00Z');
  return fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      framework: fc.oneof({ weight: 6, arbitrary: fc.constant({ id: framework.id, version: framework.version }) }, { weight: 1, arbitrary: fc.constantFrom({ id: framework.id, version: '0.0.1' }, { id: 'other', version: '1.0.0' }) }),
      status: fc.constantFrom('draft' as const, 'submitted' as const),
      use: fc.option(fc.constantFrom(...framework.uses.map((u) => u.id), 'unknown-use')),
      setting: fc.record({ name: fc.option(fc.constantFrom(...NAMES)), urn: fc.option(fc.constantFrom('100001', '100002', 'URN 100 001')), type: fc.option(fc.constantFrom('PRU', ' pru ', 'AP academy')), localAuthority: fc.option(fc.constantFrom('Leics', 'Leicestershire County Council')) }),
      updatedAt: date,
      submittedAt: fc.option(date),
      answers,
      checks,
      areas: records,
    })
    .map((r): Evaluation => {
      const setting = Object.fromEntries(Object.entries(r.setting).filter(([, v]) => v !== null)) as Evaluation['setting'];
      return {
        format: 'apq-evaluation',
        formatVersion: 2,
        id: r.id,
        framework: r.framework,
        status: r.status,
        ...(r.use === null ? {} : { use: r.use }),
        setting,
        evaluators: [],
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: r.updatedAt,
        ...(r.submittedAt === null ? {} : { submittedAt: r.submittedAt }),
        answers: r.answers,
        checks: r.checks,
        areas: r.areas,
        actions: [],
        carriedOver: [],
      };
    });
}

/** The outcome of a call: its result, or the error it threw (class and message). */
function outcome<T>(fn: () => T): { value: T } | { error: string } {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const options = fc.record(
  {
    status: fc.constantFrom('draft' as const, 'submitted' as const, 'any' as const),
    use: fc.constantFrom('unknown-use', ['unknown-use']),
    key: fc.constantFrom('k1', 'k2'),
    breakdowns: fc.subarray(['use', 'setting-type'] as const),
    periods: fc.subarray(PERIODS, { minLength: 1 }),
  },
  { requiredKeys: [] },
);

describe('the fast aggregation gives what the straightforward one gave', () => {
  for (const framework of FRAMEWORKS) {
    it(`${framework.id}@${framework.version}: documents, book-keeping and tallies`, () => {
      fc.assert(
        fc.property(fc.array(evaluationOf(framework), { maxLength: 14 }), options, (list, chosen) => {
          const withUses = { ...chosen, ...(chosen.use === undefined ? {} : { use: [chosen.use, ...framework.uses.map((u) => u.id)].flat() }) } as AggregateDocumentOptions;
          const all = { ...withUses, generatedAt: NOW };
          assert.deepStrictEqual(outcome(() => aggregateDocument(framework, list, all)), outcome(() => reference.aggregateDocument(framework, list, all)));
          const { periods: _p, breakdowns: _b, ...plain } = withUses;
          assert.deepStrictEqual(outcome(() => aggregate(framework, list, plain)), outcome(() => reference.aggregate(framework, list, plain)));
          const mine = list.filter((e) => e.framework.id === framework.id && e.framework.version === framework.version);
          assert.deepStrictEqual(outcome(() => tallyAreas(framework, mine)), outcome(() => reference.tallyAreas(framework, mine)));
        }),
        { numRuns: 120 },
      );
    });

    it(`${framework.id}@${framework.version}: digests (worked out ahead, through a structured clone as between threads) count as their evaluations`, () => {
      fc.assert(
        fc.property(fc.array(evaluationOf(framework), { maxLength: 14 }), options, (list, chosen) => {
          const all = { ...chosen, generatedAt: NOW } as AggregateDocumentOptions;
          // Evaluations of other versions stay evaluations (a digest cannot be migrated); the others go as digests.
          const mixed: AggregateInput[] = list.map((e) => (e.framework.id === framework.id && e.framework.version === framework.version ? structuredClone(digestForAggregate(framework, e)) : e));
          assert.deepStrictEqual(outcome(() => aggregateDocument(framework, mixed, all)), outcome(() => aggregateDocument(framework, list, all)));
          const { periods: _p, breakdowns: _b, ...plain } = all;
          assert.deepStrictEqual(outcome(() => aggregate(framework, mixed, plain)), outcome(() => aggregate(framework, list, plain)));
        }),
        { numRuns: 100 },
      );
    });

    it(`${framework.id}@${framework.version}: progress of every area`, () => {
      const areaIds = allAreas(framework).map((a) => a.id);
      fc.assert(
        fc.property(evaluationOf(framework), (evaluation) => {
          for (const id of areaIds) {
            const expected = reference.progressOf(framework, evaluation, id);
            assert.deepStrictEqual(progressOf(framework, evaluation, id), expected);
            assert.equal(progressStatusOf(framework, evaluation, id), expected.status);
          }
        }),
        { numRuns: 150 },
      );
    });

    it(`${framework.id}@${framework.version}: every area's status in one pass, or none where it must be asked area by area`, () => {
      const compiled = requireCompiled(framework).areaList;
      // Sometimes an answer without the shape of one, which only the area-by-area reading can name.
      const malformed = fc.constantFrom<unknown>({ text: 3 }, 'yes', { response: 'maybe' }, { evidence: [{}] }, null);
      fc.assert(
        fc.property(evaluationOf(framework), fc.option(fc.tuple(fc.nat(), malformed), { freq: 3 }), (evaluation, spoil) => {
          if (spoil) {
            const ids = Object.keys(evaluation.answers);
            if (ids.length > 0) (evaluation.answers as Record<string, unknown>)[ids[spoil[0] % ids.length]!] = spoil[1];
          }
          const statuses = progressStatusesOf(framework, evaluation);
          assert.equal(statuses.length, compiled.length);
          compiled.forEach((area, i) => {
            const one = outcome(() => progressStatusOf(framework, evaluation, area.area.id));
            if (statuses[i] === undefined) assert.ok('error' in one, `${area.area.id}: the one pass gave up where the area reads cleanly`);
            else assert.deepStrictEqual(one, { value: statuses[i] }, area.area.id);
          });
        }),
        { numRuns: 200 },
      );
    });
  }

  it('throws the same error for the same malformed answer, in the same order of areas and evaluations', () => {
    const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
    const areas = allAreas(framework).filter((a) => a.status !== 'not-yet-written');
    const question = (i: number) => questionsOfArea(areas[i]!)[0]!.id;
    const base = (id: string, urn: string): Evaluation => ({
      format: 'apq-evaluation',
      formatVersion: 2,
      id,
      framework: { id: framework.id, version: framework.version },
      status: 'submitted',
      setting: { name: id, urn },
      evaluators: [],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-02-01T00:00:00Z',
      submittedAt: '2026-02-01T00:00:00Z',
      answers: {},
      checks: {},
      areas: {},
      actions: [],
      carriedOver: [],
    });
    // The first evaluation is malformed in a later area than the second: the area-by-area count meets the second's first.
    const first = base('first', '100001');
    const second = base('second', '100002');
    (first.answers as Record<string, unknown>)[question(5)] = { text: 7 };
    (second.answers as Record<string, unknown>)[question(1)] = { response: 'perhaps' };
    const list = [first, second];
    const fast = outcome(() => aggregateDocument(framework, list, { generatedAt: NOW }));
    assert.ok('error' in fast, 'a malformed answer is refused');
    assert.match(fast.error, new RegExp(`answers\\.${question(1)}`));
    assert.deepStrictEqual(fast, outcome(() => reference.aggregateDocument(framework, list, { generatedAt: NOW })));
  });

  it('refuses a digest that is not one, or whose facts do not fit the framework', () => {
    const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
    const evaluation = fc.sample(evaluationOf(framework).filter((e) => e.framework.version === framework.version), { numRuns: 1, seed: 7 })[0]!;
    const digest = digestForAggregate(framework, evaluation);
    assert.throws(() => aggregateDocument(framework, [{ ...digest, digest: 2 } as unknown as AggregateInput]), /evaluations\[0\] is not an aggregate digest made by this version/);
    assert.throws(() => aggregateDocument(framework, [evaluation, { ...digest, facts: { ...digest.facts, levels: digest.facts.levels.slice(1) } }]), /evaluations\[1\]: its facts do not fit ap-quality-toolkit@2\.0\.0/);
    assert.throws(() => aggregateDocument(framework, [{ ...digest, facts: { ...digest.facts, statuses: digest.facts.statuses.map(() => 7) } }]), /do not fit/);
    assert.throws(() => digestForAggregate(bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!, evaluation), /not ap-quality-toolkit@1\.0\.0/);
  });
});
