// SPDX-License-Identifier: MIT
// Area-wide views for a local authority or trust: per area, how the settings were judged, how far
// they got and the priorities they most often name. Counts only, and only as disclosure-controlled
// cells (suppression.ts, ADR 0008): never a list or an order of settings, never a file name or an
// evaluation id, and nothing from which two outputs that differ by one setting tell its judgement.
import { indexFramework } from '../model/framework-index.js';
import {
  AGGREGATE_FORMAT,
  AGGREGATE_FORMAT_VERSION,
  AGGREGATE_LIMITS,
  type AggregateAreaFigures,
  type AggregateBreakdown,
  type AggregateDisclosure,
  type AggregateDocument,
  type AggregatePeriod,
  BREAKDOWN_KINDS,
  type BreakdownKind,
} from '../schema/aggregate.js';
import { EVALUATION_STATUSES, type Evaluation, type FrameworkRef } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { PartialDate } from '../schema/primitives.js';
import { ApqError, type Problem, problem } from '../validate/problems.js';
import { assertEvaluationArgument, assertFramework, assertOptionalFunction, assertOptions, assertString, evaluationShapeProblems, isEvaluationHeader } from './guard.js';
import { type ProgressStatus, progressStatusOf, progressStatusesOf } from './progress.js';
import { requireCompiled } from './compile.js';
import { identifySettings } from './setting.js';
import {
  type Cell,
  CellDrawer,
  DEFAULT_DISCLOSURE_KEY,
  DISCLOSURE_METHOD,
  ROUNDING_BASE,
  SUPPRESSED_WORDING,
  SUPPRESSION_THRESHOLD,
  recordKey,
} from './suppression.js';
import * as z from 'zod/mini';

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
  /** Only evaluations with this status; `'any'` takes drafts too. Default `'submitted'`: the latest submitted evaluation of each setting counts. */
  status?: EvaluationStatus | 'any';
  /**
   * Migrates an evaluation made against another version of the framework. Without it, such
   * evaluations are left out and counted, never mixed in.
   */
  migrate?: MigrateEvaluation;
  /**
   * The publisher's secret for the disclosure control's record keys (ADR 0008). Set it: without it
   * the public default is used, and anyone holding the evaluations could recompute the rounding.
   */
  key?: string;
}

export type LeftOutReason = 'other-framework' | 'other-version' | 'migration-failed' | 'invalid';
export const LEFT_OUT_REASONS: readonly LeftOutReason[] = ['other-framework', 'other-version', 'migration-failed', 'invalid'];

/** Evaluations left out for one reason: a protected count, never which ones. */
export interface LeftOutCount {
  reason: LeftOutReason;
  evaluations: Cell;
}

export type AreaAggregate = AggregateAreaFigures;

export interface AggregateResult {
  framework: FrameworkRef & { title: string };
  disclosure: AggregateDisclosure;
  filters: { use: string[] | null; from: string | null; to: string | null; status: EvaluationStatus | null };
  /**
   * Book-keeping of the input, each a protected cell like any other figure (an exact count of
   * evaluations read would give away a suppressed number of settings).
   */
  evaluations: { received: Cell; counted: Cell; superseded: Cell; filteredOut: Cell; leftOut: Cell; migrated: Cell };
  /** The settings counted (one evaluation each: the latest). */
  settings: Cell;
  areas: AreaAggregate[];
  /** Evaluations left out, by reason (counts only). */
  leftOut: LeftOutCount[];
}

export const COMMON_PRIORITIES_SHOWN = 10;

/**
 * The figures of one selection of evaluations. Throws an `ApqError` for arguments that are not a
 * framework, a list of evaluations and options (an `ApqValidationError` naming `evaluations[<i>]`
 * for the first that is not an evaluation).
 */
