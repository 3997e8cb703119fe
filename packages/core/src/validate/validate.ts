// SPDX-License-Identifier: MIT
// The entry points for untrusted input: structure first (depth, dangerous keys, counts), then the
// zod schema, then the checks a schema cannot express. Every outcome is a Result, never a throw
// (but for a catalogue that is not one: an ApqError). At most INPUT_LIMITS.problems problems are
// listed, then one saying how many more there are.
import * as z from 'zod/mini';
import { compileFramework } from '../engine/compile.js';
import { EVALUATION_FORMAT, EVALUATION_FORMAT_VERSIONS, Evaluation, EvaluationV1 } from '../schema/evaluation.js';
import { PRACTICE_LIBRARY_FORMAT, PracticeLibrary } from '../schema/practice.js';
import { isFormatV1, upgradeEvaluation } from '../versioning/format.js';
import { Framework } from '../schema/framework.js';
import { AGGREGATE_FORMAT, AggregateDocument } from '../schema/aggregate.js';
import { checkAggregate } from './aggregate-checks.js';
import { checkEvaluationAgainstFramework } from './evaluation-checks.js';
import { checkPracticeLibrary } from './practice-checks.js';
import { INPUT_LIMITS } from '../schema/limits.js';
import { capProblems, checkJsonStructure, inspectJsonStructure, isFreshlyParsed, type JsonTextOptions, readJsonText, withCheckedStructure } from './json-text.js';
import { ApqError, ApqValidationError, type PathSegment, type Problem, type ProblemParams, type Result, problem } from './problems.js';
import { describeValue, someProblemsFromZod } from './zod-issues.js';
import { withFastPath } from '../schema/fast-path.js';

/** Finds framework versions by id; the bundled frameworks are one, a vendor's store another. */
export interface FrameworkCatalogue {
  get(id: string, version: string): Framework | undefined;
  /** Every version known for an id, oldest first (empty when the id is unknown). */
  versions(id: string): string[];
}

export type DocumentKind = 'framework' | 'evaluation' | 'practice-library' | 'aggregate';

export function validateFramework(input: unknown): Result<Framework> {
  const shaped = parseWith(Framework, input);
  if (!shaped.ok) return shaped;
  // The engine's own load checks (references, rule operators and facts, limiting rules), so a
  // framework the engine would refuse never validates; the compiled result is cached for it.
  const compiled = compileFramework(shaped.value);
  return compiled.ok ? shaped : { ok: false, problems: capProblems(compiled.problems) };
}

export interface EvaluationValidation {
  /** In the current format: a format 1 file comes upgraded, with nothing lost (see `upgradeEvaluation`). */
  evaluation: Evaluation;
  framework: Framework;
  /** The format version of the input: 1 for a file still to be upgraded with `apq migrate`. */
  formatVersion: (typeof EVALUATION_FORMAT_VERSIONS)[number];
}

/**
 * Validates an evaluation and checks it against the framework version it names. A format 1
 * evaluation is valid as format 1 (its own schema), and comes back upgraded to the current format.
 */
export function validateEvaluation(input: unknown, catalogue: FrameworkCatalogue): Result<EvaluationValidation> {
  requireCatalogue(catalogue);
  const shaped = parseEvaluation(input);
  if (!shaped.ok) return shaped;
  const { evaluation, formatVersion } = shaped.value;
  const framework = resolveFramework(evaluation.framework, catalogue);
  if (!framework.ok) return framework;
  const problems = checkEvaluationAgainstFramework(evaluation, framework.value);
  return problems.length > 0 ? { ok: false, problems: capProblems(problems) } : { ok: true, value: { evaluation, framework: framework.value, formatVersion } };
}

/**
 * An evaluation of any format version this package reads, by its schema alone (not against its
 * framework), in the current format: a format 1 evaluation is checked by the format 1 schema and
 * upgraded with nothing lost.
 */
export function parseEvaluation(input: unknown): Result<{ evaluation: Evaluation; formatVersion: (typeof EVALUATION_FORMAT_VERSIONS)[number] }> {
  if (isFormatV1(input)) {
    const v1 = parseWith(EvaluationV1, input);
    return v1.ok ? { ok: true, value: { evaluation: upgradeEvaluation(v1.value), formatVersion: 1 } } : v1;
  }
  const v2 = parseWith(Evaluation, input);
  if (v2.ok) return { ok: true, value: { evaluation: v2.value, formatVersion: 2 } };
  return { ok: false, problems: v2.problems.map((p) => (p.path === 'formatVersion' ? formatVersionProblem(input) : p)) };
}

