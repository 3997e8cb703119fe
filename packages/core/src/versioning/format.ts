// SPDX-License-Identifier: MIT
// The evaluation FORMAT's versions (distinct from a framework's versions, which migrate.ts moves an
// evaluation between). Format 2 gave actions a creation time, a success measure, reviews and the
// carried-forward mark, and evaluations their offered examples of practice. A format 1 file is read
// by upgrading it: every field kept, each action given `createdAt` (the evaluation's) and no
// reviews. The downgrade exists for systems that only read format 1: what format 1 has no place for
// is kept under `extensions["apq.format-2"]`, from which an upgrade puts it back, so 2 → 1 → 2
// gives the same evaluation.
import {
  type Action,
  type ActionV1,
  EVALUATION_FORMAT_VERSION,
  type Evaluation,
  type EvaluationV1,
  type PracticeOffer,
  type Review,
} from '../schema/evaluation.js';

/** Where a downgrade keeps what format 1 has no place for. */
export const FORMAT_2_EXTENSION = 'apq.format-2';

/** The v1 name of the published schema file for format 1; the current format's file keeps the plain name. */
const V1_SCHEMA_FILE = 'evaluation-1.schema.json';
const CURRENT_SCHEMA_FILE = 'evaluation.schema.json';

/** The action fields format 2 added, kept by a downgrade. */
interface KeptAction {
  createdAt: string;
  reviews: Review[];
  successMeasure?: string;
  carriedForward?: boolean;
}

interface Kept {
  actions?: Record<string, KeptAction>;
  practice?: PracticeOffer[];
}

/** Whether a value claims format 1 (`formatVersion: 1`); says nothing of whether it is valid. */
export function isFormatV1(value: unknown): value is EvaluationV1 {
  return value !== null && typeof value === 'object' && (value as { formatVersion?: unknown }).formatVersion === 1;
}

/** The evaluation in the current format: a format 1 evaluation upgraded, anything else as it is. */
export function currentFormat(e: Evaluation | EvaluationV1): Evaluation {
  return isFormatV1(e) ? upgradeEvaluation(e) : e;
}

/**
 * A format 1 evaluation in format 2, with nothing lost: each action gains `createdAt` (the
 * evaluation's `createdAt`, the best known bound) and an empty `reviews`; what a downgrade kept in
 * `extensions["apq.format-2"]` is put back. A `$schema` naming the format 1 schema file names the
 * current one. Never changes its input.
 */
export function upgradeEvaluation(e: EvaluationV1): Evaluation {
  const kept = keptOf(e.extensions);
  const source = structuredClone(e) as Record<string, unknown> & EvaluationV1;
  // The file's own order of fields is kept, so an upgraded file differs from the old one only where it must.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    if (key === 'formatVersion') out.formatVersion = EVALUATION_FORMAT_VERSION;
    else if (key === 'actions') {
      out.actions = source.actions.map((action) => upgradeAction(action, e.createdAt, kept?.actions));
      if (kept?.practice !== undefined) out.practice = kept.practice;
    } else if (key === 'extensions') {
      const others = kept === undefined ? source.extensions : withoutKept(source.extensions ?? {});
      if (others !== undefined) out.extensions = others;
    } else out[key] = source[key];
  }
  const upgraded = out as Evaluation;
  if (typeof upgraded.$schema === 'string' && upgraded.$schema.endsWith(V1_SCHEMA_FILE)) {
    upgraded.$schema = upgraded.$schema.slice(0, -V1_SCHEMA_FILE.length) + CURRENT_SCHEMA_FILE;
  }
  return upgraded;
}

/**
 * The evaluation in format 1 for a system that reads only that: the fields format 1 lacks (each
 * action's `createdAt`, `reviews`, `successMeasure`, `carriedForward`; the evaluation's
 * `practice`) are kept under `extensions["apq.format-2"]`, so {@link upgradeEvaluation} restores
 * them. Never changes its input.
 */
