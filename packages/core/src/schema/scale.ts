// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { Id, Notes, SchemaRef, Text } from './primitives.js';

export const ScaleLevel = z.strictObject({
  id: Id,
  label: Text,
  number: z.optional(described(z.int(), 'The scale\'s own grade number, where it has one (Ofsted 1–4).')),
  description: z.optional(Text),
});

export const RatingScale = described(
  z.strictObject({
    id: Id,
    title: Text,
    description: z.optional(Text),
    provisional: z.optional(z.boolean()),
    levels: z.array(ScaleLevel).check(z.minLength(2, 'a scale needs at least two levels')),
    notes: z.optional(Notes),
  }),
  'An ordered rating scale. Levels are listed best first.',
);

export type ScaleLevel = z.infer<typeof ScaleLevel>;
export type RatingScale = z.infer<typeof RatingScale>;

/** A scale file in `data/scales/`: the same, plus its $schema pointer. */
export const RatingScaleSource = z.strictObject({ $schema: SchemaRef, ...RatingScale.def.shape });