export function aggregate(framework: Framework, evaluations: readonly AggregateInput[], options: AggregateOptions = {}): AggregateResult {
  assertAggregateArguments(framework, evaluations, options);
  const prepared = prepareEvaluations(framework, evaluations, options);
  const selection = selectFrom(prepared, filtersOf(options));
  const drawer = drawerFor(selection, options.key);
  const figures = figuresOf(framework, selection.included, drawer);
  const leftOutByReason = LEFT_OUT_REASONS.map((reason) => ({ reason, evaluations: drawer.cell(`left-out/${reason}`, prepared.leftOut.filter((l) => l.reason === reason).length) }));
  return {
    framework: { id: framework.id, version: framework.version, title: framework.title },
    disclosure: disclosureOf(options.key),
    filters: {
      use: options.use === undefined ? null : [options.use].flat(),
      from: options.from ?? null,
      to: options.to ?? null,
      status: statusOf(options) ?? null,
    },
    evaluations: {
      received: drawer.cell('evaluations/received', evaluations.length),
      counted: drawer.cell('evaluations/counted', selection.included.length),
      superseded: drawer.cell('evaluations/superseded', selection.superseded),
      filteredOut: drawer.cell('evaluations/filtered-out', selection.filteredOut),
      leftOut: drawer.cell('evaluations/left-out', prepared.leftOut.length),
      migrated: drawer.cell('evaluations/migrated', prepared.migrated),
    },
    settings: figures.settings,
    areas: figures.areas,
    leftOut: leftOutByReason.filter((l) => !l.evaluations.suppressed || prepared.leftOut.some((x) => x.reason === l.reason)),
  };
}

/** A period of an aggregate document: which evaluations it takes, by date (`submittedAt`, else `updatedAt`). */
export interface PeriodSpec {
  id: string;
  label: string;
  from?: string;
  to?: string;
}

export interface AggregateDocumentOptions extends Omit<AggregateOptions, 'from' | 'to'> {
  /** The periods, oldest first; default one period of every evaluation. */
  periods?: readonly PeriodSpec[];
  /** Figures again for each use, or each type of setting, found among the evaluations. */
  breakdowns?: readonly BreakdownKind[];
  /** When the document is made; default now. */
  generatedAt?: Date;
}

const ALL_TIME: PeriodSpec = { id: 'all', label: 'All evaluations' };

/**
 * An aggregate document (`apq-aggregate`): the figures of each period, and of each breakdown,
 * protected by the disclosure control. What a council publishes or sends to a browser. Throws an
 * `ApqError` for arguments that are not a framework, evaluations and options.
 */
export function aggregateDocument(framework: Framework, evaluations: readonly AggregateInput[], options: AggregateDocumentOptions = {}): AggregateDocument {
  assertAggregateArguments(framework, evaluations, options);
  const periods = assertPeriods(options.periods);
  const breakdowns = assertBreakdowns(options.breakdowns);
  const generatedAt = options.generatedAt ?? new Date();
  if (!(generatedAt instanceof Date) || Number.isNaN(generatedAt.getTime())) throw new ApqError('options.generatedAt must be a valid Date');
  const prepared = prepareEvaluations(framework, evaluations, options);
  const base = filtersOf(options);
  const periodsOf = (only?: { by: BreakdownKind; value: string }): AggregatePeriod[] =>
    periods.map((spec) => {
      const selection = selectFrom(prepared, { ...base, from: spec.from, to: spec.to, only });
      return { id: spec.id, label: spec.label, ...(spec.from ? { from: spec.from } : {}), ...(spec.to ? { to: spec.to } : {}), ...figuresOf(framework, selection.included, drawerFor(selection, options.key)) };
    });
  const document: AggregateDocument = {
    format: AGGREGATE_FORMAT,
    formatVersion: AGGREGATE_FORMAT_VERSION,
    framework: { id: framework.id, version: framework.version, title: framework.title },
    disclosure: disclosureOf(options.key),
    generatedAt: generatedAt.toISOString(),
    filters: { use: options.use === undefined ? null : [options.use].flat(), status: statusOf(options) ?? null },
    periods: periodsOf(),
  };
  if (breakdowns.length > 0) document.breakdowns = breakdownsOf(framework, prepared, breakdowns, periodsOf);
  return document;
}

function breakdownsOf(
  framework: Framework,
  prepared: Prepared,
  kinds: readonly BreakdownKind[],
  periodsOf: (only: { by: BreakdownKind; value: string }) => AggregatePeriod[],
): AggregateBreakdown[] {
  const out: AggregateBreakdown[] = [];
  for (const by of kinds) {
    const values = new Map<string, string>();
    for (const entry of prepared.valid) {
      const { evaluation } = entry;
      const value = breakdownValueOf(entry, by);
      if (value === undefined || values.has(value)) continue;
      const label = by === 'use' ? (framework.uses.find((u) => u.id === value)?.title ?? value) : (evaluation.setting.type ?? value).trim();
      values.set(value, label);
    }
    for (const [value, label] of [...values].sort((a, b) => a[1].localeCompare(b[1]))) {
      if (out.length >= AGGREGATE_LIMITS.breakdowns) return out;
      out.push({ by, value, label, periods: periodsOf({ by, value }) });
    }
  }
  return out;
}

