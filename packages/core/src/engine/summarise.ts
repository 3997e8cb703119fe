// SPDX-License-Identifier: MIT
// One evaluation at a glance: how complete it is, by area and category; the judgements beside the
// engine's suggestions; strengths and priorities; and what a submission still needs.
import { indexFramework } from '../model/framework-index.js';
import type { AreaStatus } from '../schema/area.js';
import type { AreaRecord, Evaluation, EvaluationV1, FrameworkRef, Setting } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { missingOf } from '../validate/evaluation-checks.js';
import { type Problem, formatPath } from '../validate/problems.js';
import { isAnswered } from './answers.js';
import { requireCompiled } from './compile.js';
import { currentFormat } from '../versioning/format.js';
import { answerAt, assertEvaluationArgument, assertFramework, assertOptions } from './guard.js';
import { isFullCalendarDate } from './dates.js';
import { type Day, type PlanProgress, planProgress } from './plan.js';
import { type AreaProgress, progressOf } from './progress.js';
import { type AreaSuggestion, type SuggestionStatus, suggestFor } from './suggest.js';

export interface Tally {
  done: number;
  total: number;
}

export interface AreaSummary {
  id: string;
  number: number;
  title: string;
  category: string;
  status: AreaStatus;
  /** True when the evaluation's use names this area as one that matters most. */
  focus: boolean;
  questions: Tally & { unanswered: string[] };
  descriptors: Tally;
  judgement: {
    level: string | null;
    label: string | null;
    rationale: string | null;
    carriedForward: boolean;
    /** True when a level is chosen and it is not the level the engine suggests. */
    differsFromSuggestion: boolean;
  };
  suggestion: { status: SuggestionStatus; level: string | null; label: string | null };
  strengths: string[];
  priorities: Array<NonNullable<AreaRecord['priorities']>[number]>;
  actions: { total: number; open: number };
  /** What a submission still needs in this area (`path: message`). */
  missing: Problem[];
  /** The area's progress, as `areaProgress` has it. */
  progress: AreaProgress;
  /**
   * `progress.status === 'completed'`: every question answered and, where the framework has a
   * judgement scale, a judgement made, with a rationale where it differs from a suggested level.
   */
  complete: boolean;
}

export interface CategorySummary {
  id: string;
  title: string;
  questions: Tally;
  descriptors: Tally;
  judgements: Tally;
  areas: AreaSummary[];
}

export interface EvaluationSummary {
  evaluation: {
    id: string;
    status: Evaluation['status'];
    use: string | null;
    useTitle: string | null;
    setting: Setting;
    framework: FrameworkRef;
    createdAt: string;
    updatedAt: string;
    submittedAt: string | null;
  };
  framework: { title: string; area: string; areas: string };
  completion: { questions: Tally; descriptors: Tally; judgements: Tally; areas: Tally };
  categories: CategorySummary[];
  /** How many areas were judged at each level of the judgement scale, best first. */
  judgements: Array<{ level: string; label: string; count: number }>;
  strengths: Array<{ area: string; text: string }>;
  priorities: Array<{ area: string; id: string; text: string; actions: number }>;
  /** Everything a submission still needs (for a submitted evaluation: what it lacks). */
  missing: Problem[];
  readyToSubmit: boolean;
  /** How the improvement plan is going, as of `options.on` (default: the day the evaluation was last updated). */
  plan: PlanProgress;
}

export interface SummariseOptions {
  /** The day the plan's progress is as of (overdue actions, recent reviews). Default: the day of the evaluation's `updatedAt`. */
  on?: Day;
  /** How many days back a review counts as recent (default 90). */
  reviewedWithinDays?: number;
}

