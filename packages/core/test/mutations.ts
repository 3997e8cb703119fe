// SPDX-License-Identifier: MIT
// Small changes to a valid document, for property tests that compare two ways of validating it:
// every place in a document, and values that sit on either side of a rule (lengths in code points
// and UTF-16 units, whole and safe numbers, the cells of an aggregate), a deleted key, an unknown
// key, an object without a prototype.
import { INPUT_LIMITS } from '../src/schema/limits.js';

/** Every place in a JSON value: the path of each object, array and leaf. */
export function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

export const DELETE = Symbol('delete');
export const NULL_PROTOTYPE = Symbol('null prototype');
export const ADD_KEY = Symbol('unknown key');
/** Values that sit on either side of a rule: lengths in code points and UTF-16 units, whole and safe numbers, cells. */
export const EDGES: unknown[] = [
  DELETE, NULL_PROTOTYPE, ADD_KEY,
  -1, 0, 1, 2, 3, 4, 5, 10, 1.5, -0, 2 ** 53, 10_000_001, Number.NaN, Number.POSITIVE_INFINITY,
  '', 'x', 'Kebab-Case', 'kebab-case', 'a--b', '2026', '2026-13', '2026-01-01', '2027-01-04T09:00:00Z', '1.0.0', 'fixed-random-rounding', 'submitted',
  'a'.repeat(INPUT_LIMITS.text + 1), '😀'.repeat(INPUT_LIMITS.text / 2 + 1), '😀'.repeat(INPUT_LIMITS.text + 1), '😀'.repeat(60), 'a'.repeat(101), '😀',
  'yes', 'partly', 'met', 'draft', 'self-evaluation', { a: 1 }, { text: 'x' }, [{ a: [1, 'b', null] }],
  null, true, false, [], {}, [1], { count: null, suppressed: true }, { count: 5, suppressed: false }, { count: 5, suppressed: true }, { count: null, suppressed: false }, { count: 1, suppressed: false },
];

/** A copy of `doc` with one change at `path`. */
export function mutated(doc: Record<string, unknown>, path: (string | number)[], edge: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  if (path.length === 0) return edge === NULL_PROTOTYPE ? Object.assign(Object.create(null), copy) : edge === ADD_KEY ? { ...copy, extra: 1 } : typeof edge === 'symbol' ? copy : edge;
  const parent = path.slice(0, -1).reduce<any>((v, k) => v[k], copy);
  const key = path.at(-1)!;
  if (edge === DELETE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (edge === NULL_PROTOTYPE) {
    const target = parent[key];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) parent[key] = Object.assign(Object.create(null), target);
  } else if (edge === ADD_KEY) {
    const target = parent[key];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) target.extra = 'x';
    else if (Array.isArray(target)) target.push(structuredClone(target[0]));
  } else parent[key] = edge;
  return copy;
}
