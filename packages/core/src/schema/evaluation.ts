// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { jsonValue } from './json-value.js';
import { INPUT_LIMITS, countJsonValues, formatCount, maxEntries } from './limits.js';
import { Id, SchemaRef, Text, Timestamp, UserText, Version, PartialDate } from './primitives.js';

export const EVALUATION_FORMAT = 'apq-evaluation';
/** The format version this package writes. Version 1 files are still read: see `upgradeEvaluation`. */
export const EVALUATION_FORMAT_VERSION = 2;
/** Every format version this package reads, oldest first. */
export const EVALUATION_FORMAT_VERSIONS = [1, 2] as const;
export const EVALUATION_STATUSES = ['draft', 'submitted'] as const;
export const CHECK_STATUSES = ['met', 'partly-met', 'not-met', 'not-assessed'] as const;
export const RESPONSES = ['yes', 'partly', 'no'] as const;
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;

export const FrameworkRef = described(
  z.strictObject({ id: Id, version: Version }),
  'The framework id and exact version an evaluation was made against.',
);

export const Setting = z.strictObject({
  name: z.optional(UserText),
  urn: z.optional(
    described(
      UserText,
      'The setting\'s unique reference number (URN). It must be 6 or 7 digits on submission; a draft keeps whatever was typed.',
    ),
  ),
  type: z.optional(described(UserText, 'The kind of setting, such as pupil referral unit, AP academy or unregistered provider.')),
  localAuthority: z.optional(UserText),
});

export const Evaluator = z.strictObject({
  name: UserText,
  role: z.optional(UserText),
  organisation: z.optional(UserText),
});

export const EvidenceRef = z.strictObject({
  title: UserText,
  reference: z.optional(described(UserText, 'Where the evidence is: a document name, a location or a link.')),
});

export const Answer = described(
  z.strictObject({
    text: z.optional(UserText),
    response: z.optional(z.enum(RESPONSES)),
    level: z.optional(Id),
    evidence: z.optional(z.array(EvidenceRef).check(z.maxLength(INPUT_LIMITS.listItems))),
  }),
  'An answer to one evaluative question; which fields apply depends on the question\'s answer kind.',
);

export const Judgement = z.strictObject({
  level: z.nullable(described(Id, 'The person\'s judgement: a level id of the framework\'s judgement scale, or null while undecided.')),
  rationale: z.optional(UserText),
  suggestedLevel: z.optional(z.nullable(described(Id, 'The engine\'s suggestion at the time the judgement was made.'))),
  carriedForward: z.optional(described(z.boolean(), 'True where copied from a previous evaluation and not yet confirmed.')),
  decidedAt: z.optional(Timestamp),
});

export const Priority = z.strictObject({ id: Id, text: UserText });

export const AreaRecord = z.strictObject({
  evidence: z.optional(described(UserText, 'The evidence seen for this area, in the evaluator\'s words.')),
  strengths: z.optional(z.array(UserText).check(z.maxLength(INPUT_LIMITS.listItems))),
  priorities: z.optional(z.array(Priority).check(z.maxLength(INPUT_LIMITS.listItems))),
  judgement: z.optional(Judgement),
});

/** An improvement action as format 1 had it: no reviews, no success measure, no creation time. */
export const ActionV1 = z.strictObject({
  id: Id,
  area: Id,
  priority: z.optional(Id),
  what: UserText,
  who: z.optional(UserText),
  due: z.optional(PartialDate),
  status: z.enum(ACTION_STATUSES),
});

/** A full calendar date, YYYY-MM-DD (whether it exists, 31 February, is checked by validation). */
export const CalendarDate = described(
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date such as 2026-11-23')),
  'A calendar date, YYYY-MM-DD.',
);

export const Review = described(
  z.strictObject({
    id: Id,
    on: described(CalendarDate, 'The day of the review; not before the day the action was created.'),
    by: z.optional(described(UserText, 'Who reviewed: a name or a role.')),
    note: described(UserText, 'What the review found.'),
    status: described(z.enum(ACTION_STATUSES), 'The status the action moved to at this review.'),
    evidence: z.optional(described(UserText, 'Evidence of impact.')),
    recordedAt: z.optional(described(Timestamp, 'When the review was entered.')),
  }),
  'A dated review of an action. Reviews are appended, never changed or removed.',
);

export const Action = described(
  z.strictObject({
    id: Id,
    area: described(Id, 'The id of the framework area the action serves.'),
    priority: z.optional(described(Id, 'The id of a priority of that area (in areas.<area>.priorities) the action serves.')),
    what: described(UserText, 'What will be done.'),
    who: z.optional(described(UserText, 'Who owns the action: a name or a role. Never pupils\' data.')),
    due: z.optional(described(PartialDate, 'When it is due: YYYY-MM-DD, or YYYY-MM (the end of that month), or YYYY (the end of that year).')),
    successMeasure: z.optional(described(UserText, 'How the setting will know it worked.')),
    status: z.enum(ACTION_STATUSES),
    createdAt: described(Timestamp, 'When the action was created (for actions from format 1 files, the evaluation\'s createdAt).'),
    carriedForward: z.optional(described(z.boolean(), 'True where copied forward from a previous evaluation and not yet confirmed.')),
    reviews: z.array(Review).check(z.maxLength(INPUT_LIMITS.reviews)),
  }),
  'An improvement action of the plan: it serves a priority of an area and keeps its reviews over time.',
);

