// SPDX-License-Identifier: MIT
// Small shared schemas: ids, versions, dates and plain text.
import * as z from 'zod/mini';
import { described } from './describe.js';
import { INPUT_LIMITS } from './limits.js';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export const Id = described(
  z.string().check(z.regex(ID_PATTERN, 'must be lowercase kebab-case ASCII (letters, digits and single hyphens)'), z.maxLength(120)),
  'A stable identifier: lowercase kebab-case ASCII, never renamed or reused once released.',
);

export const Version = described(
  z.string().check(z.regex(VERSION_PATTERN, 'must be a semantic version such as 2.0.0')),
  'A semantic version, MAJOR.MINOR.PATCH.',
);

export const PartialDate = described(
  z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date such as 2026-11-23')),
  'A calendar date, YYYY-MM-DD (or YYYY-MM, or YYYY where only that is known).',
);

export const Timestamp = described(
  z.string().check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
      'must be an ISO 8601 date or date-time such as 2026-11-23T09:30:00Z',
    ),
  ),
  'An ISO 8601 date or date-time.',
);

/** One line of text a person reads. Never HTML or Markdown: every interface renders it as text. */
export const Text = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(INPUT_LIMITS.text));

/** Text a person types into an evaluation; may be empty while a draft is in progress. */
export const UserText = z.string().check(z.maxLength(INPUT_LIMITS.userText));

export const Notes = described(z.array(Text), 'Rationale for reviewers: complete sentences, each ending in a full stop.');

export const SchemaRef = z.optional(described(z.string(), 'Path or URL of the JSON Schema that describes this file (for editors).'));