/** The problem of a format version this package does not read, naming every version it does. */
function formatVersionProblem(input: unknown): Problem {
  const value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>).formatVersion : undefined;
  const expected = EVALUATION_FORMAT_VERSIONS.join(', ');
  return value === undefined
    ? problem(['formatVersion'], `must be one of ${expected}, got missing`, 'missing', { expected })
    : problem(['formatVersion'], `must be one of ${expected} (the format versions this package reads), got ${describeValue(value)}`, 'invalid-value', { expected, received: jsonType(value) });
}

/** Validates a library of examples of practice: its schema, then that it names no area its framework lacks (when the catalogue has it). */
export function validatePracticeLibrary(input: unknown, catalogue?: FrameworkCatalogue): Result<PracticeLibrary> {
  const shaped = parseWith(PracticeLibrary, input);
  if (!shaped.ok) return shaped;
  if (catalogue !== undefined) requireCatalogue(catalogue);
  const problems = checkPracticeLibrary(shaped.value, catalogue);
  return problems.length > 0 ? { ok: false, problems: capProblems(problems) } : shaped;
}

/**
 * The framework version an evaluation names, from the catalogue. A catalogue is the caller's code:
 * one without `get` and `versions`, or whose `get` gives something that is not a valid framework,
 * throws an `ApqError` (an `ApqValidationError` with the framework's problems for the latter).
 */
export function resolveFramework(ref: { id: string; version: string }, catalogue: FrameworkCatalogue): Result<Framework> {
  requireCatalogue(catalogue);
  const framework: unknown = catalogue.get(ref.id, ref.version);
  if (framework !== undefined && framework !== null) {
    assertFramework(framework, `framework ${ref.id}@${ref.version} from the catalogue`);
    return { ok: true, value: framework };
  }
  const versions: unknown = catalogue.versions(ref.id);
  if (!Array.isArray(versions)) throw new ApqError('the catalogue\'s versions(id) must return an array of versions');
  if (versions.length === 0) return { ok: false, problems: [problem(['framework', 'id'], `unknown framework "${ref.id}"`, 'unknown-framework', { framework: ref.id })] };
  return {
    ok: false,
    problems: [
      problem(['framework', 'version'], `unknown version "${ref.version}" of framework "${ref.id}" (known: ${versions.join(', ')})`, 'unknown-framework-version', {
        framework: ref.id,
        version: ref.version,
        known: versions.join(', '),
      }),
    ],
  };
}

/** Tells a framework from an evaluation by its content. */
export function detectDocumentKind(input: unknown): Result<DocumentKind> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [problem([], `expected a framework or an evaluation object, got ${describeValue(input)}`, 'unknown-document-kind', { received: jsonType(input) })],
    };
  }
  const record = input as Record<string, unknown>;
  if ('format' in record || 'formatVersion' in record) {
    if (record.format === PRACTICE_LIBRARY_FORMAT) return { ok: true, value: 'practice-library' };
    if (record.format === AGGREGATE_FORMAT) return { ok: true, value: 'aggregate' };
    if (record.format !== 'apq-evaluation') {
      const params: ProblemParams = { expected: EVALUATION_FORMAT };
      if (typeof record.format === 'string') params.format = record.format.slice(0, 200);
      return { ok: false, problems: [problem(['format'], `unknown format ${describeValue(record.format)}: expected "apq-evaluation"`, 'unknown-format', params)] };
    }
    return { ok: true, value: 'evaluation' };
  }
  if ('schemaVersion' in record || 'categories' in record) return { ok: true, value: 'framework' };
  return {
    ok: false,
    problems: [problem([], 'not a framework (no "schemaVersion") nor an evaluation (no "format": "apq-evaluation")', 'unknown-document-kind', { received: 'object' })],
  };
}

export type ValidatedDocument =
  | { kind: 'framework'; framework: Framework }
  | { kind: 'evaluation'; evaluation: Evaluation; framework: Framework; formatVersion: (typeof EVALUATION_FORMAT_VERSIONS)[number] }
  | { kind: 'practice-library'; library: PracticeLibrary }
  | { kind: 'aggregate'; aggregate: AggregateDocument };

