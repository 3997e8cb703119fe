// SPDX-License-Identifier: MIT
// Bringing carried-over items home. An item kept in `carriedOver` because an earlier version had
// no place for it goes back to its place when the version an evaluation moves to has one again
// (2.0.0 → 1.0.0 → 2.0.0 gives back every answer and judgement). It goes back only into an empty
// place, or one that already holds the same value: nothing the evaluation holds is overwritten or
// added to (a list that holds items is a value too), and an item that cannot go back whole stays
// carried over as it was.
import type { MigrationNote } from '../schema/framework.js';
import { Action, ActionV1, Answer, AreaRecord, CHECK_STATUSES, type CarriedOverItem, type Evaluation, type Judgement } from '../schema/evaluation.js';
import { Id } from '../schema/primitives.js';
import { type PathSegment, formatPath } from '../validate/problems.js';
import { parseWith } from '../validate/validate.js';
import { applicableNotes, destinationOf } from './destinations.js';
import { type Place, fitAnswer, onJudgementScale } from './fit.js';
import { jsonEqual } from './json-equal.js';
import { mergeFields } from './merge.js';

export interface RestoredItem {
  /** Where the item stood when it was carried over, e.g. `answers.pupil-induction-q1`. */
  from: string;
  /** The framework version it was carried over from. */
  version: string;
  /** Where it stands now: one place, or several where its question or area was split. */
  to: string[];
}

export interface Restoration {
  /** The items that stay carried over, in their order. */
  kept: CarriedOverItem[];
  restored: RestoredItem[];
}

type Priority = NonNullable<AreaRecord['priorities']>[number];

/** Restoring joins no lists: a list that holds items is a value like any other. */
const NO_LISTS: ReadonlySet<string> = new Set();
const ANSWER_FIELDS: ReadonlySet<string> = new Set(['text', 'response', 'level', 'evidence']);
const RECORD_FIELDS: ReadonlySet<string> = new Set(['evidence', 'strengths', 'priorities', 'judgement']);

interface Context extends Place {
  evaluation: Evaluation;
  notes: (version: string) => ReadonlyMap<string, MigrationNote>;
  /** When the evaluation was created (ms), to tell items carried over before a copy (copyForward) was made. */
  createdAt: number;
  /** Every priority id of the evaluation, kept up to date as priorities are restored (made when first needed). */
  priorityIds?: Set<string>;
}

/**
 * Puts each item of `items` that has a home in the target back into `evaluation` (changed in place)
 * and returns those that stay carried over and what went home. Items are placed in a fixed order
 * (answers, checks, the use and whole area records; then fields of records; then judgement levels;
 * then actions, whose priorities must exist first), each placed whole or not at all.
 */
export function restoreCarriedOver(items: readonly CarriedOverItem[], evaluation: Evaluation, place: Place): Restoration {
  const cache = new Map<string, ReadonlyMap<string, MigrationNote>>();
  const context: Context = {
    ...place,
    evaluation,
    notes: (version) => {
      let notes = cache.get(version);
      if (!notes) cache.set(version, (notes = applicableNotes(place.target, version)));
      return notes;
    },
    createdAt: Date.parse(evaluation.createdAt),
  };
  const ranked = items
    .map((item, position) => ({ item, position, segments: parsePath(item.from.path) }))
    .filter((x) => x.segments !== undefined && x.item.from.framework.id === place.target.id)
    .sort((a, b) => rank(a.segments!) - rank(b.segments!) || a.position - b.position);
  const home = new Map<number, string[]>();
  for (const { item, position, segments } of ranked) {
    const to = restoreOne(item, segments!, context);
    if (to) home.set(position, to);
  }
  return {
    kept: items.filter((_, i) => !home.has(i)).map((item) => structuredClone(item)),
    restored: [...home.entries()].sort(([a], [b]) => a - b).map(([i, to]) => ({ from: items[i]!.from.path, version: items[i]!.from.framework.version, to })),
  };
}

