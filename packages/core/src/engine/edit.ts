// SPDX-License-Identifier: MIT
// Immutable edits of an evaluation, as a form makes them: each returns a new evaluation with
// `updatedAt` set from the clock passed in and never changes its input. Empty values are removed
// rather than kept as empty strings, lists or objects; text is kept exactly as typed. Each checks
// its arguments first and throws an ApqError for any that do not have the documented shape.
import type { Action, Answer, AreaRecord, CheckStatus, Evaluation, EvaluationV1, Judgement, Review, Setting } from '../schema/evaluation.js';
import { currentFormat } from '../versioning/format.js';
import type { Framework } from '../schema/framework.js';
import { ApqError, type Result } from '../validate/problems.js';
import { answerAt, assertDate, assertEvaluationArgument, assertPart, assertString } from './guard.js';
import { type SubmissionOptions, assertSubmissionArguments, isBlank, problemsForSubmission, suggestionSource } from './submission.js';
import type { AreaSuggestion } from './suggest.js';

export type SettingKey = 'name' | 'urn' | 'type' | 'localAuthority';

const SETTING_KEYS: readonly string[] = ['name', 'urn', 'type', 'localAuthority'] satisfies SettingKey[];

/** The checks every edit makes: an evaluation, an id and the clock. */
function assertEdit(e: unknown, id: unknown, idName: string, now: unknown): asserts e is Evaluation {
  assertEvaluationArgument(e);
  assertString(id, idName);
  assertDate(now);
}

/** Sets one field of the setting as typed (not trimmed); `''` removes it. */
export function withSetting(e: Evaluation, key: SettingKey, value: string, now: Date): Evaluation {
  assertEdit(e, value, 'value', now);
  if (!SETTING_KEYS.includes(key)) throw new ApqError(`key must be one of ${SETTING_KEYS.join(', ')}`);
  const setting: Setting = { ...e.setting };
  if (value === '') delete setting[key];
  else setting[key] = value;
  return touched({ ...e, setting }, now);
}

/** Sets what the evaluation is for; `undefined` (or `''`) removes it. */
export function withUse(e: Evaluation, use: string | undefined, now: Date): Evaluation {
  assertEdit(e, use === undefined ? '' : use, 'use', now);
  const { use: _previous, ...rest } = e;
  return touched(use === undefined || use === '' ? rest : { ...rest, use }, now);
}

/**
 * Merges a patch into a question's answer. Fields set to `undefined`, `''` or `[]` are removed,
 * and an answer left empty removes the entry.
 */
export function withAnswer(e: Evaluation, questionId: string, patch: Partial<Answer>, now: Date): Evaluation {
  assertEdit(e, questionId, 'questionId', now);
  assertPart('answer', patch, 'patch');
  const previous = answerAt(e, questionId);
  const answer = compact({ ...previous, ...patch });
  return touched({ ...e, answers: withKey(e.answers, questionId, answer) }, now);
}

/** Records a descriptor's check; `'not-assessed'` removes it (an absent check reads not-assessed). */
export function withCheck(e: Evaluation, descriptorId: string, status: CheckStatus, now: Date): Evaluation {
  assertEdit(e, descriptorId, 'descriptorId', now);
  assertPart('checkStatus', status, 'status');
  return touched({ ...e, checks: withKey<CheckStatus>(e.checks, descriptorId, status === 'not-assessed' ? undefined : status) }, now);
}

/**
 * Merges a patch into an area's record. Fields set to `undefined`, `''` or `[]` are removed, as is
 * a judgement with no level and no rationale; a record left empty removes the entry.
 */
export function withAreaRecord(e: Evaluation, areaId: string, patch: Partial<AreaRecord>, now: Date): Evaluation {
  assertEdit(e, areaId, 'areaId', now);
  assertPart('areaRecord', patch, 'patch');
  return recordWith(e, areaId, patch, now);
}

/** {@link withAreaRecord} for arguments already checked. */
function recordWith(e: Evaluation, areaId: string, patch: Partial<AreaRecord>, now: Date): Evaluation {
  const previous = Object.hasOwn(e.areas, areaId) ? e.areas[areaId] : undefined;
  const merged: AreaRecord = { ...previous, ...patch };
  const judgement = merged.judgement === undefined ? undefined : tidyJudgement(merged.judgement);
  const record: AreaRecord | undefined = compact({ ...merged, judgement });
  return touched({ ...e, areas: withKey<AreaRecord>(e.areas, areaId, record) }, now);
}

