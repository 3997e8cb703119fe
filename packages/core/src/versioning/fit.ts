// SPDX-License-Identifier: MIT
// Whether a value fits its place in a framework version: an answer the kind of its question, a
// judgement level the judgement scale. Shared by migration and by restoring carried-over items.
import type { FrameworkIndex } from '../model/framework-index.js';
import type { Answer } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import type { EvaluativeQuestion } from '../schema/question.js';

/** The framework version an evaluation is being moved to, and its name for messages (`id@version`). */
export interface Place {
  target: Framework;
  index: FrameworkIndex;
  where: string;
}

/** The parts of an answer the target question can hold, and why the rest cannot be. */
export function fitAnswer(answer: Answer, question: EvaluativeQuestion, place: Place): { fitted: Record<string, unknown>; misfits: Map<string, string> } {
  const fitted: Record<string, unknown> = { ...answer };
  const misfits = new Map<string, string>();
  if (answer.level !== undefined) {
    const scaleId = question.scale ?? place.target.judgementScale;
    const scale = scaleId ? place.index.scales.get(scaleId) : undefined;
    if (question.answer !== 'rating') misfits.set('level', `question "${question.id}" takes a ${question.answer} answer in ${place.where}, not a rating`);
    else if (!scale) misfits.set('level', `${place.where} has no scale for question "${question.id}"`);
    else if (!scale.levels.some((l) => l.id === answer.level)) misfits.set('level', `level "${answer.level}" is not on scale "${scale.id}" of ${place.where}`);
  }
  if (answer.response !== undefined && question.answer !== 'yes-partly-no') {
    misfits.set('response', `question "${question.id}" takes a ${question.answer} answer in ${place.where}, not yes/partly/no`);
  }
  for (const field of misfits.keys()) delete fitted[field];
  return { fitted, misfits };
}

/** Whether `level` is a level of the target's judgement scale. */
export function onJudgementScale(level: string, place: Place): boolean {
  return place.index.judgementScale?.levels.some((l) => l.id === level) === true;
}
