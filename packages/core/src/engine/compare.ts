// SPDX-License-Identifier: MIT
// What changed, area by area, between two evaluations of one setting: judgements (and in which
// direction on the scale), suggestions, answers, descriptor checks, evidence, strengths,
// priorities and actions. Ids are stable across framework versions, so two versions compare too.
import { indexFramework, levelRank } from '../model/framework-index.js';
import type { QualityArea } from '../schema/area.js';
import type { Action, Answer, AreaRecord, CheckStatus, Evaluation, FrameworkRef } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { ApqError } from '../validate/problems.js';
import { type CompiledArea, requireCompiled } from './compile.js';
import { checkStatus } from './facts.js';
import { type FrameworkLookup, findFramework } from './frameworks.js';
import { answerAt, assertEvaluationArgument, assertFramework } from './guard.js';
import { sameSetting } from './setting.js';
import { type SuggestionStatus, suggestFor } from './suggest.js';

export type JudgementDirection = 'improved' | 'declined' | 'unchanged' | 'changed' | 'first-judged' | 'no-longer-judged' | 'not-judged';

type Priority = NonNullable<AreaRecord['priorities']>[number];

export interface AreaChange {
  area: string;
  number: number | null;
  title: string;
  /** False for an area the current framework version no longer has (its record is compared as it was). */
  inCurrentFramework: boolean;
  judgement: {
    previous: string | null;
    current: string | null;
    previousLabel: string | null;
    currentLabel: string | null;
    /** `changed` when a level is not on the current judgement scale, so no direction can be told. */
    direction: JudgementDirection;
    /** Places moved on the scale, positive when better; null when there is no direction. */
    steps: number | null;
  };
  suggestion: { previous: SuggestionBrief | null; current: SuggestionBrief | null };
  answers: { added: string[]; changed: string[]; removed: string[] };
  checks: Array<{ descriptor: string; previous: CheckStatus; current: CheckStatus }>;
  evidenceChanged: boolean;
  strengths: { added: string[]; removed: string[] };
  priorities: { added: Priority[]; removed: Priority[]; kept: Priority[] };
  actions: Array<{ id: string; what: string; previous: Action['status'] | null; current: Action['status'] | null }>;
  changed: boolean;
}

export interface SuggestionBrief {
  status: SuggestionStatus;
  level: string | null;
}

export interface EvaluationRef {
  id: string;
  status: Evaluation['status'];
  createdAt: string;
  updatedAt: string;
  framework: FrameworkRef;
}

export interface EvaluationComparison {
  previous: EvaluationRef;
  current: EvaluationRef;
  sameSetting: boolean;
  sameFrameworkVersion: boolean;
  /** Reasons to read the comparison with care: another setting, another framework, dates the wrong way round. */
  warnings: string[];
  areas: AreaChange[];
  totals: Record<JudgementDirection, number> & { areasChanged: number };
}

/**
 * Compares two evaluations of one setting. The current evaluation's framework version must be in
 * `frameworks`; the previous one's is used when found (for its suggestions and labels). Throws an
 * `ApqError` when it is not, and for arguments that are not two evaluations and a catalogue or list
 * of frameworks.
 */
