// SPDX-License-Identifier: MIT
// The fast path of a schema (schema/fast-path.ts) changes no answer: on every schema of core, and
// on small changes to valid documents, it accepts only what zod accepts, a parse gives what zod's
// gives, and every other value gets zod's own issues. Its shortcuts for common checks mean what
// zod's checks mean (lengths in code points, whole numbers in range), and a schema it cannot model
// is left to zod.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { AggregateDocument } from '../src/schema/aggregate.js';
import { Evaluation } from '../src/schema/evaluation.js';
import { fastPathAccepts, withFastPath } from '../src/schema/fast-path.js';
import { Framework } from '../src/schema/framework.js';
import { CORE_DIR } from './helpers.js';
import { EDGES, mutated, pathsOf } from './mutations.js';

const read = (path: string) => JSON.parse(readFileSync(join(CORE_DIR, path), 'utf8')) as Record<string, unknown>;
const evaluation = { ...(read('data/frameworks/leicestershire-bp-qa/examples/good-partnership.json').evaluation as Record<string, unknown>), extensions: { 'x-example': 'kept as it is' } };
const aggregate = read('test/fixtures/aggregate-example.json');
for (const period of aggregate.periods as Array<{ areas: unknown[] }>) period.areas = period.areas.slice(0, 2);
const CASES: Array<[string, z.ZodMiniType, Record<string, unknown>]> = [
  ['evaluation', Evaluation, evaluation],
  ['framework', Framework, read('frameworks/ap-quality-toolkit-1.0.0.json')],
  ['aggregate', z.clone(AggregateDocument), aggregate],
];

