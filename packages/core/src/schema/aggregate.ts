// SPDX-License-Identifier: MIT
// The aggregate format (`apq-aggregate`): what a local authority or trust publishes about the
// settings it quality-assures. Only disclosure-controlled figures: it names no setting, no file and
// no evaluation, and every count in it is a cell that was rounded or suppressed (ADR 0008).
import * as z from 'zod/mini';
import { described } from './describe.js';
import { withFastPath } from './fast-path.js';
import { INPUT_LIMITS, maxEntries } from './limits.js';
import { Id, PartialDate, SchemaRef, Text, Timestamp, Version } from './primitives.js';

export const AGGREGATE_FORMAT = 'apq-aggregate';
export const AGGREGATE_FORMAT_VERSION = 1;
export const BREAKDOWN_KINDS = ['use', 'setting-type'] as const;

/** How many of each list one aggregate may hold: generous for real use, bounded for hostile files. */
export const AGGREGATE_LIMITS = {
  /** Periods of one aggregate (or of one breakdown): a term each over 25 years is 75. */
  periods: 100,
  /** Breakdowns by use or setting type. */
  breakdowns: 100,
  /** Areas of one period. */
  areas: INPUT_LIMITS.areas,
  /** Levels of a judgement scale. */
  levels: 20,
  /** Common priorities listed for one area. */
  commonPriorities: 20,
  /** Characters of a period id. */
  periodId: 100,
} as const;

/** The largest count a cell may hold: far beyond any number of settings, well within exact integers. */
const MAX_COUNT = 10_000_000;

export const AggregateCell = described(
  z
    .strictObject({
      count: z.nullable(z.int().check(z.minimum(0, 'must not be negative'), z.maximum(MAX_COUNT))),
      suppressed: z.boolean(),
    })
    .check((payload) => {
      const { count, suppressed } = payload.value;
      if (suppressed !== (count === null)) {
        const message = suppressed ? 'a suppressed cell has count null' : 'a cell that is not suppressed has a count';
        payload.issues.push({ code: 'custom', input: payload.value, path: ['count'], message });
      }
    }),
  'A count as published: rounded by the disclosure method, or suppressed (count null), never the raw number.',
);

export const AggregateAreaFigures = z.strictObject({
  area: Id,
  number: z.int().check(z.positive('must be a positive whole number')),
  title: Text,
  category: Id,
  categoryTitle: Text,
  judgements: described(
    z.array(z.strictObject({ level: Id, label: Text, settings: AggregateCell })).check(z.maxLength(AGGREGATE_LIMITS.levels)),
    'Settings judged at each level of the judgement scale, best first, in the scale\'s order.',
  ),
  notJudged: AggregateCell,
  completion: z.strictObject({ completed: AggregateCell, inProgress: AggregateCell, notStarted: AggregateCell }),
  priorities: z.strictObject({
    named: described(AggregateCell, 'Settings that named at least one priority in this area.'),
    common: described(
      z.array(z.strictObject({ text: Text, settings: AggregateCell })).check(z.maxLength(AGGREGATE_LIMITS.commonPriorities)),
      'Priorities named in the same words by enough distinct settings to be shown (never fewer than the threshold).',
    ),
  }),
});

export const AggregatePeriod = z.strictObject({
  id: described(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(AGGREGATE_LIMITS.periodId)), 'The period, e.g. 2026-autumn.'),
  label: described(Text, 'How the period reads, e.g. Autumn term 2026.'),
  from: z.optional(PartialDate),
  to: z.optional(PartialDate),
  settings: described(AggregateCell, 'Settings counted in this period (one evaluation each: the latest submitted).'),
  areas: described(z.array(AggregateAreaFigures).check(z.maxLength(AGGREGATE_LIMITS.areas)), 'In framework order.'),
});

const Periods = z.array(AggregatePeriod).check(z.minLength(1, 'must hold at least one period'), z.maxLength(AGGREGATE_LIMITS.periods));

export const AggregateDisclosure = z.strictObject({
  method: described(Id, 'The disclosure-control method, e.g. fixed-random-rounding (ADR 0008, docs/disclosure.md).'),
  threshold: described(z.int().check(z.minimum(1)), 'Counts from fewer settings than this are always suppressed.'),
  parameters: maxEntries(z.record(Id, z.union([z.number(), z.string().check(z.maxLength(200))])), 50),
  wording: described(Text, 'How a suppressed cell reads, e.g. "fewer than 5".'),
});

const Document = described(
  z.strictObject({
    $schema: SchemaRef,
    format: z.literal(AGGREGATE_FORMAT),
    formatVersion: z.literal(AGGREGATE_FORMAT_VERSION),
    framework: z.strictObject({ id: Id, version: Version, title: Text }),
    disclosure: AggregateDisclosure,
    generatedAt: Timestamp,
    filters: z.strictObject({
      use: z.nullable(z.array(Id).check(z.maxLength(100))),
      status: z.nullable(z.enum(['draft', 'submitted'])),
    }),
    periods: described(Periods, 'Oldest first.'),
    breakdowns: z.optional(
      z
        .array(
          z.strictObject({
            by: z.enum(BREAKDOWN_KINDS),
            value: z.string().check(z.minLength(1), z.maxLength(200)),
            label: Text,
            periods: Periods,
          }),
        )
        .check(z.maxLength(AGGREGATE_LIMITS.breakdowns)),
    ),
  }),
  'An area-wide aggregate of evaluations: disclosure-controlled counts only, naming no setting, file or evaluation.',
);

/**
 * An aggregate document. A valid one is answered by the schema's fast path (schema/fast-path.ts):
 * a 300 KB aggregate is checked (and copied, when parsed) in a few milliseconds on a cold page,
 * where zod's own parse took over 100 ms. Any other value gets zod's issues, as before.
 */
export const AggregateDocument = /* @__PURE__ */ withFastPath(Document);

export type AggregateCell = z.infer<typeof AggregateCell>;
export type AggregateAreaFigures = z.infer<typeof AggregateAreaFigures>;
export type AggregatePeriod = z.infer<typeof AggregatePeriod>;
export type AggregateDisclosure = z.infer<typeof AggregateDisclosure>;
export type AggregateDocument = z.infer<typeof AggregateDocument>;
export type AggregateBreakdown = NonNullable<AggregateDocument['breakdowns']>[number];
export type BreakdownKind = (typeof BREAKDOWN_KINDS)[number];
