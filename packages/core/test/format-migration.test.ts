// SPDX-License-Identifier: MIT
// The evaluation format's versions: a format 1 file still reads (valid as format 1), is upgraded
// with nothing lost wherever it is read, `apq migrate` writes it in format 2, and 2 → 1 → 2 and
// 1 → 2 → 1 are the identity.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { summarise } from '../src/engine/summarise.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { type Evaluation, EVALUATION_FORMAT_VERSION, type EvaluationV1, EvaluationV1 as EvaluationV1Schema, Evaluation as EvaluationSchema } from '../src/schema/evaluation.js';
import { parseEvaluation, parseWith, validateEvaluation } from '../src/validate/validate.js';
import { FORMAT_2_EXTENSION, downgradeEvaluation, upgradeEvaluation } from '../src/versioning/format.js';
import { migrateEvaluation } from '../src/versioning/migrate.js';
import { minimalEvaluation } from './fixtures.js';
import { applyChanges, synthFramework } from './versioning-fixtures.js';
import { CORE_DIR, runApq, tempFile } from './helpers.js';
import { planArb } from './plan-fixtures.js';

const V1_FILE = join(CORE_DIR, 'test/format-1/self-evaluation-complete.json');
const v1 = (): EvaluationV1 => JSON.parse(readFileSync(V1_FILE, 'utf8')) as EvaluationV1;

function exampleEvaluations(): Array<{ file: string; evaluation: Evaluation }> {
  const root = join(CORE_DIR, 'data/frameworks');
  return readdirSync(root).flatMap((framework) =>
    readdirSync(join(root, framework, 'examples'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const file = join(root, framework, 'examples', name);
        return { file, evaluation: (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation };
      }),
  );
}

describe('format 1 files', () => {
  it('are valid as format 1, and read in format 2', () => {
    assert.equal(parseWith(EvaluationV1Schema, v1()).ok, true);
    assert.equal(parseWith(EvaluationSchema, v1()).ok, false);
    const result = validateEvaluation(v1(), bundledCatalogue);
    assert.ok(result.ok);
    assert.equal(result.value.formatVersion, 1);
    assert.equal(result.value.evaluation.formatVersion, EVALUATION_FORMAT_VERSION);
    const parsed = parseEvaluation(v1());
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.evaluation, result.value.evaluation);
  });

  it('lose nothing in the upgrade: every field kept, actions given createdAt and no reviews', () => {
    const before = v1();
    const after = upgradeEvaluation(before);
    const { formatVersion: _a, actions: actionsAfter, $schema: schemaAfter, ...restAfter } = after;
    const { formatVersion: _b, actions: actionsBefore, $schema: schemaBefore, ...restBefore } = before;
    assert.deepEqual(restAfter, restBefore);
    assert.equal(schemaBefore, '../../schemas/evaluation-1.schema.json');
    assert.equal(schemaAfter, '../../schemas/evaluation.schema.json');
    assert.deepEqual(actionsAfter.map(({ createdAt: _c, reviews: _r, ...rest }) => rest), actionsBefore);
    for (const a of actionsAfter) assert.deepEqual([a.createdAt, a.reviews], [before.createdAt, []]);
    // The upgraded fixture is the worked example as it is checked in at format 2.
    const { $schema: _s, ...checkedIn } = exampleEvaluations().find((x) => x.file.endsWith('ap-quality-toolkit/examples/self-evaluation-complete.json'))!.evaluation;
    const { $schema: _u, ...upgraded } = after;
    assert.deepEqual(upgraded, checkedIn);
  });

  it('are upgraded in memory by the engine: summarise, and validation against the framework', () => {
    const summary = summarise(bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!, v1() as unknown as Evaluation);
    assert.equal(summary.plan.total, 3);
  });

  it('are refused with every format version named when the version is unknown', () => {
    const result = validateEvaluation({ ...minimalEvaluation(), formatVersion: 3 }, bundledCatalogue);
    assert.ok(!result.ok);
    assert.equal(result.problems[0]!.path, 'formatVersion');
    assert.match(result.problems[0]!.message, /must be one of 1, 2/);
  });

  it('in format 1 keep being checked as format 1: a format 2 field is refused', () => {
    const bad = { ...v1(), practice: [] };
    const result = validateEvaluation(bad, bundledCatalogue);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => `${p.path}: ${p.code}`), ['practice: unrecognized-key']);
  });
});

