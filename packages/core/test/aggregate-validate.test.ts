// SPDX-License-Identifier: MIT
// Validating an aggregate quickly changes no answer (issue 10): the schema's fast path
// (schema/fast-path.ts, tested on its own in fast-path.test.ts) accepts only what zod accepts and
// gives an equal copy; every other value gets the same `path: problem` lines as zod's parse and the
// disclosure checks give on their own. The checks compare dates as localeCompare did.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { DEMO_TERMS, demoEvaluations } from '../scripts/demo-evaluations.js';
import { aggregateDocument } from '../src/engine/aggregate.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { AggregateDocument } from '../src/schema/aggregate.js';
import { fastPathAccepts } from '../src/schema/fast-path.js';
import { INPUT_LIMITS } from '../src/schema/limits.js';
import { PartialDate } from '../src/schema/primitives.js';
import { checkAggregate } from '../src/validate/aggregate-checks.js';
import { capProblems, inspectJsonStructure } from '../src/validate/json-text.js';
import { formatProblem, type Result } from '../src/validate/problems.js';
import { validateAggregate, validateDocumentText } from '../src/validate/validate.js';
import { someProblemsFromZod } from '../src/validate/zod-issues.js';
import { CORE_DIR } from './helpers.js';
import { EDGES, mutated, pathsOf } from './mutations.js';

const example = JSON.parse(readFileSync(join(CORE_DIR, 'test/fixtures/aggregate-example.json'), 'utf8')) as Record<string, unknown>;
const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
/** Four terms, with breakdowns by use and by type of setting: a few hundred KB, as a council's would be. */
const TERMS = [
  { id: '2025-autumn', label: 'Autumn term 2025', from: '2025-09', to: '2025-12' },
  { id: '2026-spring', label: 'Spring term 2026', from: '2026-01', to: '2026-04' },
  ...DEMO_TERMS,
];
const large = JSON.parse(JSON.stringify(aggregateDocument(toolkit, demoEvaluations(toolkit, { settings: 60, seed: 7, terms: TERMS, detail: false }), { periods: TERMS, breakdowns: ['use', 'setting-type'], generatedAt: new Date('2027-01-04T09:00:00Z') }))) as Record<string, unknown>;

/** The same schema without its fast path: a clone is built afresh from the definition, so it runs zod alone. */
const zodOnly = z.clone(AggregateDocument);

/**
 * What validateAggregate answered before the fast path, for a document small enough to be parsed
 * whole: the structure check, zod's parse alone (a copy), then the disclosure checks.
 */
function reference(input: unknown): Result<unknown> {
  const structure = inspectJsonStructure(input);
  if (structure.problems.length > 0) return { ok: false, problems: structure.problems };
  assert.ok(structure.values <= 10_000, 'a document parsed whole');
  const parsed = z.safeParse(zodOnly, input);
  if (!parsed.success) {
    const { problems, more } = someProblemsFromZod(parsed.error.issues, input, INPUT_LIMITS.problems);
    return { ok: false, problems: capProblems(problems, more) };
  }
  const problems = checkAggregate(parsed.data);
  return problems.length > 0 ? { ok: false, problems: capProblems(problems) } : { ok: true, value: parsed.data };
}

