// SPDX-License-Identifier: MIT
// Static checks of a rule's JSON Logic: only allowed operators, only literal `var` paths,
// and every path names a fact that exists for its area.
import { ALLOWED_OPERATORS } from '../engine/operators.js';
import { type PathSegment, type Problem, problem } from './problems.js';

export interface VarReference {
  name: string;
  path: PathSegment[];
}

/** Checks the operators and collects the `var` paths for the caller to resolve. */
export function inspectJsonLogic(root: unknown, rootPath: PathSegment[]): { problems: Problem[]; vars: VarReference[] } {
  const problems: Problem[] = [];
  const vars: VarReference[] = [];
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: root, path: rootPath }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push(problem(path, `a JSON Logic operation must have exactly one operator key, found ${keys.length}`, 'invalid-json-logic', { keys: keys.length }));
      continue;
    }
    const operator = keys[0]!;
    const args = (node as Record<string, unknown>)[operator];
    if (!ALLOWED_OPERATORS.has(operator)) {
      problems.push(
        problem([...path, operator], `operator "${operator}" is not allowed in rules (allowed: ${[...ALLOWED_OPERATORS].join(' ')})`, 'operator-not-allowed', { operator }),
      );
      continue;
    }
    if (operator === 'var') {
      const name = Array.isArray(args) ? args[0] : args;
      if (typeof name !== 'string') problems.push(problem([...path, 'var'], 'a var must name a fact with a literal string', 'var-not-literal'));
      else vars.push({ name, path: [...path, 'var'] });
      continue;
    }
    stack.push({ node: args, path: [...path, operator] });
  }
  return { problems, vars };
}