describe('the worked examples', () => {
  it('are all in format 2, valid, and come back the same through format 1', () => {
    const examples = exampleEvaluations();
    assert.equal(examples.length, 9);
    for (const { file, evaluation } of examples) {
      assert.equal(evaluation.formatVersion, 2, file);
      assert.equal(validateEvaluation(evaluation, bundledCatalogue).ok, true, file);
      const down = downgradeEvaluation(evaluation);
      assert.equal(parseWith(EvaluationV1Schema, down).ok, true, file);
      assert.deepEqual(upgradeEvaluation(down), evaluation, file);
    }
  });
});

describe('round trips (property)', () => {
  it('2 → 1 → 2 gives the same evaluation, reviews, practice and vendor extensions included', () => {
    // Vendor data as a file can hold it: validation refuses the keys that reach a prototype.
    const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
    const holdsForbiddenKey = (value: unknown): boolean =>
      value !== null && typeof value === 'object' && Object.entries(value).some(([key, inner]) => forbidden.has(key) || holdsForbiddenKey(inner));
    const vendorValue = fc.jsonValue({ maxDepth: 2 }).filter((value) => !holdsForbiddenKey(value)) as fc.Arbitrary<never>;
    const extensions = fc.option(fc.dictionary(fc.constantFrom('acme', 'acme.mis', 'other-vendor'), vendorValue, { maxKeys: 2 }), { nil: undefined });
    const practice = fc.option(fc.array(fc.record({ id: fc.constantFrom('o1', 'o2'), title: fc.string(), summary: fc.string(), areas: fc.constant<string[]>(['pupil-induction']), offeredAt: fc.constant<string>('2026-12-01') }), { maxLength: 2 }), { nil: undefined });
    fc.assert(
      fc.property(planArb, extensions, practice, fc.boolean(), (plan, ext, offers, measured) => {
        const e: Evaluation = structuredClone(plan);
        // fast-check makes some objects without a prototype; files never have them.
        if (ext !== undefined && Object.keys(ext).length > 0) e.extensions = JSON.parse(JSON.stringify(ext)) as never;
        if (offers !== undefined) e.practice = JSON.parse(JSON.stringify(offers)) as never;
        if (measured) for (const a of e.actions) a.successMeasure = `Measure of ${a.id}`;
        const down = downgradeEvaluation(e);
        assert.equal(parseWith(EvaluationV1Schema, JSON.parse(JSON.stringify(down))).ok, true);
        assert.equal(down.extensions?.[FORMAT_2_EXTENSION] !== undefined, e.actions.length > 0 || e.practice !== undefined);
        assert.deepEqual(upgradeEvaluation(down), e);
        assert.deepEqual(upgradeEvaluation(JSON.parse(JSON.stringify(down)) as EvaluationV1), JSON.parse(JSON.stringify(e)));
      }),
      { numRuns: 500 },
    );
  });

  it('1 → 2 → 1 gives the same format 1 evaluation', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const createdAt = plan.createdAt;
        const first = downgradeEvaluation({ ...plan, actions: plan.actions.map((a) => ({ ...a, createdAt, reviews: [], carriedForward: undefined as never })).map(({ carriedForward: _c, ...a }) => a) });
        // A format 1 file as written by format 1 software: no kept format 2 fields.
        const { extensions: _e, ...plain } = first;
        assert.deepEqual(downgradeEvaluation(upgradeEvaluation(plain)), first);
      }),
      { numRuns: 300 },
    );
  });

  it('a vendor extension that merely shares the name is left as the vendor\'s', () => {
    const own = { ...downgradeEvaluation(minimalEvaluation({ actions: [] })), extensions: { [FORMAT_2_EXTENSION]: 'not ours' } } as EvaluationV1;
    assert.deepEqual(upgradeEvaluation(own).extensions, { [FORMAT_2_EXTENSION]: 'not ours' });
  });
});

