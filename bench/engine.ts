// SPDX-License-Identifier: MIT
// Engine benchmark: generates 10,000 evaluations per framework and prints how long it takes to
// suggest + summarise each of them, and to aggregate them all. Prints figures; never asserts.
// Each figure is timed RUNS times after a warm-up; the best and the median are printed, because on a
// shared machine other processes only ever add time.
// Run: node --import tsx bench/engine.ts [count]
import { performance } from 'node:perf_hooks';
import { aggregate, suggest, summarise } from '../packages/core/src/engine/index.js';
import { bundledCatalogue } from '../packages/core/src/frameworks/index.js';
import { allAreas, descriptorsOfArea, questionsOfArea } from '../packages/core/src/model/framework-index.js';
import type { Evaluation } from '../packages/core/src/schema/evaluation.js';
import type { Framework } from '../packages/core/src/schema/framework.js';

const COUNT = Number(process.argv[2] ?? 10_000);
const GOAL_MS = 500;
const RUNS = 5;
const CHECKS = ['met', 'partly-met', 'not-met', 'not-assessed'] as const;
const RESPONSES = ['yes', 'partly', 'no'] as const;

/** A small deterministic generator (mulberry32), so every run measures the same evaluations. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(framework: Framework, count: number, seed: number): Evaluation[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const areas = allAreas(framework);
  const levels = framework.scales.find((s) => s.id === framework.judgementScale)?.levels.map((l) => l.id) ?? [];
  const uses = framework.uses.map((u) => u.id);
  const settings = Math.max(1, Math.floor(count * 0.8));
  return Array.from({ length: count }, (_, i): Evaluation => {
    const answers: Evaluation['answers'] = {};
    const checks: Evaluation['checks'] = {};
    const records: Evaluation['areas'] = {};
    for (const area of areas) {
      for (const q of questionsOfArea(area)) {
        if (rnd() < 0.3) continue;
        if (q.answer === 'yes-partly-no') answers[q.id] = { response: pick(RESPONSES) };
        else if (q.answer === 'evidence') answers[q.id] = { evidence: [{ title: 'Minutes of the spring review' }] };
        else if (q.answer === 'rating') answers[q.id] = { level: pick(levels) };
        else answers[q.id] = { text: 'Practice is consistent across the setting and reviewed each term.' };
      }
      for (const d of descriptorsOfArea(area)) {
        if (rnd() < 0.8) checks[d.id] = pick(CHECKS);
      }
      if (area.status !== 'complete') continue;
      records[area.id] = {
        judgement: { level: levels.length > 0 && rnd() < 0.85 ? pick(levels) : null, rationale: 'Agreed at the moderation meeting.' },
        strengths: rnd() < 0.5 ? ['Strong relationships with families'] : [],
        priorities: rnd() < 0.4 ? [{ id: `p-${area.number}`, text: pick(['Improve attendance in Year 11.', 'Speed up referrals.', 'Train staff in trauma-informed practice.']) }] : [],
      };
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      format: 'apq-evaluation',
      formatVersion: 1,
      id: `bench-${i}`,
      framework: { id: framework.id, version: framework.version },
      status: rnd() < 0.5 ? 'submitted' : 'draft',
      ...(uses.length > 0 ? { use: pick(uses) } : {}),
      setting: { name: `Setting ${i % settings}`, localAuthority: `Authority ${i % 40}` },
      evaluators: [{ name: 'Evaluator' }],
      createdAt: `2027-02-${day}T09:00:00Z`,
      updatedAt: `2027-03-${day}T09:00:00Z`,
      submittedAt: `2027-03-${day}T10:00:00Z`,
      answers,
      checks,
      areas: records,
      actions: [],
      carriedOver: [],
    };
  });
}

function time(run: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function figure(times: number[]): string {
  const best = times[0]!;
  const median = times[Math.floor(times.length / 2)]!;
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  return `best ${s(best)}, median ${s(median)} of ${times.length}${best <= GOAL_MS ? '' : `  (over the ${GOAL_MS / 1000} s goal)`}`;
}

console.log(`Engine benchmark: ${COUNT.toLocaleString('en-GB')} generated evaluations per framework, Node ${process.version}`);
for (const [id, version] of [['leicestershire-bp-qa', '1.0.0'], ['ap-quality-toolkit', '2.0.0']] as const) {
  const framework = bundledCatalogue.get(id, version)!;
  const evaluations = generate(framework, COUNT, 20_270_311);
  // A short warm-up so that the figures measure the engine, not the JIT's first pass.
  for (const e of evaluations.slice(0, 200)) summarise(framework, e);
  aggregate(framework, evaluations.slice(0, 200));
  const suggestAndSummarise = time(() => {
    for (const e of evaluations) {
      suggest(framework, e);
      summarise(framework, e);
    }
  });
  let settings = 0;
  const aggregateAll = time(() => {
    settings = aggregate(framework, evaluations).evaluations.included;
  });
  console.log(`\n${id}@${version}`);
  console.log(`  suggest + summarise ${COUNT.toLocaleString('en-GB')}: ${figure(suggestAndSummarise)}`);
  console.log(`  aggregate ${COUNT.toLocaleString('en-GB')} (${settings.toLocaleString('en-GB')} settings): ${figure(aggregateAll)}`);
}
