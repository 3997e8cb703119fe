// SPDX-License-Identifier: MIT
// The person's judgement is final, but where it differs from the engine's suggestion they say why.
import type { Evaluation, Judgement } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { type Problem, problem } from '../validate/problems.js';
import { type CompiledArea, compileFramework } from './compile.js';
import { type AreaSuggestion, suggestFor } from './suggest.js';

/**
 * One problem, at `areas.<id>.judgement.rationale`, for each judged area whose level differs from
 * the level the engine suggests and which has no rationale. Only a suggested level counts: with not
 * enough evidence, or no descriptors, there is nothing to differ from. A framework the engine
 * refuses yields none here; its own validation reports it.
 */
export function missingRationales(evaluation: Evaluation, framework: Framework): Problem[] {
  const compiled = compileFramework(framework);
  if (!compiled.ok) return [];
  const problems: Problem[] = [];
  for (const [areaId, record] of Object.entries(evaluation.areas)) {
    const judgement = record.judgement;
    const area = compiled.value.areas.get(areaId);
    if (!area || !needsRationale(judgement)) continue;
    const missing = rationaleProblem(area, judgement, suggestFor(framework, area, evaluation, false), framework);
    if (missing) problems.push(missing);
  }
  return problems;
}

/** Whether a judgement could need a rationale: a level chosen and no rationale written. */
export function needsRationale(judgement: Judgement | undefined): judgement is Judgement & { level: string } {
  return judgement !== undefined && judgement.level !== null && (judgement.rationale?.trim() ?? '') === '';
}

/** The problem for one area, given its suggestion; undefined when the judgement needs no rationale. */
export function rationaleProblem(area: CompiledArea, judgement: Judgement | undefined, suggestion: AreaSuggestion, framework: Framework): Problem | undefined {
  if (!needsRationale(judgement) || suggestion.status !== 'suggested' || suggestion.level === judgement.level) return undefined;
  const scale = framework.scales.find((s) => s.id === framework.judgementScale);
  const chosen = scale?.levels.find((l) => l.id === judgement.level)?.label ?? judgement.level;
  return problem(
    ['areas', area.area.id, 'judgement', 'rationale'],
    `explain why the judgement for "${area.area.title}" (${chosen}) differs from the suggested level (${suggestion.label})`,
  );
}
