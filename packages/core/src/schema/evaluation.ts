// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { jsonValue } from './json-value.js';
import { INPUT_LIMITS, countJsonValues, formatCount, maxEntries } from './limits.js';
import { Id, SchemaRef, Text, Timestamp, UserText, Version, PartialDate } from './primitives.js';

export const EVALUATION_FORMAT = 'apq-evaluation';
export const EVALUATION_FORMAT_VERSION = 1;
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

export const Action = z.strictObject({
  id: Id,
  area: Id,
  priority: z.optional(Id),
  what: UserText,
  who: z.optional(UserText),
  due: z.optional(PartialDate),
  status: z.enum(ACTION_STATUSES),
});

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

export const Evaluation = described(
  z.strictObject({
    $schema: SchemaRef,
    format: z.literal(EVALUATION_FORMAT),
    formatVersion: z.literal(EVALUATION_FORMAT_VERSION),
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
    actions: z.array(Action).check(z.maxLength(INPUT_LIMITS.actions)),
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
  }),
  'An evaluation: the interchange format that vendors store and local authorities submit.',
);

export type FrameworkRef = z.infer<typeof FrameworkRef>;
export type Setting = z.infer<typeof Setting>;
export type Answer = z.infer<typeof Answer>;
export type Judgement = z.infer<typeof Judgement>;
export type AreaRecord = z.infer<typeof AreaRecord>;
export type Action = z.infer<typeof Action>;
export type CarriedOverItem = z.infer<typeof CarriedOverItem>;
export type Evaluation = z.infer<typeof Evaluation>;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
export type Response = (typeof RESPONSES)[number];
