// SPDX-License-Identifier: MIT
// The entry points for untrusted input: structure first (depth, dangerous keys), then the zod
// schema, then the checks a schema cannot express. Every outcome is a Result, never a throw.
import * as z from 'zod/mini';
import { compileFramework } from '../engine/compile.js';
import { EVALUATION_FORMAT, Evaluation } from '../schema/evaluation.js';
import { Framework } from '../schema/framework.js';
import { checkEvaluationAgainstFramework } from './evaluation-checks.js';
import { checkJsonStructure, type JsonTextOptions, parseJsonText } from './json-text.js';
import { type Problem, type ProblemParams, type Result, problem } from './problems.js';
import { describeValue, problemsFromZod } from './zod-issues.js';

/** Finds framework versions by id; the bundled frameworks are one, a vendor's store another. */
export interface FrameworkCatalogue {
  get(id: string, version: string): Framework | undefined;
  /** Every version known for an id, oldest first (empty when the id is unknown). */
  versions(id: string): string[];
}

export type DocumentKind = 'framework' | 'evaluation';

export function validateFramework(input: unknown): Result<Framework> {
  const shaped = parseWith(Framework, input);
  if (!shaped.ok) return shaped;
  // The engine's own load checks (references, rule operators and facts, limiting rules), so a
  // framework the engine would refuse never validates; the compiled result is cached for it.
  const compiled = compileFramework(shaped.value);
  return compiled.ok ? shaped : { ok: false, problems: compiled.problems };
}

export interface EvaluationValidation {
  evaluation: Evaluation;
  framework: Framework;
}

/** Validates an evaluation and checks it against the framework version it names. */
export function validateEvaluation(input: unknown, catalogue: FrameworkCatalogue): Result<EvaluationValidation> {
  const shaped = parseWith(Evaluation, input);
  if (!shaped.ok) return shaped;
  const evaluation = shaped.value;
  const framework = resolveFramework(evaluation.framework, catalogue);
  if (!framework.ok) return framework;
  const problems = checkEvaluationAgainstFramework(evaluation, framework.value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { evaluation, framework: framework.value } };
}

export function resolveFramework(ref: { id: string; version: string }, catalogue: FrameworkCatalogue): Result<Framework> {
  const framework = catalogue.get(ref.id, ref.version);
  if (framework) return { ok: true, value: framework };
  const versions = catalogue.versions(ref.id);
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
  | { kind: 'evaluation'; evaluation: Evaluation; framework: Framework };

/** Parses JSON text and validates it as whichever kind of document it is. */
export function validateDocumentText(text: string, catalogue: FrameworkCatalogue, options?: JsonTextOptions): Result<ValidatedDocument> {
  const parsed = parseJsonText(text, options);
  if (!parsed.ok) return parsed;
  return validateDocument(parsed.value, catalogue);
}

export function validateDocument(input: unknown, catalogue: FrameworkCatalogue): Result<ValidatedDocument> {
  const structural = checkJsonStructure(input);
  if (structural.length > 0) return { ok: false, problems: structural };
  const kind = detectDocumentKind(input);
  if (!kind.ok) return kind;
  if (kind.value === 'framework') {
    const result = validateFramework(input);
    return result.ok ? { ok: true, value: { kind: 'framework', framework: result.value } } : result;
  }
  const result = validateEvaluation(input, catalogue);
  return result.ok ? { ok: true, value: { kind: 'evaluation', ...result.value } } : result;
}

/**
 * Validates any value against a schema, after the structure checks that keep hostile input
 * (deep nesting, prototype keys) away from the schema.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Result<z.infer<S>> {
  const structural: Problem[] = checkJsonStructure(input);
  if (structural.length > 0) return { ok: false, problems: structural };
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(result.error.issues, input) };
}

function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
