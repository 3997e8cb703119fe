// SPDX-License-Identifier: MIT
// Turning untrusted text into a JSON value safely: size, counts, syntax, depth and dangerous keys are
// checked before any schema sees the value, so no input can overflow the stack, pollute prototypes
// or cost more than the limits allow (INPUT_LIMITS): the text is counted in one linear pass before
// JSON.parse builds anything, so a file of millions of tiny values is refused without parsing it.
import { INPUT_LIMITS, formatCount } from '../schema/limits.js';
import { type PathSegment, type Problem, type ProblemCode, type ProblemParams, type Result, problem } from './problems.js';

export const DEFAULT_MAX_BYTES = INPUT_LIMITS.bytes;
export const MAX_DEPTH = INPUT_LIMITS.depth;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonTextOptions {
  /** Largest input accepted, in bytes of UTF-8. Default 10 MiB. */
  maxBytes?: number;
}

export function parseJsonText(text: string, options: JsonTextOptions = {}): Result<unknown> {
  const read = readJsonText(text, options);
  return read.ok ? { ok: true, value: read.value.value } : read;
}

/** {@link parseJsonText}, with how many values the document holds (for validation, which then need not count again). */
export function readJsonText(text: string, options: JsonTextOptions = {}): Result<{ value: unknown; values: number }> {
  if (typeof text !== 'string') return fail(`expected JSON text (a string), got ${text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text}`, 'invalid-type', { expected: 'string', received: jsonTypeOf(text) });
  const maxBytes = typeof options?.maxBytes === 'number' && options.maxBytes >= 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  // A UTF-16 length over the byte limit is over it in UTF-8 too, and one under a third of it is
  // under it (at most 3 bytes per UTF-16 unit): measure exactly only when near.
  const bytes = text.length > maxBytes || text.length * 3 <= maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    return fail(`file is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} limit`, 'file-too-large', { bytes, limit: maxBytes });
  }
  if (text.trim() === '') return fail('file is empty: expected a JSON document', 'file-empty');
  if (text.includes('\u0000')) return fail('not valid JSON: the file contains binary data (NUL bytes)', 'file-binary');
  // Text this short holds too few values for JSON.parse to cost much (at least 2 characters a
  // value), and the structure check below finds every count over a limit: counting first pays
  // only for longer text.
  if (text.length > COUNT_FIRST_FROM) {
    const counted = countJsonText(text);
    if (counted.length > 0) return { ok: false, problems: capProblems(counted) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const syntax = describeSyntaxError(error, text);
    return fail(`not valid JSON: ${syntax.text}`, 'invalid-json', syntax.params);
  }
  const structure = inspectJsonStructure(value);
  return structure.problems.length > 0 ? { ok: false, problems: structure.problems } : { ok: true, value: { value, values: structure.values } };
}

/** From this length on, text is counted before it is parsed (see readJsonText). */
const COUNT_FIRST_FROM = 2 * INPUT_LIMITS.values;

/** The length of a string in bytes of UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** A value whose structure is known to be checked, during one synchronous call (see {@link withCheckedStructure}). */
let checked: { root: unknown; values: number } | undefined;

/**
 * Runs `fn` with `root` known to pass the structure check (it holds `values` values), so the
 * validation it calls does not walk it again. Only for a value this module has just checked and
 * nothing has changed since: the knowledge ends when `fn` returns.
 */
export function withCheckedStructure<T>(root: unknown, values: number, fn: () => T): T {
  const previous = checked;
  checked = { root, values };
  try {
    return fn();
  } finally {
    checked = previous;
  }
}

/**
 * Whether `value` is the root {@link withCheckedStructure} is running for: a value this module has
 * just made from text, which nothing else holds, so validation may hand it back as it is rather
 * than a copy.
 */
export function isFreshlyParsed(value: unknown): boolean {
  return checked !== undefined && checked.root === value && value !== null && typeof value === 'object';
}

/**
 * Counts the values of JSON text in one linear pass, without building them, and reports any array
 * or object with more than `INPUT_LIMITS.items` entries (code `too-big`, at its path) and a document
 * of more than `INPUT_LIMITS.values` values (code `too-many-values`). Text that is not JSON, or that
 * nests deeper than MAX_DEPTH, is left to JSON.parse and the structure check to report, unless it
 * already holds too many values.
 */
