// SPDX-License-Identifier: MIT
// Every check reports problems as `path: message`, where path is a JSON path such as
// `categories[1].areas[0].id` and `(root)` is the document itself.

export type PathSegment = string | number;

export interface Problem {
  /** JSON path of the offending value, e.g. `categories[1].areas[0].id`. */
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ROOT_PATH = '(root)';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? ROOT_PATH : out;
}

export function problem(segments: readonly PathSegment[], message: string): Problem {
  return { path: formatPath(segments), message };
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

/** The base of every error core throws. */
export class ApqError extends Error {
  override name = 'ApqError';
}

/** Thrown by the `*OrThrow` helpers; carries every problem found. */
export class ApqValidationError extends ApqError {
  override name = 'ApqValidationError';
  readonly problems: Problem[];
  constructor(what: string, problems: Problem[]) {
    super(`${what} is not valid:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

export function unwrap<T>(what: string, result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApqValidationError(what, result.problems);
}
