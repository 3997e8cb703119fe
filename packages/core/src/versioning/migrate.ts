// SPDX-License-Identifier: MIT
// Moving an evaluation to another version of its framework. Answers, checks and area records
// follow their stable ids and the target's migration notes; whatever has no home there is kept
// in `carriedOver` with where it came from. Nothing a person entered is ever dropped.
import { type FrameworkIndex, indexFramework, questionsOfArea } from '../model/framework-index.js';
import type { Action, Answer, AreaRecord, CarriedOverItem, CheckStatus, Evaluation, FrameworkRef } from '../schema/evaluation.js';
import type { Framework, MigrationNote } from '../schema/framework.js';
import { Evaluation as EvaluationDocument } from '../schema/evaluation.js';
import { missingForSubmission, checkEvaluationAgainstFramework } from '../validate/evaluation-checks.js';
import { type PathSegment, type ProblemCode, type ProblemParams, type Result, formatPath, formatProblem, problem, unwrap } from '../validate/problems.js';
import { parseWith } from '../validate/validate.js';
import { type Destination, applicableNotes, destinationOf } from './destinations.js';
import { fitAnswer } from './fit.js';
import { type RestoredItem, restoreCarriedOver } from './restore.js';
import { mergeFields } from './merge.js';

export interface MigrateOptions {
  /**
   * The version the evaluation was made against. With it the report lists exactly the
   * questions and judgements that are new in the target; without it, every question the
   * migrated evaluation leaves unanswered that it did not answer before.
   */
  from?: Framework;
  /**
   * The time of the migration, a `Date` as every clock core takes (`init`, `copyForward`, the edit
   * helpers): the new `updatedAt` and each `carriedAt`, as `now.toISOString()`. Default: now.
   */
  now?: Date;
}

export type { RestoredItem };

export interface MovedItem {
  /** Where the item stood in the evaluation before, e.g. `answers.pupil-induction-q1`. */
  from: string;
  /** Where it stands now: one place, or several for a split. */
  to: string[];
  kind: MigrationNote['kind'];
}

export interface MigrationReport {
  framework: string;
  from: string;
  to: string;
  /** Items that changed place (renamed, moved, split, merged), by path. */
  moved: MovedItem[];
  /** What this migration put in `carriedOver`, with where each came from and why. */
  carriedOver: CarriedOverItem[];
  /**
   * What was in `carriedOver` (from earlier migrations) and is back in its place, because this
   * version has that place and it was empty: e.g. every answer after 2.0.0 → 1.0.0 → 2.0.0.
   */
  restored: RestoredItem[];
  /** Paths the target version asks for that the evaluation cannot have answered yet. */
  newlyUnanswered: string[];
  /** Answers, checks and area records that kept their place unchanged. */
  unchanged: number;
  /** Why a submitted evaluation became a draft again (empty when it did not). */
  reopenedBecause: string[];
}

export interface Migration {
  evaluation: Evaluation;
  report: MigrationReport;
}

type Carry = (path: PathSegment[], value: unknown, reason: string) => void;

interface Work {
  target: Framework;
  index: FrameworkIndex;
  notes: ReadonlyMap<string, MigrationNote>;
  where: string;
  carry: Carry;
  moved: MovedItem[];
  unchanged: number;
  /** Judgements set back to undecided because their level is not on the target's scale. */
  cleared: string[];
}

const ANSWER_LISTS: ReadonlySet<string> = new Set(['evidence']);
const RECORD_LISTS: ReadonlySet<string> = new Set(['strengths', 'priorities']);

/** Migrates an evaluation to another version of the framework it was made against. */
export function migrateEvaluation(evaluation: Evaluation, target: Framework, options: MigrateOptions = {}): Result<Migration> {
  const source = evaluation.framework;
  if (source.id !== target.id) {
    return fail(['framework', 'id'], `cannot migrate an evaluation of "${source.id}" to "${target.id}": migration moves between versions of one framework`, 'different-frameworks', {
      from: source.id,
      to: target.id,
    });
  }
  const clock = options.now ?? new Date();
  if (!isValidDate(clock)) {
    return isDate(clock)
      ? fail(['now'], 'must be a valid Date, got an invalid Date', 'invalid-format', { format: 'date-time', received: 'date', value: String(clock) })
      : fail(['now'], `must be a Date, got ${typeof clock}`, 'invalid-type', { expected: 'date', received: typeof clock });
  }
  const now = clock.toISOString();
  // Restoring carried-over items is checked item by item; should the result still not validate,
  // the migration is made again without restoring anything rather than refused.
  const restoring = migrateWith(evaluation, target, options.from, now, true);
  if (restoring.ok || restoring.restored === 0) return restoring.result;
  return migrateWith(evaluation, target, options.from, now, false).result;
}