/**
 * Changes an area's judgement. Giving `level` (a level id, or `null` for undecided) records a
 * decision: the level, `decidedAt = now`, `suggestedLevel` from `suggestion` when one is passed
 * (its level, `null` when it suggests none), and drops `carriedForward` (the person has confirmed
 * or changed a carried-forward judgement). Giving `rationale` sets it as typed; `''` removes it.
 * Other fields are kept. A judgement left with no level and no rationale is removed.
 */
export function withJudgement(
  e: Evaluation,
  areaId: string,
  patch: { level?: string | null; rationale?: string },
  now: Date,
  suggestion?: AreaSuggestion,
): Evaluation {
  assertEdit(e, areaId, 'areaId', now);
  assertPart('judgementPatch', patch, 'patch');
  if (suggestion !== undefined && (suggestion === null || typeof suggestion !== 'object')) throw new ApqError('suggestion must be an area suggestion (from suggestArea) or undefined');
  const previous = (Object.hasOwn(e.areas, areaId) ? e.areas[areaId]?.judgement : undefined) ?? { level: null };
  let judgement: Judgement = { ...previous };
  if (patch.level !== undefined) {
    const { carriedForward: _carried, ...kept } = judgement;
    judgement = { ...kept, level: patch.level, decidedAt: now.toISOString() };
    if (suggestion) judgement.suggestedLevel = suggestion.level ?? null;
  }
  if (patch.rationale !== undefined) {
    if (patch.rationale === '') delete judgement.rationale;
    else judgement.rationale = patch.rationale;
  }
  return recordWith(e, areaId, { judgement }, now);
}

/**
 * Sets an area's priorities, in order. Items without an id get `<area-id>-priority-<n>`, the
 * smallest n not used by any priority of the evaluation; an empty list removes them.
 */
export function withPriorities(e: Evaluation, areaId: string, items: ReadonlyArray<{ id?: string; text: string }>, now: Date): Evaluation {
  assertEdit(e, areaId, 'areaId', now);
  assertPart('priorities', items, 'items');
  return recordWith(e, areaId, { priorities: withPriorityIds(e, areaId, items) }, now);
}

/** Sets an area's strengths, in order, as typed; an empty list removes them. */
export function withStrengths(e: Evaluation, areaId: string, items: readonly string[], now: Date): Evaluation {
  assertEdit(e, areaId, 'areaId', now);
  assertPart('strengths', items, 'items');
  return recordWith(e, areaId, { strengths: [...items] }, now);
}

/**
 * An action as `withAction` takes it: without an id (one is made), `createdAt` (default: now) or
 * `reviews` (default: none).
 */
export type NewAction = Omit<Action, 'id' | 'createdAt' | 'reviews'> & { id?: string; createdAt?: string; reviews?: Review[] };

/** The fields of an action `withActionChanges` changes; `undefined` or `''` removes an optional one. */
export type ActionChanges = Partial<Pick<Action, 'area' | 'priority' | 'what' | 'who' | 'due' | 'successMeasure' | 'status'>>;

/** A review as `withReview` takes it: without an id (`<action-id>-review-<n>` is made) or `recordedAt` (default: now). */
export type NewReview = Omit<Review, 'id'> & { id?: string };

/**
 * Adds an improvement action, or replaces the one with the same id in place. A new action without
 * an id gets `<area-id>-action-<n>`, the smallest n no action of the evaluation uses, `createdAt`
 * now unless given, and the reviews given (none by default). Replacing an action keeps its
 * `createdAt` and its reviews (reviews are only ever added, by `withReview`). Optional fields that
 * are `undefined` or `''` are left out. A format 1 evaluation comes back in format 2.
 */