export const PracticeOffer = described(
  z.strictObject({
    id: Id,
    title: described(UserText, 'A short title for the example of practice.'),
    summary: described(UserText, 'What the setting does and why it works. Nothing that identifies a pupil.'),
    areas: described(z.array(Id).check(z.minLength(1, 'must name at least one area'), z.maxLength(INPUT_LIMITS.listItems)), 'The ids of the areas it illustrates.'),
    settingType: z.optional(described(UserText, 'The kind of setting (by default the evaluation\'s setting.type).')),
    contact: z.optional(described(UserText, 'An optional contact: a role or an email address.')),
    link: z.optional(described(z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'must be an https:// link'), z.maxLength(2000)), 'An optional https link.')),
    strength: z.optional(described(z.strictObject({ area: Id, index: z.int().check(z.minimum(0)) }), 'The strength it was offered from: an area and the index in its strengths.')),
    offeredAt: Timestamp,
  }),
  'A strength the setting offers to others as an example of practice.',
);

export const CarriedOverItem = described(
  z.strictObject({
    from: z.strictObject({
      framework: FrameworkRef,
      path: described(Text, 'Where the item stood in the evaluation made against the older version, e.g. answers.some-question.'),
    }),
    value: jsonValue(),
    reason: Text,
    carriedAt: z.optional(Timestamp),
  }),
  'Something a person entered that has no home in the current framework version: kept, never dropped.',
);

/** An evaluation's fields in order, formats 1 and 2 differing in their format version and plan. */
function evaluationShape<V extends z.ZodMiniType, A extends z.ZodMiniType, P extends Record<string, z.ZodMiniType>>(formatVersion: V, actions: A, more: P) {
  return {
    $schema: SchemaRef,
    format: z.literal(EVALUATION_FORMAT),
    formatVersion,
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    framework: FrameworkRef,
    status: z.enum(EVALUATION_STATUSES),
    use: z.optional(Id),
    setting: Setting,
    evaluators: z.array(Evaluator).check(z.maxLength(INPUT_LIMITS.evaluators)),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: z.optional(Timestamp),
    answers: maxEntries(z.record(Id, Answer), INPUT_LIMITS.answers),
    checks: maxEntries(z.record(Id, z.enum(CHECK_STATUSES)), INPUT_LIMITS.checks),
    areas: maxEntries(z.record(Id, AreaRecord), INPUT_LIMITS.areas),
    actions,
    ...more,
    carriedOver: z.array(CarriedOverItem).check(z.maxLength(INPUT_LIMITS.carriedOver)),
    notes: z.optional(UserText),
    extensions: z.optional(
      described(
        z.record(z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be a lowercase namespace such as acme-mis')), jsonValue()).check((payload) => {
          // The values inside `extensions`, not counting the object itself.
          const count = countJsonValues(payload.value, INPUT_LIMITS.extensionValues + 1) - 1;
          if (count > INPUT_LIMITS.extensionValues) {
            const message = `holds more than ${formatCount(INPUT_LIMITS.extensionValues)} values: keep larger vendor data elsewhere and refer to it`;
            payload.issues.push({ code: 'too_big', origin: 'values', maximum: INPUT_LIMITS.extensionValues, inclusive: true, input: payload.value, message });
          }
        }),
        `Vendor data, by namespace, at most ${formatCount(INPUT_LIMITS.extensionValues)} values in all. Kept as it is by every function of the engine.`,
      ),
    ),
  };
}

/** An evaluation as format 1 had it: still read, and upgraded to format 2 with nothing lost. */
export const EvaluationV1 = described(
  z.strictObject(evaluationShape(z.literal(1), z.array(ActionV1).check(z.maxLength(INPUT_LIMITS.actions)), {})),
  'An evaluation in format 1 (before the improvement plan had reviews): read, and upgraded by apq migrate.',
);

export const Evaluation = described(
  z.strictObject(
    evaluationShape(
      z.literal(EVALUATION_FORMAT_VERSION),
      described(z.array(Action).check(z.maxLength(INPUT_LIMITS.actions)), 'The improvement plan: actions serving the priorities of the areas, with their reviews.'),
      { practice: z.optional(described(z.array(PracticeOffer).check(z.maxLength(INPUT_LIMITS.practice)), 'Examples of practice the setting offers to others.')) },
    ),
  ),
  'An evaluation: the interchange format that vendors store and local authorities submit.',
);

export type FrameworkRef = z.infer<typeof FrameworkRef>;
export type Setting = z.infer<typeof Setting>;
export type Answer = z.infer<typeof Answer>;
export type Judgement = z.infer<typeof Judgement>;
export type AreaRecord = z.infer<typeof AreaRecord>;
export type Action = z.infer<typeof Action>;
export type ActionV1 = z.infer<typeof ActionV1>;
export type Review = z.infer<typeof Review>;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type PracticeOffer = z.infer<typeof PracticeOffer>;
export type EvaluationV1 = z.infer<typeof EvaluationV1>;
export type CarriedOverItem = z.infer<typeof CarriedOverItem>;
export type Evaluation = z.infer<typeof Evaluation>;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export type Response = (typeof RESPONSES)[number];