/** Parses JSON text and validates it as whichever kind of document it is. */
export function validateDocumentText(text: string, catalogue: FrameworkCatalogue, options?: JsonTextOptions): Result<ValidatedDocument> {
  const parsed = readJsonText(text, options);
  if (!parsed.ok) return parsed;
  const { value, values } = parsed.value;
  // Checked as it was read: validation need not walk it again.
  return withCheckedStructure(value, values, () => validateDocument(value, catalogue));
}

export function validateDocument(input: unknown, catalogue: FrameworkCatalogue): Result<ValidatedDocument> {
  requireCatalogue(catalogue);
  const structural = checkJsonStructure(input);
  if (structural.length > 0) return { ok: false, problems: structural };
  const kind = detectDocumentKind(input);
  if (!kind.ok) return kind;
  if (kind.value === 'framework') {
    const result = validateFramework(input);
    return result.ok ? { ok: true, value: { kind: 'framework', framework: result.value } } : result;
  }
  if (kind.value === 'aggregate') {
    const aggregate = validateAggregate(input);
    return aggregate.ok ? { ok: true, value: { kind: 'aggregate', aggregate: aggregate.value } } : aggregate;
  }
  if (kind.value === 'practice-library') {
    const library = validatePracticeLibrary(input, catalogue);
    return library.ok ? { ok: true, value: { kind: 'practice-library', library: library.value } } : library;
  }
  const result = validateEvaluation(input, catalogue);
  return result.ok ? { ok: true, value: { kind: 'evaluation', ...result.value } } : result;
}

/** Validates an aggregate document (`apq-aggregate`): the schema, then that its figures look disclosure-controlled (`checkAggregate`). */
export function validateAggregate(input: unknown): Result<AggregateDocument> {
  const shaped = parseWith(AggregateDocument, input);
  if (!shaped.ok) return shaped;
  const problems = checkAggregate(shaped.value);
  return problems.length > 0 ? { ok: false, problems: capProblems(problems) } : shaped;
}

/**
 * Validates any value against a schema, after the structure checks that keep hostile input
 * (deep nesting, prototype keys, too many values) away from the schema. At most
 * INPUT_LIMITS.problems problems, then one saying there are more.
 */
export function parseWith<S extends z.ZodMiniType>(plain: S, input: unknown): Result<z.infer<S>> {
  const schema = withFastPathOnce(plain);
  const structure = inspectJsonStructure(input);
  if (structure.problems.length > 0) return { ok: false, problems: structure.problems };
  // A large value may hold a few hundred thousand mistakes: making them all costs zod seconds (and
  // beyond about 100,000 under one key, its push(...issues) overflows the stack). So a large value
  // is first only checked, which stops at a mistake, and an invalid one searched part by part.
  // A document just read from text is nobody else's: once it passes, it is the result (the
  // schemas have no defaults nor transforms, so zod's copy would be equal), which saves building
  // a copy of every value.
  const fresh = isFreshlyParsed(input);
  const large = structure.values > WHOLE_PARSE_VALUES;
  if (fresh || large) {
    const valid = z.validate(schema, input);
    if (valid && fresh) return { ok: true, value: input as z.infer<S> };
    if (!valid && large) return invalid(schema, input);
  }
  let issues: readonly Issue[];
  try {
    const result = z.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.data };
    issues = result.error.issues;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return invalid(schema, input);
  }
  const { problems, more } = someProblemsFromZod(issues, input, INPUT_LIMITS.problems);
  return { ok: false, problems: capProblems(problems, more) };
}

const fastSchemas = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

/**
 * The schema with its fast path (schema/fast-path.ts: a valid document is checked several times
 * quicker than zod's parse, a check answering with the document itself and a parse with a copy;
 * anything else goes to zod as before, ADR 0011), made the first
 * time a document is checked against it rather than when the module loads, so a page builds only
 * those it uses. A schema that already has one is used as it is.
 */
function withFastPathOnce<S extends z.core.$ZodType>(schema: S): S {
  if ((schema._zod.bag as { validator?: unknown }).validator !== undefined) return schema;
  let fast = fastSchemas.get(schema);
  if (fast === undefined) {
    fast = withFastPath(schema as unknown as z.ZodMiniType) as unknown as z.core.$ZodType;
    fastSchemas.set(schema, fast);
  }
  return fast as S;
}

/** Up to this many values, a value is parsed whole: its issues, however many, cost zod a fraction of a second. */
const WHOLE_PARSE_VALUES = 10_000;

type Issue = z.core.$ZodIssue;