type Attempt = { ok: boolean; restored: number; result: Result<Migration> };

function migrateWith(evaluation: Evaluation, target: Framework, fromOption: Framework | undefined, now: string, restore: boolean): Attempt {
  const source = evaluation.framework;
  const index = indexFramework(target);
  const where = `${target.id}@${target.version}`;
  if (source.version === target.version) {
    const same = structuredClone(evaluation);
    const { kept, restored } = restore ? restoreCarriedOver(evaluation.carriedOver, same, { target, index, where }) : { kept: same.carriedOver, restored: [] };
    // Nothing to restore: the evaluation is returned as it was, not even its updatedAt changed.
    if (restored.length === 0) return done({ evaluation: structuredClone(evaluation), report: emptyReport(source, target) }, 0);
    Object.assign(same, { updatedAt: now, carriedOver: kept });
    return checked(same, target, where, { ...emptyReport(source, target), restored }, restored.length);
  }

  // A `from` that is not the version the evaluation names would make the report wrong.
  const from = fromOption?.id === source.id && fromOption.version === source.version ? fromOption : undefined;
  const carried: CarriedOverItem[] = [];
  const work: Work = {
    target,
    index,
    notes: applicableNotes(target, source.version),
    where,
    carry: (path, value, reason) =>
      carried.push({ from: { framework: { ...source }, path: formatPath(path) }, value: structuredClone(value) as CarriedOverItem['value'], reason, carriedAt: now }),
    moved: [],
    unchanged: 0,
    cleared: [],
  };

  const answers = migrateAnswers(evaluation.answers, work);
  const checks = migrateChecks(evaluation.checks, work);
  const { areas, areaTargets } = migrateAreas(evaluation.areas, work);
  const actions = migrateActions(evaluation.actions, areaTargets, work);

  const migrated: Evaluation = { ...structuredClone(evaluation), framework: { id: target.id, version: target.version }, updatedAt: now, answers, checks, areas, actions };
  if (migrated.use !== undefined && target.uses.length > 0 && !target.uses.some((u) => u.id === migrated.use)) {
    work.carry(['use'], migrated.use, `no use "${migrated.use}" in ${work.where} (its uses: ${target.uses.map((u) => u.id).join(', ')})`);
    delete migrated.use;
  }
  // What earlier migrations carried over goes home where this version has a place for it, after
  // the evaluation's own data has taken its places (it is never overwritten).
  const { kept, restored } = restore ? restoreCarriedOver(evaluation.carriedOver, migrated, work) : { kept: structuredClone(evaluation.carriedOver), restored: [] };
  const reopenedBecause: string[] = [];
  if (migrated.status === 'submitted') {
    const missing = missingForSubmission(migrated, work.index);
    if (missing.length > 0) {
      reopenedBecause.push(...missing.map(formatProblem));
      migrated.status = 'draft';
      if (migrated.submittedAt !== undefined) {
        work.carry(['submittedAt'], migrated.submittedAt, `submitted against ${source.id}@${source.version}; a draft again because ${work.where} asks for more before it can be submitted`);
        delete migrated.submittedAt;
      }
    }
  }
  migrated.carriedOver = [...kept, ...carried];

  const report: MigrationReport = {
    framework: target.id,
    from: source.version,
    to: target.version,
    moved: work.moved,
    carriedOver: carried,
    restored,
    newlyUnanswered: [
      ...new Set([...newQuestions(evaluation, migrated, work.index, from), ...newJudgements(migrated, work.index, from), ...work.cleared]),
    ],
    unchanged: work.unchanged,
    reopenedBecause,
  };
  return checked(migrated, target, where, report, restored.length);
}

function checked(evaluation: Evaluation, target: Framework, where: string, report: MigrationReport, restored: number): Attempt {
  const problems = checkEvaluationAgainstFramework(evaluation, target);
  // Restored items must leave a document the schema accepts, within its limits (of actions, say).
  if (problems.length === 0 && restored > 0) {
    const shape = parseWith(EvaluationDocument, evaluation);
    if (!shape.ok) problems.push(...shape.problems);
  }
  if (problems.length > 0) {
    return { ok: false, restored, result: { ok: false, problems: problems.map((p) => ({ ...p, message: `after migration to ${where}: ${p.message}` })) } };
  }
  return done({ evaluation, report }, restored);
}

function done(migration: Migration, restored: number): Attempt {
  return { ok: true, restored, result: { ok: true, value: migration } };
}

/**
 * The migrated evaluation alone, throwing an `ApqValidationError` where `migrateEvaluation`
 * returns problems: the shape the engine's `aggregate` takes as its `migrate` option.
 */
