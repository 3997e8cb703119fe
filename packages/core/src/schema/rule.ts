// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { described } from './describe.js';
import { jsonValue } from './json-value.js';
import { Id, Text } from './primitives.js';

export const RULE_STRATEGIES = ['limiting', 'best-fit', 'all-criteria', 'insufficient-evidence'] as const;

/** Any JSON value; what operators a rule may use is checked against the engine's allowlist on load. */
export const JsonLogic = described(jsonValue(), 'A JSON Logic expression over the facts the engine computes.');

export const Rule = described(
  z.strictObject({
    id: Id,
    strategy: z.enum(RULE_STRATEGIES),
    level: z.nullable(described(Id, 'The level this rule suggests, or null for "not enough evidence".')),
    description: Text,
    when: JsonLogic,
  }),
  'One branch of an area\'s suggestion: the first rule whose condition holds decides.',
);

export type RuleStrategy = (typeof RULE_STRATEGIES)[number];
export type Rule = z.infer<typeof Rule>;
export type JsonLogic = z.infer<typeof JsonLogic>;