function breakdownValue(evaluation: EvaluationHeader, by: BreakdownKind): string | undefined {
  if (by === 'use') return evaluation.use;
  const type = evaluation.setting.type?.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 200);
  return type ? type : undefined;
}

/** {@link breakdownValue}, the setting type's worked out once per evaluation however many periods ask. */
function breakdownValueOf(entry: PreparedEvaluation, by: BreakdownKind): string | undefined {
  if (by === 'use') return entry.evaluation.use;
  if (entry.settingType === undefined) entry.settingType = breakdownValue(entry.evaluation, by) ?? null;
  return entry.settingType ?? undefined;
}

function disclosureOf(key: string | undefined): AggregateDisclosure {
  return {
    method: DISCLOSURE_METHOD,
    threshold: SUPPRESSION_THRESHOLD,
    parameters: { base: ROUNDING_BASE, rounding: 'unbiased, fixed by a keyed cell key', key: key === undefined || key === DEFAULT_DISCLOSURE_KEY ? 'public default' : 'set by the publisher' },
    wording: SUPPRESSED_WORDING,
  };
}

function statusOf(options: AggregateOptions): EvaluationStatus | undefined {
  return options.status === 'any' ? undefined : (options.status ?? 'submitted');
}

// --- Selecting the evaluations --------------------------------------------------------------

interface PreparedEvaluation extends TallyEntry {
  identity: string;
  position: number;
  date: string;
  /** `Date.parse(updatedAt)`, for choosing the latest. */
  updated: number;
  /** The normalised setting type (null: none), once asked for. */
  settingType?: string | null;
  /** The record key (ADR 0008), once drawn: the secret is the same throughout one call. */
  recordKey?: number;
}

interface Prepared {
  /** Evaluations of the framework version (migrated where needed) whose levels fit it. */
  valid: PreparedEvaluation[];
  migrated: number;
  leftOut: Array<{ reason: LeftOutReason; problems?: Problem[] }>;
}

/** The evaluations that fit the framework version (migrated to it where a migration is given), each with the setting it is of. */
function prepareEvaluations(framework: Framework, inputs: readonly AggregateInput[], options: AggregateOptions): Prepared {
  const leftOut: Prepared['leftOut'] = [];
  const leave = (reason: LeftOutReason, problems?: Problem[]) => void leftOut.push({ reason, ...(problems ? { problems } : {}) });
  const levels = new Set(indexFramework(framework).judgementScale?.levels.map((l) => l.id) ?? []);
  const valid: PreparedEvaluation[] = [];
  const fit = (evaluation: EvaluationHeader, position: number, source: Evaluation | undefined, facts: EvaluationFacts | undefined) =>
    void valid.push({
      evaluation,
      ...(source ? { source } : {}),
      ...(facts ? { facts } : {}),
      position,
      identity: '',
      date: evaluation.submittedAt ?? evaluation.updatedAt,
      updated: Date.parse(evaluation.updatedAt),
    });
  let migrated = 0;
  for (let position = 0; position < inputs.length; position++) {
    const input = inputs[position]!;
    if (input.framework.id !== framework.id) {
      leave('other-framework');
      continue;
    }
    if (isAggregateDigest(input)) {
      // A digest's facts are of its own framework version: it cannot be migrated (aggregate its evaluation instead).
      if (input.framework.version !== framework.version) leave('other-version');
      else if (input.unknownLevel) leave('invalid', [input.unknownLevel]);
      else {
        const { facts, unknownLevel: _unknown, digest: _digest, ...header } = input;
        fit(header, position, undefined, facts);
      }
      continue;
    }
    let evaluation = input;
    if (input.framework.version !== framework.version) {
      if (!options.migrate) {
        leave('other-version');
        continue;
      }
      try {
        evaluation = options.migrate(input, framework);
      } catch {
        leave('migration-failed');
        continue;
      }
      const shape = evaluationShapeProblems(evaluation);
      if (shape.length > 0 || evaluation.framework.id !== framework.id || evaluation.framework.version !== framework.version) {
        leave('migration-failed', shape.length > 0 ? shape : undefined);
        continue;
      }
      migrated++;
    }
    const unknown = unknownLevelOf(framework, evaluation, levels);
    if (unknown) leave('invalid', [unknown]);
    else fit(evaluation, position, evaluation, undefined);
  }
  const identities = identifySettings(valid.map((entry) => entry.evaluation));
  valid.forEach((entry, i) => (entry.identity = identities[i]!));
  return { valid, migrated, leftOut };
}