export function withAction(e: Evaluation, action: NewAction, now: Date): Evaluation {
  assertEvaluationArgument(e);
  assertDate(now);
  assertPart('action', action, 'action');
  const current = currentFormat(e as Evaluation | EvaluationV1);
  const id = action.id || freeId(`${action.area}-action-`, new Set(current.actions.map((a) => a.id)));
  const at = current.actions.findIndex((a) => a.id === id);
  const previous = at < 0 ? undefined : current.actions[at]!;
  const fields = compactAction(action);
  const next: Action = {
    id,
    ...fields,
    createdAt: previous?.createdAt ?? fields.createdAt ?? now.toISOString(),
    reviews: previous ? previous.reviews : [...(fields.reviews ?? [])],
  };
  const actions = at < 0 ? [...current.actions, next] : current.actions.map((a, i) => (i === at ? next : a));
  return touched({ ...current, actions }, now);
}

/**
 * Changes fields of an action (what, who, due, success measure, status, its area or priority);
 * `undefined` or `''` removes an optional field (`what` is kept as typed). Its reviews, creation
 * time and carried-forward mark are kept. Throws an ApqError when no action has the id.
 */
export function withActionChanges(e: Evaluation, actionId: string, changes: ActionChanges, now: Date): Evaluation {
  assertEdit(e, actionId, 'actionId', now);
  assertPart('actionChanges', changes, 'changes');
  return withActionAt(e, actionId, now, (action) => {
    const merged: Record<string, unknown> = { ...action };
    for (const [key, value] of Object.entries(changes)) {
      if (!ACTION_CHANGE_KEYS.has(key)) continue;
      if (value === undefined || (value === '' && key !== 'what')) delete merged[key];
      else merged[key] = value;
    }
    return merged as Action;
  });
}

/**
 * Appends a review to an action and moves the action to the review's status. A review without an
 * id gets `<action-id>-review-<n>`; `recordedAt` is now unless given. Earlier reviews are never
 * changed. Whether the date is a real one not before the action was created is for validation
 * (`planProblems`), so a form keeps what was typed. Throws an ApqError when no action has the id.
 */
export function withReview(e: Evaluation, actionId: string, review: NewReview, now: Date): Evaluation {
  assertEdit(e, actionId, 'actionId', now);
  assertPart('review', review, 'review');
  return withActionAt(e, actionId, now, (action) => {
    const id = review.id || freeId(`${actionId}-review-`, new Set(action.reviews.map((r) => r.id)));
    const fields = compactAction(review) as Omit<Review, 'id'>;
    const next: Review = { id, ...fields, recordedAt: fields.recordedAt ?? now.toISOString() };
    return { ...action, status: review.status, reviews: [...action.reviews, next] };
  });
}

/** Confirms an action carried forward from the previous evaluation: clears `carriedForward`. Throws an ApqError when no action has the id. */
export function withActionConfirmed(e: Evaluation, actionId: string, now: Date): Evaluation {
  assertEdit(e, actionId, 'actionId', now);
  return withActionAt(e, actionId, now, ({ carriedForward: _carried, ...action }) => action);
}

/**
 * Removes the action with this id (the evaluation is unchanged but for `updatedAt` when there is
 * none). Only an action with no reviews can be removed: one that has been reviewed is part of the
 * record, and is dropped by giving it the status `dropped`; removing it throws an ApqError.
 */
export function withoutAction(e: Evaluation, actionId: string, now: Date): Evaluation {
  assertEdit(e, actionId, 'actionId', now);
  const current = currentFormat(e as Evaluation | EvaluationV1);
  const reviewed = current.actions.find((a) => a.id === actionId && a.reviews.length > 0);
  if (reviewed) throw new ApqError(`action "${actionId}" has ${reviewed.reviews.length === 1 ? 'a review' : 'reviews'}: drop it (status "dropped") rather than remove it`);
  return touched({ ...current, actions: current.actions.filter((a) => a.id !== actionId) }, now);
}

const ACTION_CHANGE_KEYS: ReadonlySet<string> = new Set(['area', 'priority', 'what', 'who', 'due', 'successMeasure', 'status'] satisfies Array<keyof ActionChanges>);

/** The evaluation (in format 2) with the action of this id replaced by `change(action)`. */
function withActionAt(e: Evaluation, actionId: string, now: Date, change: (action: Action) => Action): Evaluation {
  const current = currentFormat(e as Evaluation | EvaluationV1);
  const at = current.actions.findIndex((a) => a.id === actionId);
  if (at < 0) throw new ApqError(`no action has the id "${actionId}"`);
  const actions = current.actions.map((a, i) => (i === at ? change(a) : a));
  return touched({ ...current, actions }, now);
}

