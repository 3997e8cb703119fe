// SPDX-License-Identifier: MIT
// What the commands share: reading an evaluation file, reporting problems, argument checks.
import type { Catalogue } from '../model/catalogue.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { type Problem, type Result, formatProblem, problem } from '../validate/problems.js';
import { type DocumentKind, validateDocumentText } from '../validate/validate.js';
import { type CommandContext, type ExitCode, UsageError } from './command.js';
import { jsonText } from './escape.js';
import { readInputFile } from './input.js';

export interface LoadedEvaluation {
  /** In the current format (a format 1 file is upgraded as it is read). */
  evaluation: Evaluation;
  framework: Framework;
  /** The file's own format version. */
  formatVersion: number;
}

const NOT_AN_EVALUATION: Record<Exclude<DocumentKind, 'evaluation'>, string> = { framework: 'a framework', 'practice-library': 'a library of practice', aggregate: 'an aggregate' };

/** Reads and validates one evaluation file. */
export function loadEvaluation(file: string, context: { catalogue: Catalogue }): Result<LoadedEvaluation> {
  const text = readInputFile(file);
  const result = text.ok ? validateDocumentText(text.value, context.catalogue) : text;
  if (!result.ok) return result;
  if (result.value.kind !== 'evaluation') return { ok: false, problems: [problem([], `this is ${NOT_AN_EVALUATION[result.value.kind]}, not an evaluation`, 'not-an-evaluation')] };
  return { ok: true, value: { evaluation: result.value.evaluation, framework: result.value.framework, formatVersion: result.value.formatVersion } };
}

export interface FileProblem extends Problem {
  file: string;
}

/** Writes each problem as a `file: path: problem` line on stderr (with --json, as JSON on stdout) and returns exit status 1. */
export function reportProblems(context: Pick<CommandContext, 'values' | 'err' | 'data'>, problems: FileProblem[]): ExitCode {
  if (context.values.json) context.data(jsonText({ valid: false, problems }));
  else context.err(problems.map((p) => `${p.file}: ${formatProblem(p)}`));
  return 1;
}

export function onlyFile(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name an evaluation file' : 'name one evaluation file');
  return positionals[0]!;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