/** The first judgement at a level the framework's scale lacks, as a problem. */
function unknownLevelOf(framework: Framework, evaluation: Evaluation, levels: ReadonlySet<string>): Problem | undefined {
  for (const areaId in evaluation.areas) {
    if (!Object.hasOwn(evaluation.areas, areaId)) continue;
    const level = evaluation.areas[areaId]?.judgement?.level;
    if (level !== undefined && level !== null && !levels.has(level)) {
      return problem(['areas', areaId, 'judgement', 'level'], `unknown level "${level}"`, 'unknown-level', { level, scale: framework.judgementScale ?? '' });
    }
  }
  return undefined;
}

// --- Digests ----------------------------------------------------------------------------------

/** The version of {@link AggregateDigest}'s shape: a digest is made and read by the same version of this package. */
export const AGGREGATE_DIGEST_VERSION = 1;

/**
 * What aggregating needs of one evaluation, worked out ahead: its header and what it adds to each
 * written area of its own framework version. Small, and a plain value, so that the work of reading
 * many evaluations can be spread over worker threads (as `apq aggregate` does) and only digests
 * sent back. Not a file format: made and read by the same version of this package.
 */
export interface AggregateDigest extends EvaluationHeader {
  digest: typeof AGGREGATE_DIGEST_VERSION;
  facts: EvaluationFacts;
  /** A judgement at a level the scale lacks: the evaluation is left out as invalid. */
  unknownLevel?: Problem;
}

export type AggregateInput = Evaluation | AggregateDigest;

/**
 * The digest of an evaluation of `framework` (the very version it names). Throws an `ApqError`
 * for arguments that are not a framework and an evaluation of it.
 */
export function digestForAggregate(framework: Framework, evaluation: Evaluation): AggregateDigest {
  assertFramework(framework);
  assertEvaluationArgument(evaluation);
  if (evaluation.framework.id !== framework.id || evaluation.framework.version !== framework.version) {
    throw new ApqError(`the evaluation is of ${evaluation.framework.id}@${evaluation.framework.version}, not ${framework.id}@${framework.version}`);
  }
  const { id, framework: ref, status, use, setting, updatedAt, submittedAt } = evaluation;
  const levels = new Set(indexFramework(framework).judgementScale?.levels.map((l) => l.id) ?? []);
  const unknownLevel = unknownLevelOf(framework, evaluation, levels);
  const plan = tallyPlan(framework);
  const facts = factsOf(framework, evaluation, plan);
  // Where the status could not be worked out, ask again so that it throws here, with its reason.
  facts.statuses.forEach((status, a) => {
    if (status === UNKNOWN_STATUS) progressStatusOf(framework, evaluation, plan.areas[a]!.area.id);
  });
  return {
    digest: AGGREGATE_DIGEST_VERSION,
    id,
    framework: { id: ref.id, version: ref.version },
    status,
    ...(use === undefined ? {} : { use }),
    setting: { ...setting },
    updatedAt,
    ...(submittedAt === undefined ? {} : { submittedAt }),
    facts,
    ...(unknownLevel ? { unknownLevel } : {}),
  };
}

/** Throws an `ApqError` unless `value` has the shape of a digest this version makes (and, for one of `framework`'s version, facts that fit it). */
function assertDigest(framework: Framework, value: object, what: string): asserts value is AggregateDigest {
  const d = value as Record<string, unknown>;
  if (d.digest !== AGGREGATE_DIGEST_VERSION || !isEvaluationHeader(d)) {
    throw new ApqError(`${what} is not an aggregate digest made by this version of @ap-quality/core (make it with digestForAggregate)`);
  }
  const ref = d.framework as FrameworkRef;
  if (ref.id !== framework.id || ref.version !== framework.version) return;
  const plan = tallyPlan(framework);
  const count = plan.areas.length;
  const facts = d.facts as Partial<EvaluationFacts> | null | undefined;
  const fits =
    typeof facts === 'object' && facts !== null &&
    Array.isArray(facts.levels) && facts.levels.length === count && facts.levels.every((l) => Number.isInteger(l) && l >= -1 && l < plan.levels.length) &&
    Array.isArray(facts.statuses) && facts.statuses.length === count && facts.statuses.every((st) => st === 0 || st === 1 || st === 2 || st === 3) &&
    Array.isArray(facts.priorities) && facts.priorities.length === count &&
    facts.priorities.every((list) => list === undefined || list === null || (Array.isArray(list) && list.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as { key?: unknown }).key === 'string' && typeof (p as { text?: unknown }).text === 'string')));
  if (!fits) throw new ApqError(`${what}: its facts do not fit ${framework.id}@${framework.version} (make the digest with digestForAggregate and that framework)`);
}

