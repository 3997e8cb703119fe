// SPDX-License-Identifier: MIT
// The engine's boundary. Its public functions take evaluations and frameworks as validation gives
// them, but are called with whatever a caller has: each checks its arguments here first and throws
// an ApqError (an ApqValidationError, with `path: problem` lines, for a document) rather than
// failing part-way with a TypeError. A framework is checked against its schema once per object; an
// evaluation (checked on every call, since forms make a new one at each edit) by a cheap walk of
// exactly the shape the engine reads: the types of its fields and its enums, not formats or ids.
import { ACTION_STATUSES, CHECK_STATUSES, EVALUATION_STATUSES, type Evaluation, RESPONSES } from '../schema/evaluation.js';
import { INPUT_LIMITS } from '../schema/limits.js';
import { ApqError, ApqValidationError, type PathSegment, type Problem, problem } from '../validate/problems.js';
import { capProblems } from '../validate/json-text.js';
import { assertFramework } from '../validate/validate.js';

export { assertFramework };

type Check = (value: unknown, path: PathSegment[], out: Problem[]) => void;
type Shape = Record<string, Check | [Check, 'optional']>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function wrong(path: PathSegment[], expected: string, value: unknown, out: Problem[]): void {
  if (out.length > INPUT_LIMITS.problems) return;
  const received = typeName(value);
  out.push(
    received === 'missing'
      ? problem(path, `is missing: expected ${expected}`, 'missing', { expected })
      : problem(path, `expected ${expected}, got ${received}`, 'invalid-type', { expected, received }),
  );
}

const string: Check = (value, path, out) => {
  if (typeof value !== 'string') wrong(path, 'string', value, out);
};

const boolean: Check = (value, path, out) => {
  if (typeof value !== 'boolean') wrong(path, 'boolean', value, out);
};

const nullableString: Check = (value, path, out) => {
  if (value !== null && typeof value !== 'string') wrong(path, 'string or null', value, out);
};

const anything: Check = () => {};

function oneOf(values: readonly string[]): Check {
  const allowed = new Set(values);
  return (value, path, out) => {
    if (typeof value !== 'string' || !allowed.has(value)) {
      if (out.length > INPUT_LIMITS.problems) return;
      const expected = values.join(', ');
      out.push(
        value === undefined
          ? problem(path, `is missing: expected one of ${expected}`, 'missing', { expected })
          : problem(path, `must be one of ${expected}`, 'invalid-value', { expected, received: typeName(value) }),
      );
    }
  };
}

function object(shape: Shape): Check {
  const entries = Object.entries(shape).map(([key, spec]) => (Array.isArray(spec) ? { key, check: spec[0], optional: true } : { key, check: spec, optional: false }));
  return (value, path, out) => {
    if (!isRecord(value)) return wrong(path, 'object', value, out);
    for (const { key, check, optional } of entries) {
      const field = Object.hasOwn(value, key) ? value[key] : undefined;
      if (field === undefined && optional) continue;
      path.push(key);
      check(field, path, out);
      path.pop();
    }
  };
}

function array(item: Check): Check {
  return (value, path, out) => {
    if (!Array.isArray(value)) return wrong(path, 'array', value, out);
    for (let i = 0; i < value.length && out.length <= INPUT_LIMITS.problems; i++) {
      path.push(i);
      item(value[i], path, out);
      path.pop();
    }
  };
}

/**
 * An object by id. Own keys only; ids such as `constructor` are allowed here (the engine reads ids
 * with `Object.hasOwn` and writes them as own properties), though validation refuses them in files.
 */
function record(entry: Check): Check {
  return (value, path, out) => {
    if (!isRecord(value)) return wrong(path, 'object', value, out);
    for (const key of Object.keys(value)) {
      if (out.length > INPUT_LIMITS.problems) return;
      path.push(key);
      entry(value[key], path, out);
      path.pop();
    }
  };
}

const opt = (check: Check): [Check, 'optional'] => [check, 'optional'];

const answer = object({
  text: opt(string),
  response: opt(oneOf(RESPONSES)),
  level: opt(string),
  evidence: opt(array(object({ title: string, reference: opt(string) }))),
});

const judgement = object({
  level: nullableString,
  rationale: opt(string),
  suggestedLevel: opt(nullableString),
  carriedForward: opt(boolean),
  decidedAt: opt(string),
});

const priority = object({ id: string, text: string });

const areaRecord = object({
  evidence: opt(string),
  strengths: opt(array(string)),
  priorities: opt(array(priority)),
  judgement: opt(judgement),
});

const action = object({
  id: string,
  area: string,
  priority: opt(string),
  what: string,
  who: opt(string),
  due: opt(string),
  status: oneOf(ACTION_STATUSES),
});

