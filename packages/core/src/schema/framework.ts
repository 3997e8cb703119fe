// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { Category } from './category.js';
import { Id, Notes, PartialDate, SchemaRef, Text, Version } from './primitives.js';
import { RatingScale } from './scale.js';

export const FRAMEWORK_STATUSES = ['draft', 'published', 'withdrawn'] as const;

export const Use = described(
  z.strictObject({
    id: Id,
    title: Text,
    description: z.optional(Text),
    provisional: z.optional(z.boolean()),
    focusAreas: z.optional(
      described(z.array(Id), 'The areas that matter most for this use; absent means all areas equally. Never hides an area.'),
    ),
    notes: z.optional(Notes),
  }),
  'A purpose the framework is used for, such as self-evaluation or commissioning.',
);

export const CrosswalkTarget = z.strictObject({ id: Id, title: Text });

export const CrosswalkEntry = z.strictObject({
  area: Id,
  targets: z.array(Id).check(z.minLength(1)),
  notes: z.optional(Notes),
});

export const Crosswalk = described(
  z.strictObject({
    id: Id,
    title: Text,
    provisional: z.optional(z.boolean()),
    targets: z.array(CrosswalkTarget).check(z.minLength(1)),
    entries: z.array(CrosswalkEntry),
    notes: z.optional(Notes),
  }),
  'A mapping from this framework\'s areas to the areas of another framework.',
);

export const ExampleOfPractice = described(
  z.strictObject({
    id: Id,
    title: Text,
    setting: Text,
    areas: z.array(Id),
    summary: Text,
    link: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http or https URL'))),
  }),
  'An example of practice: a flavour of existing practice, not a blueprint.',
);

export const MIGRATION_KINDS = ['renamed', 'split', 'merged', 'moved', 'removed'] as const;

export const MigrationNote = described(
  z.strictObject({
    from: Id,
    to: z.array(Id),
    kind: z.enum(MIGRATION_KINDS),
    since: Version,
    notes: z.optional(Notes),
  }),
  'How answers to an item of an earlier version find their home in this one.',
);

export const Provenance = z.strictObject({
  scope: Text,
  source: Text,
  kind: z.enum(['canonical', 'provisional']),
  notes: z.optional(Notes),
});

export const Guidance = z.strictObject({
  id: Id,
  title: Text,
  text: Text,
  items: z.optional(z.array(Text)),
});

export const Footnote = z.strictObject({ id: Id, marker: Text, text: Text });

export const Terminology = z.strictObject({
  area: described(Text, 'What the framework calls an area, in lower case: "quality area", "strand", "benchmark".'),
  areas: Text,
});

const frameworkShape = {
  schemaVersion: z.literal(1),
  id: Id,
  version: Version,
  title: Text,
  shortTitle: z.optional(Text),
  publisher: Text,
  status: z.enum(FRAMEWORK_STATUSES),
  released: z.optional(PartialDate),
  locale: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as en-GB')),
  description: Text,
  terminology: z.optional(Terminology),
  provenance: z.array(Provenance),
  guidance: z.array(Guidance),
  footnotes: z.array(Footnote),
  judgementScale: z.optional(described(Id, 'The scale, from `scales`, on which each area is judged.')),
  scales: z.array(RatingScale),
  uses: z.array(Use),
  crosswalks: z.array(Crosswalk),
  examplesOfPractice: z.array(ExampleOfPractice),
  migrations: z.array(MigrationNote),
  notes: z.optional(Notes),
};

export const Framework = described(
  z.strictObject({ $schema: SchemaRef, ...frameworkShape, categories: z.array(Category).check(z.minLength(1)) }),
  'One published version of a quality framework: the unit that evaluations name and pin to.',
);

/** The working-copy `framework.json`: categories by id, in order. */
export const FrameworkSource = z.strictObject({
  $schema: SchemaRef,
  ...frameworkShape,
  categories: z.array(Id).check(z.minLength(1)),
});

export type Use = z.infer<typeof Use>;
export type Crosswalk = z.infer<typeof Crosswalk>;
export type CrosswalkEntry = z.infer<typeof CrosswalkEntry>;
export type ExampleOfPractice = z.infer<typeof ExampleOfPractice>;
export type MigrationNote = z.infer<typeof MigrationNote>;
export type Guidance = z.infer<typeof Guidance>;
export type Footnote = z.infer<typeof Footnote>;
export type Framework = z.infer<typeof Framework>;
export type FrameworkSource = z.infer<typeof FrameworkSource>;