function isAggregateDigest(input: AggregateInput): input is AggregateDigest {
  return (input as Partial<AggregateDigest>).digest !== undefined;
}

interface Filters {
  uses: Set<string> | undefined;
  status: EvaluationStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
  only?: { by: BreakdownKind; value: string } | undefined;
}

function filtersOf(options: AggregateOptions): Filters {
  return { uses: options.use === undefined ? undefined : new Set([options.use].flat()), status: statusOf(options), from: options.from, to: options.to };
}

interface Selection {
  /** One evaluation per setting, the latest, with the setting's identity. */
  included: PreparedEvaluation[];
  superseded: number;
  filteredOut: number;
}

/**
 * The evaluations one aggregate counts (one per setting: the latest that passes the filters) and
 * how the others were accounted for, as raw numbers. Internal, for tests: publish only through
 * {@link aggregate} or {@link aggregateDocument}.
 */
export function selectEvaluations(framework: Framework, evaluations: readonly AggregateInput[], options: AggregateOptions = {}) {
  const prepared = prepareEvaluations(framework, evaluations, options);
  const selection = selectFrom(prepared, filtersOf(options));
  // (A digest, which has no evaluation to give back, is given back as its header.)
  return { included: selection.included.map((e) => e.source ?? (e.evaluation as Evaluation)), superseded: selection.superseded, filteredOut: selection.filteredOut, leftOut: prepared.leftOut.length, migrated: prepared.migrated };
}

function selectFrom(prepared: Prepared, filters: Filters): Selection {
  const latest = new Map<string, PreparedEvaluation>();
  let filteredOut = 0;
  for (const entry of prepared.valid) {
    if (!passes(entry, filters)) {
      filteredOut++;
      continue;
    }
    const held = latest.get(entry.identity);
    if (!held || isLater(entry, held)) latest.set(entry.identity, entry);
  }
  // `valid` is in the evaluations' order: keeping the latest of each setting in it needs no sort.
  const included = latest.size === 0 ? [] : prepared.valid.filter((entry) => latest.get(entry.identity) === entry);
  return { included, superseded: prepared.valid.length - filteredOut - included.length, filteredOut };
}

function passes(entry: PreparedEvaluation, filters: Filters): boolean {
  const { evaluation, date } = entry;
  if (filters.uses && (evaluation.use === undefined || !filters.uses.has(evaluation.use))) return false;
  if (filters.status && evaluation.status !== filters.status) return false;
  // As `date.slice(0, from.length) < from` and `date.slice(0, to.length) > to` read, without
  // making a string each time: a date that starts with the bound is within it.
  if (filters.from && date < filters.from) return false;
  if (filters.to && date > filters.to && !date.startsWith(filters.to)) return false;
  if (filters.only && breakdownValueOf(entry, filters.only.by) !== filters.only.value) return false;
  return true;
}

function isLater(a: PreparedEvaluation, b: PreparedEvaluation): boolean {
  const ta = a.updated;
  const tb = b.updated;
  if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta > tb;
  const { updatedAt, id } = a.evaluation;
  return updatedAt > b.evaluation.updatedAt || (updatedAt === b.evaluation.updatedAt && id > b.evaluation.id);
}

function drawerFor(selection: Selection, key: string | undefined): CellDrawer {
  const secret = key ?? DEFAULT_DISCLOSURE_KEY;
  return new CellDrawer(selection.included.map((e) => (e.recordKey ??= recordKey(secret, e.identity, e.evaluation.id, e.evaluation.updatedAt))));
}

// --- The figures ------------------------------------------------------------------------------

function figuresOf(framework: Framework, included: readonly PreparedEvaluation[], drawer: CellDrawer): { settings: Cell; areas: AreaAggregate[] } {
  const tallies = tallyEntries(framework, included);
  const areas = tallies.map((t): AreaAggregate => {
    const at = `area/${t.area}`;
    const common = [...t.priorities.values()]
      .map((p) => ({ text: p.text, settings: drawer.cell(`${at}/priority/${p.key}`, p.settings) }))
      .filter((p) => !p.settings.suppressed)
      .sort((a, b) => b.settings.count! - a.settings.count! || a.text.localeCompare(b.text))
      .slice(0, COMMON_PRIORITIES_SHOWN);
    return {
      area: t.area,
      number: t.number,
      title: t.title,
      category: t.category,
      categoryTitle: t.categoryTitle,
      judgements: t.levels.map((l) => ({ level: l.level, label: l.label, settings: drawer.cell(`${at}/level/${l.level}`, l.count) })),
      notJudged: drawer.cell(`${at}/not-judged`, t.notJudged),
      completion: {
        completed: drawer.cell(`${at}/completed`, t.completion.completed),
        inProgress: drawer.cell(`${at}/in-progress`, t.completion.inProgress),
        notStarted: drawer.cell(`${at}/not-started`, t.completion.notStarted),
      },
      priorities: { named: drawer.cell(`${at}/priorities-named`, t.named), common },
    };
  });
  return { settings: drawer.cell('settings', included.length), areas };
}