export function migrateEvaluationOrThrow(evaluation: Evaluation, target: Framework, options?: MigrateOptions): Evaluation {
  return unwrap(`evaluation "${evaluation.id}" migrated to ${target.id}@${target.version}`, migrateEvaluation(evaluation, target, options)).evaluation;
}

/** Items already at an id of the target go first, so a merge keeps the target's own data. */
function inPlaceFirst<T>(record: Record<string, T>, work: Work, exists: (id: string) => boolean): Array<[string, T]> {
  const entries = Object.entries(record);
  const inPlace = (id: string) => !work.notes.has(id) && exists(id);
  return [...entries.filter(([id]) => inPlace(id)), ...entries.filter(([id]) => !inPlace(id))];
}

function noteMoves(section: string, id: string, destination: Destination, work: Work): void {
  const { targets, note } = destination;
  if (note || targets.length !== 1 || targets[0] !== id) {
    work.moved.push({ from: formatPath([section, id]), to: targets.map((t) => formatPath([section, t])), kind: note?.kind ?? 'moved' });
  } else work.unchanged++;
}

function migrateAnswers(input: Record<string, Answer>, work: Work): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  const exists = (id: string) => work.index.questions.has(id);
  for (const [id, answer] of inPlaceFirst(input, work, exists)) {
    const destination = destinationOf(id, exists, work.notes, 'question', work.where);
    if (destination.targets.length === 0) {
      work.carry(['answers', id], answer, destination.reason!);
      continue;
    }
    noteMoves('answers', id, destination, work);
    const unplaced = new Map<string, string>();
    const placed = new Set<string>();
    for (const t of destination.targets) {
      const { fitted, misfits } = fitAnswer(answer, work.index.questions.get(t)!.question, work);
      misfits.forEach((reason, field) => unplaced.set(field, reason));
      const fields = Object.keys(fitted);
      if (fields.length === 0 && Object.keys(answer).length > 0) continue;
      const slot = (out[t] ??= {}) as Record<string, unknown>;
      const rejected = mergeFields(slot, fitted, ANSWER_LISTS);
      rejected.forEach((field) => unplaced.set(field, `answers merged into "${t}", which already holds a different ${field}; that one is kept in place`));
      fields.filter((f) => !rejected.includes(f)).forEach((f) => placed.add(f));
    }
    for (const [field, reason] of unplaced) {
      if (!placed.has(field)) work.carry(['answers', id, field], (answer as Record<string, unknown>)[field], reason);
    }
  }
  return out;
}

function migrateChecks(input: Record<string, CheckStatus>, work: Work): Record<string, CheckStatus> {
  const out: Record<string, CheckStatus> = {};
  const exists = (id: string) => work.index.descriptors.has(id);
  for (const [id, status] of inPlaceFirst(input, work, exists)) {
    const destination = destinationOf(id, exists, work.notes, 'grade descriptor', work.where);
    if (destination.targets.length === 0) {
      work.carry(['checks', id], status, destination.reason!);
      continue;
    }
    noteMoves('checks', id, destination, work);
    let placed = false;
    for (const t of destination.targets) {
      if (out[t] === undefined) out[t] = status;
      if (out[t] === status) placed = true;
    }
    if (!placed) work.carry(['checks', id], status, `checks merged into "${destination.targets.join('", "')}", which already holds a different status; that one is kept in place`);
  }
  return out;
}

function migrateAreas(input: Record<string, AreaRecord>, work: Work): { areas: Record<string, AreaRecord>; areaTargets: Map<string, string[]> } {
  const out: Record<string, AreaRecord> = {};
  const areaTargets = new Map<string, string[]>();
  const exists = (id: string) => work.index.areas.has(id);
  for (const [id, record] of inPlaceFirst(input, work, exists)) {
    const destination = destinationOf(id, exists, work.notes, 'area', work.where);
    areaTargets.set(id, destination.targets);
    if (destination.targets.length === 0) {
      work.carry(['areas', id], record, destination.reason!);
      continue;
    }
    noteMoves('areas', id, destination, work);
    const fitted = fitRecord(id, record, work);
    if (record.judgement?.level != null && fitted.judgement?.level === null) {
      work.cleared.push(...destination.targets.map((t) => formatPath(['areas', t, 'judgement', 'level'])));
    }
    const placed = new Set<string>();
    const unplaced = new Set<string>();
    let unwrittenCarried = false;
    destination.targets.forEach((t, i) => {
      // Priority ids are unique across an evaluation, so a split gives them to the first area only.
      let incoming = i === 0 ? fitted : withoutPriorities(fitted);
      // An area not yet written in the target cannot be judged: the level is kept in carriedOver.
      const level = incoming.judgement?.level;
      if (level !== undefined && level !== null && work.index.areas.get(t)?.area.status === 'not-yet-written') {
        if (!unwrittenCarried) work.carry(['areas', id, 'judgement', 'level'], level, `area "${t}" is not yet written in ${work.where}, so it cannot be judged`);
        unwrittenCarried = true;
        incoming = { ...incoming, judgement: { ...incoming.judgement!, level: null } };
      }
      const slot = (out[t] ??= {}) as Record<string, unknown>;
      const rejected = mergeFields(slot, incoming, RECORD_LISTS);
      rejected.forEach((f) => unplaced.add(f));
      Object.keys(incoming).filter((f) => !rejected.includes(f)).forEach((f) => placed.add(f));
    });
    for (const field of unplaced) {
      if (placed.has(field)) continue;
      const reason = `area records merged into "${destination.targets.join('", "')}", which already holds a different ${field}; that one is kept in place`;
      work.carry(['areas', id, field], (fitted as Record<string, unknown>)[field], reason);
    }
  }
  return { areas: out, areaTargets };
}

