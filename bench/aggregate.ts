// SPDX-License-Identifier: MIT
// Aggregate benchmark (issue 10): `apq aggregate` over 10,000 generated toolkit evaluation files,
// wall time of the real CLI process (goal ≤ 1.5 s on the project's 2-core machine), and
// aggregateDocument over 100,000 evaluations in memory (goal ≤ 1 s). Prints figures; never asserts.
// The files are the demo's (scripts/demo-evaluations.ts): submitted evaluations with 90% of the
// questions answered briefly, as in the worked examples (data/frameworks/*/examples/: 5 to 26 KB);
// `heavy` also runs files with every question answered at length (long text and evidence).
// 100,000 evaluations in memory take about 3.6 GB of heap, near Node's default limit of about
// 4 GB, where the collector would dominate: the in-memory figure is taken in a child process
// with an 8 GB heap, so that it measures the aggregation.
// Run: npm run build --workspace @ap-quality/core && node --import tsx bench/aggregate.ts [files] [in-memory] [heavy]
// (APQ_THREADS=1 in the environment makes the CLI read in one thread, for comparison.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DEMO_TERMS, demoEvaluations } from '../packages/core/scripts/demo-evaluations.js';
import { aggregateDocument } from '../packages/core/src/engine/aggregate.js';
import { bundledCatalogue } from '../packages/core/src/frameworks/index.js';
import type { Evaluation } from '../packages/core/src/schema/evaluation.js';

const IN_MEMORY_ONLY = process.argv[2] === '--in-memory-only';
const FILES = Number(process.argv[2] ?? 10_000);
const IN_MEMORY = Number(process.argv[3] ?? 100_000);
const HEAVY = process.argv[4] === 'heavy';
const RUNS = 3;
// The command as users run it: the launcher, which runs the CLI bundle (npm run build makes it).
const CLI = fileURLToPath(new URL('../packages/core/bin/apq.js', import.meta.url));
const FLOOR = fileURLToPath(new URL('./aggregate-floor.mjs', import.meta.url));
const framework = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;

/** Settings for about `count` evaluations: each has two terms, and some a draft or a second submission. */
function evaluationsAbout(count: number) {
  return demoEvaluations(framework, { settings: Math.ceil(count / 2.42), seed: 11 }).slice(0, count);
}

function best(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `best ${(sorted[0]! / 1000).toFixed(3)} s, median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(3)} s of ${sorted.length}`;
}

/** Every question answered at length, with evidence: the largest files a real evaluation makes. */
function heavy(evaluation: Evaluation): Evaluation {
  const answers: Evaluation['answers'] = {};
  for (const [id, answer] of Object.entries(evaluation.answers)) {
    answers[id] = { ...answer, text: `${LONG} (${id})`, evidence: [{ title: 'Minutes of the termly review', reference: 'Shared drive, QA folder' }] };
  }
  return { ...evaluation, answers };
}
const LONG = 'Practice is reviewed each term with the staff team and the local authority link officer; the notes of each review are kept with the plan and shared with governors.';

function cliRun(label: string, evaluations: readonly Evaluation[]): void {
  const folder = mkdtempSync(join(tmpdir(), 'apq-bench-aggregate-'));
  try {
    let bytes = 0;
    evaluations.forEach((e, i) => {
      const file = join(folder, `${String(i).padStart(6, '0')}.json`);
      writeFileSync(file, JSON.stringify(e, null, 2));
      bytes += statSync(file).size;
    });
    const periods = DEMO_TERMS.flatMap((t) => ['--period', `${t.id}=${t.from}..${t.to}`]);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [CLI, 'aggregate', folder, '--json', ...periods], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, APQ_AGGREGATE_KEY: 'bench' } });
      times.push(performance.now() - start);
      if (run.status !== 0) throw new Error(`apq aggregate failed: ${run.stderr}`);
    }
    const average = (bytes / evaluations.length / 1024).toFixed(1);
    console.log(`  apq aggregate, ${evaluations.length.toLocaleString('en-GB')} ${label} files (average ${average} KB, ${(bytes / 1048576).toFixed(0)} MB in all; goal 1.5 s), reading in ${availableParallelism()} threads: ${best(times)}`);
    // The floor (ADR 0012): the same files only read and parsed, in as many threads, by a process as small as can be.
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [FLOOR, folder], { encoding: 'utf8' });
      floor.push(performance.now() - start);
      if (run.status !== 0) throw new Error(`the floor run failed: ${run.stderr}`);
    }
    console.log(`    floor: the same files read and JSON.parse'd in ${availableParallelism()} threads, nothing else: ${best(floor)}`);
    const shapes = spawnSync(process.execPath, [FLOOR, '--shapes', folder], { encoding: 'utf8' });
    if (shapes.status !== 0) throw new Error(`the shapes run failed: ${shapes.stderr}`);
    const parse = JSON.parse(shapes.stdout) as { files: number; asTheyAre: number; sameKeys: number };
    console.log(`    of which JSON.parse, one thread, per file parsed for the first time: ${parse.asTheyAre.toFixed(0)} µs as they are, ${parse.sameKeys.toFixed(0)} µs with every \`answers\` given the same keys (V8 makes hidden classes for each new set of keys)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function inMemory(): void {
  const many = evaluationsAbout(IN_MEMORY);
  aggregateDocument(framework, many.slice(0, 2000), { periods: DEMO_TERMS });
  const memory: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    aggregateDocument(framework, many, { periods: DEMO_TERMS, key: 'bench' });
    memory.push(performance.now() - start);
  }
  const heap = (process.memoryUsage().heapUsed / 1073741824).toFixed(1);
  console.log(`  aggregateDocument, ${many.length.toLocaleString('en-GB')} evaluations in memory (${heap} GB of heap), 2 periods (goal 1 s): ${best(memory)}`);
  // The floor (ADR 0012): one look at every answer and every area record of every evaluation, which
  // counting completion cannot do without, and nothing else.
  const floor: number[] = [];
  let seen = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (const evaluation of many) {
      const { answers, areas } = evaluation;
      for (const id in answers) if (answers[id]!.text !== undefined) seen++;
      for (const id in areas) if (areas[id]!.judgement !== undefined) seen++;
    }
    floor.push(performance.now() - start);
  }
  console.log(`    floor: one look at every answer and area record of each evaluation, nothing else (${seen > 0 ? 'done' : 'empty'}): ${best(floor)}`);
}

if (IN_MEMORY_ONLY) inMemory();
else {
  console.log(`Aggregate benchmark, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const files = evaluationsAbout(FILES);
  cliRun('demo', files);
  if (HEAVY) cliRun('heavy', files.map(heavy));
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--in-memory-only', String(IN_MEMORY)], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error('the in-memory benchmark failed');
  console.log(`  load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
