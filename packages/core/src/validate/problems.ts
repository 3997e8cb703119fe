// SPDX-License-Identifier: MIT
// Every check reports problems as `path: message`, where path is a JSON path such as
// `categories[1].areas[0].id` and `(root)` is the document itself, with a stable code and the
// values an interface needs to word the problem in its own language.

export type PathSegment = string | number;

/**
 * Every code core gives a problem, with what it means. Codes are stable: within a major version
 * none is renamed or removed (new ones may be added). docs/problems.md lists the params of each.
 */
export const PROBLEM_CODES = {
  // Reading the text of a file
  'file-too-large': 'the file is larger than the limit',
  'file-empty': 'the file is empty or only whitespace',
  'file-binary': 'the file holds binary data (NUL bytes), not JSON text',
  'invalid-json': 'the text is not valid JSON',
  'too-deep': 'the value is nested more levels deep than allowed',
  'forbidden-key': 'a key that could reach an object\'s prototype (__proto__, constructor, prototype)',
  // The schema
  missing: 'a required value is missing',
  'invalid-type': 'a value of the wrong type',
  'unrecognized-key': 'a key the format does not have',
  'invalid-value': 'not one of the allowed values',
  'invalid-union': 'matches none of the shapes allowed here',
  'invalid-key': 'a key of a record is not valid',
  'invalid-format': 'a string not in the required format (an id, a version, a date …)',
  'too-small': 'too short, too few items or too small a number',
  'too-big': 'too long, too many items or too large a number',
  'not-multiple-of': 'a number that is not a multiple of the required step',
  invalid: 'not valid (any other schema problem)',
  // What a document is, and which framework it names
  'unknown-document-kind': 'neither a framework nor an evaluation',
  'unknown-format': 'a "format" other than "apq-evaluation"',
  'not-an-evaluation': 'a framework where an evaluation was expected',
  'not-a-framework': 'an evaluation where a framework was expected',
  'unknown-framework': 'no framework with this id is known',
  'unknown-framework-version': 'the framework is known, but not this version of it',
  'different-frameworks': 'two frameworks (or an evaluation and a framework) with different ids where one framework was expected',
  // References inside a framework or an evaluation
  'duplicate-id': 'an id used twice where ids must be unique',
  'duplicate-number': 'two areas of a framework with the same number',
  'duplicate-letter': 'two sub-areas of an area with the same letter',
  'duplicate-level': 'a level listed twice among an area\'s descriptors',
  'duplicate-mapping': 'an area mapped twice in one crosswalk',
  'unknown-scale': 'no scale with this id in the framework',
  'unknown-level': 'no level with this id on the scale',
  'no-scale': 'a level is given, but there is no scale to take it from',
  'unknown-area': 'no area with this id in the framework',
  'unknown-question': 'no question with this id in the framework',
  'unknown-descriptor': 'no grade descriptor with this id in the framework',
  'unknown-use': 'no use with this id in the framework',
  'unknown-priority': 'no priority with this id in the action\'s area',
  'unknown-target': 'no target with this id in the crosswalk',
  'unknown-migration-target': 'a migration note leads to an id this framework version does not have',
  'unknown-guidance': 'no guidance note with this id in the framework',
  'unknown-footnote': 'no footnote with this id in the framework',
  'rating-without-scale': 'a rating question with no scale to rate on',
  'unwritten-area-has-content': 'an area marked not-yet-written that has questions, sub-areas, descriptors or rules',
  'answer-kind-mismatch': 'an answer of another kind than the question takes',
  'area-not-written': 'a judgement on an area that is not yet written',
  // Rules (JSON Logic)
  'invalid-json-logic': 'a JSON Logic operation without exactly one operator key',
  'operator-not-allowed': 'a JSON Logic operator rules may not use',
  'var-not-literal': 'a JSON Logic var that does not name its fact with a literal string',
  'unknown-fact': 'a rule reads a fact that does not exist for its area',
  'limiting-rule-missing': 'a limiting level with no limiting rule for it',
  'rule-before-limiting': 'a rule that is not limiting comes before a limiting rule',
  'limiting-descriptor-unread': 'a limiting descriptor no limiting rule of its level reads',
  // What a submission needs
  'use-missing': 'the evaluation does not say what it is for',
  'setting-name-missing': 'the setting has no name',
  'urn-invalid': 'the URN is not 6 or 7 digits',
  'judgement-missing': 'an area has no judgement',
  'rationale-missing': 'a judgement differs from the suggested level and has no rationale',
  'submitted-at-missing': 'a submitted evaluation has no submission date',
  // Worked examples
  'expectation-missing': 'a worked example has no expectation for an area',
  'example-mismatch': 'the engine\'s suggestion differs from a worked example\'s expectation',
  // Input limits (INPUT_LIMITS)
  'too-many-values': 'a document (or its extensions) holds more values than allowed',
  'too-many-problems': 'more problems than are listed: only the first ones are given',
  // Rule limits (RULE_LIMITS)
  'var-default-not-literal': 'a JSON Logic var whose default is not a literal, or that has more than a name and a default',
  'rule-too-deep': 'a rule nested more levels deep than a rule may be',
  'rule-too-large': 'a rule holding more values than a rule may',
  'rule-string-too-long': 'a string in a rule longer than a rule\'s strings may be',
  'framework-rules-too-large': 'the rules of a framework holding more values, together, than a framework\'s rules may',
  // The improvement plan and examples of practice
  'not-a-calendar-date': 'a date that is not in the calendar, such as 31 February',
  'review-before-creation': 'a review of an action dated before the action was created',
  'action-what-missing': 'an action that does not say what will be done',
  'unknown-strength': 'an example of practice offered from a strength the evaluation does not have',
  'practice-framework-mismatch': 'an example of practice for another framework version than its library names',
  // Aggregates (apq-aggregate)
  'aggregate-cell-below-threshold': 'a count in an aggregate shown although it is below the disclosure threshold',
  'aggregate-cell-not-rounded': 'a count in an aggregate that is not rounded as its disclosure method says',
  'aggregate-period-empty': 'a period of an aggregate with no areas',
} as const satisfies Record<string, string>;

/** A code of {@link PROBLEM_CODES}. */
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Values a problem's message is made from, for interfaces that word it in their own language. */
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  /** JSON path of the offending value, e.g. `categories[1].areas[0].id`. */
  path: string;
  /** English, for people reading it as it is; its wording is not part of the API. */
  message: string;
  /** Stable, machine-readable, kebab-case: one of {@link PROBLEM_CODES} for every problem core reports. */
  code: ProblemCode | string;
  /** The ids, numbers, limits and expected values the message names. */
  params?: ProblemParams;
}

/** Whether a code is one of core's {@link PROBLEM_CODES}. */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_CODES, code);
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

export function problem(segments: readonly PathSegment[], message: string, code: ProblemCode, params?: ProblemParams): Problem {
  return params === undefined ? { path: formatPath(segments), message, code } : { path: formatPath(segments), message, code, params };
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
