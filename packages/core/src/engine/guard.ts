// SPDX-License-Identifier: MIT
// The engine's boundary. Its public functions take evaluations and frameworks as validation gives
// them, but are called with whatever a caller has: each checks its arguments here first and throws
// an ApqError (an ApqValidationError, with `path: problem` lines, for a document) rather than
// failing part-way with a TypeError. A framework is checked against its schema once per object; an
// evaluation (checked on every call, since forms make a new one at each edit) by a cheap walk of
// exactly the shape the engine reads: the types of its fields and its enums, not formats or ids.
import { ACTION_STATUSES, type Answer, CHECK_STATUSES, EVALUATION_STATUSES, type Evaluation, RESPONSES } from '../schema/evaluation.js';
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

const integer: Check = (value, path, out) => {
  if (!Number.isInteger(value)) wrong(path, 'integer', value, out);
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

const actionV1Fields = {
  id: string,
  area: string,
  priority: opt(string),
  what: string,
  who: opt(string),
  due: opt(string),
  status: oneOf(ACTION_STATUSES),
} satisfies Shape;

const actionV1 = object(actionV1Fields);

const reviewFields = {
  id: string,
  on: string,
  by: opt(string),
  note: string,
  status: oneOf(ACTION_STATUSES),
  evidence: opt(string),
  recordedAt: opt(string),
} satisfies Shape;

const review = object(reviewFields);

const action = object({
  ...actionV1Fields,
  successMeasure: opt(string),
  createdAt: string,
  carriedForward: opt(boolean),
  reviews: array(review),
});

const practiceOffer = object({
  id: string,
  title: string,
  summary: string,
  areas: array(string),
  settingType: opt(string),
  contact: opt(string),
  link: opt(string),
  strength: opt(object({ area: string, index: integer })),
  offeredAt: string,
});

const frameworkRef = object({ id: string, version: string });

const setting = object({ name: opt(string), urn: opt(string), type: opt(string), localAuthority: opt(string) });

const evaluationFields = {
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
  // Statuses are compared, never read as anything else: any value reads "not-assessed" but the three.
  checks: record(anything),
  areas: record(areaRecord),
  carriedOver: array(
    object({ from: object({ framework: frameworkRef, path: string }), value: anything, reason: string, carriedAt: opt(string) }),
  ),
  notes: opt(string),
  extensions: opt(record(anything)),
} satisfies Shape;

/** Format 1 evaluations are read too: their actions have the format 1 shape, and they offer no practice. */
const evaluationShapeV1 = object({ ...evaluationFields, actions: array(actionV1) });
const evaluationShapeV2 = object({ ...evaluationFields, actions: array(action), practice: opt(array(practiceOffer)) });
const evaluationShape: Check = (value, path, out) =>
  (isRecord(value) && value.formatVersion === 1 ? evaluationShapeV1 : evaluationShapeV2)(value, path, out);

// The same shape again as plain code, returning only whether a value has it: what every call of the
// engine pays for (a few microseconds for an evaluation with every question answered and every
// descriptor checked). Fields are read as the engine reads them; entries of an object by id are
// its own values. The checks above run only to say what is wrong; the tests hold the two to the
// same answer over random input.
const RESPONSE_SET = new Set<unknown>(RESPONSES);
const STATUS_SET = new Set<unknown>(EVALUATION_STATUSES);
const ACTION_STATUS_SET = new Set<unknown>(ACTION_STATUSES);

type Fields = Record<string, unknown>;

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isRef(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && typeof value.version === 'string';
}

/** Whether a value has the shape of an answer (as {@link answerAt} checks it). */
export function isAnswerShape(value: unknown): value is Answer {
  if (!isRecord(value)) return false;
  const { text, level, response, evidence } = value as Fields;
  if (!optionalString(text) || !optionalString(level) || (response !== undefined && !RESPONSE_SET.has(response))) return false;
  if (evidence === undefined) return true;
  if (!Array.isArray(evidence)) return false;
  for (let i = 0; i < evidence.length; i++) {
    const item: unknown = evidence[i];
    if (!isRecord(item) || typeof item.title !== 'string' || !optionalString(item.reference)) return false;
  }
  return true;
}

function isAreaRecord(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { evidence, strengths, priorities, judgement } = value as Fields;
  if (!optionalString(evidence)) return false;
  if (strengths !== undefined) {
    if (!Array.isArray(strengths)) return false;
    for (let i = 0; i < strengths.length; i++) if (typeof strengths[i] !== 'string') return false;
  }
  if (priorities !== undefined) {
    if (!Array.isArray(priorities)) return false;
    for (let i = 0; i < priorities.length; i++) {
      const p: unknown = priorities[i];
      if (!isRecord(p) || typeof p.id !== 'string' || typeof p.text !== 'string') return false;
    }
  }
  if (judgement === undefined) return true;
  if (!isRecord(judgement)) return false;
  const { level, suggestedLevel, carriedForward, rationale, decidedAt } = judgement as Fields;
  return (
    (level === null || typeof level === 'string') &&
    (suggestedLevel === undefined || suggestedLevel === null || typeof suggestedLevel === 'string') &&
    (carriedForward === undefined || typeof carriedForward === 'boolean') &&
    optionalString(rationale) &&
    optionalString(decidedAt)
  );
}

function isActionV1(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { id, area, what, status, priority, who, due } = value as Fields;
  return typeof id === 'string' && typeof area === 'string' && typeof what === 'string' && ACTION_STATUS_SET.has(status) && optionalString(priority) && optionalString(who) && optionalString(due);
}

function isReview(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { id, on, by, note, status, evidence, recordedAt } = value as Fields;
  return typeof id === 'string' && typeof on === 'string' && typeof note === 'string' && ACTION_STATUS_SET.has(status) && optionalString(by) && optionalString(evidence) && optionalString(recordedAt);
}

function isAction(value: unknown): boolean {
  if (!isActionV1(value)) return false;
  const { successMeasure, createdAt, carriedForward, reviews } = value as Fields;
  if (!optionalString(successMeasure) || typeof createdAt !== 'string' || (carriedForward !== undefined && typeof carriedForward !== 'boolean') || !Array.isArray(reviews)) return false;
  for (let i = 0; i < reviews.length; i++) if (!isReview(reviews[i])) return false;
  return true;
}

function isPracticeOffer(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { id, title, summary, areas, settingType, contact, link, strength, offeredAt } = value as Fields;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof summary !== 'string' || typeof offeredAt !== 'string') return false;
  if (!optionalString(settingType) || !optionalString(contact) || !optionalString(link) || !Array.isArray(areas)) return false;
  for (let i = 0; i < areas.length; i++) if (typeof areas[i] !== 'string') return false;
  return strength === undefined || (isRecord(strength) && typeof strength.area === 'string' && Number.isInteger(strength.index));
}

