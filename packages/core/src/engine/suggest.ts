// SPDX-License-Identifier: MIT
// Suggested judgements: the first rule of an area whose condition holds over the area's facts
// decides, and the suggestion carries its reasons as data (rule, descriptors, counts) so that
// every interface can word them, plus an English explanation built from the framework's text.
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import type { CheckStatus, Evaluation, FrameworkRef } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import type { Rule, RuleStrategy } from '../schema/rule.js';
import { ApqError } from '../validate/problems.js';
import { type CompiledArea, requireCompiled } from './compile.js';
import { explainSuggestion } from './explain.js';
import { type AreaFacts, type DescriptorFacts, type LevelFacts, checkStatus, computeFacts } from './facts.js';
import { assertEvaluationArgument, assertFramework, assertPart, assertString } from './guard.js';

export const SUGGESTION_STATUSES = [
  'suggested',
  'not-enough-evidence',
  'no-rule-matched',
  'no-rules',
  'no-descriptors',
  'not-yet-written',
] as const;

/**
 * - `suggested`: a rule decided a level.
 * - `not-enough-evidence`: a rule with level null decided: too little is assessed to suggest one.
 * - `no-rule-matched`: the area has rules, but none holds for these checks.
 * - `no-rules`: the area has grade descriptors but no rules to apply them.
 * - `no-descriptors`: the area has no grade descriptors (and no rules): the judgement is the person's own.
 * - `not-yet-written`: the source names the area but has not written it yet.
 */
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface RuleRef {
  id: string;
  strategy: RuleStrategy;
  level: string | null;
  description: string;
  /** The rule's place in the area's ordered list, from 0: the branch taken. */
  position: number;
}

export interface PassedOverRule extends RuleRef {
  /** Set when running the rule failed (for example `in` over a number); the rule then counts as not holding. */
  error?: string;
}

export interface DescriptorReason {
  id: string;
  level: string;
  status: CheckStatus;
  limiting: boolean;
}

export interface SuggestionCounts {
  descriptors: DescriptorFacts;
  levels: Record<string, LevelFacts>;
}

export interface AreaSuggestion {
  area: string;
  status: SuggestionStatus;
  /** The suggested level id, or null when there is no suggestion. */
  level: string | null;
  /** The suggested level's label on its scale. */
  label: string | null;
  /** The rule that decided, or null when none did. */
  rule: RuleRef | null;
  /** Rules tried, in order, before the deciding one (all of them when none decided). */
  passedOver: PassedOverRule[];
  /**
   * The descriptors that bear on the suggestion: for a limiting rule, those of its level that are
   * met; for best fit and all criteria, every descriptor of the suggested level with its status;
   * when there is not enough evidence, those not yet assessed.
   */
  descriptors: DescriptorReason[];
  /** The facts the rules read, or null for an area without descriptors and rules. */
  counts: SuggestionCounts | null;
  /** An English sentence or two, from the framework's own wording, for interfaces that show text as is. */
  explanation: string;
}

export interface EvaluationSuggestions {
  framework: FrameworkRef;
  evaluation: string;
  /** One entry per area, in framework order. */
  areas: AreaSuggestion[];
}

/** Suggests a level for every area of the framework. The person's judgement stays final. */
export function suggest(framework: Framework, evaluation: Evaluation): EvaluationSuggestions {
  assertFramework(framework);
  assertEvaluationArgument(evaluation);
  const compiled = requireCompiled(framework);
  const areas = compiled.areaList.map((area) => suggestFor(framework, area, evaluation));
  return { framework: { id: framework.id, version: framework.version }, evaluation: evaluation.id, areas };
}

/** Suggests a level for one area; throws an `ApqError` for an area the framework does not have. */
export function suggestArea(framework: Framework, evaluation: Pick<Evaluation, 'checks' | 'answers'>, areaId: string): AreaSuggestion {
  assertFramework(framework);
  assertPart('checksAndAnswers', evaluation, 'evaluation');
  assertString(areaId, 'areaId');
  const area = requireCompiled(framework).areas.get(areaId);
  if (!area) throw new ApqError(`unknown area "${areaId}" in ${framework.id}@${framework.version}`);
  return suggestFor(framework, area, evaluation);
}

/**
 * The suggestion for one compiled area. With `detail: false` (for callers that need only the
 * outcome, such as summaries and validation) the reasons' descriptors and the explanation are left
 * empty, which halves the cost.
 */
