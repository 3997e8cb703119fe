// SPDX-License-Identifier: MIT
// A library of examples of practice: strengths settings offered to others, collected from their
// evaluations. A format of its own, shared between settings, so it never carries a setting's name,
// URN or evaluation id: only what was offered, the areas it illustrates and the framework version.
import * as z from 'zod/mini';
import { described } from './describe.js';
import { FrameworkRef, PracticeOffer } from './evaluation.js';
import { INPUT_LIMITS } from './limits.js';
import { SchemaRef, UserText } from './primitives.js';

export const PRACTICE_LIBRARY_FORMAT = 'apq-practice-library';
export const PRACTICE_LIBRARY_FORMAT_VERSION = 1;

const { strength: _strength, ...exampleFields } = PracticeOffer.def.shape;

export const PracticeExample = described(
  z.strictObject({
    ...exampleFields,
    framework: described(FrameworkRef, 'The framework version whose areas the example illustrates.'),
  }),
  'An example of practice as shared: what was offered, without the strength\'s place in the evaluation it came from.',
);

export const PracticeLibrary = described(
  z.strictObject({
    $schema: SchemaRef,
    format: z.literal(PRACTICE_LIBRARY_FORMAT),
    formatVersion: z.literal(PRACTICE_LIBRARY_FORMAT_VERSION),
    title: z.optional(UserText),
    illustrative: z.optional(
      described(z.boolean(), 'True for a library made up to show the toolkit (a demo): its examples are not real settings\' practice.'),
    ),
    framework: z.optional(described(FrameworkRef, 'The framework version every example illustrates, when they share one.')),
    examples: z.array(PracticeExample).check(z.maxLength(INPUT_LIMITS.practiceExamples)),
  }),
  'A library of examples of practice: never the setting\'s name, URN or evaluation id.',
);

export type PracticeExample = z.infer<typeof PracticeExample>;
export type PracticeLibrary = z.infer<typeof PracticeLibrary>;