export function downgradeEvaluation(e: Evaluation): EvaluationV1 {
  const { formatVersion: _v, actions, practice, extensions, ...rest } = structuredClone(e);
  const keptActions: Record<string, KeptAction> = {};
  const v1Actions: ActionV1[] = actions.map(({ createdAt, reviews, successMeasure, carriedForward, ...v1 }) => {
    const kept: KeptAction = { createdAt, reviews };
    if (successMeasure !== undefined) kept.successMeasure = successMeasure;
    if (carriedForward !== undefined) kept.carriedForward = carriedForward;
    Object.defineProperty(keptActions, v1.id, { value: kept, enumerable: true, writable: true, configurable: true });
    return v1;
  });
  const kept: Kept = {};
  if (actions.length > 0) kept.actions = keptActions;
  if (practice !== undefined) kept.practice = practice;
  const downgraded = { ...rest, formatVersion: 1, actions: v1Actions } as EvaluationV1;
  const others = extensions === undefined ? undefined : withoutKept(extensions);
  if (Object.keys(kept).length > 0) downgraded.extensions = { ...others, [FORMAT_2_EXTENSION]: kept as never };
  else if (others !== undefined) downgraded.extensions = others;
  if (typeof downgraded.$schema === 'string' && downgraded.$schema.endsWith(CURRENT_SCHEMA_FILE)) {
    downgraded.$schema = downgraded.$schema.slice(0, -CURRENT_SCHEMA_FILE.length) + V1_SCHEMA_FILE;
  }
  return downgraded;
}

function upgradeAction(action: ActionV1, createdAt: string, kept: Record<string, KeptAction> | undefined): Action {
  const saved = kept !== undefined && Object.hasOwn(kept, action.id) ? kept[action.id] : undefined;
  const out: Action = { ...action, createdAt: saved?.createdAt ?? createdAt, reviews: saved?.reviews ?? [] };
  if (saved?.successMeasure !== undefined) out.successMeasure = saved.successMeasure;
  if (saved?.carriedForward !== undefined) out.carriedForward = saved.carriedForward;
  return orderAction(out);
}

/** What a downgrade kept, when `extensions` holds it in the shape a downgrade writes; else undefined (and it stays a vendor's). */
function keptOf(extensions: EvaluationV1['extensions']): Kept | undefined {
  if (extensions === undefined || !Object.hasOwn(extensions, FORMAT_2_EXTENSION)) return undefined;
  const value: unknown = extensions[FORMAT_2_EXTENSION];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { actions, practice, ...other } = value as Record<string, unknown>;
  if (Object.keys(other).length > 0) return undefined;
  if (practice !== undefined && !Array.isArray(practice)) return undefined;
  if (actions !== undefined) {
    if (actions === null || typeof actions !== 'object' || Array.isArray(actions)) return undefined;
    for (const saved of Object.values(actions)) {
      const s = saved as Partial<KeptAction> | null;
      if (s === null || typeof s !== 'object' || typeof s.createdAt !== 'string' || !Array.isArray(s.reviews)) return undefined;
    }
  }
  return value as Kept;
}

function withoutKept(extensions: NonNullable<Evaluation['extensions']>): Evaluation['extensions'] {
  const { [FORMAT_2_EXTENSION]: _kept, ...others } = extensions;
  return Object.keys(others).length > 0 ? others : undefined;
}

const ACTION_ORDER = ['id', 'area', 'priority', 'what', 'who', 'due', 'successMeasure', 'status', 'createdAt', 'carriedForward', 'reviews'];

/** Fields in the schema's order, so an upgraded action reads like one written in format 2. */
function inOrder<T extends object>(value: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const key of order) if (Object.hasOwn(source, key) && source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source)) if (!Object.hasOwn(out, key) && source[key] !== undefined) out[key] = source[key];
  return out as T;
}

function orderAction(action: Action): Action {
  return inOrder(action, ACTION_ORDER);
}