/** The record with any judgement level not on the target's judgement scale set aside. */
function fitRecord(id: string, record: AreaRecord, work: Work): AreaRecord {
  const judgement = record.judgement;
  if (!judgement) return record;
  const scale = work.index.judgementScale;
  const onScale = (level: string) => scale?.levels.some((l) => l.id === level) === true;
  const why = (level: string) =>
    scale ? `level "${level}" is not on the judgement scale "${scale.id}" of ${work.where}` : `${work.where} has no judgement scale`;
  const fitted = { ...judgement };
  if (judgement.level !== null && !onScale(judgement.level)) {
    work.carry(['areas', id, 'judgement', 'level'], judgement.level, `${why(judgement.level)}: the judgement is to be made again`);
    fitted.level = null;
  }
  if (typeof judgement.suggestedLevel === 'string' && !onScale(judgement.suggestedLevel)) {
    work.carry(['areas', id, 'judgement', 'suggestedLevel'], judgement.suggestedLevel, why(judgement.suggestedLevel));
    delete fitted.suggestedLevel;
  }
  return { ...record, judgement: fitted };
}

function withoutPriorities(record: AreaRecord): AreaRecord {
  const { priorities: _p, ...rest } = record;
  return rest;
}

function migrateActions(input: readonly Action[], areaTargets: ReadonlyMap<string, string[]>, work: Work): Action[] {
  const out: Action[] = [];
  const exists = (id: string) => work.index.areas.has(id);
  input.forEach((action, i) => {
    const targets = areaTargets.get(action.area) ?? destinationOf(action.area, exists, work.notes, 'area', work.where).targets;
    if (targets.length === 0) {
      work.carry(['actions', i], action, `the action's area "${action.area}" has no home in ${work.where}`);
      return;
    }
    out.push({ ...structuredClone(action), area: targets[0]! });
  });
  return out;
}

function newQuestions(before: Evaluation, after: Evaluation, index: FrameworkIndex, from: Framework | undefined): string[] {
  const known = from ? indexFramework(from).questions : undefined;
  const paths: string[] = [];
  for (const { area } of index.areas.values()) {
    for (const q of questionsOfArea(area)) {
      if (Object.hasOwn(after.answers, q.id)) continue;
      const isNew = known ? !known.has(q.id) : !Object.hasOwn(before.answers, q.id);
      if (isNew) paths.push(formatPath(['answers', q.id]));
    }
  }
  return paths;
}

/** Judgements the target asks for where the older version had no judgement to make. */
function newJudgements(after: Evaluation, index: FrameworkIndex, from: Framework | undefined): string[] {
  if (!from || !index.judgementScale) return [];
  const old = indexFramework(from);
  const paths: string[] = [];
  for (const { area } of index.areas.values()) {
    if (area.status !== 'complete') continue;
    const askedBefore = old.judgementScale !== undefined && old.areas.has(area.id);
    const level = after.areas[area.id]?.judgement?.level;
    if (!askedBefore && (level === undefined || level === null)) paths.push(formatPath(['areas', area.id, 'judgement', 'level']));
  }
  return paths;
}

function emptyReport(source: FrameworkRef, target: Framework): MigrationReport {
  return { framework: target.id, from: source.version, to: target.version, moved: [], carriedOver: [], restored: [], newlyUnanswered: [], unchanged: 0, reopenedBecause: [] };
}

/** A Date from any realm (`instanceof` fails across frames and vm contexts). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isValidDate(value: unknown): value is Date {
  return isDate(value) && !Number.isNaN(value.getTime());
}

function fail(path: PathSegment[], message: string, code: ProblemCode, params: ProblemParams): Result<never> {
  return { ok: false, problems: [problem(path, message, code, params)] };
}