/** The path's segments, for a path as `formatPath` writes it; undefined for anything else. */
export function parsePath(path: string): PathSegment[] | undefined {
  const token = /(?:^|\.)([A-Za-z_$][A-Za-z0-9_$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  const segments: PathSegment[] = [];
  token.lastIndex = 0;
  while (token.lastIndex < path.length) {
    const at = token.lastIndex;
    const m = token.exec(path);
    if (!m || m.index !== at) return undefined;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else {
      try {
        segments.push(JSON.parse(m[3]!) as string);
      } catch {
        return undefined;
      }
    }
  }
  return segments.length > 0 && formatPath(segments) === path ? segments : undefined;
}

function rank(segments: readonly PathSegment[]): number {
  const [section] = segments;
  if (section === 'actions') return 4;
  if (section !== 'areas' || segments.length === 2) return 0;
  if (segments.length === 3) return 1;
  return segments[3] === 'level' ? 2 : 3;
}

function restoreOne(item: CarriedOverItem, segments: readonly PathSegment[], c: Context): string[] | undefined {
  const [section, id, field, sub] = segments;
  const value: unknown = item.value;
  if (section === 'use' && segments.length === 1) return restoreUse(value, c);
  if (typeof id === 'string' && section === 'answers') {
    if (segments.length === 2) return restoreAnswer(item, id, value, c);
    if (segments.length === 3 && typeof field === 'string' && ANSWER_FIELDS.has(field)) return restoreAnswer(item, id, { [field]: value }, c, field);
  }
  if (typeof id === 'string' && section === 'checks' && segments.length === 2) return restoreCheck(item, id, value, c);
  if (typeof id === 'string' && section === 'areas') {
    if (segments.length === 2) return restoreRecord(item, id, value, c);
    if (segments.length === 3 && typeof field === 'string' && RECORD_FIELDS.has(field)) return restoreRecord(item, id, { [field]: value }, c, field);
    if (segments.length === 4 && field === 'judgement' && (sub === 'level' || sub === 'suggestedLevel')) return restoreLevel(item, id, sub, value, c);
  }
  if (section === 'actions' && typeof id === 'number' && segments.length === 2) return restoreAction(item, value, c);
  return undefined;
}

/** The ids an item's id stands for in the target: by the notes since the version it was carried from, else itself. */
function targetsOf(item: CarriedOverItem, id: string, exists: (id: string) => boolean, noun: string, c: Context): string[] {
  return destinationOf(id, exists, c.notes(item.from.framework.version), noun, c.where).targets;
}

function restoreUse(value: unknown, c: Context): string[] | undefined {
  if (typeof value !== 'string' || !c.target.uses.some((u) => u.id === value)) return undefined;
  if (c.evaluation.use !== undefined && c.evaluation.use !== value) return undefined;
  c.evaluation.use = value;
  return ['use'];
}

function restoreAnswer(item: CarriedOverItem, id: string, value: unknown, c: Context, field?: string): string[] | undefined {
  const answer = parseWith(Answer, value);
  if (!answer.ok) return undefined;
  const targets = targetsOf(item, id, (q) => c.index.questions.has(q), 'question', c);
  if (targets.length === 0) return undefined;
  const incoming: Array<[string, Record<string, unknown>]> = [];
  for (const t of targets) {
    const { fitted, misfits } = fitAnswer(answer.value, c.index.questions.get(t)!.question, c);
    if (misfits.size > 0) return undefined;
    const slot = Object.hasOwn(c.evaluation.answers, t) ? c.evaluation.answers[t] : undefined;
    if (!fits(slot, fitted)) return undefined;
    incoming.push([t, fitted]);
  }
  for (const [t, fitted] of incoming) mergeFields(slotOf(c.evaluation.answers, t), fitted, NO_LISTS);
  return targets.map((t) => formatPath(field === undefined ? ['answers', t] : ['answers', t, field]));
}

function restoreCheck(item: CarriedOverItem, id: string, value: unknown, c: Context): string[] | undefined {
  const status = CHECK_STATUSES.find((s) => s === value);
  if (status === undefined) return undefined;
  const targets = targetsOf(item, id, (d) => c.index.descriptors.has(d), 'grade descriptor', c);
  const checks = c.evaluation.checks;
  if (targets.length === 0 || targets.some((t) => Object.hasOwn(checks, t) && checks[t] !== status)) return undefined;
  for (const t of targets) Object.defineProperty(checks, t, { value: status, enumerable: true, writable: true, configurable: true });
  return targets.map((t) => formatPath(['checks', t]));
}

function restoreRecord(item: CarriedOverItem, id: string, value: unknown, c: Context, field?: string): string[] | undefined {
  const parsed = parseWith(AreaRecord, value);
  if (!parsed.ok) return undefined;
  const targets = targetsOf(item, id, (a) => c.index.areas.has(a), 'area', c);
  if (targets.length === 0) return undefined;
  const record = { ...parsed.value };
  if (record.judgement) {
    const judgement = record.judgement;
    if (judgement.level !== null && (!onJudgementScale(judgement.level, c) || targets.some((t) => !written(t, c)))) return undefined;
    if (typeof judgement.suggestedLevel === 'string' && !onJudgementScale(judgement.suggestedLevel, c)) return undefined;
    record.judgement = copiedSince(item, c) ? asCopied(judgement) : judgement;
  }
  // Priority ids are unique across an evaluation, so a split gives them to the first area only (as migration does).
  const incoming = targets.map((t, i): [string, Record<string, unknown>] => {
    const { priorities, ...rest } = record;
    return [t, i === 0 && priorities !== undefined ? { ...rest, priorities } : rest];
  });
  for (const [t, fields] of incoming) {
    const slot = Object.hasOwn(c.evaluation.areas, t) ? c.evaluation.areas[t] : undefined;
    if (!fits(slot, fields)) return undefined;
    if (!prioritiesFit(t, fields.priorities as Priority[] | undefined, c)) return undefined;
  }
  for (const [t, fields] of incoming) {
    mergeFields(slotOf(c.evaluation.areas, t), fields, NO_LISTS);
    for (const p of (fields.priorities as Priority[] | undefined) ?? []) c.priorityIds?.add(p.id);
  }
  return targets.map((t) => formatPath(field === undefined ? ['areas', t] : ['areas', t, field]));
}

function restoreLevel(item: CarriedOverItem, id: string, key: 'level' | 'suggestedLevel', value: unknown, c: Context): string[] | undefined {
  const level = value === null && key === 'suggestedLevel' ? null : parseWith(Id, value).ok ? (value as string) : undefined;
  if (level === undefined || (level !== null && !onJudgementScale(level, c))) return undefined;
  const targets = targetsOf(item, id, (a) => c.index.areas.has(a), 'area', c);
  if (targets.length === 0 || (key === 'level' && targets.some((t) => !written(t, c)))) return undefined;
  for (const t of targets) {
    const judgement = Object.hasOwn(c.evaluation.areas, t) ? c.evaluation.areas[t]?.judgement : undefined;
    const current = key === 'level' ? (judgement?.level ?? undefined) : judgement?.suggestedLevel;
    if (current !== undefined && current !== level) return undefined;
  }
  for (const t of targets) {
    const record = slotOf(c.evaluation.areas, t) as AreaRecord;
    const judgement: Judgement = { ...(record.judgement ?? { level: null }) };
    if (key === 'level') {
      judgement.level = level;
      // A level set aside before this evaluation was copied from its predecessor is a proposal, as copyForward makes every judgement.
      if (copiedSince(item, c)) {
        delete judgement.decidedAt;
        judgement.carriedForward = true;
      }
    } else judgement.suggestedLevel = level;
    record.judgement = judgement;
  }
  return targets.map((t) => formatPath(['areas', t, 'judgement', key]));
}

function restoreAction(item: CarriedOverItem, value: unknown, c: Context): string[] | undefined {
  // An action set aside while the file was in format 1 has that format's shape: it comes back in format 2.
  const current = parseWith(Action, value);
  const v1 = current.ok ? undefined : parseWith(ActionV1, value);
  const parsed = current.ok ? current : v1?.ok ? { ok: true as const, value: { ...v1.value, createdAt: c.evaluation.createdAt, reviews: [] } } : undefined;
  if (parsed === undefined) return undefined;
  const [area] = targetsOf(item, parsed.value.area, (a) => c.index.areas.has(a), 'area', c);
  if (area === undefined) return undefined;
  const action = { ...parsed.value, area };
  const actions = c.evaluation.actions;
  const same = actions.findIndex((a) => a.id === action.id);
  if (same >= 0) return jsonEqual(actions[same], action) ? [formatPath(['actions', same])] : undefined;
  const priorities = Object.hasOwn(c.evaluation.areas, area) ? (c.evaluation.areas[area]?.priorities ?? []) : [];
  if (action.priority !== undefined && !priorities.some((p) => p.id === action.priority)) return undefined;
  actions.push(action);
  return [formatPath(['actions', actions.length - 1])];
}

/** Whether each field of `incoming` can go into `slot`: the slot has none, or the same value. */
function fits(slot: object | undefined, incoming: Record<string, unknown>): boolean {
  if (slot === undefined) return true;
  const current = slot as Record<string, unknown>;
  return Object.entries(incoming).every(([field, value]) => value === undefined || current[field] === undefined || jsonEqual(current[field], value));
}

/** New priorities must not take an id another priority of the evaluation has (the same priority, already there, is fine). */
function prioritiesFit(areaId: string, incoming: readonly Priority[] | undefined, c: Context): boolean {
  if (!incoming) return true;
  const here = (Object.hasOwn(c.evaluation.areas, areaId) ? c.evaluation.areas[areaId]?.priorities : undefined) ?? [];
  const taken = (c.priorityIds ??= new Set(Object.values(c.evaluation.areas).flatMap((r) => (r.priorities ?? []).map((p) => p.id))));
  const added = new Set<string>();
  for (const p of incoming) {
    if (here.some((h) => jsonEqual(h, p))) continue;
    if (taken.has(p.id) || added.has(p.id)) return false;
    added.add(p.id);
  }
  return true;
}

function written(areaId: string, c: Context): boolean {
  return c.index.areas.get(areaId)?.area.status !== 'not-yet-written';
}

/** Whether the item was carried over before the evaluation was created, so it came with a copy (copyForward). */
function copiedSince(item: CarriedOverItem, c: Context): boolean {
  const carriedAt = item.carriedAt === undefined ? Number.NaN : Date.parse(item.carriedAt);
  return carriedAt < c.createdAt;
}

/** A judgement as copyForward carries it: a level to confirm, without the time it was decided. */
function asCopied(judgement: Judgement): Judgement {
  const { decidedAt: _decided, carriedForward: _carried, ...rest } = judgement;
  return rest.level === null ? rest : { ...rest, carriedForward: true };
}

/** The record at `key` (created empty), defined as an own property so that no id reaches a prototype. */
function slotOf<T extends object>(records: Record<string, T>, key: string): Record<string, unknown> {
  if (!Object.hasOwn(records, key)) Object.defineProperty(records, key, { value: {}, enumerable: true, writable: true, configurable: true });
  return records[key] as Record<string, unknown>;
}
