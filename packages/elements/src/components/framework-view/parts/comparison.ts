// SPDX-License-Identifier: MIT
// What <apq-framework-view compare-to> marks: core's semantic diff of two versions, keyed by the
// items the view draws, with removed items gathered by the area they used to be in.
import { type Change, type ChangeKind, type Framework, type FrameworkDiff, ITEM_KINDS, type ItemKind, type Problem, diffFrameworks } from '../../../internal/core.js';

/** The kinds of change that get a tag beside an item. */
export const MARKED_KINDS = ['added', 'reworded', 'removed', 'moved', 'renumbered', 'changed'] as const satisfies readonly ChangeKind[];
export type MarkedKind = (typeof MARKED_KINDS)[number];

export const TABLE_COLUMNS = ['added', 'reworded', 'removed', 'other'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface RemovedItem {
  item: ItemKind;
  id: string;
  /** The item's text or title in the other version. */
  text: string;
  /** Where in its area it was: a sub-area's title or a descriptor level. */
  context?: string | undefined;
}

export interface Comparison {
  diff: FrameworkDiff;
  /** The version compared with. */
  other: Framework;
  /** Changes by item key (see `markKey`). */
  byItem: ReadonlyMap<string, readonly Change[]>;
  /** Removed questions, sub-areas and descriptors of areas still in the shown version, by area id. */
  removedInArea: ReadonlyMap<string, readonly RemovedItem[]>;
  /** Removed areas, categories, uses, guidance, footnotes and crosswalks. */
  removedElsewhere: readonly RemovedItem[];
  /** Counts by kind of item, for the kinds that changed, in the order of core's ITEM_KINDS. */
  table: ReadonlyArray<{ item: ItemKind } & Record<TableColumn, number>>;
  totals: Record<TableColumn, number>;
}

export type ComparisonState = { kind: 'ok'; comparison: Comparison } | { kind: 'failed'; problems: readonly Problem[] };

/** The key of an item the view draws: ids are unique per kind except levels and crosswalk parts, scoped by their parent. */
export function markKey(item: ItemKind, id: string, scope?: string): string {
  return scope === undefined ? `${item}:${id}` : `${item}:${scope}/${id}`;
}

function keyOfChange(change: Change): string {
  const segments = change.path.split('.');
  // Paths are `framework.category.area.descriptors.level` and `framework.crosswalks.crosswalk.entries.area`.
  if (change.item === 'descriptor-level' || change.item === 'crosswalk-entry' || change.item === 'crosswalk-target') {
    return markKey(change.item, change.id, segments[segments.length - 3]);
  }
  if (change.item === 'scale-level') return markKey(change.item, change.id, segments[segments.length - 2]);
  return markKey(change.item, change.id);
}

function column(kind: ChangeKind): TableColumn | undefined {
  if (kind === 'added' || kind === 'reworded' || kind === 'removed') return kind;
  if (kind === 'metadata') return undefined;
  return 'other';
}

const IN_AREA: ReadonlySet<ItemKind> = new Set(['sub-area', 'question', 'descriptor']);
const ELSEWHERE: ReadonlySet<ItemKind> = new Set(['category', 'area', 'use', 'guidance', 'footnote', 'crosswalk', 'crosswalk-entry', 'example-of-practice']);

const cache = new WeakMap<Framework, WeakMap<Framework, ComparisonState>>();

/** `shown` compared with `other`: what `shown` added, reworded or removed relative to `other`. */
export function compareFrameworks(shown: Framework, other: Framework): ComparisonState {
  let byOther = cache.get(shown);
  if (!byOther) cache.set(shown, (byOther = new WeakMap()));
  const cached = byOther.get(other);
  if (cached) return cached;
  const state = build(shown, other);
  byOther.set(other, state);
  return state;
}

function build(shown: Framework, other: Framework): ComparisonState {
  let result: ReturnType<typeof diffFrameworks>;
  try {
    result = diffFrameworks(other, shown);
  } catch {
    // A framework set from code is not validated before a diff; a malformed one must not break the view.
    return { kind: 'failed', problems: [] };
  }
  if (!result.ok) return { kind: 'failed', problems: result.problems };
  const diff = result.value;
  const shownAreas = new Set(shown.categories.flatMap((c) => c.areas.map((a) => a.id)));
  const byItem = new Map<string, Change[]>();
  const removedInArea = new Map<string, RemovedItem[]>();
  const removedElsewhere: RemovedItem[] = [];
  const counts = new Map<ItemKind, Record<TableColumn, number>>();
  const totals: Record<TableColumn, number> = { added: 0, reworded: 0, removed: 0, other: 0 };

  for (const change of diff.changes) {
    const col = column(change.kind);
    if (!col) continue;
    const row = counts.get(change.item) ?? { added: 0, reworded: 0, removed: 0, other: 0 };
    row[col]++;
    totals[col]++;
    counts.set(change.item, row);

    const key = keyOfChange(change);
    byItem.set(key, [...(byItem.get(key) ?? []), change]);

    if (change.kind !== 'removed') continue;
    const removed: RemovedItem = { item: change.item, id: change.id, text: change.label ?? change.id };
    if (IN_AREA.has(change.item)) {
      const area = change.path.split('.')[2];
      // Items of a removed area go with the area, listed once.
      if (!area || !shownAreas.has(area)) continue;
      removed.context = contextOf(other, change);
      removedInArea.set(area, [...(removedInArea.get(area) ?? []), removed]);
    } else if (ELSEWHERE.has(change.item)) {
      removedElsewhere.push(removed);
    }
  }
  const table = ITEM_KINDS.filter((item) => counts.has(item)).map((item) => ({ item, ...counts.get(item)! }));
  return { kind: 'ok', comparison: { diff, other, byItem, removedInArea, removedElsewhere, table, totals } };
}

/** A removed question's sub-area, or a removed descriptor's level heading, in the other version. */
function contextOf(other: Framework, change: Change): string | undefined {
  for (const category of other.categories) {
    for (const area of category.areas) {
      if (change.item === 'question') {
        const sub = area.subAreas.find((s) => s.questions.some((q) => q.id === change.id));
        if (sub) return `${sub.letter}. ${sub.title}`;
      }
      if (change.item === 'descriptor') {
        const level = area.descriptors?.levels.find((l) => l.descriptors.some((d) => d.id === change.id));
        if (level) return level.heading ?? level.level;
      }
    }
  }
  return undefined;
}

/** The marked kinds among an item's changes, in a fixed order. */
export function marksOf(changes: readonly Change[] | undefined): MarkedKind[] {
  if (!changes) return [];
  return MARKED_KINDS.filter((kind) => changes.some((c) => c.kind === kind));
}

/** The wording an item had before, where a change reworded its main text. */
export function previousWording(changes: readonly Change[] | undefined): string | undefined {
  for (const change of changes ?? []) {
    if (change.kind !== 'reworded') continue;
    const field = change.fields?.find((f) => (f.field === 'text' || f.field === 'title') && typeof f.before === 'string');
    if (field) return field.before as string;
  }
  return undefined;
}