/** Throws an `ApqError` for arguments that are not a framework and an evaluation (see docs/engine.md, "The boundary"). */
export function summarise(framework: Framework, input: Evaluation, options: SummariseOptions = {}): EvaluationSummary {
  assertFramework(framework);
  assertEvaluationArgument(input);
  assertOptions(options);
  const evaluation = currentFormat(input as Evaluation | EvaluationV1);
  const plan = planProgress(evaluation, {
    // An updatedAt that is not a date (validation refuses one) leaves nothing overdue or recent.
    on: options.on ?? (isFullCalendarDate(evaluation.updatedAt.slice(0, 10)) ? evaluation.updatedAt.slice(0, 10) : '0000-01-01'),
    ...(options.reviewedWithinDays === undefined ? {} : { reviewedWithinDays: options.reviewedWithinDays }),
  });
  const compiled = requireCompiled(framework);
  const index = indexFramework(framework);
  const scale = index.judgementScale;
  const use = framework.uses.find((u) => u.id === evaluation.use);
  const suggestions = new Map<string, AreaSuggestion>(compiled.areaList.map((info) => [info.area.id, suggestFor(framework, info, evaluation, false)]));
  const suggestion = (areaId: string) => suggestions.get(areaId)!;
  const missing = missingOf(evaluation, index, { suggestion }).filter((p) => p.code !== 'submitted-at-missing' || evaluation.status === 'submitted');
  const labelOf = (level: string | null) => (level === null ? null : (scale?.levels.find((l) => l.id === level)?.label ?? level));

  const categories: CategorySummary[] = framework.categories.map((category) => {
    const areas = category.areas.map((area): AreaSummary => {
      const info = compiled.areas.get(area.id)!;
      const record = Object.hasOwn(evaluation.areas, area.id) ? evaluation.areas[area.id] : undefined;
      const unanswered = info.questions.filter((q) => !isAnswered(q, answerAt(evaluation, q.id))).map((q) => q.id);
      const suggestion = suggestions.get(area.id)!;
      const prefix = `${formatPath(['areas', area.id])}.`;
      const areaMissing = missing.filter((p) => p.path.startsWith(prefix));
      const level = record?.judgement?.level ?? null;
      const actions = evaluation.actions.filter((a) => a.area === area.id);
      const progress = progressOf(framework, evaluation, area.id, suggestion);
      return {
        id: area.id,
        number: area.number,
        title: area.title,
        category: category.id,
        status: area.status,
        focus: use?.focusAreas?.includes(area.id) ?? false,
        questions: { done: info.questions.length - unanswered.length, total: info.questions.length, unanswered },
        descriptors: { done: progress.descriptors.done, total: progress.descriptors.total },
        judgement: {
          level,
          label: labelOf(level),
          rationale: record?.judgement?.rationale?.trim() || null,
          carriedForward: record?.judgement?.carriedForward === true,
          differsFromSuggestion: level !== null && suggestion.status === 'suggested' && suggestion.level !== level,
        },
        suggestion: { status: suggestion.status, level: suggestion.level, label: suggestion.label },
        strengths: (record?.strengths ?? []).filter((s) => s.trim() !== ''),
        priorities: (record?.priorities ?? []).filter((p) => p.text.trim() !== ''),
        actions: { total: actions.length, open: actions.filter((a) => a.status === 'not-started' || a.status === 'in-progress').length },
        missing: areaMissing,
        progress,
        complete: progress.status === 'completed',
      };
    });
    return {
      id: category.id,
      title: category.title,
      questions: sum(areas.map((a) => a.questions)),
      descriptors: sum(areas.map((a) => a.descriptors)),
      judgements: judgementTally(areas, scale !== undefined),
      areas,
    };
  });

  const allAreas = categories.flatMap((c) => c.areas);
  const writtenAreas = allAreas.filter((a) => a.status === 'complete');
  return {
    evaluation: {
      id: evaluation.id,
      status: evaluation.status,
      use: evaluation.use ?? null,
      useTitle: use?.title ?? null,
      setting: evaluation.setting,
      framework: evaluation.framework,
      createdAt: evaluation.createdAt,
      updatedAt: evaluation.updatedAt,
      submittedAt: evaluation.submittedAt ?? null,
    },
    framework: { title: framework.title, area: framework.terminology?.area ?? 'area', areas: framework.terminology?.areas ?? 'areas' },
    completion: {
      questions: sum(categories.map((c) => c.questions)),
      descriptors: sum(categories.map((c) => c.descriptors)),
      judgements: sum(categories.map((c) => c.judgements)),
      areas: { done: writtenAreas.filter((a) => a.complete).length, total: writtenAreas.length },
    },
    categories,
    judgements: (scale?.levels ?? []).map((l) => ({ level: l.id, label: l.label, count: allAreas.filter((a) => a.judgement.level === l.id).length })),
    strengths: allAreas.flatMap((a) => a.strengths.map((text) => ({ area: a.id, text }))),
    priorities: allAreas.flatMap((a) =>
      a.priorities.map((p) => ({ area: a.id, id: p.id, text: p.text, actions: evaluation.actions.filter((x) => x.priority === p.id).length })),
    ),
    missing,
    readyToSubmit: missing.filter((p) => p.code !== 'submitted-at-missing').length === 0,
    plan,
  };
}

function sum(tallies: Tally[]): Tally {
  return tallies.reduce((acc, t) => ({ done: acc.done + t.done, total: acc.total + t.total }), { done: 0, total: 0 });
}

function judgementTally(areas: AreaSummary[], hasScale: boolean): Tally {
  if (!hasScale) return { done: 0, total: 0 };
  const judged = areas.filter((a) => a.status === 'complete');
  return { done: judged.filter((a) => a.judgement.level !== null).length, total: judged.length };
}
