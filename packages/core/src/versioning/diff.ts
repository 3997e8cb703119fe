// SPDX-License-Identifier: MIT
// The semantic diff of two versions of a framework: every item added, removed, reworded, moved,
// reordered, renumbered or changed, by stable id, each with the bump it demands and why.
import { assertDiffArguments } from '../engine/guard.js';
import type { Framework } from '../schema/framework.js';
import { type Result, problem } from '../validate/problems.js';
import { type Bump, type VersionStep, bumpBetween, maxBump, nextVersion, stepAllows } from './bump.js';
import { CHANGE_KINDS, type Change, type ChangeKind, type FieldChange } from './change.js';
import { type SuggestLevels, type DiffExample, compareExamples } from './examples.js';
import { type FlatFramework, type FlatItem, flattenFramework } from './flatten.js';
import { jsonEqual } from './json-equal.js';
import {
  type ChangePolicy,
  FIELD_POLICY,
  UNKNOWN_FIELD,
  addedPolicy,
  areaStatusPolicy,
  judgementScalePolicy,
  movedPolicy,
  removedPolicy,
  reorderedPolicy,
} from './policy.js';

export interface DiffOptions {
  /** Worked examples whose suggestions decide whether a rule change is minor or major. */
  examples?: readonly DiffExample[];
  /** The engine's suggestion per area; needed with `examples`. */
  suggest?: SuggestLevels;
}

export interface FrameworkDiff {
  framework: string;
  from: string;
  to: string;
  /** The bump the changes demand: the largest of the changes' bumps. */
  bump: Bump;
  /** Why that bump, one line per kind of change that demands it. */
  reasons: string[];
  /** What the two version numbers make. */
  step: VersionStep;
  /** Whether `step` is at least `bump`. */
  sufficient: boolean;
  /** The smallest version after `from` that carries the demanded bump. */
  nextVersion: string;
  counts: Record<ChangeKind, number>;
  changes: Change[];
  /** How many worked examples were compared (0 when none or no `suggest` were given). */
  examplesCompared: number;
}

interface Draft {
  change: Change;
  policy: ChangePolicy;
  /** Areas whose suggestion the change may alter. */
  areas: string[];
  order: number;
}

export function diffFrameworks(a: Framework, b: Framework, options: DiffOptions = {}): Result<FrameworkDiff> {
  assertDiffArguments(a, b, options);
  if (a.id !== b.id) {
    return {
      ok: false,
      problems: [problem(['id'], `cannot diff "${a.id}" with "${b.id}": a diff compares two versions of one framework`, 'different-frameworks', { from: a.id, to: b.id })],
    };
  }
  const flatA = flattenFramework(a);
  const flatB = flattenFramework(b);
  const orderA = documentOrder(flatA, a.id);
  const orderB = documentOrder(flatB, b.id);
  const drafts: Draft[] = [];
  const migrationOf = (id: string) => b.migrations.find((m) => m.from === id);

  for (const [ref, item] of flatB) {
    const old = flatA.get(ref);
    const order = orderB.get(ref) ?? 0;
    if (!old) {
      const parentIsNew = item.parent !== '' && !flatA.has(item.parent);
      const policy = parentIsNew && item.item === 'scale-level' ? addedPolicy('scale') : addedPolicy(item.item);
      drafts.push(draft('added', item, policy, order, { areas: item.area ? [item.area] : [] }));
      continue;
    }
    drafts.push(...fieldChanges(old, item, order));
    if (old.parent !== item.parent && item.parent !== '') {
      drafts.push(draft('moved', item, movedPolicy(item.item), order, { areas: [old.area, item.area].filter(isString), previousPath: old.path }));
    }
    for (const [list, children] of Object.entries(item.children)) {
      const before = old.children[list] ?? [];
      const common = new Set(before.filter((c) => children.includes(c)));
      const sequenceA = before.filter((c) => common.has(c));
      const sequenceB = children.filter((c) => common.has(c));
      if (jsonEqual(sequenceA, sequenceB)) continue;
      const ids = (refs: string[], flat: FlatFramework) => refs.map((r) => flat.get(r)?.id ?? r);
      drafts.push(
        draft('reordered', item, reorderedPolicy(item.item, list), order, {
          areas: item.item === 'area' ? [item.id] : [],
          fields: [{ field: list, before: ids(sequenceA, flatA), after: ids(sequenceB, flatB) }],
        }),
      );
    }
  }
  for (const [ref, item] of flatA) {
    if (flatB.has(ref)) continue;
    const note = item.item === 'question' || item.item === 'descriptor' || item.item === 'area' || item.item === 'sub-area' || item.item === 'category' ? migrationOf(item.id) : undefined;
    const parentGone = item.parent !== '' && !flatB.has(item.parent);
    const policy = parentGone && item.item === 'scale-level' ? removedPolicy('scale') : removedPolicy(item.item);
    const removal = draft('removed', item, policy, orderA.get(ref) ?? 0, { areas: item.area ? [item.area] : [] });
    if (note) {
      removal.change.migration = { kind: note.kind, to: note.to };
      removal.change.reason += note.kind === 'removed' ? '; the migration note says so' : `; the migration note sends its answers to ${note.to.join(', ')} (${note.kind})`;
    }
    drafts.push(removal);
  }

  const examples = options.examples && options.suggest ? compareExamples(a, b, options.examples, options.suggest) : undefined;
  resolveSuggestionEffects(drafts, a, b, flatA, flatB, examples?.exercised);
  const kindOrder = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
  const changes = [
    ...drafts.sort((x, y) => kindOrder(x.change.kind) - kindOrder(y.change.kind) || x.order - y.order).map((d) => d.change),
    ...(examples?.changes ?? []),
  ];
  const bump = maxBump(changes.map((c) => c.bump));
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, changes.filter((c) => c.kind === k).length])) as Record<ChangeKind, number>;
  return {
    ok: true,
    value: {
      framework: b.id,
      from: a.version,
      to: b.version,
      bump,
      reasons: bump === 'none' ? [] : reasonsFor(changes.filter((c) => c.bump === bump)),
      step: bumpBetween(a.version, b.version),
      sufficient: stepAllows(a.version, b.version, bump),
      nextVersion: nextVersion(a.version, bump),
      counts,
      changes,
      examplesCompared: examples?.compared ?? 0,
    },
  };
}