describe('the fast path of a schema', () => {
  for (const [name, schema, doc] of CASES) {
    it(`should answer as zod does: ${name}`, () => {
      const fast = withFastPath(schema);
      assert.notEqual(fast, schema, 'the schema has a fast path');
      assert.ok(z.safeParse(schema, doc).success);
      const paths = pathsOf(doc);
      const seen = { fast: 0, zod: 0 };
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.constantFrom(...EDGES), (path, edge) => {
          const input = mutated(doc, path, edge);
          const plain = z.safeParse(schema, input);
          const quick = z.safeParse(fast, input);
          if (fastPathAccepts(fast, input)) {
            seen.fast++;
            assert.ok(plain.success, `the fast path accepted what zod refuses: ${plain.success ? '' : JSON.stringify(plain.error.issues[0])}`);
          } else seen.zod++;
          assert.equal(quick.success, plain.success);
          if (quick.success && plain.success) assert.deepStrictEqual(quick.data, plain.data);
          else assert.deepStrictEqual(quick.error?.issues, plain.error?.issues);
        }),
        { numRuns: 250 },
      );
      assert.ok(seen.fast > 10 && seen.zod > 10, JSON.stringify(seen));
    });
  }

  it('should model zod\'s rules exactly where the fast path answers them itself', () => {
    const cases: Array<[z.ZodMiniType, unknown[], unknown[]]> = [
      // Lengths count code points: an emoji is two UTF-16 units and one code point.
      [z.string().check(z.maxLength(3)), ['abc', '😀😀😀', ''], ['abcd', '😀😀😀😀', 3]],
      [z.string().check(z.minLength(2)), ['ab', '😀😀', '😀a'], ['a', '😀', '']],
      [z.array(z.int()).check(z.minLength(1), z.maxLength(2)), [[1], [1, 2]], [[], [1, 2, 3], [1.5]]],
      [z.int().check(z.minimum(0), z.maximum(10)), [0, 10, -0], [-1, 11, 0.5, 2 ** 53, Number.NaN, '1']],
      [z.int().check(z.positive()), [1], [0, -1]],
      [z.number().check(z.gt(1), z.lt(2)), [1.5], [1, 2, Number.POSITIVE_INFINITY]],
      [z.string().check(z.regex(/^a+$/g)), ['a', 'aa', 'aaa'], ['b', '']],
      [z.strictObject({ a: z.string(), b: z.optional(z.nullable(z.boolean())) }), [{ a: '' }, { a: '', b: null }, { a: '', b: true }, { a: '', b: undefined }], [{}, { a: '', c: 1 }, { b: true }, { a: 1 }, null, []]],
      [z.object({ a: z.literal('x') }), [{ a: 'x' }], [{ a: 'x', b: 1 }, { a: 'y' }]],
      [z.record(z.string().check(z.regex(/^[a-z]+$/)), z.union([z.number(), z.string()])), [{}, { a: 1, b: 'x' }], [{ A: 1 }, { a: true }, JSON.parse('{"__proto__": 1}')]],
      [z.enum(['x', 'y']), ['x', 'y'], ['z', null]],
      [z.string().check((payload) => {
        if (payload.value.startsWith('!')) payload.issues.push({ code: 'custom', input: payload.value, message: 'no' });
      }), ['a'], ['!a']],
    ];
    for (const [schema, valid, invalid] of cases) {
      const fast = withFastPath(schema);
      for (const value of valid) {
        assert.ok(z.safeParse(schema, value).success, `zod accepts ${JSON.stringify(value)}`);
        assert.ok(fastPathAccepts(fast, value), `the fast path accepts ${JSON.stringify(value)}`);
      }
      for (const value of invalid) {
        assert.equal(fastPathAccepts(fast, value), false, `the fast path leaves ${JSON.stringify(value)} to zod`);
        assert.deepStrictEqual(z.safeParse(fast, value).error?.issues, z.safeParse(schema, value).error?.issues);
      }
    }
    // A check that runs the same schema again (its answers do not mix).
    let inner: boolean | undefined;
    const reentrant: z.ZodMiniType = withFastPath(
      z.string().check((payload) => {
        if (payload.value === 'outer') inner = fastPathAccepts(reentrant, '!inner');
        if (payload.value.startsWith('!')) payload.issues.push({ code: 'custom', input: payload.value, message: 'no' });
      }),
    );
    assert.equal(fastPathAccepts(reentrant, 'outer'), true);
    assert.equal(inner, false);
    assert.equal(fastPathAccepts(reentrant, '!again'), false);
    assert.equal(fastPathAccepts(reentrant, 'fine'), true);
    // Under z.unknown() a value may be anything: what is not a plain object or array is passed on as
    // it is (as zod does), and a value the copy cannot make (itself inside, a "__proto__" key) is zod's.
    const holder = withFastPath(z.strictObject({ a: z.unknown() }));
    const date = new Date(0);
    const cyclic: Record<string, unknown> = { b: 1 };
    cyclic.self = cyclic;
    const proto = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    for (const a of [date, cyclic, proto, { c: [1, { d: 2 }] }]) {
      const parsed = z.safeParse(holder, { a });
      assert.ok(parsed.success);
      if (a === date || a === cyclic || a === proto) assert.equal(parsed.data.a, a);
      else assert.deepStrictEqual(parsed.data.a, a);
    }
    // A field named like what every object inherits: zod reads the inherited value; the fast path leaves it to zod.
    const inheriting = z.strictObject({ constructor: z.optional(z.unknown()), toString: z.optional(z.string()) });
    const inheritingFast = withFastPath(inheriting);
    for (const value of [{}, { toString: 'x' }, JSON.parse('{"constructor": 1}')]) {
      assert.equal(fastPathAccepts(inheritingFast, value), false);
      const [quick, plain] = [z.safeParse(inheritingFast, value), z.safeParse(inheriting, value)];
      assert.equal(quick.success, plain.success);
      assert.deepStrictEqual(quick.success ? quick.data : quick.error.issues, plain.success ? plain.data : plain.error.issues);
    }
    // zod accepts a class instance and copies it; the fast path leaves it to zod.
    class Point {
      a = 'x';
    }
    const point = withFastPath(z.strictObject({ a: z.string() }));
    assert.equal(fastPathAccepts(point, new Point()), false);
    assert.ok(z.safeParse(point, new Point()).success);
  });

  it('should leave a schema it cannot answer to zod alone', () => {
    for (const schema of [z.pipe(z.string(), z.transform((s) => s.length)), z._default(z.string(), 'x'), z.string().check(z.trim()), z.lazy(() => z.string()), z.any()]) {
      assert.equal(withFastPath(schema), schema);
    }
    const inner = withFastPath(z.strictObject({ a: z.pipe(z.string(), z.transform((s) => s.length)) }));
    assert.equal(fastPathAccepts(inner, { a: 'x' }), false);
    assert.deepEqual(z.safeParse(inner, { a: 'xy' }).data, { a: 2 });
  });});