export interface AreaTally {
  area: string;
  number: number;
  title: string;
  category: string;
  categoryTitle: string;
  levels: Array<{ level: string; label: string; count: number }>;
  notJudged: number;
  completion: { completed: number; inProgress: number; notStarted: number };
  named: number;
  /** By normalised text: the words shown (the first in sort order of those used) and how many settings named it. */
  priorities: Map<string, { key: string; text: string; settings: number }>;
}

/**
 * Raw counts per written area, before disclosure control: one evaluation per setting. An area not
 * yet written is never counted (it cannot be judged). Internal: publish only through
 * {@link aggregate} or {@link aggregateDocument}.
 */
export function tallyAreas(framework: Framework, evaluations: readonly Evaluation[]): AreaTally[] {
  return tallyEntries(
    framework,
    evaluations.map((evaluation) => ({ evaluation, source: evaluation })),
  );
}

/**
 * What one evaluation contributes to each written area's tally (by the area's index among them),
 * worked out once per call however many periods and breakdowns count it, and for all its areas at
 * once: going through one evaluation at a time keeps its answers in the processor's cache.
 */
export interface EvaluationFacts {
  /** Index of the judgement's level in the scale; -1 when not judged (or judged at a level the scale lacks). */
  levels: number[];
  /** The area's status as {@link statusCode} numbers it; UNKNOWN_STATUS where it could not be worked out (progressStatusOf threw), to be asked again in the tally's own order (so it throws there, as it always did). */
  statuses: number[];
  /** The priorities named in each area, each normalised text once, in the order named; undefined (or null) where none. */
  priorities: Array<ReadonlyArray<{ key: string; text: string }> | undefined | null>;
}

/** What aggregating reads of an evaluation besides its areas' facts. */
export type EvaluationHeader = Pick<Evaluation, 'id' | 'framework' | 'status' | 'use' | 'setting' | 'updatedAt' | 'submittedAt'>;

interface TallyEntry {
  evaluation: EvaluationHeader;
  /** The evaluation itself, for working out its facts; absent for a digest, which brings them. */
  source?: Evaluation;
  facts?: EvaluationFacts;
}

interface WrittenArea {
  area: Framework['categories'][number]['areas'][number];
  category: Framework['categories'][number];
}

interface TallyPlan {
  areas: WrittenArea[];
  /** Each written area's index in the compiled framework's `areaList` (progressStatusesOf's order). */
  compiledIndex: number[];
  levels: ReadonlyArray<{ id: string; label: string }>;
  levelIndex: Map<string, number>;
}

/** The areas that are written, in framework order, and the scale's levels by id: per framework object, which the engine never changes. */
const planCache = new WeakMap<Framework, TallyPlan>();

function tallyPlan(framework: Framework): TallyPlan {
  let plan = planCache.get(framework);
  if (!plan) {
    const levels = indexFramework(framework).judgementScale?.levels ?? [];
    const levelIndex = new Map<string, number>();
    // Ids are unique in a valid framework; were one repeated, its last level would count (as a Map built from the levels has it).
    levels.forEach((l, i) => levelIndex.set(l.id, i));
    const areas = framework.categories.flatMap((category) => category.areas.filter((area) => area.status !== 'not-yet-written').map((area) => ({ area, category })));
    const compiledAreas = requireCompiled(framework).areaList;
    plan = {
      areas,
      compiledIndex: areas.map(({ area }) => compiledAreas.findIndex((c) => c.area.id === area.id)),
      levels,
      levelIndex,
    };
    planCache.set(framework, plan);
  }
  return plan;
}

const UNKNOWN_STATUS = 255;

/** 0 not started, 1 in progress, 2 completed, 3 not applicable. */
function statusCode(status: ProgressStatus): number {
  return status === 'not-started' ? 0 : status === 'in-progress' ? 1 : status === 'completed' ? 2 : 3;
}

