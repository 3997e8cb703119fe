// SPDX-License-Identifier: MIT
// Starting the next evaluation of a setting from its last one, as Gatsby's Compass does each term:
// everything the person wrote is carried; each judgement is carried as a proposal to confirm.
import type { AreaRecord, Evaluation, EvaluationV1 } from '../schema/evaluation.js';
import { formatPath } from '../validate/problems.js';
import { currentFormat } from '../versioning/format.js';
import { assertEvaluationArgument } from './guard.js';
import { isoTime, newEvaluationId } from './init.js';
import { isOpen } from './plan.js';

export interface CopyForwardOptions {
  /** The time of the copy, a `Date` (default: now). */
  now?: Date;
  /** The new evaluation's id (default: a random UUID). */
  id?: string;
}

/**
 * A new draft from `previous`: answers, descriptor checks, evidence, strengths, priorities,
 * evaluators, notes, carried-over items and vendor extensions are kept. Each judgement keeps its
 * level and rationale, marked `carriedForward: true` until the person confirms or changes it (its
 * `decidedAt` is dropped). The open actions (not started, in progress) are carried with their
 * whole review history and `createdAt`, marked `carriedForward: true` until confirmed
 * (`withActionConfirmed`); done and dropped ones stay in `previous`, the record of that cycle, as
 * do the examples of practice it offered. New id, status draft, dates reset, no submission date.
 * A format 1 `previous` gives a format 2 draft.
 */
export function copyForward(previous: Evaluation, options: CopyForwardOptions = {}): Evaluation {
  assertEvaluationArgument(previous, 'previous');
  const now = isoTime(options.now);
  const { submittedAt: _submitted, practice: _offered, ...rest } = structuredClone(currentFormat(previous as Evaluation | EvaluationV1));
  const actions = rest.actions.filter(isOpen).map((action) => ({ ...action, carriedForward: true }));
  // Paths set aside by a migration: a judgement whose level waits there is kept, level and all, when it returns.
  const setAside = new Set(rest.carriedOver.map((item) => item.from.path));
  const areas: Record<string, AreaRecord> = {};
  for (const [id, record] of Object.entries(rest.areas)) {
    const { judgement, ...kept } = record;
    const next: AreaRecord = { ...kept };
    if (judgement) {
      const { decidedAt: _decided, carriedForward: _carried, ...carried } = judgement;
      if (carried.level !== null) next.judgement = { ...carried, carriedForward: true };
      else if (carried.rationale?.trim() || setAside.has(formatPath(['areas', id, 'judgement', 'level']))) next.judgement = carried;
    }
    areas[id] = next;
  }
  return { ...rest, id: options.id ?? newEvaluationId(), status: 'draft', createdAt: now, updatedAt: now, areas, actions };
}
