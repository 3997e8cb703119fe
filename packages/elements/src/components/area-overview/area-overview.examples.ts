// SPDX-License-Identifier: MIT
// <apq-area-overview> in every state, on aggregates made here from the AP Quality Toolkit's areas
// and scale (generated, illustrative figures): the stories, the shared accessibility loop and the
// docs all draw from this list. The builders are exported for the element's own tests.
import { WORKED_EXAMPLES } from '@ap-quality/core/frameworks';
import { html } from 'lit';
import '../../frameworks.js';
import type { AggregateAreaFigures, AggregateCell, AggregateDocument, AggregatePeriod } from '../../internal/core.js';
import type { ElementExamples } from '../../internal/examples.js';
import { findFramework } from '../../internal/registry.js';
import './apq-area-overview.js';

export const THRESHOLD = 3;
export const WORDING = 'fewer than 3';

/** A published count: below the threshold it is suppressed (no number). */
export function cell(count: number): AggregateCell {
  return count < THRESHOLD ? { count: null, suppressed: true } : { count, suppressed: false };
}

export const SUPPRESSED: AggregateCell = { count: null, suppressed: true };

/** A small deterministic sequence (a linear congruential generator), so every build draws the same figures. */
function numbers(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `total` split over `weights`, in whole numbers that add up to it. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

const PRIORITIES = [
  'Develop the induction of pupils who join mid-term',
  'Share attendance information with schools every week',
  'Plan each pupil’s next step from the first month',
  'Train every member of staff in trauma-informed practice',
];

export interface PeriodSpec {
  id: string;
  label: string;
  from?: string;
  to?: string;
  settings: number;
}

export const TERMS: readonly PeriodSpec[] = [
  { id: '2025-autumn', label: 'Autumn term 2025', from: '2025-09', to: '2025-12', settings: 38 },
  { id: '2026-spring', label: 'Spring term 2026', from: '2026-01', to: '2026-04', settings: 41 },
  { id: '2026-summer', label: 'Summer term 2026', from: '2026-04', to: '2026-07', settings: 44 },
  { id: '2026-autumn', label: 'Autumn term 2026', from: '2026-09', to: '2026-12', settings: 46 },
];

/** The toolkit's areas and scale, as an aggregate names them. */
function toolkitShape() {
  const framework = findFramework('ap-quality-toolkit', '2.0.0');
  if (!framework) throw new Error('ap-quality-toolkit 2.0.0 is not registered');
  const scale = framework.scales.find((s) => s.id === framework.judgementScale)!;
  const areas = framework.categories.flatMap((c) => c.areas.map((a) => ({ area: a.id, number: a.number, title: a.title, category: c.id, categoryTitle: c.title })));
  return { framework, levels: scale.levels.map((l) => ({ level: l.id, label: l.label })), areas };
}

/** One period's figures for `settings` settings; later periods (`step`) lean towards the better levels. */
function periodFigures(spec: PeriodSpec, step: number, seed: number): AggregatePeriod {
  const { levels, areas } = toolkitShape();
  const next = numbers(seed * 7919 + step * 104729 + spec.settings);
  const figures: AggregateAreaFigures[] = areas.map((a, i) => {
    const notJudged = Math.floor(next() * 3);
    // In about one area in three, one level is rare: its count is suppressed.
    const rare = (i + step) % 3 === 0 ? (i + step) % levels.length : -1;
    const weights = levels.map((_, k) =>
      k === rare ? 0.03 : 1 + next() * 3 + (k === 0 ? step * 0.4 : 0) + (k === levels.length - 1 ? Math.max(0, 1 - step * 0.3) : 0),
    );
    const counts = split(spec.settings - notJudged, weights);
    const inProgress = notJudged;
    const named = spec.settings - Math.floor(next() * 6) - 2;
    const common = PRIORITIES.filter((_, p) => (i + p + step) % 3 === 0).map((text, p) => ({ text, settings: cell(3 + ((i + p * 5 + step) % 9)) }));
    return {
      ...a,
      judgements: levels.map((l, k) => ({ ...l, settings: cell(counts[k]!) })),
      notJudged: cell(notJudged),
      completion: { completed: cell(spec.settings - inProgress), inProgress: cell(inProgress), notStarted: cell(0) },
      priorities: { named: cell(named), common },
    };
  });
  const period: AggregatePeriod = { id: spec.id, label: spec.label, settings: cell(spec.settings), areas: figures };
  if (spec.from) period.from = spec.from;
  if (spec.to) period.to = spec.to;
  return period;
}

export interface AggregateSpec {
  periods?: readonly PeriodSpec[];
  /** Breakdowns by use and by type of setting. */
  breakdowns?: boolean;
  seed?: number;
}

/** An aggregate of the toolkit over `periods` (the last two terms by default). */
export function toolkitAggregate(spec: AggregateSpec = {}): AggregateDocument {
  const { framework } = toolkitShape();
  const periods = spec.periods ?? TERMS.slice(2);
  const seed = spec.seed ?? 1;
  const doc: AggregateDocument = {
    format: 'apq-aggregate',
    formatVersion: 1,
    framework: { id: framework.id, version: framework.version, title: framework.title },
    disclosure: { method: 'small-cell-suppression', threshold: THRESHOLD, parameters: {}, wording: WORDING },
    generatedAt: '2027-01-10T09:00:00Z',
    filters: { use: null, status: 'submitted' },
    periods: periods.map((p, i) => periodFigures(p, i, seed)),
  };
  if (spec.breakdowns) {
    const part = (label: string, share: number, salt: number) => periods.map((p, i) => periodFigures({ ...p, settings: Math.round(p.settings * share) }, i, seed + salt));
    doc.breakdowns = [
      { by: 'use', value: 'self-evaluation', label: 'Self-evaluation', periods: part('Self-evaluation', 0.6, 11) },
      { by: 'use', value: 'local-authority-quality-assurance', label: 'Local authority quality assurance', periods: part('LA QA', 0.4, 13) },
      { by: 'setting-type', value: 'Pupil referral unit', label: 'Pupil referral unit', periods: part('PRU', 0.5, 17) },
      { by: 'setting-type', value: 'Independent AP', label: 'Independent AP', periods: part('Independent', 0.5, 19) },
    ];
  }
  return doc;
}

/** An aggregate of a handful of settings: every count suppressed. */
export function allSuppressedAggregate(): AggregateDocument {
  const doc = toolkitAggregate({ periods: TERMS.slice(3) });
  const hide = (p: AggregatePeriod): AggregatePeriod => ({
    ...p,
    settings: SUPPRESSED,
    areas: p.areas.map((a) => ({
      ...a,
      judgements: a.judgements.map((j) => ({ ...j, settings: SUPPRESSED })),
      notJudged: SUPPRESSED,
      completion: { completed: SUPPRESSED, inProgress: SUPPRESSED, notStarted: SUPPRESSED },
      priorities: { named: SUPPRESSED, common: [] },
    })),
  });
  return { ...doc, periods: doc.periods.map(hide) };
}

/** Not a valid aggregate: a hand-edited count below zero, a suppressed cell that still has its count, and no format version. */
export function invalidAggregate(): unknown {
  const bad = structuredClone(toolkitAggregate()) as unknown as Record<string, unknown>;
  delete bad.formatVersion;
  const periods = bad.periods as Array<{ areas: Array<{ judgements: Array<{ settings: unknown }>; notJudged: unknown }> }>;
  periods[1]!.areas[0]!.judgements[0]!.settings = { count: -4, suppressed: false };
  periods[1]!.areas[2]!.notJudged = { count: 2, suppressed: true };
  return bad;
}

/** Raw evaluations, which the overview refuses: the toolkit's worked examples. */
export function rawEvaluations(): unknown[] {
  return WORKED_EXAMPLES.filter((e) => e.evaluation.framework.id === 'ap-quality-toolkit').map((e) => structuredClone(e.evaluation));
}

export const examples: ElementExamples = {
  tag: 'apq-area-overview',
  examples: [
    {
      name: 'Two terms compared',
      description: 'Generated, illustrative figures for 44 and 46 settings: each quality area’s judgements as a table with bars, with the change since the summer term.',
      render: () => html`<apq-area-overview .aggregate=${toolkitAggregate()}></apq-area-overview>`,
    },
    {
      name: 'One term',
      description: 'A single period: no change column and no period to choose.',
      render: () => html`<apq-area-overview .aggregate=${toolkitAggregate({ periods: TERMS.slice(3) })}></apq-area-overview>`,
    },
    {
      name: 'Four terms, by use and type of setting',
      description: 'Choose a term and a group of settings; the figures and the change follow.',
      render: () => html`<apq-area-overview .aggregate=${toolkitAggregate({ periods: TERMS, breakdowns: true })}></apq-area-overview>`,
    },
    {
      name: 'A breakdown chosen: pupil referral units',
      render: () => html`<apq-area-overview group="setting-type:Pupil referral unit" .aggregate=${toolkitAggregate({ periods: TERMS, breakdowns: true })}></apq-area-overview>`,
    },
    {
      name: 'Every count suppressed',
      description: 'An aggregate of too few settings: every count reads “fewer than 3”, never 0, and no bar is drawn.',
      render: () => html`<apq-area-overview .aggregate=${allSuppressedAggregate()}></apq-area-overview>`,
    },
    {
      name: 'Evaluations given instead of an aggregate',
      description: 'The element refuses them and says how to aggregate first.',
      render: () => html`<apq-area-overview .aggregate=${rawEvaluations() as unknown as AggregateDocument}></apq-area-overview>`,
    },
    {
      name: 'An aggregate that is not valid',
      description: 'The element shows what is wrong, path by path.',
      render: () => html`<apq-area-overview .aggregate=${invalidAggregate() as AggregateDocument}></apq-area-overview>`,
    },
    {
      name: 'Nothing given yet',
      hidden: true,
      render: () => html`<apq-area-overview></apq-area-overview>`,
    },
    {
      name: 'Narrow screen (320 px), two terms compared',
      width: 320,
      render: () => html`<apq-area-overview .aggregate=${toolkitAggregate()}></apq-area-overview>`,
    },
  ],
};
