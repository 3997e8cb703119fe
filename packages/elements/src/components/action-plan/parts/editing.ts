// SPDX-License-Identifier: MIT
// What a person has open and is typing in the plan: a new or changed action, a review, or the
// question before dropping an action. Kept as typed (never parsed until saved), checked on save,
// and carried in the draft so a reload resumes mid-review with nothing lost.
import type { Action, Evaluation } from '../../../internal/core.js';
import { type DatePart, type DateParts, type DateProblem, EMPTY_DATE, dateParts, datePartId, readDate } from './date-input.js';

export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionFields {
  what: string;
  who: string;
  due: DateParts;
  successMeasure: string;
}

export interface ReviewFields {
  on: DateParts;
  by: string;
  note: string;
  status: ActionStatus;
  evidence: string;
}

export type Editor =
  | { kind: 'action'; actionId?: string | undefined; area: string; priority?: string | undefined; fields: ActionFields; checked: boolean }
  | { kind: 'review'; actionId: string; fields: ReviewFields; checked: boolean }
  | { kind: 'drop'; actionId: string };

/** Where each editor is in the page: one per action (and kind), one per priority for a new action. */
export const editorKey = {
  newAction: (area: string, priority: string | undefined) => `new--${area}--${priority ?? 'none'}`,
  action: (actionId: string) => `edit--${actionId}`,
  review: (actionId: string) => `review--${actionId}`,
  drop: (actionId: string) => `drop--${actionId}`,
};

/** The id of a field of an editor; safe in an id and a `#` link (editor keys are kebab-case ids and `--`). */
export const fieldId = (key: string, field: string) => `${key}--${field}`;

export function newActionEditor(area: string, priority: string | undefined): Editor {
  return { kind: 'action', area, priority, fields: { what: '', who: '', due: { ...EMPTY_DATE }, successMeasure: '' }, checked: false };
}

export function changeActionEditor(action: Action): Editor {
  return {
    kind: 'action',
    actionId: action.id,
    area: action.area,
    priority: action.priority,
    fields: { what: action.what, who: action.who ?? '', due: dateParts(action.due), successMeasure: action.successMeasure ?? '' },
    checked: false,
  };
}

export function reviewEditor(action: Action): Editor {
  return { kind: 'review', actionId: action.id, fields: { on: { ...EMPTY_DATE }, by: '', note: '', status: action.status, evidence: '' }, checked: false };
}

/** A field's problem in words the strings table gives (see editorProblems). */
export type FieldProblem =
  | { field: 'what' | 'note'; kind: 'required' }
  | { field: 'due' | 'on'; kind: 'date'; problem: DateProblem }
  | { field: 'on'; kind: 'before-created'; created: string };

export interface EditorProblem {
  /** The id of the box to go to. */
  target: string;
  problem: FieldProblem;
}

/** The day an action was created, as YYYY-MM-DD (its timestamp's date, as written). */
export const createdDay = (action: Action) => action.createdAt.slice(0, 10);

/** What stops an editor's content being saved, in the order of its fields. */
export function editorProblems(key: string, editor: Editor, action: Action | undefined): EditorProblem[] {
  const out: EditorProblem[] = [];
  if (editor.kind === 'action') {
    if (editor.fields.what.trim() === '') out.push({ target: fieldId(key, 'what'), problem: { field: 'what', kind: 'required' } });
    const due = readDate(editor.fields.due, { required: false, partial: true });
    if (!due.ok) out.push({ target: datePartId(fieldId(key, 'due'), due.problem.part), problem: { field: 'due', kind: 'date', problem: due.problem } });
  } else if (editor.kind === 'review') {
    const on = readDate(editor.fields.on, { required: true, partial: false });
    if (!on.ok) out.push({ target: datePartId(fieldId(key, 'on'), on.problem.part), problem: { field: 'on', kind: 'date', problem: on.problem } });
    else if (action && on.value! < createdDay(action)) {
      out.push({ target: fieldId(key, 'on'), problem: { field: 'on', kind: 'before-created', created: createdDay(action) } });
    }
    if (editor.fields.note.trim() === '') out.push({ target: fieldId(key, 'note'), problem: { field: 'note', kind: 'required' } });
  }
  return out;
}

/** The part of a date the problem is about, to mark that box only ('required' marks all three). */
export function problemPart(problem: FieldProblem): DatePart | undefined {
  return problem.kind === 'date' && problem.problem.kind !== 'required' ? problem.problem.part : undefined;
}

// ---- carried in the draft ----

/**
 * The namespace under `extensions` where the draft (never the evaluation the page receives) keeps
 * the editors that are open, so that a reload carries on with them.
 */
export const DRAFT_EXTENSION = 'apq-action-plan';

/** The evaluation as the draft stores it: with the open editors, when there are any. */
export function withOpenEditors(e: Evaluation, editors: ReadonlyMap<string, Editor>): Evaluation {
  if (editors.size === 0) return e;
  return { ...e, extensions: { ...e.extensions, [DRAFT_EXTENSION]: { editors: Object.fromEntries(editors) } as never } };
}

/** The evaluation without the draft's editors, and the editors it carried that still make sense. */
export function takeOpenEditors(e: Evaluation): { evaluation: Evaluation; editors: Map<string, Editor> } {
  const stored = e.extensions?.[DRAFT_EXTENSION] as unknown;
  if (stored === undefined) return { evaluation: e, editors: new Map() };
  const { [DRAFT_EXTENSION]: _dropped, ...rest } = e.extensions ?? {};
  const evaluation: Evaluation = { ...e };
  if (Object.keys(rest).length > 0) evaluation.extensions = rest;
  else delete evaluation.extensions;
  const editors = new Map<string, Editor>();
  const raw = (stored as { editors?: unknown } | null)?.editors;
  if (raw && typeof raw === 'object') {
    const ids = new Set(evaluation.actions.map((a) => a.id));
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      const editor = asEditor(value, ids);
      if (editor) editors.set(key, editor);
    }
  }
  return { evaluation, editors };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown): v is DateParts => !!v && typeof v === 'object' && ['day', 'month', 'year'].every((k) => isString((v as Record<string, unknown>)[k]));

/** An editor read back from storage, or undefined when it is not one (or its action has gone). */
function asEditor(value: unknown, actionIds: ReadonlySet<string>): Editor | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const f = (v.fields ?? {}) as Record<string, unknown>;
  const known = (id: unknown): id is string => isString(id) && actionIds.has(id);
  if (v.kind === 'drop' && known(v.actionId)) return { kind: 'drop', actionId: v.actionId };
  if (v.kind === 'review' && known(v.actionId) && isDate(f.on) && isString(f.by) && isString(f.note) && isString(f.evidence) && ACTION_STATUSES.includes(f.status as ActionStatus)) {
    return { kind: 'review', actionId: v.actionId, fields: { on: f.on, by: f.by, note: f.note, status: f.status as ActionStatus, evidence: f.evidence }, checked: v.checked === true };
  }
  if (v.kind === 'action' && isString(v.area) && (v.actionId === undefined || known(v.actionId)) && (v.priority === undefined || isString(v.priority))) {
    if (!isString(f.what) || !isString(f.who) || !isDate(f.due) || !isString(f.successMeasure)) return undefined;
    return {
      kind: 'action',
      actionId: v.actionId as string | undefined,
      area: v.area,
      priority: v.priority as string | undefined,
      fields: { what: f.what, who: f.who, due: f.due, successMeasure: f.successMeasure },
      checked: v.checked === true,
    };
  }
  return undefined;
}
