// SPDX-License-Identifier: MIT
// zod/mini carries no English messages (that keeps the browser bundle small); this turns its
// issues into the plain `path: problem` lines every caller sees.
import type * as z from 'zod/mini';
import { type PathSegment, type Problem, problem } from './problems.js';

type Issue = z.core.$ZodIssue;

export function problemsFromZod(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, input));
}

function fromIssue(issue: Issue, input: unknown): Problem[] {
  const path = issue.path.map(toSegment);
  switch (issue.code) {
    case 'invalid_type': {
      const received = describeValue(valueAt(input, path));
      if (received === 'missing') return [problem(path, `is missing: expected ${expected(issue.expected)}`)];
      return [problem(path, `expected ${expected(issue.expected)}, got ${received}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem([...path, key], 'unknown key'));
    case 'invalid_value':
      return [problem(path, `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(valueAt(input, path))}`)];
    case 'invalid_union':
      return [problem(path, `does not match any allowed shape (got ${describeValue(valueAt(input, path))})`)];
    case 'invalid_key':
      // The path already names the key; its value is not what was wrong, so no "got …".
      return issue.issues.map((inner) => problem(path, `key ${hasOwnMessage(inner as Issue) ? inner.message : 'is not valid'}`));
    case 'invalid_element':
      return issue.issues.flatMap((inner) => fromIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, input));
    case 'invalid_format': {
      const message = hasOwnMessage(issue) ? issue.message : `must be in ${issue.format} format`;
      return [problem(path, `${message}, got ${describeValue(valueAt(input, path))}`)];
    }
    case 'too_small':
      return [problem(path, hasOwnMessage(issue) ? issue.message : sizeMessage('at least', issue.minimum, issue.origin))];
    case 'too_big':
      return [problem(path, hasOwnMessage(issue) ? issue.message : sizeMessage('at most', issue.maximum, issue.origin))];
    default:
      return [problem(path, hasOwnMessage(issue) ? issue.message : 'is not valid')];
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

export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list (array)';
  if (typeof value === 'string') return value.length > 40 ? `a string "${value.slice(0, 37)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return 'an object';
}