function factsOf(framework: Framework, evaluation: Evaluation, plan: TallyPlan): EvaluationFacts {
  const count = plan.areas.length;
  // Small plain arrays of small integers: cheaper to make by the hundred thousand than typed arrays.
  const facts: EvaluationFacts = { levels: [], statuses: [], priorities: [] };
  const statuses = progressStatusesOf(framework, evaluation);
  for (let a = 0; a < count; a++) {
    const areaId = plan.areas[a]!.area.id;
    const record = Object.hasOwn(evaluation.areas, areaId) ? evaluation.areas[areaId] : undefined;
    const level = record?.judgement?.level;
    facts.levels.push(level === undefined || level === null ? -1 : (plan.levelIndex.get(level) ?? -1));
    const known = statuses[plan.compiledIndex[a]!];
    let status: number;
    try {
      status = statusCode(known ?? progressStatusOf(framework, evaluation, areaId));
    } catch {
      status = UNKNOWN_STATUS;
    }
    facts.statuses.push(status);
    const named = record?.priorities;
    if (named === undefined || named.length === 0) {
      facts.priorities.push(undefined);
      continue;
    }
    // Each setting counts once per priority, however often it names it. A few are told apart by
    // looking through them (cheaper than making a Set for each area of each evaluation); many, by a Set.
    const seen = named.length > 8 ? new Set<string>() : undefined;
    const list: Array<{ key: string; text: string }> = [];
    for (const p of named) {
      const key = normalisedPriority(p.text);
      if (key === '' || (seen ? seen.has(key) : list.some((x) => x.key === key))) continue;
      seen?.add(key);
      list.push({ key, text: p.text.trim() });
    }
    facts.priorities.push(list.length > 0 ? list : undefined);
  }
  return facts;
}

function tallyEntries(framework: Framework, entries: readonly TallyEntry[]): AreaTally[] {
  const plan = tallyPlan(framework);
  const { levels } = plan;
  const areas = plan.areas.length;
  const facts = entries.map((entry) => (entry.facts ??= factsOf(framework, entry.source!, plan)));
  const asked = askUnknownStatuses(framework, plan, entries, facts);
  const counts = plan.areas.map(() => new Array<number>(levels.length).fill(0));
  const byStatus = plan.areas.map(() => [0, 0, 0, 0]);
  const notJudged = new Array<number>(areas).fill(0);
  const namedAny = new Array<number>(areas).fill(0);
  const priorities = plan.areas.map((): AreaTally['priorities'] => new Map());
  // One evaluation at a time, all its areas: each evaluation's facts are read once, while in the cache.
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    for (let a = 0; a < areas; a++) {
      const level = f.levels[a]!;
      if (level >= 0) counts[a]![level]!++;
      else notJudged[a]!++;
      const status = f.statuses[a]!;
      byStatus[a]![status === UNKNOWN_STATUS ? asked!.get(i * areas + a)! : status]!++;
      const named = f.priorities[a];
      if (!named) continue;
      namedAny[a]!++;
      const held = priorities[a]!;
      for (const { key, text } of named) {
        const known = held.get(key);
        if (known) {
          known.settings++;
          if (text < known.text) known.text = text;
        } else held.set(key, { key, text, settings: 1 });
      }
    }
  }
  return plan.areas.map(({ area, category }, a) => ({
    area: area.id,
    number: area.number,
    title: area.title,
    category: category.id,
    categoryTitle: category.title,
    levels: levels.map((l, i) => ({ level: l.id, label: l.label, count: counts[a]![i]! })),
    notJudged: notJudged[a]!,
    // Not-applicable never happens for a written area; counted as not started, as it always was.
    completion: { completed: byStatus[a]![2]!, inProgress: byStatus[a]![1]!, notStarted: byStatus[a]![0]! + byStatus[a]![3]! },
    named: namedAny[a]!,
    priorities: priorities[a]!,
  }));
}

/**
 * The statuses the facts could not give (by `evaluation × areas + area`), asked again area by
 * area and evaluation by evaluation: so the first that cannot be worked out throws, with its
 * reason, where counting area by area always met it. Undefined when there are none.
 */
