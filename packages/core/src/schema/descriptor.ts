// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { Id, Text } from './primitives.js';

export const GradeDescriptor = z.strictObject({
  id: Id,
  text: Text,
  items: z.optional(described(z.array(Text), 'Sub-points that belong to this descriptor, in order.')),
  footnotes: z.optional(described(z.array(Id), 'Ids of the framework footnotes this descriptor carries.')),
});

export const DescriptorLevel = z.strictObject({
  level: described(Id, 'A level id of the descriptors\' scale.'),
  heading: z.optional(Text),
  lead: z.optional(described(Text, 'The sentence that introduces this level\'s list, verbatim.')),
  limiting: z.optional(
    described(z.boolean(), 'True where any one descriptor met forces this level ("inadequate if any of the following apply").'),
  ),
  descriptors: z.array(GradeDescriptor).check(z.minLength(1, 'a level needs at least one descriptor')),
});

export const GradeDescriptors = described(
  z.strictObject({
    scale: Id,
    title: z.optional(Text),
    guidance: z.optional(described(z.array(Id), 'Ids of framework guidance that applies (for example the best-fit note).')),
    levels: z.array(DescriptorLevel).check(z.minLength(1)),
  }),
  'Grade descriptors of one area: statements per level of a scale, applied by best fit.',
);

export type GradeDescriptor = z.infer<typeof GradeDescriptor>;
export type DescriptorLevel = z.infer<typeof DescriptorLevel>;
export type GradeDescriptors = z.infer<typeof GradeDescriptors>;