export function countJsonText(text: string): Problem[] {
  const problems: Problem[] = [];
  let more = 0;
  // The open containers up to MAX_DEPTH: kind (true: array), entries so far, the span of the current key.
  const arrays: boolean[] = [];
  const counts: number[] = [];
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  let top = -1;
  // Containers open below MAX_DEPTH: only counted (the structure check reports the depth).
  let deeper = 0;
  let values = 0;
  let expectKey = false;
  const n = text.length;
  let i = 0;
  const finish = (complete: boolean): Problem[] => {
    if (values > INPUT_LIMITS.values) problems.unshift(tooManyValues(values, false));
    else if (!complete) return [];
    return capProblems(problems, more);
  };
  const enter = () => {
    values++;
    if (top >= 0 && deeper === 0) counts[top]!++;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a /* : */) {
      i++;
    } else if (c === 0x22 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return finish(false);
      if (expectKey) {
        if (deeper === 0) {
          keyStarts[top] = i;
          keyEnds[top] = end + 1;
        }
        expectKey = false;
      } else enter();
      i = end + 1;
    } else if (c === 0x2c /* , */) {
      if (top < 0) return finish(false);
      expectKey = deeper === 0 ? !arrays[top] : false;
      i++;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      enter();
      if (deeper > 0 || top + 1 >= MAX_DEPTH) deeper++;
      else {
        top++;
        arrays[top] = c === 0x5b;
        counts[top] = 0;
      }
      expectKey = c === 0x7b && deeper === 0;
      i++;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (deeper > 0) deeper--;
      else {
        if (top < 0 || arrays[top] !== (c === 0x5d)) return finish(false);
        const count = counts[top]!;
        if (count > INPUT_LIMITS.items) {
          if (problems.length < INPUT_LIMITS.problems) problems.push(tooManyItems(pathOf(text, arrays, counts, keyStarts, keyEnds, top), arrays[top]!, count));
          else more++;
        }
        top--;
      }
      expectKey = false;
      i++;
    } else {
      // A number, true, false or null (or something JSON.parse will refuse): one value.
      enter();
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09 || d === 0x22 || d === 0x5b || d === 0x7b || d === 0x3a) break;
        i++;
      }
    }
  }
  return finish(top < 0 && deeper === 0);
}

function tooManyItems(path: PathSegment[], isArray: boolean, count: number): Problem {
  const origin = isArray ? 'array' : 'object';
  const message = `has ${formatCount(count)} ${isArray ? 'items' : 'keys'}; at most ${formatCount(INPUT_LIMITS.items)} are allowed in any one ${isArray ? 'list' : 'object'}`;
  return problem(path, message, 'too-big', { maximum: INPUT_LIMITS.items, origin, count });
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 1;
}

function pathOf(text: string, arrays: boolean[], counts: number[], keyStarts: number[], keyEnds: number[], top: number): PathSegment[] {
  const path: PathSegment[] = [];
  for (let level = 0; level < top; level++) {
    if (arrays[level]) path.push(counts[level]! - 1);
    else path.push(decodeKey(text.slice(keyStarts[level], keyEnds[level])));
  }
  return path;
}

function decodeKey(quoted: string): string {
  try {
    const key: unknown = JSON.parse(quoted);
    return typeof key === 'string' ? key : quoted;
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The document holds `count` values (at least, when the count stopped there). */
function tooManyValues(count: number, atLeast: boolean): Problem {
  const limit = INPUT_LIMITS.values;
  const held = atLeast ? `more than ${formatCount(limit)}` : formatCount(count);
  return problem([], `holds ${held} values (strings, numbers, lists and objects); at most ${formatCount(limit)} are allowed in one file`, 'too-many-values', atLeast ? { limit } : { limit, count });
}

/**
 * At most `INPUT_LIMITS.problems` problems, and when there were more, one more at `(root)` saying
 * how many were left out (code `too-many-problems`). `more`: problems found but not made; `true`
 * when the search stopped, so how many more there are is not known.
 */
export function capProblems(problems: Problem[], more: number | true = 0): Problem[] {
  const max = INPUT_LIMITS.problems;
  const left = Math.max(0, problems.length - max) + (more === true ? 0 : more);
  if (left === 0 && more !== true) return problems;
  const shown = problems.slice(0, max);
  if (more === true) {
    shown.push(problem([], `more problems not listed (only the first ${shown.length} are; the search stopped there)`, 'too-many-problems', { shown: shown.length }));
  } else {
    shown.push(problem([], `${formatCount(left)} more problem${left === 1 ? '' : 's'} not listed (only the first ${max} are)`, 'too-many-problems', { shown: shown.length, more: left }));
  }
  return shown;
}

/**
 * Walks a value without recursion and reports nesting deeper than {@link MAX_DEPTH}, keys that
 * could reach an object's prototype, and counts beyond INPUT_LIMITS (any one array or object, and
 * the whole value). Safe and cheap on any input: an array or object over the limit is not entered,
 * and the walk stops once the value holds too many values.
 */
export function checkJsonStructure(root: unknown): Problem[] {
  return inspectJsonStructure(root).problems;
}

/** {@link checkJsonStructure}, and how many values the value holds (counted up to just past the limit). */
export function inspectJsonStructure(root: unknown): { problems: Problem[]; values: number } {
  if (checked !== undefined && checked.root === root && root !== null && typeof root === 'object') return { problems: [], values: checked.values };
  // Most values pass: a first walk that keeps no paths says so at half the cost; only a value
  // with something to report is walked again, keeping the paths its problems need.
  const values = countIfClean(root);
  return values >= 0 ? { problems: [], values } : inspectWithPaths(root);
}

/** How many values `root` holds when it has nothing to report (see inspectWithPaths), else -1. */
function countIfClean(root: unknown): number {
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  let values = 1;
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return -1;
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.items) return -1;
      values += value.length;
      if (values > INPUT_LIMITS.values) return -1;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > INPUT_LIMITS.items) return -1;
    values += keys.length;
    if (values > INPUT_LIMITS.values) return -1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) return -1;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return values;
}