describe('validating an aggregate quickly', () => {
  it('should take the fast path for valid aggregates: a check walks the document, a parse copies it', () => {
    for (const doc of [example, large]) {
      assert.ok(fastPathAccepts(AggregateDocument, doc));
      const result = validateAggregate(doc);
      assert.ok(result.ok);
      assert.notEqual(result.value, doc, 'the caller\'s object stays the caller\'s');
      assert.deepStrictEqual(result.value, doc);
      const parsed = z.safeParse(AggregateDocument, doc);
      assert.ok(parsed.success && parsed.data !== doc);
      assert.deepStrictEqual(parsed.data, z.safeParse(zodOnly, doc).data);
      // A document read from text is nobody else's: validated, not copied (validate.ts).
      const read = validateDocumentText(JSON.stringify(doc), bundledCatalogue);
      assert.ok(read.ok && read.value.kind === 'aggregate');
      assert.deepStrictEqual(read.value.aggregate, doc);
    }
    assert.ok(JSON.stringify(large).length > 200_000, 'the large aggregate is a few hundred KB');
    assert.equal(fastPathAccepts(zodOnly, example), false, 'the reference runs zod alone');
    assert.ok(z.safeParse(zodOnly, large).success);
  });

  it('should accept only what zod accepts, and answer every document as before', () => {
    // Three areas a period, with a breakdown and every kind of field: small enough to be parsed whole.
    const base = structuredClone(example) as any;
    for (const period of base.periods) period.areas = period.areas.slice(0, 3);
    base.breakdowns = [{ by: 'use', value: 'self-evaluation', label: 'Self-evaluation', periods: structuredClone(base.periods) }];
    base.periods[0].areas[0].priorities.common = [{ text: 'Improve attendance.', settings: { count: 5, suppressed: false } }];
    assert.ok(validateAggregate(base).ok);
    const paths = pathsOf(base);
    const seen = { fast: 0, zodOnly: 0, refused: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...EDGES), fc.constantFrom(...paths), fc.constantFrom(...EDGES), (p1, e1, p2, e2) => {
        const once = mutated(base, p1, e1);
        const twice = once !== null && typeof once === 'object' && !Array.isArray(once) && pathsOf(once).some((p) => p.join('.') === p2.join('.')) ? mutated(once as Record<string, unknown>, p2, e2) : once;
        for (const input of [once, twice]) {
          const zod = z.safeParse(zodOnly, input);
          const fast = fastPathAccepts(AggregateDocument, input);
          seen[fast ? 'fast' : zod.success ? 'zodOnly' : 'refused']++;
          if (fast) {
            assert.ok(zod.success, `the fast path accepted what zod refuses: ${zod.success ? '' : zod.error.issues[0]?.message}`);
            // The same copy as zod's: plain objects (the input may have no prototype), equal values.
            assert.deepStrictEqual(z.safeParse(AggregateDocument, input).data, zod.data);
          }
          const now = validateAggregate(input);
          const before = reference(input);
          assert.equal(now.ok, before.ok);
          if (!now.ok && !before.ok) assert.deepStrictEqual(now.problems.map(formatProblem), before.problems.map(formatProblem));
          if (now.ok && before.ok) assert.deepStrictEqual(now.value, before.value);
        }
      }),
      { numRuns: 400 },
    );
    // Both ways are tried: documents the fast path answers, and ones left to zod.
    assert.ok(seen.fast > 10 && seen.refused > 100, JSON.stringify(seen));
  });

  it('should answer a mistake at the end of a large aggregate with its path', () => {
    const edited = structuredClone(large) as any;
    const breakdown = edited.breakdowns.length - 1;
    const period = edited.breakdowns[breakdown].periods.length - 1;
    const area = edited.breakdowns[breakdown].periods[period].areas.length - 1;
    edited.breakdowns[breakdown].periods[period].areas[area].completion.notStarted = { count: 2, suppressed: false };
    edited.breakdowns[breakdown].periods[period].areas[area].priorities.extra = true;
    assert.equal(fastPathAccepts(AggregateDocument, edited), false);
    const result = validateAggregate(edited);
    assert.ok(!result.ok);
    const at = `breakdowns[${breakdown}].periods[${period}].areas[${area}]`;
    assert.deepEqual(result.problems.map(formatProblem), [`${at}.priorities.extra: unknown key`]);
    delete edited.breakdowns[breakdown].periods[period].areas[area].priorities.extra;
    const small = validateAggregate(edited);
    assert.ok(!small.ok);
    assert.deepEqual(small.problems.map((p) => `${p.path} ${p.code}`), [`${at}.completion.notStarted.count aggregate-cell-below-threshold`]);
  });

  it('should compare dates as localeCompare did, and flag a period that ends before it starts', () => {
    const date = fc
      .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 2 }))
      .map(([y, m, d, precision]) => [String(y), `${y}-${String(m).padStart(2, '0')}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`][precision]!);
    fc.assert(
      fc.property(date, date, (a, b) => {
        assert.ok(z.safeParse(PartialDate, a).success);
        assert.equal(a < b, a.localeCompare(b) < 0);
      }),
      { numRuns: 500 },
    );
    const edited = structuredClone(example) as any;
    edited.periods[0].from = '2026-05';
    edited.periods[0].to = '2026-04-30';
    edited.periods[1].from = '2026-09';
    edited.periods[1].to = '2026-09';
    const result = validateAggregate(edited);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map(formatProblem), ['periods[0].to: the period ends (2026-04-30) before it starts (2026-05)']);
  });
});