export function compare(previous: Evaluation, current: Evaluation, frameworks: FrameworkLookup): EvaluationComparison {
  assertEvaluationArgument(previous, 'previous');
  assertEvaluationArgument(current, 'current');
  const lookup = (ref: Evaluation['framework']) => {
    let found: unknown;
    if (Array.isArray(frameworks)) found = frameworks.find((f: unknown) => f !== null && typeof f === 'object' && (f as Framework).id === ref.id && (f as Framework).version === ref.version);
    else if (typeof (frameworks as { get?: unknown } | null)?.get === 'function') found = findFramework(frameworks, ref) ?? undefined;
    else throw new ApqError('frameworks must be a catalogue (such as bundledCatalogue) or an array of frameworks');
    if (found !== undefined) assertFramework(found, `framework ${ref.id}@${ref.version}`);
    return found as Framework | undefined;
  };
  const framework = lookup(current.framework);
  if (!framework) throw new ApqError(`framework ${current.framework.id}@${current.framework.version} of the current evaluation is not available`);
  const previousFramework = previous.framework.id === current.framework.id ? lookup(previous.framework) : undefined;
  const compiled = requireCompiled(framework);
  const compiledPrevious = previousFramework ? requireCompiled(previousFramework) : undefined;
  const scale = indexFramework(framework).judgementScale;
  const previousScale = previousFramework ? indexFramework(previousFramework).judgementScale : undefined;

  const warnings: string[] = [];
  const same = sameSetting(previous.setting, current.setting);
  if (!same) warnings.push('the two evaluations do not name the same setting (by URN, or by name and local authority)');
  if (previous.framework.id !== current.framework.id) {
    warnings.push(`the evaluations were made against different frameworks (${previous.framework.id}, ${current.framework.id}); only areas with the same ids are compared`);
  } else if (previous.framework.version !== current.framework.version) {
    warnings.push(`the evaluations were made against different versions of ${current.framework.id} (${previous.framework.version}, ${current.framework.version}); areas are matched by id`);
  }
  if (current.updatedAt < previous.updatedAt) warnings.push('the current evaluation was last updated before the previous one');

  const areas: AreaChange[] = [];
  for (const area of compiled.areas.values()) {
    areas.push(compareArea(area.area.id, area, compiledPrevious?.areas.get(area.area.id), previous, current, { framework, previousFramework, scale, previousScale }));
  }
  const leftBehind = new Set([...(compiledPrevious?.areas.keys() ?? []), ...Object.keys(previous.areas)]);
  for (const id of leftBehind) {
    if (compiled.areas.has(id)) continue;
    areas.push(compareArea(id, undefined, compiledPrevious?.areas.get(id), previous, current, { framework, previousFramework, scale, previousScale }));
  }

  const totals = { improved: 0, declined: 0, unchanged: 0, changed: 0, 'first-judged': 0, 'no-longer-judged': 0, 'not-judged': 0, areasChanged: 0 };
  for (const a of areas) {
    totals[a.judgement.direction]++;
    if (a.changed) totals.areasChanged++;
  }
  return {
    previous: ref(previous),
    current: ref(current),
    sameSetting: same,
    sameFrameworkVersion: previous.framework.id === current.framework.id && previous.framework.version === current.framework.version,
    warnings,
    areas,
    totals,
  };
}

interface Context {
  framework: Framework;
  previousFramework: Framework | undefined;
  scale: Framework['scales'][number] | undefined;
  previousScale: Framework['scales'][number] | undefined;
}

