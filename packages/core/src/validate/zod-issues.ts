// SPDX-License-Identifier: MIT
// zod/mini carries no English messages (that keeps the browser bundle small); this turns its
// issues into the plain `path: problem` lines every caller sees, each with a stable code
// (zod's issue code in kebab case) and the values a message is made from.
import type * as z from 'zod/mini';
import { type PathSegment, type Problem, type ProblemParams, problem } from './problems.js';

type Issue = z.core.$ZodIssue;

export function problemsFromZod(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, input));
}

/**
 * The first `max` problems of the issues, and how many more there are, without building those:
 * a document within the input limits can still give zod a few hundred thousand issues.
 */
export function someProblemsFromZod(issues: readonly Issue[], input: unknown, max: number): { problems: Problem[]; more: number } {
  const problems: Problem[] = [];
  let more = 0;
  for (const issue of issues) {
    if (problems.length < max) {
      for (const p of fromIssue(issue, input)) {
        if (problems.length < max) problems.push(p);
        else more++;
      }
    } else more += issueCount(issue);
  }
  return { problems, more };
}

/** How many problems an issue becomes (without making them). */
function issueCount(issue: Issue): number {
  if (issue.code === 'unrecognized_keys') return issue.keys.length;
  if (issue.code === 'invalid_key') return issue.issues.length;
  if (issue.code === 'invalid_element') return issue.issues.reduce((n, inner) => n + issueCount(inner as Issue), 0);
  return 1;
}

function fromIssue(issue: Issue, input: unknown): Problem[] {
  const path = issue.path.map(toSegment);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, path);
      const received = describeValue(value);
      if (received === 'missing') return [problem(path, `is missing: expected ${expected(issue.expected)}`, 'missing', { expected: issue.expected })];
      return [problem(path, `expected ${expected(issue.expected)}, got ${received}`, 'invalid-type', { expected: issue.expected, ...given(value) })];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem([...path, key], 'unknown key', 'unrecognized-key', { key }));
    case 'invalid_value': {
      const value = valueAt(input, path);
      const message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`;
      const allowed = issue.values.map(String).join(', ');
      if (value === undefined) return [problem(path, message, 'missing', { expected: allowed })];
      return [problem(path, message, 'invalid-value', { expected: allowed, ...given(value) })];
    }
    case 'invalid_union': {
      const value = valueAt(input, path);
      const message = `does not match any allowed shape (got ${describeValue(value)})`;
      return [value === undefined ? problem(path, message, 'missing') : problem(path, message, 'invalid-union', { received: typeOf(value) })];
    }
    case 'invalid_key':
      // The path already names the key; its value is not what was wrong, so no "got …".
      return issue.issues.map((inner) => problem(path, `key ${hasOwnMessage(inner as Issue) ? inner.message : 'is not valid'}`, 'invalid-key'));
    case 'invalid_element':
      return issue.issues.flatMap((inner) => fromIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, input));
    case 'invalid_format': {
      const value = valueAt(input, path);
      const message = hasOwnMessage(issue) ? issue.message : `must be in ${issue.format} format`;
      const params: ProblemParams = { format: issue.format, ...given(value) };
      if (issue.pattern !== undefined) params.pattern = String(issue.pattern);
      return [problem(path, `${message}, got ${describeValue(value)}`, 'invalid-format', params)];
    }
    case 'too_small':
      return [
        problem(path, hasOwnMessage(issue) ? issue.message : sizeMessage('at least', issue.minimum, issue.origin), 'too-small', {
          minimum: Number(issue.minimum),
          origin: issue.origin,
        }),
      ];
    case 'too_big': {
      const message = hasOwnMessage(issue) ? issue.message : sizeMessage('at most', issue.maximum, issue.origin);
      // `values`: the JSON values a part of the document holds (INPUT_LIMITS.extensionValues).
      if (issue.origin === 'values') return [problem(path, message, 'too-many-values', { limit: Number(issue.maximum) })];
      const params: ProblemParams = { maximum: Number(issue.maximum), origin: issue.origin };
      const count = sizeOf(valueAt(input, path));
      if (count !== undefined) params.count = count;
      const has = count !== undefined && !hasOwnMessage(issue) && issue.origin === 'array' ? ` (has ${count})` : '';
      return [problem(path, `${message}${has}`, 'too-big', params)];
    }
    case 'not_multiple_of':
      return [problem(path, hasOwnMessage(issue) ? issue.message : `must be a multiple of ${Number(issue.divisor)}`, 'not-multiple-of', { divisor: Number(issue.divisor) })];
    default:
      return [problem(path, hasOwnMessage(issue) ? issue.message : 'is not valid', 'invalid')];
  }
}

function toSegment(key: PropertyKey): PathSegment {
  return typeof key === 'number' ? key : String(key);
}

function hasOwnMessage(issue: Issue): boolean {
  return typeof issue.message === 'string' && issue.message !== '' && issue.message !== 'Invalid input';
}

function expected(type: string): string {
  if (type === 'array') return 'a list (array)';
  if (type === 'object') return 'an object';
  if (type === 'int') return 'a whole number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function sizeMessage(bound: string, limit: unknown, origin: string): string {
  const n = Number(limit);
  if (origin === 'array') return `must have ${bound} ${n} item${n === 1 ? '' : 's'}`;
  if (origin === 'string') return n === 1 && bound === 'at least' ? 'must not be empty' : `must be ${bound} ${n} characters long`;
  if (origin === 'object') return `must have ${bound} ${n} entr${n === 1 ? 'y' : 'ies'}`;
  return `must be ${bound} ${n}`;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The length of a string or an array, or the keys of an object: what a size limit counts. */
function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return undefined;
}

/** The JSON type of a value for params: `string`, `number`, `boolean`, `null`, `array`, `object` or `missing`. */
function typeOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `received`: the value's JSON type; `value`: the value itself when a string (cut at 200 characters), number or boolean. */
function given(value: unknown): ProblemParams {
  const params: ProblemParams = { received: typeOf(value) };
  if (typeof value === 'string') params.value = value.length > 200 ? value.slice(0, 200) : value;
  else if (typeof value === 'number') params.value = value;
  else if (typeof value === 'boolean') params.value = String(value);
  return params;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list (array)';
  if (typeof value === 'string') return value.length > 40 ? `a string "${value.slice(0, 37)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return 'an object';
}
