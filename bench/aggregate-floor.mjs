// SPDX-License-Identifier: MIT
// The floor under `apq aggregate`'s time (issue 10, ADR 0012): the same files read and parsed with
// JSON.parse in the same number of worker threads, and nothing else (no check, no validation, no
// aggregation). Whatever the CLI does on top, it cannot be faster than this on the same machine.
// Also, in one thread, JSON.parse alone of the first files as they are and again with every
// `answers` object given the same keys in the same order: V8 builds a hidden class for each new
// set of keys, and evaluations answer different questions, so each file's answers cost new ones.
//   node bench/aggregate-floor.mjs <folder of evaluation files> [threads]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const SHAPE_FILES = 4000;

if (!isMainThread) {
  let values = 0;
  for (const file of workerData) values += JSON.parse(readFileSync(file, 'utf8')).id.length;
  parentPort.postMessage(values);
} else if (process.argv[2] === '--shapes') {
  shapes(process.argv[3]);
} else if (process.argv[2] === '--parse') {
  parseHere(process.argv[3]);
} else {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: node bench/aggregate-floor.mjs <folder> [threads]');
  const threads = Number(process.argv[3] ?? availableParallelism());
  const start = performance.now();
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => join(folder, f));
  const share = Math.ceil(files.length / threads);
  await Promise.all(
    Array.from({ length: threads }, (_, t) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: files.slice(t * share, (t + 1) * share) });
      worker.once('message', resolve);
      worker.once('error', reject);
    }).finally(() => undefined)),
  );
  console.log(JSON.stringify({ files: files.length, threads, ms: performance.now() - start }));
  process.exit(0);
}

/** JSON.parse per file, in µs, in a fresh process: half the files warm the parser, the other half are timed, each text parsed once. */
function parseTimeIn(folder) {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--parse', folder], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout);
}

function parseHere(folder) {
  const texts = readdirSync(folder).filter((f) => f.endsWith('.json')).slice(0, SHAPE_FILES).map((f) => readFileSync(join(folder, f), 'utf8'));
  const half = Math.floor(texts.length / 2);
  let ids = 0;
  for (const text of texts.slice(0, half)) ids += JSON.parse(text).id.length;
  const start = performance.now();
  for (const text of texts.slice(half)) ids += JSON.parse(text).id.length;
  process.stdout.write(String(((performance.now() - start) / (texts.length - half)) * 1000 + ids * 0));
}


function shapes(folder) {
  const names = readdirSync(folder).filter((f) => f.endsWith('.json')).slice(0, SHAPE_FILES);
  const values = names.map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')));
  const all = [...new Set(values.flatMap((v) => Object.keys(v.answers)))].sort();
  const uniform = mkdtempSync(join(tmpdir(), 'apq-bench-shapes-'));
  try {
    values.forEach((value, i) => {
      const same = {};
      for (const key of all) same[key] = value.answers[key] ?? {};
      writeFileSync(join(uniform, names[i]), JSON.stringify({ ...value, answers: same }));
    });
    console.log(JSON.stringify({ files: SHAPE_FILES / 2, asTheyAre: parseTimeIn(folder), sameKeys: parseTimeIn(uniform) }));
  } finally {
    rmSync(uniform, { recursive: true, force: true });
  }
}