describe('framework migration keeps the plan', () => {
  const original = synthFramework();
  const withoutC = applyChanges(synthFramework(), [{ name: 'remove-area', i: 2, j: 0, note: true }]);
  const now = new Date('2026-12-01T00:00:00Z');
  const base = (actions: unknown[], carriedOver: unknown[] = []) =>
    ({ format: 'apq-evaluation', formatVersion: 2, id: 'e1', framework: { id: original.id, version: original.version }, status: 'draft', setting: {}, evaluators: [], createdAt: '2026-01-02T09:00:00Z', updatedAt: '2026-01-02T09:00:00Z', answers: {}, checks: {}, areas: {}, actions, carriedOver }) as Evaluation;

  it('sets aside an action whose area goes, reviews and all, and restores it whole when the area comes back', () => {
    const action = { id: 'x1', area: 'area-c', what: 'Plan it.', status: 'in-progress' as const, createdAt: '2026-01-05T09:00:00Z', reviews: [{ id: 'r1', on: '2026-02-01', note: 'Under way.', status: 'in-progress' as const }] };
    const away = migrateEvaluation(base([action]), withoutC, { from: original, now });
    assert.ok(away.ok);
    assert.deepEqual(away.value.evaluation.actions, []);
    assert.deepEqual(away.value.evaluation.carriedOver.map((c) => c.value), [action]);
    const back = migrateEvaluation(away.value.evaluation, original, { from: withoutC, now });
    assert.ok(back.ok);
    assert.deepEqual(back.value.evaluation.actions, [action]);
  });

  it('restores an action set aside while the file was in format 1 in format 2 shape', () => {
    const v1Action = { id: 'x1', area: 'area-c', what: 'Plan it.', status: 'not-started' };
    const carried = [{ from: { framework: { id: withoutC.id, version: '0.9.0' }, path: 'actions[0]' }, value: v1Action, reason: 'no home' }];
    const e = { ...base([], carried), framework: { id: withoutC.id, version: withoutC.version } } as Evaluation;
    const back = migrateEvaluation(e, original, { from: withoutC, now });
    assert.ok(back.ok, JSON.stringify(!back.ok && back.problems));
    assert.deepEqual(back.value.evaluation.actions, [{ ...v1Action, createdAt: '2026-01-02T09:00:00Z', reviews: [] }]);
    assert.deepEqual(back.value.evaluation.carriedOver, []);
  });
});

describe('the CLI', () => {
  it('apq validate says a format 1 file is valid, in format 1', () => {
    const run = runApq(['validate', V1_FILE]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /valid evaluation made against ap-quality-toolkit@2\.0\.0 \(format 1: apq migrate upgrades it to format 2\)/);
  });

  it('apq migrate without --to upgrades the format, losing nothing; a format 2 file is left as it is', () => {
    const run = runApq(['migrate', V1_FILE]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), upgradeEvaluation(v1()));
    assert.match(run.stderr, /upgraded from format 1 to format 2: every field kept; 3 actions/);
    const again = runApq(['migrate', tempFile('v2.json', run.stdout), '--json']);
    assert.equal(again.status, 0, again.stderr);
    const out = JSON.parse(again.stdout) as { evaluation: Evaluation; report: { fromFormatVersion: number } };
    assert.deepEqual(out.evaluation, upgradeEvaluation(v1()));
    assert.equal(out.report.fromFormatVersion, 2);
  });

  it('apq migrate --to moves a format 1 file to another framework version, in format 2', () => {
    const run = runApq(['migrate', V1_FILE, '--to', '1.0.0', '--now', '2027-04-01T00:00:00Z']);
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Evaluation;
    assert.equal(out.formatVersion, 2);
    assert.equal(out.framework.version, '1.0.0');
  });
});
