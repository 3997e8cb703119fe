// SPDX-License-Identifier: MIT
// The aggregate format (apq-aggregate): what aggregateDocument makes validates; `apq validate`
// knows it; malformed and hand-edited documents get `path: problem` lines and exit 1.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { aggregateDocument, init } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { type AggregateDocument, AGGREGATE_LIMITS } from '../src/schema/aggregate.js';
import { validateDocument, validateDocumentText } from '../src/validate/validate.js';
import { formatProblem } from '../src/validate/problems.js';
import { jsonSchemaFor } from '../scripts/generate.js';
import { CORE_DIR, assertCodes, runApq, tempFile } from './helpers.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const example = JSON.parse(readFileSync(join(CORE_DIR, 'test/fixtures/aggregate-example.json'), 'utf8')) as AggregateDocument;
const copy = (): AggregateDocument => structuredClone(example);

function problemsOf(value: unknown): string[] {
  const result = validateDocument(value, bundledCatalogue);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('aggregate format', () => {
  it('should validate the example and what aggregateDocument makes', () => {
    assert.deepEqual(problemsOf(example), []);
    const result = validateDocument(example, bundledCatalogue);
    assert.ok(result.ok && result.value.kind === 'aggregate');
    assert.equal(example.periods.length, 2);
    assert.equal(example.periods[0]!.areas.length, 13);
    const evaluations = Array.from({ length: 12 }, (_, i) => ({ ...init(toolkit, 'self-evaluation', { id: `e${i}`, now: new Date('2027-01-05T09:00:00Z') }), setting: { name: `S${i}` } }));
    const made = aggregateDocument(toolkit, evaluations, { status: 'any', periods: [{ id: 'spring', label: 'Spring', from: '2027-01', to: '2027-04' }], breakdowns: ['use', 'setting-type'] });
    assert.deepEqual(problemsOf(JSON.parse(JSON.stringify(made))), []);
  });

  it('should name the path and the problem for a malformed aggregate', () => {
    const bad = copy() as unknown as Record<string, any>;
    bad.periods[0].settings = { count: 12, suppressed: true };
    bad.periods[1].areas[0].judgements[0].settings = { count: -5, suppressed: false };
    delete bad.disclosure.wording;
    const problems = problemsOf(bad);
    assert.ok(problems.includes('periods[0].settings.count: a suppressed cell has count null'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('periods[1].areas[0].judgements[0].settings.count: ')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('disclosure.wording: ')), problems.join('\n'));
  });

  it('should flag hand-edited small counts, unrounded counts and a period with no areas', () => {
    const edited = copy();
    edited.periods[0]!.areas[4]!.judgements[3]!.settings = { count: 1, suppressed: false };
    edited.periods[1]!.areas[0]!.notJudged = { count: 7, suppressed: false };
    edited.periods[1]!.settings = { count: 0, suppressed: false };
    const result = validateDocument(edited, bundledCatalogue);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assertCodes(result.problems);
    assert.deepEqual(result.problems.map((p) => p.code).sort(), ['aggregate-cell-below-threshold', 'aggregate-cell-below-threshold', 'aggregate-cell-not-rounded']);
    assert.deepEqual(result.problems.map((p) => p.path).sort(), ['periods[0].areas[4].judgements[3].settings.count', 'periods[1].areas[0].notJudged.count', 'periods[1].settings.count']);
    const empty = copy();
    empty.periods[1]!.areas = [];
    empty.periods[1]!.id = empty.periods[0]!.id;
    assert.deepEqual(problemsOf(empty).sort(), [`periods[1].areas: a period with no areas: it holds no figures`, `periods[1].id: duplicate period id "${example.periods[0]!.id}"`]);
  });

  it('should refuse 10,000 periods quickly, and a period without settings', () => {
    const many = copy();
    const period = { ...many.periods[0]!, areas: [] };
    many.periods = Array.from({ length: 10_000 }, (_, i) => ({ ...period, id: `p${i}` }));
    const start = performance.now();
    const problems = problemsOf(many);
    assert.ok(performance.now() - start < 2000);
    assert.ok(problems.includes(`periods: must have at most ${AGGREGATE_LIMITS.periods} items (has 10,000)`) || problems.some((p) => p.startsWith('periods: ')), problems.slice(0, 3).join('\n'));
    const missing = copy() as unknown as Record<string, any>;
    delete missing.periods[0].settings;
    assert.ok(problemsOf(missing).some((p) => p.startsWith('periods[0].settings: ')));
    assert.ok(problemsOf({ ...copy(), periods: [] }).some((p) => p.startsWith('periods: ')));
  });

  it('should be read by apq validate as a real process, exit 1 with path: problem lines for a bad one', () => {
    const good = tempFile('aggregate.json', JSON.stringify(example));
    const ok = runApq(['validate', good]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /valid aggregate of ap-quality-toolkit@2\.0\.0 \(2 periods\)/);
    const edited = copy();
    edited.periods[0]!.areas[0]!.priorities.named = { count: 2, suppressed: false };
    const bad = tempFile('edited.json', JSON.stringify(edited));
    const run = runApq(['validate', bad]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /edited\.json: periods\[0\]\.areas\[0\]\.priorities\.named\.count: a count of 2 is below the threshold of 3: it must be suppressed$/m);
    assert.equal(validateDocumentText('{"format": "apq-aggregate"}', bundledCatalogue).ok, false);
  });

  it('should have a generated JSON Schema that names every field', () => {
    const schema = jsonSchemaFor('aggregate') as { properties: Record<string, unknown>; required: string[] };
    assert.deepEqual([...schema.required].sort(), ['disclosure', 'filters', 'format', 'formatVersion', 'framework', 'generatedAt', 'periods']);
    const file = JSON.parse(readFileSync(join(CORE_DIR, 'schemas/aggregate.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(file, JSON.parse(JSON.stringify(schema)), 'npm run gen is up to date');
  });
});
