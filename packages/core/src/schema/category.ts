// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { QualityArea } from './area.js';
import { Id, Notes, SchemaRef, Text } from './primitives.js';

const categoryShape = { id: Id, title: Text, summary: z.optional(Text), notes: z.optional(Notes) };

export const Category = z.strictObject({ ...categoryShape, areas: z.array(QualityArea).check(z.minLength(1)) });

/** The working-copy `_category.json`: areas by id, in order. */
export const CategorySource = z.strictObject({
  $schema: SchemaRef,
  ...categoryShape,
  areas: z.array(Id).check(z.minLength(1)),
});

export type Category = z.infer<typeof Category>;
