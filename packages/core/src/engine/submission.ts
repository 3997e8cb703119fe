// SPDX-License-Identifier: MIT
// The one definition of what stops an evaluation being submitted, in the order a form shows it.
import { indexFramework } from '../model/framework-index.js';
import type { QualityArea } from '../schema/area.js';
import type { Evaluation, Judgement } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { type Problem, problem } from '../validate/problems.js';
import { compileFramework } from './compile.js';
import { assertEvaluationArgument, assertFramework, assertOptionalFunction, assertOptions } from './guard.js';
import { type AreaSuggestion, suggestFor } from './suggest.js';

export interface SubmissionOptions {
  /**
   * The engine's suggestion for an area, for an interface that memoises its suggestions so
   * they are not computed again. Default: computed as `suggestArea` does.
   */
  suggestion?: (areaId: string) => AreaSuggestion;
}

/** A unique reference number: 6 or 7 digits, once trimmed. A draft may hold anything. */
const URN = /^\d{6,7}$/;

/**
 * What stops an evaluation being submitted, in the order a form shows its fields: the use (where
 * the framework has uses), the setting's name, its URN (when one is given it must be 6 or 7
 * digits), then area by area in framework order, for each written area of a framework with a
 * judgement scale, the judgement, or the rationale a judgement needs when it differs from a
 * suggested level. Empty when the evaluation can be submitted. (`missingForSubmission` adds the
 * submission date, for a submitted evaluation.) A framework the engine refuses gets no rationale
 * checks here unless `options.suggestion` is given; its own validation reports it. Throws an
 * `ApqError` for arguments that are not a framework, an evaluation and options.
 */
export function submissionProblems(framework: Framework, evaluation: Evaluation, options: SubmissionOptions = {}): Problem[] {
  assertSubmissionArguments(framework, evaluation, options);
  return problemsForSubmission(framework, evaluation, options);
}

/** The boundary check of {@link submissionProblems} and `finalise`. */
export function assertSubmissionArguments(framework: unknown, evaluation: unknown, options: unknown): asserts options is SubmissionOptions {
  assertFramework(framework);
  assertEvaluationArgument(evaluation);
  assertOptions(options);
  assertOptionalFunction(options?.suggestion, 'options.suggestion');
}

/** {@link submissionProblems} for arguments already checked. */
export function problemsForSubmission(framework: Framework, evaluation: Evaluation, options: SubmissionOptions = {}): Problem[] {
  const problems = settingProblems(framework, evaluation);
  if (!indexFramework(framework).judgementScale) return problems;
  const suggestionOf = suggestionSource(framework, evaluation, options);
  for (const category of framework.categories) {
    for (const area of category.areas) {
      if (area.status !== 'complete') continue;
      const judgement = judgementOf(evaluation, area.id);
      if (judgement?.level === undefined || judgement.level === null) {
        problems.push(
          problem(['areas', area.id, 'judgement', 'level'], `choose a judgement for "${area.title}"`, 'judgement-missing', { area: area.id, number: area.number }),
        );
        continue;
      }
      if (!lacksRationale(judgement)) continue;
      const suggestion = suggestionOf(area.id);
      if (suggestion && differsFrom(judgement.level, suggestion)) problems.push(rationaleProblem(framework, area, judgement.level, suggestion));
    }
  }
  return problems;
}

/** The setting step's part of {@link submissionProblems}: `use`, `setting.name`, `setting.urn`. */
export function settingProblems(framework: Framework, evaluation: Evaluation): Problem[] {
  const problems: Problem[] = [];
  if (framework.uses.length > 0 && evaluation.use === undefined) problems.push(problem(['use'], 'choose what this evaluation is for', 'use-missing'));
  if (isBlank(evaluation.setting.name)) problems.push(problem(['setting', 'name'], 'enter the name of the setting', 'setting-name-missing'));
  const urn = evaluation.setting.urn?.trim() ?? '';
  if (urn !== '' && !URN.test(urn)) {
    const shown = urn.length > 40 ? `${urn.slice(0, 37)}…` : urn;
    problems.push(problem(['setting', 'urn'], `must be a unique reference number of 6 or 7 digits, got "${shown}"`, 'urn-invalid', { value: urn.slice(0, 200) }));
  }
  return problems;
}

/**
 * Where the suggestions come from: the caller's, else computed per area (without the detail of
 * reasons). `undefined` for an area the engine cannot suggest for (a refused framework, an
 * unknown area).
 */
export function suggestionSource(framework: Framework, evaluation: Evaluation, options: SubmissionOptions = {}): (areaId: string) => AreaSuggestion | undefined {
  if (options.suggestion) return options.suggestion;
  const compiled = compileFramework(framework);
  return (areaId) => {
    const area = compiled.ok ? compiled.value.areas.get(areaId) : undefined;
    return area ? suggestFor(framework, area, evaluation, false) : undefined;
  };
}

/** Whether a chosen level differs from a level the engine suggests (with no suggested level there is nothing to differ from). */
export function differsFrom(level: string | null | undefined, suggestion: AreaSuggestion): boolean {
  return level !== undefined && level !== null && suggestion.status === 'suggested' && suggestion.level !== level;
}

/** A level chosen and no rationale written (whitespace is none). */
export function lacksRationale(judgement: Judgement | undefined): judgement is Judgement & { level: string } {
  return judgement !== undefined && judgement.level !== null && isBlank(judgement.rationale);
}

function rationaleProblem(framework: Framework, area: QualityArea, level: string, suggestion: AreaSuggestion): Problem {
  const scale = indexFramework(framework).judgementScale;
  const chosen = scale?.levels.find((l) => l.id === level)?.label ?? level;
  return problem(
    ['areas', area.id, 'judgement', 'rationale'],
    `explain why the judgement for "${area.title}" (${chosen}) differs from the suggested level (${suggestion.label ?? suggestion.level})`,
    'rationale-missing',
    { area: area.id, number: area.number, level, suggestedLevel: suggestion.level ?? '' },
  );
}

export function judgementOf(evaluation: Evaluation, areaId: string): Judgement | undefined {
  return Object.hasOwn(evaluation.areas, areaId) ? evaluation.areas[areaId]?.judgement : undefined;
}

export function isBlank(text: string | undefined): boolean {
  return (text?.trim() ?? '') === '';
}
