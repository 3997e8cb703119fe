// SPDX-License-Identifier: MIT
// The vocabulary of a framework diff: what kind of item changed, how, and the bump it demands.
import type { MigrationNote } from '../schema/framework.js';
import type { Bump } from './bump.js';

export const ITEM_KINDS = [
  'framework',
  'category',
  'area',
  'sub-area',
  'question',
  'grade-descriptors',
  'descriptor-level',
  'descriptor',
  'rule',
  'scale',
  'scale-level',
  'use',
  'guidance',
  'footnote',
  'crosswalk',
  'crosswalk-target',
  'crosswalk-entry',
  'example-of-practice',
  'worked-example',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * - `reworded`: display text only (title, summary, text, guidance, description, label used as
 *   wording, heading, lead, items).
 * - `moved`: the parent changed (a question to another area or sub-area, an area to another
 *   category, a descriptor to another level).
 * - `reordered`: the order of a list of children changed (reported on the parent).
 * - `renumbered`: an area's number or a sub-area's letter changed.
 * - `changed`: meaning changed (an answer kind, a scale's levels, a rule's logic, a use's focus).
 * - `metadata`: status, release date, notes, provenance, provisional flags: never a bump.
 */
export const CHANGE_KINDS = ['added', 'removed', 'reworded', 'moved', 'reordered', 'renumbered', 'changed', 'metadata'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One field of an item, before and after; a side is absent where the field was absent. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface Change {
  kind: ChangeKind;
  item: ItemKind;
  id: string;
  /**
   * The item's dotted path, `framework-id.category-id.area-id.question-id` and so on, in the
   * newer version (in the older one for a removal).
   */
  path: string;
  /** For `moved`: the item's path in the older version. */
  previousPath?: string;
  /** The item's title or text, for people reading the diff. */
  label?: string;
  fields?: FieldChange[];
  /** For a removal: the migration note of the newer version that says where its answers go. */
  migration?: Pick<MigrationNote, 'kind' | 'to'>;
  bump: Bump;
  reason: string;
}
