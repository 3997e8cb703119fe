// SPDX-License-Identifier: MIT
// Plan benchmark: an evaluation with 10,000 actions (20 times INPUT_LIMITS.actions, so the engine's
// own cost shows; a file that size is refused by validation), each with a few reviews, and the time
// of each plan function on it, plus the format 1 → 2 upgrade and back. Prints figures; never asserts.
// Each figure is timed RUNS times after a warm-up; the best and the median are printed.
// Run: node --import tsx bench/plan.ts [actions]
import { performance } from 'node:perf_hooks';
import { copyForward, overdueActions, planByArea, planProgress, summarise, withActionChanges, withReview } from '../packages/core/src/engine/index.js';
import { planCsv } from '../packages/core/src/engine/plan-csv.js';
import { bundledCatalogue } from '../packages/core/src/frameworks/index.js';
import { allAreas } from '../packages/core/src/model/framework-index.js';
import type { Action, Evaluation } from '../packages/core/src/schema/evaluation.js';
import { planProblems } from '../packages/core/src/validate/plan-checks.js';
import { downgradeEvaluation, upgradeEvaluation } from '../packages/core/src/versioning/format.js';

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = 7;
const STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const areas = allAreas(framework).map((a) => a.id);

function plan(count: number): Evaluation {
  const records: Evaluation['areas'] = {};
  for (const area of areas) records[area] = { priorities: [1, 2, 3].map((n) => ({ id: `${area}-p${n}`, text: `Priority ${n}` })) };
  const actions: Action[] = Array.from({ length: count }, (_, i) => {
    const area = areas[i % areas.length]!;
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      id: `action-${i}`,
      area,
      priority: `${area}-p${(i % 3) + 1}`,
      what: `Action ${i}`,
      who: 'Deputy head',
      due: i % 3 === 0 ? `2026-${month}` : `2026-${month}-15`,
      status: STATUSES[i % 4]!,
      createdAt: '2026-01-05T09:00:00Z',
      reviews: Array.from({ length: i % 4 }, (_, r) => ({ id: `r${r}`, on: `2026-0${r + 2}-01`, note: 'Reviewed.', status: STATUSES[(i + r) % 4]! })),
    };
  });
  return {
    format: 'apq-evaluation',
    formatVersion: 2,
    id: 'bench',
    framework: { id: framework.id, version: framework.version },
    status: 'draft',
    setting: { name: 'Bench' },
    evaluators: [],
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-06-01T09:00:00Z',
    answers: {},
    checks: {},
    areas: records,
    actions,
    carriedOver: [],
  };
}

function time(name: string, fn: () => unknown): void {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(44)} best ${times[0]!.toFixed(1).padStart(7)} ms   median ${times[Math.floor(RUNS / 2)]!.toFixed(1).padStart(7)} ms`);
}

const e = plan(COUNT);
const now = new Date('2026-06-01T10:00:00Z');
const reviews = e.actions.reduce((n, a) => n + a.reviews.length, 0);
console.log(`${COUNT.toLocaleString('en-GB')} actions, ${reviews.toLocaleString('en-GB')} reviews, ${areas.length} areas`);
time('isOverdue over all (overdueActions)', () => overdueActions(e, '2026-06-01'));
time('planProgress', () => planProgress(e, { on: '2026-06-01' }));
time('planByArea', () => planByArea(framework, e));
time('planProblems (validation cross-checks)', () => planProblems(framework, e));
time('withReview (one action, last)', () => withReview(e, `action-${COUNT - 1}`, { on: '2026-06-01', note: 'x', status: 'done' }, now));
time('withActionChanges (one action, last)', () => withActionChanges(e, `action-${COUNT - 1}`, { who: 'Head' }, now));
time('copyForward', () => copyForward(e, { now, id: 'next' }));
time('summarise (with plan)', () => summarise(framework, e, { on: '2026-06-01' }));
time('planCsv', () => planCsv(framework, e, '2026-06-01'));
const v1 = downgradeEvaluation(e);
time('downgradeEvaluation (2 → 1)', () => downgradeEvaluation(e));
time('upgradeEvaluation (1 → 2)', () => upgradeEvaluation(v1));