function draft(
  kind: ChangeKind,
  item: FlatItem,
  policy: ChangePolicy,
  order: number,
  extra: { areas: string[]; fields?: FieldChange[]; previousPath?: string },
): Draft {
  const change: Change = { kind, item: item.item, id: item.id, path: item.path, bump: policy.bump, reason: policy.reason };
  if (extra.previousPath !== undefined) change.previousPath = extra.previousPath;
  if (item.label !== undefined) change.label = item.label;
  if (extra.fields) change.fields = extra.fields;
  return { change, policy, areas: extra.areas, order };
}

/** The field-level changes of an item present in both versions, one change per kind of effect. */
function fieldChanges(old: FlatItem, item: FlatItem, order: number): Draft[] {
  const groups = new Map<string, { policy: ChangePolicy; fields: FieldChange[] }>();
  const fieldNames = [...new Set([...Object.keys(old.fields), ...Object.keys(item.fields)])];
  for (const field of fieldNames) {
    const before = old.fields[field];
    const after = item.fields[field];
    if (jsonEqual(before, after)) continue;
    let policy = FIELD_POLICY[item.item][field] ?? UNKNOWN_FIELD;
    if (item.item === 'area' && field === 'status') policy = areaStatusPolicy(after);
    if (item.item === 'framework' && field === 'judgementScale') policy = judgementScalePolicy(before, after);
    const key = `${policy.kind}\u0000${policy.reason}`;
    const group = groups.get(key) ?? { policy, fields: [] };
    const change: FieldChange = { field };
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    group.fields.push(change);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ policy, fields }) => draft(policy.kind, item, policy, order, { areas: item.area ? [item.area] : [], fields }));
}

/**
 * A change that may alter a suggestion demands major unless worked examples exercising each
 * area it touches were compared (their differences, if any, are changes of their own). Only
 * areas present in both versions and with rules in either can have a suggestion to alter.
 */
function resolveSuggestionEffects(
  drafts: Draft[],
  a: Framework,
  b: Framework,
  flatA: FlatFramework,
  flatB: FlatFramework,
  exercised: ReadonlySet<string> | undefined,
): void {
  const hasRules = (flat: FlatFramework, area: string) => {
    const entry = flat.get(`area:${area}`);
    return (entry?.children.rules?.length ?? 0) > 0;
  };
  const judged = (area: string) => flatA.has(`area:${area}`) && flatB.has(`area:${area}`) && (hasRules(flatA, area) || hasRules(flatB, area));
  for (const d of drafts) {
    if (!d.policy.suggestion) continue;
    const areas = [...new Set(d.areas)].filter(judged);
    if (areas.length === 0) continue;
    const names = areas.map((x) => `"${x}"`).join(', ');
    if (!exercised) {
      d.change.bump = 'major';
      d.change.reason += `: it may change the suggestion for ${names}, and no worked examples were given to show otherwise, so major on the safe side`;
      continue;
    }
    const missing = areas.filter((x) => !exercised.has(x));
    if (missing.length > 0) {
      d.change.bump = 'major';
      d.change.reason += `: it may change the suggestion for ${missing.map((x) => `"${x}"`).join(', ')}, which no worked example exercises, so major on the safe side`;
    } else {
      d.change.reason += `: the worked examples exercising ${names} were compared between ${a.version} and ${b.version}`;
    }
  }
}

/** One line per kind of change, item and reason: "question "x" removed: …" or "12 questions removed: …". */
function reasonsFor(changes: Change[]): string[] {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = `${c.kind}\u0000${c.item}\u0000${c.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const fields = first.fields && first.item === 'framework' ? ` (${first.fields.map((f) => f.field).join(', ')})` : '';
    const what =
      group.length === 1
        ? `${first.item} "${first.id}"${fields} ${first.kind}`
        : `${group.length} ${first.item === 'sub-area' ? 'sub-areas' : `${first.item}s`} ${first.kind} (${group.slice(0, 3).map((c) => `"${c.id}"`).join(', ')}${group.length > 3 ? ', …' : ''})`;
    return `${what}: ${first.reason}`;
  });
}

/** Each item's position in a walk of the document from the framework down. */
function documentOrder(flat: FlatFramework, id: string): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (ref: string) => {
    order.set(ref, order.size);
    const item = flat.get(ref);
    if (!item) return;
    for (const list of CHILD_ORDER) for (const child of item.children[list] ?? []) visit(child);
  };
  visit(`framework:${id}`);
  return order;
}

const CHILD_ORDER = ['guidance', 'footnotes', 'scales', 'levels', 'uses', 'crosswalks', 'targets', 'entries', 'examplesOfPractice', 'categories', 'areas', 'questions', 'subAreas', 'descriptors', 'rules'];

function isString(x: string | undefined): x is string {
  return typeof x === 'string';
}
