// SPDX-License-Identifier: MIT
// The JSON Logic operators a framework rule may use. Anything else (notably json-logic-js's
// `method`, which calls methods on values) is refused when a framework is loaded.
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'var',
  '==',
  '!=',
  '===',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  '!',
  '!!',
  'and',
  'or',
  'if',
  '+',
  '-',
  '*',
  '/',
  'min',
  'max',
  'in',
]);

/** Facts about each level that a rule can read as `levels.<level-id>.<stat>`. */
export const LEVEL_STATS = ['total', 'met', 'partlyMet', 'notMet', 'assessed', 'score'] as const;
/** Facts about all of an area's descriptors, read as `descriptors.<stat>`. */
export const DESCRIPTOR_STATS = ['total', 'assessed', 'met', 'partlyMet', 'notMet'] as const;
/** Parts of an answer a rule can read as `answers.<question-id>.<field>`. */
export const ANSWER_FIELDS = ['response', 'level'] as const;

/**
 * What one rule, and all the rules of a framework, may cost; a framework over any of them is
 * refused on load (`rule-too-deep`, `rule-too-large`, `rule-string-too-long`,
 * `framework-rules-too-large`), before any of its rules runs. Every JSON value of a rule counts as
 * a node (operations, argument lists and literals); the rule's `when` value is at depth 1, and each
 * value inside an object or array is one level deeper than it. No iteration operator is allowed
 * and no string is long, so running a rule costs time in proportion to its nodes. The bundled
 * frameworks use at most depth 6, 27 nodes in a rule, 161 in a framework and strings of 31
 * characters.
 */
export const RULE_LIMITS = {
  /** How deeply a rule's JSON may nest. */
  maxDepth: 32,
  /** How many JSON values one rule may hold. */
  maxNodes: 500,
  /** How many JSON values all the rules of a framework may hold together. */
  maxFrameworkNodes: 20_000,
  /** How long a string in a rule (a literal, or the fact a `var` names) may be, in UTF-16 code units. */
  maxStringLength: 200,
} as const satisfies Record<string, number>;
