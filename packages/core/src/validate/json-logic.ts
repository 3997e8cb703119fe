// SPDX-License-Identifier: MIT
// Static checks of a rule's JSON Logic: every node of it, every argument of every operator (the
// default of `var` included, which json-logic-js evaluates like any other argument), only allowed
// operators, only literal `var` paths and defaults, and what the rule may cost (RULE_LIMITS).
// Walked with an explicit stack, so no rule can overflow the call stack; a rule over the node
// limit is refused as soon as that is certain, without walking the rest of it.
import { ALLOWED_OPERATORS, RULE_LIMITS } from '../engine/operators.js';
import { type PathSegment, type Problem, problem } from './problems.js';

export interface VarReference {
  name: string;
  path: PathSegment[];
}

export interface JsonLogicInspection {
  problems: Problem[];
  vars: VarReference[];
  /**
   * How many JSON values the rule holds (see `RULE_LIMITS`). For a rule over `maxNodes` the count
   * stops just past the limit: the walk ends there.
   */
  nodes: number;
}

/** The limits {@link inspectJsonLogic} applies; `RULE_LIMITS` unless a caller asks for others. */
export interface RuleCostLimits {
  maxDepth: number;
  maxNodes: number;
  maxStringLength: number;
}

/** Why an operator is refused, where there is more to say than that it is not on the list. */
const REFUSED_BECAUSE: Readonly<Record<string, string>> = {
  log: 'it writes to the console',
  method: 'it calls methods on values',
  map: 'iteration is not allowed in rules, so that a rule costs no more than its size',
  filter: 'iteration is not allowed in rules, so that a rule costs no more than its size',
  reduce: 'iteration is not allowed in rules, so that a rule costs no more than its size',
  all: 'iteration is not allowed in rules, so that a rule costs no more than its size',
  some: 'iteration is not allowed in rules, so that a rule costs no more than its size',
  none: 'iteration is not allowed in rules, so that a rule costs no more than its size',
};

interface Pending {
  node: unknown;
  path: PathSegment[];
  /** The rule's `when` value is at depth 1. */
  depth: number;
}

/**
 * Checks every node of a rule: its operators, its `var`s, its depth and its size. Collects the
 * `var` paths for the caller to resolve against the facts of the rule's area.
 */
export function inspectJsonLogic(root: unknown, rootPath: PathSegment[], limits: RuleCostLimits = RULE_LIMITS): JsonLogicInspection {
  const problems: Problem[] = [];
  const vars: VarReference[] = [];
  const stack: Pending[] = [{ node: root, path: rootPath, depth: 1 }];
  let nodes = 0;
  let tooDeep = false;
  let tooLong = false;
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    nodes++;
    if (depth > limits.maxDepth) {
      // Reported once, at the first node found past the limit; nothing below it is walked.
      if (!tooDeep) problems.push(problem(path, `a rule may nest at most ${limits.maxDepth} levels deep`, 'rule-too-deep', { limit: limits.maxDepth }));
      tooDeep = true;
      continue;
    }
    if (typeof node === 'string' && node.length > limits.maxStringLength) {
      // Reported once, at the first one found: comparing or searching strings costs their length.
      if (!tooLong) {
        problems.push(
          problem(path, `a string in a rule may be at most ${limits.maxStringLength} characters long (this one has ${node.length})`, 'rule-string-too-long', {
            limit: limits.maxStringLength,
            length: node.length,
          }),
        );
      }
      tooLong = true;
    }
    // Every value still to walk counts at least one node, so once they alone take the rule over
    // the limit it is too large, and nothing more (not even a long list) is walked.
    if (Array.isArray(node)) {
      if (nodes + stack.length + node.length > limits.maxNodes) return tooLarge(problems, vars, rootPath, limits);
      node.forEach((child: unknown, i) => stack.push({ node: child, path: [...path, i], depth: depth + 1 }));
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length !== 1) {
        problems.push(problem(path, `a JSON Logic operation must have exactly one operator key, found ${keys.length}`, 'invalid-json-logic', { keys: keys.length }));
        continue;
      }
      const operator = keys[0]!;
      const args = (node as Record<string, unknown>)[operator];
      if (!ALLOWED_OPERATORS.has(operator)) {
        const because = Object.hasOwn(REFUSED_BECAUSE, operator) ? `: ${REFUSED_BECAUSE[operator]}` : '';
        problems.push(
          problem([...path, operator], `operator "${operator}" is not allowed in rules${because} (allowed: ${[...ALLOWED_OPERATORS].join(' ')})`, 'operator-not-allowed', {
            operator,
          }),
        );
        continue;
      }
      if (operator === 'var') checkVar(args, [...path, 'var'], problems, vars);
      // Every argument is walked, the var's included: json-logic-js evaluates them all.
      if (nodes + stack.length + 1 > limits.maxNodes) return tooLarge(problems, vars, rootPath, limits);
      stack.push({ node: args, path: [...path, operator], depth: depth + 1 });
    }
  }
  return { problems, vars, nodes };
}

function tooLarge(problems: Problem[], vars: VarReference[], rootPath: PathSegment[], limits: RuleCostLimits): JsonLogicInspection {
  problems.push(problem(rootPath, `a rule may hold at most ${limits.maxNodes} values (operations, lists and literals)`, 'rule-too-large', { limit: limits.maxNodes }));
  return { problems, vars, nodes: limits.maxNodes + 1 };
}

/**
 * A `var` names its fact with a literal string (`"name"` or `["name"]`) and may give one default,
 * a literal scalar: anything else would be computed, and json-logic-js computes it every time.
 */
function checkVar(args: unknown, path: PathSegment[], problems: Problem[], vars: VarReference[]): void {
  const list = Array.isArray(args) ? args : [args];
  const name: unknown = list[0];
  if (typeof name === 'string') vars.push({ name, path });
  else problems.push(problem(path, 'a var must name a fact with a literal string', 'var-not-literal'));
  if (!Array.isArray(args)) return;
  if (args.length > 1 && !isScalar(args[1])) {
    problems.push(problem([...path, 1], 'the default of a var must be a literal string, number, boolean or null', 'var-default-not-literal'));
  }
  if (args.length > 2) problems.push(problem([...path, 2], 'a var takes a fact name and at most one default', 'var-default-not-literal'));
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
