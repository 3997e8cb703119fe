// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { GradeDescriptors } from './descriptor.js';
import { Id, Notes, SchemaRef, Text } from './primitives.js';
import { EvaluativeQuestion } from './question.js';
import { Rule } from './rule.js';

export const SubArea = z.strictObject({
  id: Id,
  letter: z.string().check(z.regex(/^[a-z]$/, 'must be a single lowercase letter')),
  title: Text,
  summary: z.optional(Text),
  questions: z.array(EvaluativeQuestion),
  notes: z.optional(Notes),
});

export const AREA_STATUSES = ['complete', 'not-yet-written'] as const;

const areaShape = {
  id: Id,
  number: z.int().check(z.positive('must be a positive whole number')),
  title: Text,
  summary: z.optional(Text),
  status: described(
    z.enum(AREA_STATUSES),
    'not-yet-written: the source names this area but has not written its content; it keeps its place.',
  ),
  questions: z.array(EvaluativeQuestion),
  subAreas: z.array(SubArea),
  descriptors: z.nullable(GradeDescriptors),
  rules: z.array(Rule),
  notes: z.optional(Notes),
};

export const QualityArea = described(
  z.strictObject(areaShape),
  'A quality area (a "strand" in some frameworks): questions, sub-areas, grade descriptors and rules.',
);

/** The working-copy file of one area: the same, plus its $schema pointer. */
export const AreaSource = z.strictObject({ $schema: SchemaRef, ...areaShape });

export type SubArea = z.infer<typeof SubArea>;
export type QualityArea = z.infer<typeof QualityArea>;
export type AreaStatus = (typeof AREA_STATUSES)[number];
