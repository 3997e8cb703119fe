// SPDX-License-Identifier: MIT
// Area-wide views for a local authority or trust: per area, how the settings were judged and the
// priorities they most often name. Counts only: never a list of settings, never an order of
// settings, and every count drawn from fewer than SUPPRESSION_THRESHOLD settings is suppressed.
import { indexFramework } from '../model/framework-index.js';
import { EVALUATION_STATUSES, type Evaluation, type FrameworkRef } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { ApqError, type Problem, problem } from '../validate/problems.js';
import { assertEvaluationArgument, assertFramework, assertOptionalFunction, assertOptions, assertString, evaluationShapeProblems } from './guard.js';
import { settingKey } from './setting.js';
import { type Cell, SUPPRESSION_THRESHOLD, cell, suppressRow } from './suppression.js';

type EvaluationStatus = Evaluation['status'];

/** Brings an evaluation to another version of its framework; throws when it cannot. */
export type MigrateEvaluation = (evaluation: Evaluation, to: Framework) => Evaluation;

export interface AggregateOptions {
  /** Only evaluations made for this use (or any of these uses). */
  use?: string | readonly string[];
  /** Only evaluations dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); the date is `submittedAt`, else `updatedAt`. */
  from?: string;
  /** Only evaluations dated on or before this date (same forms; `2026-03` takes all of March). */
  to?: string;
  /** Only evaluations with this status. */
  status?: EvaluationStatus;
  /**
   * Migrates an evaluation made against another version of the framework. Without it, such
   * evaluations are left out and listed, never mixed in.
   */
  migrate?: MigrateEvaluation;
}

export type LeftOutReason = 'other-framework' | 'other-version' | 'migration-failed' | 'invalid';

export interface LeftOut {
  /** The evaluation's place in the input, from 0. */
  index: number;
  evaluation: string;
  framework: FrameworkRef;
  reason: LeftOutReason;
  message: string;
  problems?: Problem[];
}

export interface AreaAggregate {
  area: string;
  number: number;
  title: string;
  category: string;
  categoryTitle: string;
  /** Settings judged at each level of the judgement scale, best first. */
  judgements: Array<{ level: string; label: string; settings: Cell }>;
  notJudged: Cell;
  priorities: {
    /** Settings that named at least one priority in this area. */
    named: Cell;
    /** Priorities named in the same words by at least SUPPRESSION_THRESHOLD settings, most often named first. */
    common: Array<{ text: string; settings: Cell }>;
    /** How many other distinct priorities were named, each by fewer settings (their words are not shown). */
    others: number;
  };
}

export interface AggregateResult {
  framework: FrameworkRef & { title: string };
  threshold: number;
  filters: { use: string[] | null; from: string | null; to: string | null; status: EvaluationStatus | null };
  /** Book-keeping of the input: received = included + superseded + filteredOut + leftOut. */
  evaluations: { received: number; included: number; superseded: number; filteredOut: number; leftOut: number; migrated: number };
  /** The settings counted (one evaluation each: the latest). */
  settings: Cell;
  areas: AreaAggregate[];
  leftOut: LeftOut[];
}

export const COMMON_PRIORITIES_SHOWN = 10;

/**
 * Throws an `ApqError` for arguments that are not a framework, a list of evaluations and options
 * (an `ApqValidationError` naming `evaluations[<i>]` for the first that is not an evaluation).
 */
