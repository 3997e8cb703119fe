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
