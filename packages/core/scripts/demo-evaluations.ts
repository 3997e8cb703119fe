// SPDX-License-Identifier: MIT
// Illustrative evaluations for demos and benchmarks: made-up settings ("Example setting 7",
// Exampleshire), deterministic from a seed, over two terms, against a bundled framework. Never real
// data. Run directly, it writes the aggregate of 48 settings over two terms of the AP Quality
// Toolkit to packages/elements/demo/area-aggregate.json:
//   npx tsx packages/core/scripts/demo-evaluations.ts [--out <file>] [--settings <n>] [--seed <n>]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { aggregateDocument, type PeriodSpec } from '../src/engine/aggregate.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { allAreas, descriptorsOfArea, questionsOfArea } from '../src/model/framework-index.js';
import { EVALUATION_FORMAT_VERSION, type Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';

export const DEMO_TERMS: readonly PeriodSpec[] = [
  { id: '2026-summer', label: 'Summer term 2026', from: '2026-04', to: '2026-07' },
  { id: '2026-autumn', label: 'Autumn term 2026', from: '2026-09', to: '2026-12' },
];

const SETTING_TYPES = ['Pupil referral unit', 'AP academy', 'Independent AP', 'Unregistered provider'];
const THEMES = [
  'Improve attendance in Year 11.',
  'Strengthen the induction of pupils who join mid-term.',
  'Train staff in trauma-informed practice.',
  'Plan transitions back to mainstream earlier.',
  'Widen the range of qualifications offered.',
  'Speed up referrals.',
];
const RESPONSES = ['yes', 'partly', 'no'] as const;
const CHECKS = ['met', 'partly-met', 'not-met', 'not-assessed'] as const;

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoOptions {
  /** How many made-up settings; default 48. */
  settings?: number;
  seed?: number;
  terms?: readonly PeriodSpec[];
  /** Answer the questions and check descriptors too (larger files, as real ones are); default true. */
  detail?: boolean;
}

/**
 * Each setting's submitted evaluation in each term; one in eight also has a later draft, and one in
 * twelve submits again in the same term under a variant of its name (counted once).
 */
export function demoEvaluations(framework: Framework, options: DemoOptions = {}): Evaluation[] {
  const { settings = 48, seed = 2026, terms = DEMO_TERMS, detail = true } = options;
  const rnd = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const areas = allAreas(framework).filter((a) => a.status === 'complete');
  const levels = framework.scales.find((s) => s.id === framework.judgementScale)?.levels.map((l) => l.id) ?? [];
  const uses = framework.uses.map((u) => u.id);
  const out: Evaluation[] = [];
  for (let s = 0; s < settings; s++) {
    const strength = rnd();
    const setting = {
      name: `Example setting ${s + 1}`,
      urn: String(900_000 + s),
      type: SETTING_TYPES[s % SETTING_TYPES.length]!,
      localAuthority: 'Exampleshire',
    };
    // Two uses only, so that the breakdown by use has figures to show.
    const use = uses.length > 0 ? uses[s % Math.min(2, uses.length)] : undefined;
    terms.forEach((term, t) => {
      const month = monthIn(term, rnd);
      const day = String(1 + Math.floor(rnd() * 27)).padStart(2, '0');
      const when = `${month}-${day}T10:00:00Z`;
      const evaluation: Evaluation = {
        format: 'apq-evaluation',
        formatVersion: EVALUATION_FORMAT_VERSION,
        id: `demo-${seed}-${s + 1}-${term.id}`,
        framework: { id: framework.id, version: framework.version },
        status: 'submitted',
        ...(use ? { use } : {}),
        setting,
        evaluators: [{ name: 'Example evaluator', role: 'Quality lead' }],
        createdAt: `${month}-01T09:00:00Z`,
        updatedAt: when,
        submittedAt: when,
        answers: {},
        checks: {},
        areas: {},
        actions: [],
        carriedOver: [],
      } as Evaluation;
      for (const area of areas) {
        if (detail) {
          for (const q of questionsOfArea(area)) {
            if (rnd() < 0.1) continue;
            if (q.answer === 'yes-partly-no') evaluation.answers[q.id] = { response: pick(RESPONSES) };
            else if (q.answer === 'evidence') evaluation.answers[q.id] = { evidence: [{ title: 'Minutes of the termly review' }] };
            else if (q.answer === 'rating' && levels.length > 0) evaluation.answers[q.id] = { level: pick(levels) };
            else evaluation.answers[q.id] = { text: 'Practice is reviewed each term with the staff team.' };
          }
          for (const d of descriptorsOfArea(area)) if (rnd() < 0.6) evaluation.checks[d.id] = pick(CHECKS);
        }
        // Settings improve a little from one term to the next; best level first in the scale.
        const position = Math.min(levels.length - 1, Math.max(0, Math.floor((1 - strength) * levels.length + (rnd() - 0.5) * 2 - t * 0.4)));
        evaluation.areas[area.id] = {
          judgement: { level: levels[position] ?? null, rationale: 'Agreed at the termly moderation meeting.' },
          strengths: ['Strong relationships with families.'],
          priorities: rnd() < 0.55 ? [{ id: `p-${area.number}`, text: pick(THEMES) }] : [],
        };
      }
      out.push(evaluation);
      if (s % 8 === 3) out.push({ ...structuredClone(evaluation), id: `${evaluation.id}-draft`, status: 'draft', submittedAt: undefined, updatedAt: `${month}-${day}T15:00:00Z` } as Evaluation);
      if (s % 12 === 5) {
        const again = structuredClone(evaluation);
        again.id = `${evaluation.id}-again`;
        again.setting = { name: `${setting.name.toUpperCase()}.`, type: setting.type, localAuthority: 'Exampleshire County Council' };
        again.updatedAt = again.submittedAt = `${month}-${day}T16:00:00Z`;
        out.push(again);
      }
    });
  }
  return out.map(withoutUndefined);
}

function monthIn(term: PeriodSpec, rnd: () => number): string {
  const from = term.from ?? '2026-01';
  const to = term.to ?? from;
  const start = Number(from.slice(5, 7) || '1');
  const end = Number(to.slice(5, 7) || '12');
  const month = start + Math.floor(rnd() * (end - start + 1));
  return `${from.slice(0, 4)}-${String(month).padStart(2, '0')}`;
}

function withoutUndefined(evaluation: Evaluation): Evaluation {
  return JSON.parse(JSON.stringify(evaluation)) as Evaluation;
}

const DEFAULT_OUT = join(dirname(fileURLToPath(import.meta.url)), '../../elements/demo/area-aggregate.json');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, settings: { type: 'string' }, seed: { type: 'string' } } });
  const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0');
  if (!framework) throw new Error('the AP Quality Toolkit 2.0.0 is not bundled');
  const evaluations = demoEvaluations(framework, { settings: Number(values.settings ?? 48), seed: Number(values.seed ?? 2026) });
  const document = aggregateDocument(framework, evaluations, {
    periods: DEMO_TERMS,
    breakdowns: ['use', 'setting-type'],
    key: 'demo-only-key-illustrative-data',
    generatedAt: new Date('2027-01-04T09:00:00Z'),
  });
  const file = values.out ?? DEFAULT_OUT;
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${file}: ${evaluations.length} illustrative evaluations of ${values.settings ?? 48} made-up settings over ${DEMO_TERMS.length} terms`);
}
