// SPDX-License-Identifier: MIT
// Worked examples: full evaluations with the suggestions the engine must make for them. They live
// as JSON under data/frameworks/<id>/examples/<example-id>.json and are shared by the engine's
// tests, the elements' tests and the stories. This module reads no files: callers pass the parsed
// JSON, so it works the same in Node and in browsers.
import * as z from 'zod/mini';
import { described } from '../schema/describe.js';
import { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { Id, SchemaRef, Text } from '../schema/primitives.js';
import { type Problem, type Result, problem } from '../validate/problems.js';
import { type FrameworkCatalogue, parseWith, validateEvaluation } from '../validate/validate.js';
import { requireCompiled } from './compile.js';
import { SUGGESTION_STATUSES, suggest } from './suggest.js';

export const ExpectedSuggestion = z.strictObject({
  status: z.enum(SUGGESTION_STATUSES),
  level: z.optional(z.nullable(Id)),
  rule: z.optional(described(Id, 'The id of the rule that must decide.')),
});

export const WorkedExample = z.strictObject({
  $schema: SchemaRef,
  id: Id,
  title: Text,
  description: Text,
  hidden: z.optional(described(z.boolean(), 'True for an edge case that tests use but stories need not show.')),
  evaluation: Evaluation,
  expected: described(z.record(Id, ExpectedSuggestion), 'For every area of the framework, by id: the suggestion the engine must make.'),
});

export type ExpectedSuggestion = z.infer<typeof ExpectedSuggestion>;
export type WorkedExample = z.infer<typeof WorkedExample>;

export interface LoadedExample {
  example: WorkedExample;
  framework: Framework;
}

/**
 * Reads one worked example (its parsed JSON): the file's shape, its evaluation against the
 * framework version it names, and an expectation for every area of that framework and no other.
 */
export function parseWorkedExample(input: unknown, catalogue: FrameworkCatalogue): Result<LoadedExample> {
  const shaped = parseWith(WorkedExample, input);
  if (!shaped.ok) return shaped;
  const example = shaped.value;
  const validated = validateEvaluation(example.evaluation, catalogue);
  if (!validated.ok) return { ok: false, problems: validated.problems.map((p) => ({ ...p, path: under('evaluation', p.path) })) };
  const framework = validated.value.framework;
  const areas = requireCompiled(framework).areas;
  const problems: Problem[] = [];
  for (const id of areas.keys()) {
    if (!Object.hasOwn(example.expected, id)) {
      problems.push(problem(['expected', id], `is missing: every area of ${framework.id}@${framework.version} needs an expectation`, 'expectation-missing', { area: id }));
    }
  }
  for (const id of Object.keys(example.expected)) {
    if (!areas.has(id)) problems.push(problem(['expected', id], `unknown area "${id}" in ${framework.id}@${framework.version}`, 'unknown-area', { area: id }));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { example, framework } };
}

/** Where the engine's suggestions differ from what the example expects: one problem per difference. */
export function checkWorkedExample({ example, framework }: LoadedExample): Problem[] {
  const problems: Problem[] = [];
  for (const s of suggest(framework, example.evaluation).areas) {
    const expected = example.expected[s.area];
    if (!expected) continue;
    if (expected.status !== s.status) {
      problems.push(
        problem(['expected', s.area, 'status'], `expected "${expected.status}", the engine gives "${s.status}" (${s.explanation})`, 'example-mismatch', {
          area: s.area,
          field: 'status',
          expected: expected.status,
          actual: s.status,
        }),
      );
    }
    if (expected.level !== undefined && expected.level !== s.level) {
      problems.push(
        problem(['expected', s.area, 'level'], `expected ${JSON.stringify(expected.level)}, the engine suggests ${JSON.stringify(s.level)}`, 'example-mismatch', {
          area: s.area,
          field: 'level',
          expected: String(expected.level),
          actual: String(s.level),
        }),
      );
    }
    if (expected.rule !== undefined && expected.rule !== s.rule?.id) {
      problems.push(
        problem(['expected', s.area, 'rule'], `expected rule "${expected.rule}", decided by ${s.rule ? `"${s.rule.id}"` : 'no rule'}`, 'example-mismatch', {
          area: s.area,
          field: 'rule',
          expected: expected.rule,
          actual: s.rule?.id ?? 'null',
        }),
      );
    }
  }
  return problems;
}

function under(prefix: string, path: string): string {
  if (path === '(root)') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
