// SPDX-License-Identifier: MIT
// The facts a rule reads (see docs/data-guidelines.md, "Rules"): computed once per area from the
// evaluation's descriptor checks and answers. Every fact a valid rule can name is present, so a
// rule never meets a missing value: an absent check reads "not-assessed", an empty level 0.
import type { GradeDescriptor } from '../schema/descriptor.js';
import type { CheckStatus, Evaluation, Response } from '../schema/evaluation.js';
import type { EvaluativeQuestion } from '../schema/question.js';
import type { DESCRIPTOR_STATS, LEVEL_STATS } from './operators.js';

export type LevelFacts = Record<(typeof LEVEL_STATS)[number], number>;
export type DescriptorFacts = Record<(typeof DESCRIPTOR_STATS)[number], number>;
export interface AnswerFacts {
  response: Response | null;
  level: string | null;
}

export interface AreaFacts {
  checks: Record<string, CheckStatus>;
  levels: Record<string, LevelFacts>;
  descriptors: DescriptorFacts;
  answers: Record<string, AnswerFacts>;
}

/** What facts are computed from: an area's descriptors by level, its questions, its scale's levels. */
export interface FactSource {
  levelIds: readonly string[];
  descriptorLevels: ReadonlyArray<{ level: string; descriptors: readonly GradeDescriptor[] }>;
  questions: readonly EvaluativeQuestion[];
}

export function checkStatus(evaluation: Pick<Evaluation, 'checks'>, descriptorId: string): CheckStatus {
  // One lookup, no hasOwn: anything but the three assessed statuses (including a value inherited
  // from Object.prototype, for an id such as "constructor") reads as not assessed.
  const status: unknown = evaluation.checks[descriptorId];
  return status === 'met' || status === 'partly-met' || status === 'not-met' ? status : 'not-assessed';
}

/**
 * The facts of one area. `checksFor` limits `checks` to the descriptors named (the engine passes
 * those its rules read, which keeps a suggestion cheap); the counts always cover every descriptor.
 */
export function computeFacts(source: FactSource, evaluation: Pick<Evaluation, 'checks' | 'answers'>, checksFor?: readonly string[]): AreaFacts {
  const checks: Record<string, CheckStatus> = {};
  const levels: Record<string, LevelFacts> = {};
  let total = 0;
  let met = 0;
  let partlyMet = 0;
  let notMet = 0;
  for (const id of source.levelIds) levels[id] = emptyLevel();
  for (const { level, descriptors: list } of source.descriptorLevels) {
    let levelMet = 0;
    let levelPartly = 0;
    let levelNot = 0;
    for (const descriptor of list) {
      const status = checkStatus(evaluation, descriptor.id);
      if (checksFor === undefined) checks[descriptor.id] = status;
      if (status === 'met') levelMet++;
      else if (status === 'partly-met') levelPartly++;
      else if (status === 'not-met') levelNot++;
    }
    const n = list.length;
    levels[level] = {
      total: n,
      met: levelMet,
      partlyMet: levelPartly,
      notMet: levelNot,
      assessed: levelMet + levelPartly + levelNot,
      score: n === 0 ? 0 : (levelMet + 0.5 * levelPartly) / n,
    };
    total += n;
    met += levelMet;
    partlyMet += levelPartly;
    notMet += levelNot;
  }
  if (checksFor !== undefined) for (const id of checksFor) checks[id] = checkStatus(evaluation, id);
  const descriptors: DescriptorFacts = { total, assessed: met + partlyMet + notMet, met, partlyMet, notMet };
  const answers: Record<string, AnswerFacts> = {};
  for (const question of source.questions) {
    const answer = Object.hasOwn(evaluation.answers, question.id) ? evaluation.answers[question.id] : undefined;
    answers[question.id] = { response: answer?.response ?? null, level: answer?.level ?? null };
  }
  return { checks, levels, descriptors, answers };
}

function emptyLevel(): LevelFacts {
  return { total: 0, met: 0, partlyMet: 0, notMet: 0, assessed: 0, score: 0 };
}