function askUnknownStatuses(framework: Framework, plan: TallyPlan, entries: readonly TallyEntry[], facts: readonly EvaluationFacts[]): Map<number, number> | undefined {
  if (!facts.some((f) => f.statuses.includes(UNKNOWN_STATUS))) return undefined;
  const areas = plan.areas.length;
  const asked = new Map<number, number>();
  plan.areas.forEach(({ area }, a) => {
    facts.forEach((f, i) => {
      if (f.statuses[a] === UNKNOWN_STATUS) asked.set(i * areas + a, statusCode(progressStatusOf(framework, entries[i]!.source!, area.id)));
    });
  });
  return asked;
}

/** Priorities' normalised words by their text: settings often name the same priority in the same words. */
const normalisedTexts = new Map<string, string>();
const NORMALISED_TEXTS_KEPT = 4096;

/** {@link normalisePriority}, remembered for the last few thousand texts (for a string already checked). */
function normalisedPriority(text: string): string {
  let key = normalisedTexts.get(text);
  if (key === undefined) {
    key = normalisePriority(text);
    if (normalisedTexts.size >= NORMALISED_TEXTS_KEPT) normalisedTexts.clear();
    normalisedTexts.set(text, key);
  }
  return key;
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

// --- Argument checks --------------------------------------------------------------------------

function assertAggregateArguments(framework: Framework, evaluations: readonly AggregateInput[], options: unknown): asserts options is AggregateOptions {
  assertFramework(framework);
  if (!Array.isArray(evaluations)) throw new ApqError('evaluations must be an array of evaluations');
  evaluations.forEach((evaluation: unknown, i) => {
    if (evaluation !== null && typeof evaluation === 'object' && 'digest' in evaluation) assertDigest(framework, evaluation, `evaluations[${i}]`);
    else assertEvaluationArgument(evaluation, `evaluations[${i}]`);
  });
  assertOptions(options);
  if (options === undefined) return;
  const { use, from, to, status, migrate, key } = options as Record<string, unknown>;
  if (use !== undefined && typeof use !== 'string' && !(Array.isArray(use) && use.every((u) => typeof u === 'string'))) {
    throw new ApqError('options.use must be a use id or an array of use ids');
  }
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value === undefined) continue;
    assertString(value, `options.${name}`);
    if (!z.safeParse(PartialDate, value).success) throw new ApqError(`options.${name} must be a date such as 2027-03-31, 2027-03 or 2027`);
  }
  if (status !== undefined && status !== 'any' && !(EVALUATION_STATUSES as readonly unknown[]).includes(status)) {
    throw new ApqError(`options.status must be one of ${EVALUATION_STATUSES.join(', ')} or any`);
  }
  if (key !== undefined) assertString(key, 'options.key');
  assertOptionalFunction(migrate, 'options.migrate');
}

function assertPeriods(periods: unknown): PeriodSpec[] {
  if (periods === undefined) return [ALL_TIME];
  if (!Array.isArray(periods) || periods.length === 0) throw new ApqError('options.periods must be a non-empty array of periods ({ id, label, from?, to? })');
  if (periods.length > AGGREGATE_LIMITS.periods) throw new ApqError(`options.periods holds ${periods.length} periods; at most ${AGGREGATE_LIMITS.periods} are allowed`);
  const ids = new Set<string>();
  return periods.map((p: unknown, i) => {
    const at = `options.periods[${i}]`;
    if (p === null || typeof p !== 'object') throw new ApqError(`${at} must be a period ({ id, label, from?, to? })`);
    const { id, label, from, to } = p as Record<string, unknown>;
    assertString(id, `${at}.id`);
    assertString(label, `${at}.label`);
    if (id === '' || id.length > AGGREGATE_LIMITS.periodId || ids.has(id)) throw new ApqError(`${at}.id must be a new, non-empty id of at most ${AGGREGATE_LIMITS.periodId} characters`);
    if (label.trim() === '') throw new ApqError(`${at}.label must not be empty`);
    ids.add(id);
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value !== undefined && (typeof value !== 'string' || !z.safeParse(PartialDate, value).success)) throw new ApqError(`${at}.${name} must be a date such as 2027-03-31, 2027-03 or 2027`);
    }
    return { id, label, ...(from === undefined ? {} : { from: from as string }), ...(to === undefined ? {} : { to: to as string }) };
  });
}

function assertBreakdowns(breakdowns: unknown): BreakdownKind[] {
  if (breakdowns === undefined) return [];
  if (!Array.isArray(breakdowns) || !breakdowns.every((b) => (BREAKDOWN_KINDS as readonly unknown[]).includes(b))) {
    throw new ApqError(`options.breakdowns must be an array of ${BREAKDOWN_KINDS.join(', ')}`);
  }
  return [...new Set(breakdowns as BreakdownKind[])];
}