function isEvaluator(value: unknown): boolean {
  return isRecord(value) && typeof value.name === 'string' && optionalString(value.role) && optionalString(value.organisation);
}

function isCarriedOver(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { from } = value as Fields;
  return isRecord(from) && isRef(from.framework) && typeof from.path === 'string' && typeof value.reason === 'string' && optionalString(value.carriedAt);
}

/** Checks' values are not read but compared (anything but a status reads "not-assessed"), so only `checks` itself is checked. */
function answersAndChecks(answers: unknown, checks: unknown): boolean {
  if (!isRecord(answers) || !isRecord(checks)) return false;
  for (const answer of Object.values(answers)) if (!isAnswerShape(answer)) return false;
  return true;
}

/** Whether a value has the fields aggregating reads of an evaluation (its id, framework, status, use, setting and dates), as an evaluation or a digest of one carries them. */
export function isEvaluationHeader(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { setting } = value as Fields;
  return (
    typeof value.id === 'string' &&
    isRef(value.framework) &&
    STATUS_SET.has(value.status) &&
    optionalString(value.use) &&
    isRecord(setting) &&
    optionalString(setting.name) &&
    optionalString(setting.urn) &&
    optionalString(setting.type) &&
    optionalString(setting.localAuthority) &&
    typeof value.updatedAt === 'string' &&
    optionalString(value.submittedAt)
  );
}

/**
 * Whether a value has the shape {@link evaluationShapeProblems} checks (the fast path); with
 * `answers: false`, but for the answers themselves (`answers` must still be an object), which
 * the engine checks one by one as it reads them ({@link answerAt}): a record of a hundred
 * answers costs more to go through than everything else together.
 */
function isEvaluationShape(value: unknown, answers = true): boolean {
  if (!isRecord(value)) return false;
  const e = value as Fields;
  const { extensions, evaluators, areas, actions, carriedOver } = e;
  if (
    !(
      isEvaluationHeader(e) &&
      typeof e.createdAt === 'string' &&
      optionalString(e.notes) &&
      (extensions === undefined || isRecord(extensions)) &&
      Array.isArray(evaluators) &&
      Array.isArray(actions) &&
      Array.isArray(carriedOver) &&
      isRecord(areas) &&
      (answers ? answersAndChecks(e.answers, e.checks) : isRecord(e.answers) && isRecord(e.checks))
    )
  ) {
    return false;
  }
  for (let i = 0; i < evaluators.length; i++) if (!isEvaluator(evaluators[i])) return false;
  const actionShape = e.formatVersion === 1 ? isActionV1 : isAction;
  for (let i = 0; i < actions.length; i++) if (!actionShape(actions[i])) return false;
  if (e.formatVersion !== 1 && e.practice !== undefined) {
    if (!Array.isArray(e.practice)) return false;
    for (let i = 0; i < e.practice.length; i++) if (!isPracticeOffer(e.practice[i])) return false;
  }
  for (let i = 0; i < carriedOver.length; i++) if (!isCarriedOver(carriedOver[i])) return false;
  for (const record of Object.values(areas)) if (!isAreaRecord(record)) return false;
  return true;
}