export function aggregate(framework: Framework, evaluations: readonly Evaluation[], options: AggregateOptions = {}): AggregateResult {
  assertFramework(framework);
  if (!Array.isArray(evaluations)) throw new ApqError('evaluations must be an array of evaluations');
  evaluations.forEach((evaluation: unknown, i) => assertEvaluationArgument(evaluation, `evaluations[${i}]`));
  assertAggregateOptions(options);
  const selection = selectEvaluations(framework, evaluations, options);
  const tallies = tallyAreas(framework, selection.included);
  const total = selection.included.length;
  const areas: AreaAggregate[] = tallies.map((t) => {
    const row = suppressRow([...t.levels.map((l) => l.count), t.notJudged]);
    const common = [...t.priorities.values()].filter((p) => p.settings.size >= SUPPRESSION_THRESHOLD);
    common.sort((a, b) => b.settings.size - a.settings.size || a.key.localeCompare(b.key));
    return {
      area: t.area,
      number: t.number,
      title: t.title,
      category: t.category,
      categoryTitle: t.categoryTitle,
      judgements: t.levels.map((l, i) => ({ level: l.level, label: l.label, settings: row[i]! })),
      notJudged: row[t.levels.length]!,
      priorities: {
        named: cell(t.named),
        common: common.slice(0, COMMON_PRIORITIES_SHOWN).map((p) => ({ text: p.text, settings: cell(p.settings.size) })),
        others: t.priorities.size - Math.min(common.length, COMMON_PRIORITIES_SHOWN),
      },
    };
  });
  return {
    framework: { id: framework.id, version: framework.version, title: framework.title },
    threshold: SUPPRESSION_THRESHOLD,
    filters: {
      use: options.use === undefined ? null : [options.use].flat(),
      from: options.from ?? null,
      to: options.to ?? null,
      status: options.status ?? null,
    },
    evaluations: {
      received: evaluations.length,
      included: total,
      superseded: selection.superseded,
      filteredOut: selection.filteredOut,
      leftOut: selection.leftOut.length,
      migrated: selection.migrated,
    },
    settings: cell(total),
    areas,
    leftOut: selection.leftOut,
  };
}

export interface Selection {
  /** One evaluation per setting, the latest, in input order. */
  included: Evaluation[];
  superseded: number;
  filteredOut: number;
  migrated: number;
  leftOut: LeftOut[];
}

