// SPDX-License-Identifier: MIT
// What a schema cannot say about an evaluation: that it fits the framework version it names.
import { assertEvaluation, assertFramework, assertOptions } from '../engine/guard.js';
import { type SubmissionOptions, assertSubmissionArguments, problemsForSubmission } from '../engine/submission.js';
import { type FrameworkIndex, indexFramework } from '../model/framework-index.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { checkPlan } from './plan-checks.js';
import { type PathSegment, type Problem, type ProblemCode, type ProblemParams, problem } from './problems.js';

/** Takes an evaluation the schema accepts; throws an `ApqError` for anything that is not an evaluation and a framework. */
export function checkEvaluationAgainstFramework(evaluation: Evaluation, framework: Framework): Problem[] {
  assertEvaluation(evaluation);
  assertFramework(framework);
  const problems: Problem[] = [];
  const report: Report = (path, message, code, params) => problems.push(problem(path, message, code, params));
  const index = indexFramework(framework);
  const where = `${framework.id}@${framework.version}`;

  if (evaluation.use !== undefined && framework.uses.length > 0 && !framework.uses.some((u) => u.id === evaluation.use)) {
    report(['use'], `unknown use "${evaluation.use}" of ${where} (${framework.uses.map((u) => u.id).join(', ')})`, 'unknown-use', { use: evaluation.use });
  }
  for (const [questionId, answer] of Object.entries(evaluation.answers)) {
    const entry = index.questions.get(questionId);
    const at: PathSegment[] = ['answers', questionId];
    if (!entry) {
      report(at, `unknown question "${questionId}" in ${where}`, 'unknown-question', { question: questionId });
      continue;
    }
    const kind = entry.question.answer;
    if (answer.level !== undefined) {
      if (kind !== 'rating') report([...at, 'level'], `question "${questionId}" takes a ${kind} answer, not a rating`, 'answer-kind-mismatch', { question: questionId, kind });
      else checkLevel(index, entry.question.scale ?? framework.judgementScale, answer.level, [...at, 'level'], report);
    }
    if (answer.response !== undefined && kind !== 'yes-partly-no') {
      report([...at, 'response'], `question "${questionId}" takes a ${kind} answer, not yes/partly/no`, 'answer-kind-mismatch', { question: questionId, kind });
    }
  }
  for (const descriptorId of Object.keys(evaluation.checks)) {
    if (!index.descriptors.has(descriptorId)) report(['checks', descriptorId], `unknown grade descriptor "${descriptorId}" in ${where}`, 'unknown-descriptor', { descriptor: descriptorId });
  }
  const priorityIds = new Map<string, string>();
  for (const [areaId, record] of Object.entries(evaluation.areas)) {
    const at: PathSegment[] = ['areas', areaId];
    const area = index.areas.get(areaId)?.area;
    if (!area) {
      report(at, `unknown area "${areaId}" in ${where}`, 'unknown-area', { area: areaId });
      continue;
    }
    const judgement = record.judgement;
    if (judgement) {
      if (judgement.level !== null && area.status === 'not-yet-written') {
        report([...at, 'judgement', 'level'], `"${area.title}" is not yet written in ${where}, so it cannot be judged`, 'area-not-written', { area: areaId });
      } else if (judgement.level !== null) checkLevel(index, framework.judgementScale, judgement.level, [...at, 'judgement', 'level'], report);
      if (judgement.suggestedLevel) checkLevel(index, framework.judgementScale, judgement.suggestedLevel, [...at, 'judgement', 'suggestedLevel'], report);
    }
    record.priorities?.forEach((p, i) => {
      if (priorityIds.has(p.id)) report([...at, 'priorities', i, 'id'], `duplicate priority id "${p.id}"`, 'duplicate-id', { id: p.id });
      priorityIds.set(p.id, areaId);
    });
  }
  checkPlan(framework, evaluation, report);
  if (evaluation.status === 'submitted') problems.push(...missingOf(evaluation, index));
  return problems;
}

export interface MissingForSubmissionOptions extends SubmissionOptions {
  /** `false` leaves out the rationales (code `rationale-missing`). */
  rationales?: boolean;
}

/**
 * What a submitted evaluation must hold; a draft may lack any of it: `submissionProblems` (the use,
 * the setting's name and URN, each judgement and the rationale each judgement that differs from
 * the engine's suggestion needs), then the submission date (`submitted-at-missing`).
 */
export function missingForSubmission(evaluation: Evaluation, index: FrameworkIndex, options: MissingForSubmissionOptions = {}): Problem[] {
  assertOptions(index, 'index');
  assertSubmissionArguments(index?.framework, evaluation, options);
  return missingOf(evaluation, index, options);
}

/** {@link missingForSubmission} for arguments already checked. */
export function missingOf(evaluation: Evaluation, index: FrameworkIndex, options: MissingForSubmissionOptions = {}): Problem[] {
  const problems = problemsForSubmission(index.framework, evaluation, options).filter((p) => options.rationales !== false || p.code !== 'rationale-missing');
  if (!evaluation.submittedAt) problems.push(problem(['submittedAt'], 'a submitted evaluation needs the date it was submitted', 'submitted-at-missing'));
  return problems;
}

type Report = (path: PathSegment[], message: string, code: ProblemCode, params?: ProblemParams) => void;

function checkLevel(
  index: FrameworkIndex,
  scaleId: string | undefined,
  level: string,
  path: PathSegment[],
  report: Report,
): void {
  const scale = scaleId ? index.scales.get(scaleId) : undefined;
  if (!scale) {
    report(path, 'this framework version has no scale to judge on', 'no-scale', { level });
    return;
  }
  if (!scale.levels.some((l) => l.id === level)) {
    report(path, `unknown level "${level}" of scale "${scale.id}" (${scale.levels.map((l) => l.id).join(', ')})`, 'unknown-level', { level, scale: scale.id });
  }
}
