// SPDX-License-Identifier: MIT
// What a schema cannot say about an evaluation: that it fits the framework version it names.
import { missingRationales } from '../engine/rationale.js';
import { type FrameworkIndex, indexFramework } from '../model/framework-index.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { type PathSegment, type Problem, problem } from './problems.js';

export function checkEvaluationAgainstFramework(evaluation: Evaluation, framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push(problem(path, message));
  const index = indexFramework(framework);
  const where = `${framework.id}@${framework.version}`;

  if (evaluation.use !== undefined && framework.uses.length > 0 && !framework.uses.some((u) => u.id === evaluation.use)) {
    report(['use'], `unknown use "${evaluation.use}" of ${where} (${framework.uses.map((u) => u.id).join(', ')})`);
  }
  for (const [questionId, answer] of Object.entries(evaluation.answers)) {
    const entry = index.questions.get(questionId);
    const at: PathSegment[] = ['answers', questionId];
    if (!entry) {
      report(at, `unknown question "${questionId}" in ${where}`);
      continue;
    }
    const kind = entry.question.answer;
    if (answer.level !== undefined) {
      if (kind !== 'rating') report([...at, 'level'], `question "${questionId}" takes a ${kind} answer, not a rating`);
      else checkLevel(index, entry.question.scale ?? framework.judgementScale, answer.level, [...at, 'level'], report);
    }
    if (answer.response !== undefined && kind !== 'yes-partly-no') {
      report([...at, 'response'], `question "${questionId}" takes a ${kind} answer, not yes/partly/no`);
    }
  }
  for (const descriptorId of Object.keys(evaluation.checks)) {
    if (!index.descriptors.has(descriptorId)) report(['checks', descriptorId], `unknown grade descriptor "${descriptorId}" in ${where}`);
  }
  const priorityIds = new Map<string, string>();
  for (const [areaId, record] of Object.entries(evaluation.areas)) {
    const at: PathSegment[] = ['areas', areaId];
    if (!index.areas.has(areaId)) {
      report(at, `unknown area "${areaId}" in ${where}`);
      continue;
    }
    const judgement = record.judgement;
    if (judgement) {
      if (judgement.level !== null) checkLevel(index, framework.judgementScale, judgement.level, [...at, 'judgement', 'level'], report);
      if (judgement.suggestedLevel) checkLevel(index, framework.judgementScale, judgement.suggestedLevel, [...at, 'judgement', 'suggestedLevel'], report);
    }
    record.priorities?.forEach((p, i) => {
      if (priorityIds.has(p.id)) report([...at, 'priorities', i, 'id'], `duplicate priority id "${p.id}"`);
      priorityIds.set(p.id, areaId);
    });
  }
  const actionIds = new Set<string>();
  evaluation.actions.forEach((action, i) => {
    const at: PathSegment[] = ['actions', i];
    if (actionIds.has(action.id)) report([...at, 'id'], `duplicate action id "${action.id}"`);
    actionIds.add(action.id);
    if (!index.areas.has(action.area)) report([...at, 'area'], `unknown area "${action.area}" in ${where}`);
    if (action.priority !== undefined && priorityIds.get(action.priority) !== action.area) {
      report([...at, 'priority'], `no priority "${action.priority}" in area "${action.area}"`);
    }
  });
  if (evaluation.status === 'submitted') problems.push(...missingForSubmission(evaluation, index));
  return problems;
}

/**
 * What a submitted evaluation must hold; a draft may lack any of it. That includes a rationale for
 * each judgement that differs from the engine's suggestion (`rationales: false` leaves that out,
 * for callers that have the suggestions already).
 */
export function missingForSubmission(evaluation: Evaluation, index: FrameworkIndex, options: { rationales?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  if (!evaluation.setting.name?.trim()) problems.push(problem(['setting', 'name'], 'enter the name of the setting'));
  if (index.framework.uses.length > 0 && evaluation.use === undefined) problems.push(problem(['use'], 'choose what this evaluation is for'));
  if (!evaluation.submittedAt) problems.push(problem(['submittedAt'], 'a submitted evaluation needs the date it was submitted'));
  if (index.judgementScale) {
    for (const { area } of index.areas.values()) {
      if (area.status !== 'complete') continue;
      const level = evaluation.areas[area.id]?.judgement?.level;
      if (level === undefined || level === null) problems.push(problem(['areas', area.id, 'judgement', 'level'], `choose a judgement for "${area.title}"`));
    }
  }
  if (options.rationales !== false) problems.push(...missingRationales(evaluation, index.framework));
  return problems;
}

function checkLevel(
  index: FrameworkIndex,
  scaleId: string | undefined,
  level: string,
  path: PathSegment[],
  report: (path: PathSegment[], message: string) => void,
): void {
  const scale = scaleId ? index.scales.get(scaleId) : undefined;
  if (!scale) {
    report(path, 'this framework version has no scale to judge on');
    return;
  }
  if (!scale.levels.some((l) => l.id === level)) {
    report(path, `unknown level "${level}" of scale "${scale.id}" (${scale.levels.map((l) => l.id).join(', ')})`);
  }
}