export function suggestFor(framework: Framework, compiled: CompiledArea, evaluation: Pick<Evaluation, 'checks' | 'answers'>, detail = true): AreaSuggestion {
  const { area } = compiled;
  const hasDescriptors = compiled.descriptorLevels.length > 0;
  if (area.status === 'not-yet-written' || (!hasDescriptors && compiled.rules.length === 0)) {
    const status: SuggestionStatus = area.status === 'not-yet-written' ? 'not-yet-written' : 'no-descriptors';
    return finish(framework, compiled, { area: area.id, status, level: null, label: null, rule: null, passedOver: [], descriptors: [], counts: null });
  }
  const facts = computeFacts(compiled, evaluation, compiled.checksRead);
  const counts: SuggestionCounts = { descriptors: facts.descriptors, levels: facts.levels };
  if (compiled.rules.length === 0) {
    return finish(framework, compiled, { area: area.id, status: 'no-rules', level: null, label: null, rule: null, passedOver: [], descriptors: [], counts });
  }
  const passedOver: PassedOverRule[] = [];
  for (let position = 0; position < compiled.rules.length; position++) {
    const rule = compiled.rules[position]!;
    const outcome = runRule(rule, facts);
    const ref = ruleRef(rule, position);
    if (outcome === true) {
      const level = rule.level;
      return finish(framework, compiled, {
        area: area.id,
        status: level === null ? 'not-enough-evidence' : 'suggested',
        level,
        label: level === null ? null : (compiled.labels.get(level) ?? level),
        rule: ref,
        passedOver,
        descriptors: detail ? bearing(compiled, rule, position, evaluation) : [],
        counts,
      }, detail);
    }
    passedOver.push(outcome === false ? ref : { ...ref, error: outcome.error });
  }
  return finish(framework, compiled, { area: area.id, status: 'no-rule-matched', level: null, label: null, rule: null, passedOver, descriptors: [], counts }, detail);
}

function finish(framework: Framework, compiled: CompiledArea, suggestion: Omit<AreaSuggestion, 'explanation'>, detail = true): AreaSuggestion {
  return Object.assign(suggestion, { explanation: detail ? explainSuggestion(framework, compiled, suggestion) : '' });
}

function runRule(rule: Rule, facts: AreaFacts): boolean | { error: string } {
  try {
    return jsonLogic.truthy(jsonLogic.apply(rule.when as RulesLogic, facts));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function ruleRef(rule: Rule, position: number): RuleRef {
  return { id: rule.id, strategy: rule.strategy, level: rule.level, description: rule.description, position };
}

function bearing(compiled: CompiledArea, rule: Rule, position: number, evaluation: Pick<Evaluation, 'checks'>): DescriptorReason[] {
  const reasons: DescriptorReason[] = [];
  const read = compiled.ruleReads[position] ?? [];
  let ids: Iterable<string>;
  let only: CheckStatus | undefined;
  if (rule.level === null) {
    ids = compiled.descriptorInfo.keys();
    only = 'not-assessed';
  } else if (rule.strategy === 'limiting') {
    ids = read.length > 0 ? read : descriptorsOfLevel(compiled, rule.level);
    only = 'met';
  } else {
    ids = descriptorsOfLevel(compiled, rule.level);
  }
  for (const id of ids) {
    const info = compiled.descriptorInfo.get(id);
    const status = checkStatus(evaluation, id);
    if (info && (only === undefined || status === only)) reasons.push({ id, level: info.level, status, limiting: info.limiting });
  }
  return reasons;
}

function descriptorsOfLevel(compiled: CompiledArea, level: string): string[] {
  return compiled.descriptorLevels.find((l) => l.level === level)?.descriptors.map((d) => d.id) ?? [];
}

/** The facts an area's rules read for this evaluation: for rule authors checking what a rule sees. */
export function areaFacts(framework: Framework, evaluation: Pick<Evaluation, 'checks' | 'answers'>, areaId: string): AreaFacts {
  assertFramework(framework);
  assertPart('checksAndAnswers', evaluation, 'evaluation');
  assertString(areaId, 'areaId');
  const area = requireCompiled(framework).areas.get(areaId);
  if (!area) throw new ApqError(`unknown area "${areaId}" in ${framework.id}@${framework.version}`);
  return computeFacts(area, evaluation);
}

/** The suggested level of every area, by id (null where none is suggested): what `diff` compares. */
export function suggestLevels(framework: Framework, evaluation: Evaluation): Record<string, string | null> {
  return Object.fromEntries(suggest(framework, evaluation).areas.map((s) => [s.area, s.level ?? null]));
}