function invalid(schema: z.core.$ZodType, input: unknown): { ok: false; problems: Problem[] } {
  const search = { issues: [] as Issue[], budget: INPUT_LIMITS.problems + 1, stopped: false };
  issuesByPart(schema, input, [], search, true);
  const { problems, more } = someProblemsFromZod(search.issues, input, INPUT_LIMITS.problems);
  if (problems.length === 0) problems.push(problem([], 'is not valid', 'invalid'));
  return { ok: false, problems: capProblems(problems, search.stopped ? true : more) };
}

interface Search {
  issues: Issue[];
  budget: number;
  stopped: boolean;
}

/**
 * The issues of a schema over a value (`invalid`: known not to pass), found part by part (each
 * property of an object, entry of a record, item of an array) so that no single parse makes many
 * issues, and stopping once `budget` are found. A part that validates costs one quick check (but a
 * record, which zod's check goes through whole, is searched at once); a container whose parts are
 * all valid is parsed whole, for its own checks (a size, a count).
 */
function issuesByPart(schema: z.core.$ZodType, input: unknown, path: PathSegment[], search: Search, invalid = false): void {
  if (search.issues.length >= search.budget) {
    search.stopped = true;
    return;
  }
  const def = schema._zod.def as z.core.$ZodTypeDef;
  if (!invalid && def.type !== 'record' && z.validate(schema, input)) return;
  const before = search.issues.length;
  const isRecord = input !== null && typeof input === 'object' && !Array.isArray(input);
  if (def.type === 'optional' && input !== undefined) return issuesByPart((def as z.core.$ZodOptionalDef).innerType, input, path, search);
  if (def.type === 'object' && isRecord) {
    const { shape, catchall } = def as z.core.$ZodObjectDef;
    const value = input as Record<string, unknown>;
    for (const key of Object.keys(shape)) issuesByPart(shape[key]!, Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], search);
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
    if (catchall?._zod.def.type === 'never' && unknown.length > 0) search.issues.push({ code: 'unrecognized_keys', keys: unknown, path, input: value, message: '' });
  } else if (def.type === 'record' && isRecord) {
    const { keyType, valueType } = def as z.core.$ZodRecordDef;
    for (const [key, value] of Object.entries(input)) {
      if (search.issues.length >= search.budget) {
        search.stopped = true;
        return;
      }
      const keyResult = z.safeParse(keyType, key);
      if (!keyResult.success) search.issues.push({ code: 'invalid_key', origin: 'record', issues: keyResult.error.issues, path: [...path, key], input: key, message: '' });
      issuesByPart(valueType, value, [...path, key], search);
    }
  } else if (def.type === 'array' && Array.isArray(input)) {
    // An array over its maximum is parsed whole below: zod then checks only its length.
    const items: unknown[] = input;
    const maximum = (schema._zod.bag as { maximum?: number }).maximum ?? Number.POSITIVE_INFINITY;
    const { element } = def as z.core.$ZodArrayDef;
    if (items.length <= maximum) for (let i = 0; i < items.length && !search.stopped; i++) issuesByPart(element, items[i], [...path, i], search);
  }
  if (search.issues.length > before || search.stopped) return;
  // A leaf, or a container whose parts are all valid: parse it whole (its issues are few).
  const result = z.safeParse(schema, input);
  if (!result.success) for (const issue of result.error.issues) search.issues.push({ ...issue, path: [...path, ...issue.path] });
}

const validFrameworks = new WeakSet<object>();

/**
 * Throws an `ApqValidationError` (an `ApqError` with the problems) unless the value is a framework
 * the schema accepts: the engine's boundary check for frameworks. Each object is checked once (the
 * engine never changes a framework, and neither may its caller after passing it).
 */
export function assertFramework(value: unknown, what = 'framework'): asserts value is Framework {
  if (value !== null && typeof value === 'object' && validFrameworks.has(value)) return;
  const result = parseWith(Framework, value);
  if (!result.ok) throw new ApqValidationError(what, result.problems);
  validFrameworks.add(value as object);
}

/** A catalogue is the caller's code: without `get` and `versions` it is a programming error, not a problem of a document. */
function requireCatalogue(catalogue: FrameworkCatalogue): void {
  const candidate = catalogue as Partial<FrameworkCatalogue> | null | undefined;
  if (typeof candidate?.get !== 'function' || typeof candidate.versions !== 'function') {
    throw new ApqError('expected a framework catalogue (an object with get(id, version) and versions(id)), such as bundledCatalogue');
  }
}

function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
