// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { Id, Notes, Text } from './primitives.js';

export const ANSWER_KINDS = ['reflection', 'rating', 'yes-partly-no', 'evidence'] as const;
export const AnswerKind = described(
  z.enum(ANSWER_KINDS),
  'What answer the question takes: reflection (free text), rating (a level of a scale), yes-partly-no, or evidence (references to evidence).',
);

export const EvaluativeQuestion = z.strictObject({
  id: Id,
  text: Text,
  guidance: z.optional(Text),
  answer: AnswerKind,
  scale: z.optional(described(Id, 'For rating questions: the scale, when not the framework\'s judgement scale.')),
  provisional: z.optional(
    described(z.boolean(), 'True where the wording is the project\'s own, for the publisher to replace.'),
  ),
  notes: z.optional(Notes),
});

export type AnswerKind = z.infer<typeof AnswerKind>;
export type EvaluativeQuestion = z.infer<typeof EvaluativeQuestion>;
