// SPDX-License-Identifier: MIT
// Turning untrusted text into a JSON value safely: size, syntax, depth and dangerous keys are
// checked before any schema sees the value, so no input can overflow the stack or pollute prototypes.
import { type PathSegment, type Problem, type ProblemCode, type ProblemParams, type Result, problem } from './problems.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonTextOptions {
  /** Largest input accepted, in bytes of UTF-8. Default 10 MiB. */
  maxBytes?: number;
}

export function parseJsonText(text: string, options: JsonTextOptions = {}): Result<unknown> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A UTF-16 length over the byte limit is over it in UTF-8 too; measure exactly only when near.
  const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return fail(`file is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} limit`, 'file-too-large', { bytes, limit: maxBytes });
  }
  if (text.trim() === '') return fail('file is empty: expected a JSON document', 'file-empty');
  if (text.includes('\u0000')) return fail('not valid JSON: the file contains binary data (NUL bytes)', 'file-binary');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const syntax = describeSyntaxError(error, text);
    return fail(`not valid JSON: ${syntax.text}`, 'invalid-json', syntax.params);
  }
  const problems = checkJsonStructure(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * Walks a value without recursion and reports nesting deeper than {@link MAX_DEPTH} and keys
 * that could reach an object's prototype. Safe on any input, including hostile depth.
 */
export function checkJsonStructure(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      problems.push(problem(path, `nested more than ${MAX_DEPTH} levels deep`, 'too-deep', { limit: MAX_DEPTH }));
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(problem([...path, key], `key "${key}" is not allowed`, 'forbidden-key', { key }));
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
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
