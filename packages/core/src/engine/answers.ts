// SPDX-License-Identifier: MIT
import type { Answer } from '../schema/evaluation.js';
import type { EvaluativeQuestion } from '../schema/question.js';

/** Whether an answer holds what its question asks for; whitespace alone is not an answer. */
export function isAnswered(question: EvaluativeQuestion, answer: Answer | undefined): boolean {
  if (!answer) return false;
  const hasText = (answer.text?.trim() ?? '') !== '';
  switch (question.answer) {
    case 'reflection':
      return hasText;
    case 'rating':
      return answer.level !== undefined;
    case 'yes-partly-no':
      return answer.response !== undefined;
    case 'evidence':
      return hasText || (answer.evidence ?? []).some((e) => e.title.trim() !== '' || (e.reference?.trim() ?? '') !== '');
  }
}

export function answerOf(answers: Record<string, Answer>, questionId: string): Answer | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}
