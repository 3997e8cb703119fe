// SPDX-License-Identifier: MIT
// validateAggregate on a council-sized aggregate (issue 10): the 13 areas of the AP Quality Toolkit
// over 4 terms, with breakdowns by use and by type of setting (a few hundred KB of JSON), made by
// aggregateDocument from the demo's evaluations. Each figure is the first call in a fresh Node
// process (cold: what a page or a one-off `apq validate` pays), then a second call on another copy
// of the document in the same process; beside it, the same document through zod's parse alone (the
// schema without its fast path) and each step of validateAggregate on its own. Prints the median
// and the best of several processes; never asserts.
// Run: node --import tsx bench/aggregate-validate.ts [processes]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { DEMO_TERMS, demoEvaluations } from '../packages/core/scripts/demo-evaluations.js';
import { aggregateDocument } from '../packages/core/src/engine/aggregate.js';
import { bundledCatalogue } from '../packages/core/src/frameworks/index.js';
import { AggregateDocument } from '../packages/core/src/schema/aggregate.js';
import { fastPathAccepts } from '../packages/core/src/schema/fast-path.js';
import { checkAggregate } from '../packages/core/src/validate/aggregate-checks.js';
import { inspectJsonStructure } from '../packages/core/src/validate/json-text.js';
import { validateAggregate } from '../packages/core/src/validate/validate.js';

const STEPS = {
  validateAggregate: (doc: unknown) => validateAggregate(doc).ok,
  'zod parse alone (the schema without its fast path)': (doc: unknown) => z.safeParse(z.clone(AggregateDocument), doc).success,
  'structure check (inspectJsonStructure)': (doc: unknown) => inspectJsonStructure(doc).problems.length === 0,
  'fast path alone (a check, as z.validate)': (doc: unknown) => fastPathAccepts(AggregateDocument, doc),
  'z.safeParse with the fast path (a check and a copy)': (doc: unknown) => z.safeParse(AggregateDocument, doc).success,
  'disclosure checks (checkAggregate)': (doc: unknown) => checkAggregate(doc as AggregateDocument).length === 0,
} as const;
type Step = keyof typeof STEPS;

const [mode, step, file] = process.argv.slice(2);
if (mode === '--child') {
  // One step, cold then warm, on two copies of the document (so nothing is remembered between them).
  const text = readFileSync(file!, 'utf8');
  const first = JSON.parse(text) as unknown;
  const second = JSON.parse(text) as unknown;
  const run = STEPS[step as Step];
  const t0 = performance.now();
  const ok = run(first);
  const t1 = performance.now();
  run(second);
  const t2 = performance.now();
  if (!ok) throw new Error(`${step}: the aggregate is not valid`);
  console.log(JSON.stringify({ first: t1 - t0, second: t2 - t1 }));
} else {
  const PROCESSES = Number(mode ?? 9);
  const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
  const terms = [
    { id: '2025-autumn', label: 'Autumn term 2025', from: '2025-09', to: '2025-12' },
    { id: '2026-spring', label: 'Spring term 2026', from: '2026-01', to: '2026-04' },
    ...DEMO_TERMS,
  ];
  const evaluations = demoEvaluations(framework, { settings: 60, seed: 7, terms, detail: false });
  const text = JSON.stringify(aggregateDocument(framework, evaluations, { periods: terms, breakdowns: ['use', 'setting-type'] }), null, 2);
  const folder = mkdtempSync(join(tmpdir(), 'apq-bench-aggregate-validate-'));
  const path = join(folder, 'aggregate.json');
  writeFileSync(path, text);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  try {
    const doc = JSON.parse(text) as { periods: unknown[]; breakdowns?: unknown[] };
    const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
    console.log(`validateAggregate benchmark, Node ${process.version}, load average ${load()}`);
    console.log(`aggregate: ${(JSON.stringify(doc).length / 1024).toFixed(0)} KB of JSON (${(text.length / 1024).toFixed(0)} KB as apq aggregate writes it), ${inspectJsonStructure(doc).values.toLocaleString('en-GB')} values, ${doc.periods.length} periods, ${doc.breakdowns?.length ?? 0} breakdowns; ${PROCESSES} fresh processes each`);
    for (const name of Object.keys(STEPS) as Step[]) {
      const firsts: number[] = [];
      const seconds: number[] = [];
      for (let i = 0; i < PROCESSES; i++) {
        const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', name, path], { encoding: 'utf8' });
        if (child.status !== 0) throw new Error(child.stderr);
        const { first, second } = JSON.parse(child.stdout) as { first: number; second: number };
        firsts.push(first);
        seconds.push(second);
      }
      console.log(`  ${name}: first call median ${ms(median(firsts))} (best ${ms(Math.min(...firsts))}), second call median ${ms(median(seconds))} (best ${ms(Math.min(...seconds))})`);
    }
    console.log(`  load average after: ${load()}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
