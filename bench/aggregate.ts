// SPDX-License-Identifier: MIT
// Aggregate benchmark (issue 10): `apq aggregate` over 10,000 generated toolkit evaluation files,
// wall time of the real CLI process (goal ≤ 1.5 s on the project's 2-core machine), and
// aggregateDocument over 100,000 evaluations in memory (goal ≤ 1 s). Prints figures; never asserts.
// Run: npm run build --workspace @ap-quality/core && node --import tsx bench/aggregate.ts [files] [in-memory]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEMO_TERMS, demoEvaluations } from '../packages/core/scripts/demo-evaluations.js';
import { aggregateDocument } from '../packages/core/src/engine/aggregate.js';
import { bundledCatalogue } from '../packages/core/src/frameworks/index.js';

const FILES = Number(process.argv[2] ?? 10_000);
const IN_MEMORY = Number(process.argv[3] ?? 100_000);
const RUNS = 3;
const CLI = fileURLToPath(new URL('../packages/core/dist/cli/bin.js', import.meta.url));
const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;

/** Settings for about `count` evaluations: each has two terms, and some a draft or a second submission. */
function evaluationsAbout(count: number) {
  return demoEvaluations(framework, { settings: Math.ceil(count / 2.42), seed: 11 }).slice(0, count);
}

function best(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `best ${(sorted[0]! / 1000).toFixed(3)} s, median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(3)} s of ${sorted.length}`;
}

console.log(`Aggregate benchmark, Node ${process.version}`);
const folder = mkdtempSync(join(tmpdir(), 'apq-bench-aggregate-'));
try {
  const files = evaluationsAbout(FILES);
  files.forEach((e, i) => writeFileSync(join(folder, `${String(i).padStart(6, '0')}.json`), JSON.stringify(e, null, 2)));
  const periods = DEMO_TERMS.flatMap((t) => ['--period', `${t.id}=${t.from}..${t.to}`]);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'aggregate', folder, '--json', ...periods], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, APQ_AGGREGATE_KEY: 'bench' } });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`apq aggregate failed: ${run.stderr}`);
  }
  console.log(`  apq aggregate, ${files.length.toLocaleString('en-GB')} files (goal 1.5 s): ${best(times)}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const many = evaluationsAbout(IN_MEMORY);
aggregateDocument(framework, many.slice(0, 2000), { periods: DEMO_TERMS });
const memory: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  aggregateDocument(framework, many, { periods: DEMO_TERMS, key: 'bench' });
  memory.push(performance.now() - start);
}
console.log(`  aggregateDocument, ${many.length.toLocaleString('en-GB')} evaluations in memory, 2 periods (goal 1 s): ${best(memory)}`);
