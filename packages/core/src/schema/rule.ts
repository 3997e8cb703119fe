// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { Id, Text } from './primitives.js';

export const RULE_STRATEGIES = ['limiting', 'best-fit', 'all-criteria', 'insufficient-evidence'] as const;

/** Any JSON value; what operators a rule may use is checked against the engine's allowlist on load. */
export const JsonLogic = z.json().check(z.describe('A JSON Logic expression over the facts the engine computes.'));

export const Rule = z
  .strictObject({
    id: Id,
    strategy: z.enum(RULE_STRATEGIES),
    level: z.nullable(Id.check(z.describe('The level this rule suggests, or null for "not enough evidence".'))),
    description: Text,
    when: JsonLogic,
  })
  .check(z.describe('One branch of an area\'s suggestion: the first rule whose condition holds decides.'));

export type RuleStrategy = (typeof RULE_STRATEGIES)[number];
export type Rule = z.infer<typeof Rule>;
export type JsonLogic = z.infer<typeof JsonLogic>;