/** The walk that reports, with paths: deep nesting, prototype keys, counts over the limits. */
function inspectWithPaths(root: unknown): { problems: Problem[]; values: number } {
  const problems: Problem[] = [];
  let more = 0;
  const report = (make: () => Problem) => {
    if (problems.length < INPUT_LIMITS.problems) problems.push(make());
    else more++;
  };
  // The containers entered, for paths: each one's parent (an index here, -1 for the root) and key.
  const parents: number[] = [];
  const keysOf: PathSegment[] = [];
  const pathTo = (container: number, key?: PathSegment): PathSegment[] => {
    const path: PathSegment[] = key === undefined ? [] : [key];
    for (let at = container; at > 0; at = parents[at]!) path.push(keysOf[at]!);
    return path.reverse();
  };
  // The values still to visit, as parallel lists: the value, its parent container, its key, its depth.
  const stackValues: unknown[] = [root];
  const stackParents: number[] = [-1];
  const stackKeys: PathSegment[] = [''];
  const stackDepths: number[] = [0];
  let values = 1;
  while (stackValues.length > 0) {
    const value = stackValues.pop();
    const parent = stackParents.pop()!;
    const key = stackKeys.pop()!;
    const depth = stackDepths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const self = parents.length;
    parents.push(parent);
    keysOf.push(key);
    if (depth >= MAX_DEPTH) {
      report(() => problem(pathTo(self), `nested more than ${MAX_DEPTH} levels deep`, 'too-deep', { limit: MAX_DEPTH }));
      continue;
    }
    const isArray = Array.isArray(value);
    const keys = isArray ? undefined : Object.keys(value);
    const count = isArray ? value.length : keys!.length;
    if (count > INPUT_LIMITS.items) {
      report(() => tooManyItems(pathTo(self), isArray, count));
      continue;
    }
    values += count;
    if (values > INPUT_LIMITS.values) {
      // Counted no further: the value is refused whatever else it holds.
      problems.unshift(tooManyValues(values, true));
      break;
    }
    if (isArray) {
      for (let i = value.length - 1; i >= 0; i--) {
        stackValues.push(value[i]);
        stackParents.push(self);
        stackKeys.push(i);
        stackDepths.push(depth + 1);
      }
      continue;
    }
    for (let i = keys!.length - 1; i >= 0; i--) {
      const name = keys![i]!;
      if (FORBIDDEN_KEYS.has(name)) {
        report(() => problem(pathTo(self, name), `key "${name}" is not allowed`, 'forbidden-key', { key: name }));
        continue;
      }
      stackValues.push((value as Record<string, unknown>)[name]);
      stackParents.push(self);
      stackKeys.push(name);
      stackDepths.push(depth + 1);
    }
  }
  return { problems: capProblems(problems, more), values };
}

function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function fail(message: string, code: ProblemCode, params?: ProblemParams): Result<never> {
  return { ok: false, problems: [problem([], message, code, params)] };
}

function describeSyntaxError(error: unknown, text: string): { text: string; params?: ProblemParams } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return { text: message };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected end of JSON input$/, 'the file ends too early');
  return { text: `${reason} (line ${line}, column ${column})`, params: { line, column } };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