function compareArea(
  id: string,
  now: CompiledArea | undefined,
  before: CompiledArea | undefined,
  previous: Evaluation,
  current: Evaluation,
  ctx: Context,
): AreaChange {
  const area: QualityArea | undefined = now?.area ?? before?.area;
  const prevRecord = record(previous, id);
  const curRecord = record(current, id);
  const prevLevel = prevRecord?.judgement?.level ?? null;
  const curLevel = curRecord?.judgement?.level ?? null;
  const label = (scale: Context['scale'], level: string | null) => (level === null ? null : (scale?.levels.find((l) => l.id === level)?.label ?? level));

  const questionIds = unique([...(now?.questions ?? []), ...(before?.questions ?? [])].map((q) => q.id));
  const answers = { added: [] as string[], changed: [] as string[], removed: [] as string[] };
  for (const q of questionIds) {
    const a = meaningful(answerAt(previous, q, 'previous'));
    const b = meaningful(answerAt(current, q, 'current'));
    if (a === undefined && b !== undefined) answers.added.push(q);
    else if (a !== undefined && b === undefined) answers.removed.push(q);
    else if (a !== undefined && b !== undefined && a !== b) answers.changed.push(q);
  }

  const descriptorIds = unique([...(now?.descriptorInfo.keys() ?? []), ...(before?.descriptorInfo.keys() ?? [])]);
  const checks = descriptorIds
    .map((descriptor) => ({ descriptor, previous: checkStatus(previous, descriptor), current: checkStatus(current, descriptor) }))
    .filter((c) => c.previous !== c.current);

  const prevStrengths = new Set(clean(prevRecord?.strengths));
  const curStrengths = new Set(clean(curRecord?.strengths));
  const prevPriorities = prevRecord?.priorities ?? [];
  const curPriorities = curRecord?.priorities ?? [];
  const prevPriorityIds = new Set(prevPriorities.map((p) => p.id));
  const curPriorityIds = new Set(curPriorities.map((p) => p.id));

  const prevActions = new Map(previous.actions.filter((a) => a.area === id).map((a) => [a.id, a]));
  const curActions = new Map(current.actions.filter((a) => a.area === id).map((a) => [a.id, a]));
  const actions = unique([...prevActions.keys(), ...curActions.keys()])
    .map((actionId) => {
      const a = prevActions.get(actionId);
      const b = curActions.get(actionId);
      return { id: actionId, what: (b ?? a)!.what, previous: a?.status ?? null, current: b?.status ?? null };
    })
    .filter((a) => a.previous !== a.current);

  const { direction, steps } = judgementDirection(ctx.scale, prevLevel, curLevel);
  const suggestion = {
    previous: before && ctx.previousFramework ? brief(suggestFor(ctx.previousFramework, before, previous, false)) : null,
    current: now ? brief(suggestFor(ctx.framework, now, current, false)) : null,
  };
  const change: Omit<AreaChange, 'changed'> = {
    area: id,
    number: area?.number ?? null,
    title: area?.title ?? id,
    inCurrentFramework: now !== undefined,
    judgement: { previous: prevLevel, current: curLevel, previousLabel: label(ctx.previousScale ?? ctx.scale, prevLevel), currentLabel: label(ctx.scale, curLevel), direction, steps },
    suggestion,
    answers,
    checks,
    evidenceChanged: (prevRecord?.evidence?.trim() ?? '') !== (curRecord?.evidence?.trim() ?? ''),
    strengths: { added: [...curStrengths].filter((s) => !prevStrengths.has(s)), removed: [...prevStrengths].filter((s) => !curStrengths.has(s)) },
    priorities: {
      added: curPriorities.filter((p) => !prevPriorityIds.has(p.id)),
      removed: prevPriorities.filter((p) => !curPriorityIds.has(p.id)),
      kept: curPriorities.filter((p) => prevPriorityIds.has(p.id)),
    },
    actions,
  };
  const changed =
    prevLevel !== curLevel ||
    answers.added.length + answers.changed.length + answers.removed.length + checks.length + actions.length > 0 ||
    change.evidenceChanged ||
    change.strengths.added.length + change.strengths.removed.length + change.priorities.added.length + change.priorities.removed.length > 0;
  return { ...change, changed };
}

function judgementDirection(scale: Context['scale'], before: string | null, after: string | null): { direction: JudgementDirection; steps: number | null } {
  if (before === null && after === null) return { direction: 'not-judged', steps: null };
  if (before === null) return { direction: 'first-judged', steps: null };
  if (after === null) return { direction: 'no-longer-judged', steps: null };
  if (before === after) return { direction: 'unchanged', steps: 0 };
  const a = scale ? levelRank(scale, before) : -1;
  const b = scale ? levelRank(scale, after) : -1;
  if (a < 0 || b < 0) return { direction: 'changed', steps: null };
  return { direction: b < a ? 'improved' : 'declined', steps: a - b };
}

function brief(s: { status: SuggestionStatus; level: string | null }): SuggestionBrief {
  return { status: s.status, level: s.level };
}

function record(evaluation: Evaluation, areaId: string): AreaRecord | undefined {
  return Object.hasOwn(evaluation.areas, areaId) ? evaluation.areas[areaId] : undefined;
}

/** An answer reduced to what a person entered, so that empty fields and key order do not count as change. */
function meaningful(answer: Answer | undefined): string | undefined {
  if (!answer) return undefined;
  const text = answer.text?.trim() ?? '';
  const evidence = (answer.evidence ?? []).map((e) => [e.title.trim(), e.reference?.trim() ?? '']).filter(([t, r]) => t !== '' || r !== '');
  if (text === '' && answer.response === undefined && answer.level === undefined && evidence.length === 0) return undefined;
  return JSON.stringify([text, answer.response ?? null, answer.level ?? null, evidence]);
}

function clean(list: string[] | undefined): string[] {
  return (list ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

function ref(e: Evaluation): EvaluationRef {
  return { id: e.id, status: e.status, createdAt: e.createdAt, updatedAt: e.updatedAt, framework: e.framework };
}