function run(check: Check, value: unknown): Problem[] {
  const out: Problem[] = [];
  check(value, [], out);
  // The checks stop a little past the limit, so how many more there are is not known.
  return out.length > INPUT_LIMITS.problems ? capProblems(out.slice(0, INPUT_LIMITS.problems), true) : out;
}

/**
 * What stops a value being used as an evaluation by the engine: wrong types, unknown enum values.
 * Not a validation: formats, ids, limits and the fit to the framework are not checked
 * (`validateEvaluation` does that). Empty for any evaluation validation accepts.
 */
export function evaluationShapeProblems(value: unknown): Problem[] {
  if (isEvaluationShape(value)) return [];
  const problems = run(evaluationShape, value);
  return problems.length > 0 ? problems : [problem([], 'does not have the shape of an evaluation', 'invalid')];
}

/** The detailed check alone, for the tests that hold it and the fast path to the same answer. */
export function detailedEvaluationShapeProblems(value: unknown): Problem[] {
  return run(evaluationShape, value);
}

/**
 * Throws an `ApqValidationError` (`what` names the argument, e.g. `evaluation` or `evaluations[3]`)
 * unless the value has the shape the engine reads: see {@link evaluationShapeProblems}.
 */
export function assertEvaluation(value: unknown, what = 'evaluation'): asserts value is Evaluation {
  if (isEvaluationShape(value)) return;
  throw new ApqValidationError(what, evaluationShapeProblems(value));
}

/**
 * The engine's own check of an evaluation argument: {@link assertEvaluation} but for the answers'
 * entries, which the engine reads through {@link answerAt} (only those of the framework's
 * questions, which it looks up anyway).
 */
export function assertEvaluationArgument(value: unknown, what = 'evaluation'): asserts value is Evaluation {
  if (isEvaluationShape(value, false)) return;
  throw new ApqValidationError(what, evaluationShapeProblems(value));
}

/**
 * The answer to a question, if any, checked as it is read: an `ApqValidationError` naming `what`
 * (with the problems at `answers.<id>…`) for one without the shape of an answer.
 */
export function answerAt(evaluation: Pick<Evaluation, 'answers'>, questionId: string, what = 'evaluation'): Answer | undefined {
  const answers: Record<string, unknown> = evaluation.answers;
  const value = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
  if (value === undefined || isAnswerShape(value)) return value;
  const problems: Problem[] = [];
  answer(value, ['answers', questionId], problems);
  throw new ApqValidationError(what, problems.length > 0 ? problems : [problem(['answers', questionId], 'is not an answer', 'invalid')]);
}

/** `{ checks, answers }`, the part of an evaluation `suggestArea` and `areaFacts` read (they read answers' fields with `?.`, so any answer will do). */
const checksAndAnswers = object({ answers: record(anything), checks: record(anything) });

/** The arguments of the edit helpers, each the part of an evaluation it becomes. */
const PARTS = {
  checksAndAnswers,
  answer,
  areaRecord,
  judgementPatch: object({ level: opt(nullableString), rationale: opt(string) }),
  priorities: array(object({ id: opt(string), text: string })),
  strengths: array(string),
  action: object({ ...actionV1Fields, id: opt(string), successMeasure: opt(string), createdAt: opt(string), carriedForward: opt(boolean), reviews: opt(array(review)) }),
  actionChanges: object({ area: opt(string), priority: opt(string), what: opt(string), who: opt(string), due: opt(string), successMeasure: opt(string), status: opt(oneOf(ACTION_STATUSES)) }),
  review: object({ ...reviewFields, id: opt(string) }),
  practiceOffer: object({ id: opt(string), title: string, summary: string, areas: array(string), settingType: opt(string), contact: opt(string), link: opt(string), strength: opt(object({ area: string, index: integer })), offeredAt: opt(string) }),
  checkStatus: oneOf(CHECK_STATUSES),
} as const satisfies Record<string, Check>;

/** Throws an `ApqValidationError` naming `what` unless the value has the shape of that part of an evaluation. */
export function assertPart(part: keyof typeof PARTS, value: unknown, what: string): void {
  if (part === 'checksAndAnswers' && isRecord(value) && isRecord(value.answers) && isRecord(value.checks)) return;
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