/**
 * The evaluation as submitted, or the problems that stop it (`submissionProblems`). When it can be
 * submitted: status `submitted`, `submittedAt` and `updatedAt` set to `now`, each judgement carries
 * the level the engine suggests now as `suggestedLevel`, blank strengths and priorities are dropped
 * (a priority an action names is kept), and the setting's fields are trimmed, the blank optional
 * ones (URN, type, local authority) removed.
 */
export function finalise(framework: Framework, evaluation: Evaluation, now: Date, options: SubmissionOptions = {}): Result<Evaluation> {
  assertSubmissionArguments(framework, evaluation, options);
  assertDate(now);
  const problems = problemsForSubmission(framework, evaluation, options);
  if (problems.length > 0) return { ok: false, problems };
  const suggestionOf = suggestionSource(framework, evaluation, options);
  const named = new Set(evaluation.actions.flatMap((a) => (a.priority === undefined ? [] : [a.priority])));
  const areas: Record<string, AreaRecord> = {};
  for (const [areaId, record] of Object.entries(evaluation.areas)) {
    const next: AreaRecord = { ...record };
    if (next.strengths) next.strengths = next.strengths.filter((s) => !isBlank(s));
    if (next.priorities) next.priorities = next.priorities.filter((p) => !isBlank(p.text) || named.has(p.id));
    if (next.judgement) {
      const suggestion = suggestionOf(areaId);
      if (suggestion) next.judgement = { ...next.judgement, suggestedLevel: suggestion.level ?? null };
    }
    const compacted = compact(next);
    if (compacted !== undefined) Object.defineProperty(areas, areaId, { value: compacted, enumerable: true, writable: true, configurable: true });
  }
  const setting: Setting = {};
  for (const key of ['name', 'urn', 'type', 'localAuthority'] as const) {
    const value = evaluation.setting[key]?.trim();
    if (value) setting[key] = value;
  }
  const at = now.toISOString();
  return { ok: true, value: { ...evaluation, setting, areas, status: 'submitted', submittedAt: at, updatedAt: at } };
}

/** Gives each item without an id one unique in the evaluation: `<area-id>-priority-<n>`. */
function withPriorityIds(e: Evaluation, areaId: string, items: ReadonlyArray<{ id?: string; text: string }>): NonNullable<AreaRecord['priorities']> {
  const taken = new Set(Object.values(e.areas).flatMap((r) => (r.priorities ?? []).map((p) => p.id)));
  for (const item of items) if (item.id) taken.add(item.id);
  return items.map((item) => (item.id ? { id: item.id, text: item.text } : { id: freeId(`${areaId}-priority-`, taken), text: item.text }));
}

/** `<prefix><n>` for the smallest n from 1 not in `taken`, which it joins. */
function freeId(prefix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  const id = `${prefix}${n}`;
  taken.add(id);
  return id;
}

/**
 * A copy of a record with one key set (or removed, for `undefined`). Keys come from files and
 * forms, so the key is defined as an own property: even `__proto__` cannot reach a prototype.
 */
function withKey<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  const out = { ...record };
  if (value === undefined) delete out[key];
  else Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function touched(e: Evaluation, now: Date): Evaluation {
  return { ...e, updatedAt: now.toISOString() };
}

/** A judgement with no level and no rationale says nothing, so it is dropped. */
function tidyJudgement(judgement: Judgement): Judgement | undefined {
  const kept = compact(judgement) as Partial<Judgement> | undefined;
  if (kept === undefined) return undefined;
  const level = kept.level ?? null;
  if (level === null && kept.rationale === undefined) return undefined;
  return { ...kept, level };
}

/** The fields of an action or review but its id, without those `undefined`, or `''` (but `what` and `note`, kept as typed). */
function compactAction<T extends { id?: string }>(item: T): Omit<T, 'id'> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || value === undefined) continue;
    if (value === '' && key !== 'what' && key !== 'note') continue;
    out[key] = value;
  }
  return out as Omit<T, 'id'>;
}

/**
 * The object without its `undefined`, `''` and `[]` fields (`null` is kept: it means undecided);
 * `undefined` when nothing is left.
 */
function compact<T extends object>(value: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || field === '' || (Array.isArray(field) && field.length === 0)) continue;
    out[key] = field;
  }
  return Object.keys(out).length === 0 ? undefined : (out as T);
}