/** Which evaluations an aggregate counts: the right framework version (or migrated to it), filtered, latest per setting. */
export function selectEvaluations(framework: Framework, evaluations: readonly Evaluation[], options: AggregateOptions = {}): Selection {
  const leftOut: LeftOut[] = [];
  const target = `${framework.id}@${framework.version}`;
  const levels = new Set(indexFramework(framework).judgementScale?.levels.map((l) => l.id) ?? []);
  const uses = options.use === undefined ? undefined : new Set([options.use].flat());
  let migrated = 0;
  let filteredOut = 0;
  const latest = new Map<string, { evaluation: Evaluation; position: number }>();

  evaluations.forEach((original, position) => {
    const leave = (reason: LeftOutReason, message: string, problems?: Problem[]) =>
      leftOut.push({ index: position, evaluation: original.id, framework: original.framework, reason, message, ...(problems ? { problems } : {}) });
    let evaluation = original;
    const made = `${original.framework.id}@${original.framework.version}`;
    if (original.framework.id !== framework.id) return leave('other-framework', `made against ${made}, not ${framework.id}`);
    if (original.framework.version !== framework.version) {
      if (!options.migrate) return leave('other-version', `made against ${made}, not ${target}; migrate it first`);
      try {
        evaluation = options.migrate(original, framework);
      } catch (error) {
        return leave('migration-failed', `could not be migrated from ${made} to ${target}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const shape = evaluationShapeProblems(evaluation);
      if (shape.length > 0) return leave('migration-failed', `migration from ${made} did not produce a valid evaluation`, shape);
      if (evaluation.framework.id !== framework.id || evaluation.framework.version !== framework.version) {
        return leave('migration-failed', `migration from ${made} did not produce an evaluation of ${target}`);
      }
      migrated++;
    }
    const problems = Object.entries(evaluation.areas).flatMap(([areaId, record]) => {
      const level = record.judgement?.level;
      return level === undefined || level === null || levels.has(level)
        ? []
        : [problem(['areas', areaId, 'judgement', 'level'], `unknown level "${level}" of ${target}`, 'unknown-level', { level, scale: framework.judgementScale ?? '' })];
    });
    if (problems.length > 0) return leave('invalid', `does not fit ${target}`, problems);
    if (!passesFilters(evaluation, uses, options)) {
      filteredOut++;
      return;
    }
    const key = settingKey(evaluation);
    const held = latest.get(key);
    if (!held || isLater(evaluation, held.evaluation)) latest.set(key, { evaluation, position });
  });
  const included = [...latest.values()].sort((a, b) => a.position - b.position).map((x) => x.evaluation);
  const counted = evaluations.length - leftOut.length - filteredOut;
  return { included, superseded: counted - included.length, filteredOut, migrated, leftOut };
}

function assertAggregateOptions(options: unknown): asserts options is AggregateOptions {
  assertOptions(options);
  if (options === undefined) return;
  const { use, from, to, status, migrate } = options;
  if (use !== undefined && typeof use !== 'string' && !(Array.isArray(use) && use.every((u) => typeof u === 'string'))) {
    throw new ApqError('options.use must be a use id or an array of use ids');
  }
  if (from !== undefined) assertString(from, 'options.from');
  if (to !== undefined) assertString(to, 'options.to');
  if (status !== undefined && !(EVALUATION_STATUSES as readonly unknown[]).includes(status)) throw new ApqError(`options.status must be one of ${EVALUATION_STATUSES.join(', ')}`);
  assertOptionalFunction(migrate, 'options.migrate');
}

function passesFilters(evaluation: Evaluation, uses: Set<string> | undefined, options: AggregateOptions): boolean {
  if (uses && (evaluation.use === undefined || !uses.has(evaluation.use))) return false;
  if (options.status && evaluation.status !== options.status) return false;
  const date = evaluation.submittedAt ?? evaluation.updatedAt;
  if (options.from && date.slice(0, options.from.length) < options.from) return false;
  if (options.to && date.slice(0, options.to.length) > options.to) return false;
  return true;
}

function isLater(a: Evaluation, b: Evaluation): boolean {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta > tb;
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id);
}

export interface AreaTally {
  area: string;
  number: number;
  title: string;
  category: string;
  categoryTitle: string;
  levels: Array<{ level: string; label: string; count: number }>;
  notJudged: number;
  named: number;
  priorities: Map<string, { key: string; text: string; settings: Set<number> }>;
}

/** Raw counts per area, before suppression. Internal: publish only through {@link aggregate}. */
export function tallyAreas(framework: Framework, evaluations: readonly Evaluation[]): AreaTally[] {
  const scale = indexFramework(framework).judgementScale;
  return framework.categories.flatMap((category) =>
    category.areas.map((area) => {
      const levels = (scale?.levels ?? []).map((l) => ({ level: l.id, label: l.label, count: 0 }));
      const byLevel = new Map(levels.map((l) => [l.level, l]));
      const tally: AreaTally = { area: area.id, number: area.number, title: area.title, category: category.id, categoryTitle: category.title, levels, notJudged: 0, named: 0, priorities: new Map() };
      evaluations.forEach((evaluation, setting) => {
        const record = Object.hasOwn(evaluation.areas, area.id) ? evaluation.areas[area.id] : undefined;
        const level = record?.judgement?.level;
        const counted = level === undefined || level === null ? undefined : byLevel.get(level);
        if (counted) counted.count++;
        else tally.notJudged++;
        let named = false;
        for (const p of record?.priorities ?? []) {
          const key = normalisePriority(p.text);
          if (key === '') continue;
          named = true;
          const entry = tally.priorities.get(key) ?? { key, text: p.text.trim(), settings: new Set<number>() };
          entry.settings.add(setting);
          tally.priorities.set(key, entry);
        }
        if (named) tally.named++;
      });
      return tally;
    }),
  );
}

/**
 * Priorities match when their words match, whatever the case, spacing or closing full stops and
 * exclamation marks. Linear in the length of the text: the closing marks are found by scanning back
 * from the end, not by a regular expression (`/[.!]+$/` tries every run of dots, so 100,000 dots
 * and an "x" took seconds). Throws an `ApqError` for anything but a string.
 */
export function normalisePriority(text: string): string {
  assertString(text, 'the priority');
  // `\s+` matches each run of spaces once, whatever follows: linear.
  const spaced = text.trim().replace(/\s+/g, ' ');
  let end = spaced.length;
  while (end > 0) {
    const c = spaced.charCodeAt(end - 1);
    if (c !== 0x2e /* . */ && c !== 0x21 /* ! */) break;
    end--;
  }
  return spaced.slice(0, end).toLowerCase();
}
