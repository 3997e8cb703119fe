// SPDX-License-Identifier: MIT
// What the overview shows, worked out from an aggregate without drawing anything: the groups of
// settings it has figures for (all settings, and each breakdown), the period chosen in a group and
// the one before it, and the change between two published counts. A suppressed count is never
// turned into a number here: a change that needs one is "unknown".
import type { AggregateAreaFigures, AggregateCell, AggregateDocument, AggregatePeriod } from '../../../internal/core.js';

/** The key of the group of all settings; a breakdown's key is `<by>:<value>`. */
export const ALL_SETTINGS = 'all';

export interface Group {
  key: string;
  by: 'all' | 'use' | 'setting-type';
  /** The breakdown's own label (`Self-evaluation`, `Pupil referral unit`); empty for all settings. */
  label: string;
  periods: readonly AggregatePeriod[];
}

export const groupKey = (by: string, value: string): string => `${by}:${value}`;

/** All settings first, then each breakdown in the order the aggregate gives them. */
export function groupsOf(doc: AggregateDocument): Group[] {
  const groups: Group[] = [{ key: ALL_SETTINGS, by: 'all', label: '', periods: doc.periods }];
  const seen = new Set<string>([ALL_SETTINGS]);
  for (const b of doc.breakdowns ?? []) {
    const key = groupKey(b.by, b.value);
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ key, by: b.by, label: b.label, periods: b.periods });
  }
  return groups;
}

export interface Selection {
  group: Group;
  /** The period chosen, as listed at the top of the aggregate. */
  period: AggregatePeriod;
  /** The period before it, when there is one. */
  previousPeriod: AggregatePeriod | undefined;
  /** The group's figures for the period; undefined when the breakdown has none for it. */
  figures: AggregatePeriod | undefined;
  /** The group's figures for the period before; undefined when there is none. */
  previousFigures: AggregatePeriod | undefined;
}

/**
 * The figures to show for a group key and a period id; the newest period and all settings when
 * either is not in the aggregate. The periods are the aggregate's (oldest first); a breakdown's
 * figures are matched to them by id.
 */
export function select(doc: AggregateDocument, groups: readonly Group[], groupKeyWanted: string | undefined, periodId: string | undefined): Selection {
  const group = groups.find((g) => g.key === groupKeyWanted) ?? groups[0]!;
  let index = doc.periods.findIndex((p) => p.id === periodId);
  if (index < 0) index = doc.periods.length - 1;
  const period = doc.periods[index]!;
  const previousPeriod = index > 0 ? doc.periods[index - 1] : undefined;
  const byId = (id: string | undefined) => (id === undefined ? undefined : group.periods.find((p) => p.id === id));
  return { group, period, previousPeriod, figures: byId(period.id), previousFigures: byId(previousPeriod?.id) };
}

/** An area's figures in a period, by area id. */
export function areaIn(period: AggregatePeriod | undefined, areaId: string): AggregateAreaFigures | undefined {
  return period?.areas.find((a) => a.area === areaId);
}

/** A count that may be shown: suppressed cells, and any cell without a number, are not. */
export function shownCount(cell: AggregateCell | undefined): number | undefined {
  return cell && !cell.suppressed && typeof cell.count === 'number' ? cell.count : undefined;
}

export type Change = { kind: 'up' | 'down'; count: number } | { kind: 'none' } | { kind: 'unknown' };

/** The change between two published counts; unknown when either is not shown or there is no earlier one. */
export function changeBetween(previous: AggregateCell | undefined, current: AggregateCell | undefined): Change {
  const before = shownCount(previous);
  const now = shownCount(current);
  if (before === undefined || now === undefined) return { kind: 'unknown' };
  if (now === before) return { kind: 'none' };
  return now > before ? { kind: 'up', count: now - before } : { kind: 'down', count: before - now };
}

/** One row of an area's distribution: a level of the scale, or "not judged". */
export interface DistributionRow {
  /** The level's id, or `not-judged`. */
  level: string;
  label: string;
  cell: AggregateCell;
  change: Change | undefined;
}

export const NOT_JUDGED = 'not-judged';

/**
 * An area's judgements, best first, then "not judged"; with the change since the period before
 * when there is one (a level that was not there before is an unknown change).
 */
export function distribution(area: AggregateAreaFigures, previous: AggregateAreaFigures | undefined, withChange: boolean, notJudgedLabel: string): DistributionRow[] {
  const rows: DistributionRow[] = area.judgements.map((j) => ({
    level: j.level,
    label: j.label,
    cell: j.settings,
    change: withChange ? changeBetween(previous?.judgements.find((p) => p.level === j.level)?.settings, j.settings) : undefined,
  }));
  rows.push({ level: NOT_JUDGED, label: notJudgedLabel, cell: area.notJudged, change: withChange ? changeBetween(previous?.notJudged, area.notJudged) : undefined });
  return rows;
}

/**
 * The count a full-length bar stands for in a period: the settings counted, or the largest count
 * shown if that is larger (adjusted counts may exceed it slightly), so bars compare across areas.
 */
export function barScale(figures: AggregatePeriod): number {
  let max = shownCount(figures.settings) ?? 0;
  for (const a of figures.areas) {
    for (const j of a.judgements) max = Math.max(max, shownCount(j.settings) ?? 0);
    max = Math.max(max, shownCount(a.notJudged) ?? 0);
  }
  return max;
}

/** A bar's length in percent of the full length: 0 for a suppressed count or when nothing is counted. */
export function barWidth(cell: AggregateCell, scale: number): number {
  const count = shownCount(cell);
  return count !== undefined && scale > 0 ? Math.min(100, (count / scale) * 100) : 0;
}

/** Areas grouped by category, keeping the aggregate's order. */
export function byCategory(areas: readonly AggregateAreaFigures[]): Array<{ category: string; title: string; areas: AggregateAreaFigures[] }> {
  const out: Array<{ category: string; title: string; areas: AggregateAreaFigures[] }> = [];
  for (const a of areas) {
    const last = out.at(-1);
    if (last && last.category === a.category) last.areas.push(a);
    else out.push({ category: a.category, title: a.categoryTitle, areas: [a] });
  }
  return out;
}