const frameworkRef = object({ id: string, version: string });

const setting = object({ name: opt(string), urn: opt(string), type: opt(string), localAuthority: opt(string) });

const evaluationShape = object({
  id: string,
  framework: frameworkRef,
  status: oneOf(EVALUATION_STATUSES),
  use: opt(string),
  setting,
  evaluators: array(object({ name: string, role: opt(string), organisation: opt(string) })),
  createdAt: string,
  updatedAt: string,
  submittedAt: opt(string),
  answers: record(answer),
  checks: record(oneOf(CHECK_STATUSES)),
  areas: record(areaRecord),
  actions: array(action),
  carriedOver: array(
    object({ from: object({ framework: frameworkRef, path: string }), value: anything, reason: string, carriedAt: opt(string) }),
  ),
  notes: opt(string),
  extensions: opt(record(anything)),
});

function run(check: Check, value: unknown): Problem[] {
  const out: Problem[] = [];
  check(value, [], out);
  // The checks stop a little past the limit, so how many more there are is not known.
  return out.length > INPUT_LIMITS.problems ? capProblems(out.slice(0, INPUT_LIMITS.problems), true) : out;
}

/**
 * What stops a value being used as an evaluation by the engine: wrong types, unknown enum values.
 * Not a validation: formats, ids and the framework are not
 * checked (`validateEvaluation` does that). Empty for any evaluation validation accepts.
 */
export function evaluationShapeProblems(value: unknown): Problem[] {
  return run(evaluationShape, value);
}

/**
 * Throws an `ApqValidationError` (`what` names the argument, e.g. `evaluation` or `evaluations[3]`)
 * unless the value has the shape the engine reads: see {@link evaluationShapeProblems}.
 */
export function assertEvaluation(value: unknown, what = 'evaluation'): asserts value is Evaluation {
  const problems = run(evaluationShape, value);
  if (problems.length > 0) throw new ApqValidationError(what, problems);
}

/** `{ checks, answers }`, the part of an evaluation `suggestArea` and `areaFacts` read. */
const checksAndAnswers = object({ answers: record(answer), checks: record(oneOf(CHECK_STATUSES)) });

/** The arguments of the edit helpers, each the part of an evaluation it becomes. */
const PARTS = {
  checksAndAnswers,
  answer,
  areaRecord,
  judgementPatch: object({ level: opt(nullableString), rationale: opt(string) }),
  priorities: array(object({ id: opt(string), text: string })),
  strengths: array(string),
  action: object({ id: opt(string), area: string, priority: opt(string), what: string, who: opt(string), due: opt(string), status: oneOf(ACTION_STATUSES) }),
  checkStatus: oneOf(CHECK_STATUSES),
} as const satisfies Record<string, Check>;

/** Throws an `ApqValidationError` naming `what` unless the value has the shape of that part of an evaluation. */
export function assertPart(part: keyof typeof PARTS, value: unknown, what: string): void {
  const problems = run(PARTS[part], value);
  if (problems.length > 0) throw new ApqValidationError(what, problems);
}

/** Throws an `ApqError` unless the value is a valid `Date` (the clock every edit is given). */
export function assertDate(value: unknown, what = 'now'): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new ApqError(`${what} must be a valid Date, got ${describe(value)}`);
}

/** Throws an `ApqError` unless the value is a string. */
export function assertString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') throw new ApqError(`${what} must be a string, got ${describe(value)}`);
}

/** Throws an `ApqError` unless the value is `undefined` or a plain object (an options argument). */
export function assertOptions(value: unknown, what = 'options'): asserts value is Record<string, unknown> | undefined {
  if (value !== undefined && !isRecord(value)) throw new ApqError(`${what} must be an object, got ${describe(value)}`);
}

/** Throws an `ApqError` unless the value is `undefined` or a function (a callback in options). */
export function assertOptionalFunction(value: unknown, what: string): void {
  if (value !== undefined && typeof value !== 'function') throw new ApqError(`${what} must be a function, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return 'an invalid Date';
  return typeName(value) === 'object' ? 'an object' : typeName(value);
}

/** The boundary check of `diffFrameworks(a, b, options)`: two frameworks, and options with `examples` an array and `suggest` a function. */
export function assertDiffArguments(a: unknown, b: unknown, options: unknown): void {
  assertFramework(a, 'a');
  assertFramework(b, 'b');
  assertOptions(options);
  if (options?.examples !== undefined && !Array.isArray(options.examples)) throw new ApqError('options.examples must be an array of worked examples');
  assertOptionalFunction(options?.suggest, 'options.suggest');
}
