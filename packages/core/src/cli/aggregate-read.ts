// SPDX-License-Identifier: MIT
// Reading the evaluation files of `apq aggregate`: ten thousand files cost seconds of reading,
// parsing and validating, which worker threads share out (one per processor), each sending back
// a digest of every valid evaluation (engine/aggregate.ts) rather than the evaluation itself,
// which would cost the main thread as much to receive as to parse. Few files, or one processor,
// are read in this thread. Either way the outcome is the same, in the files' order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AggregateDigest, AggregateInput } from '../engine/aggregate.js';
import { bundledCatalogue } from '../frameworks/index.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import type { Problem } from '../validate/problems.js';
import { UsageError } from './command.js';
import { type FileProblem, loadEvaluation } from './shared.js';

/** What reading one file gave: a digest (or, read in this thread, the evaluation), or its problems. */
export type FileOutcome = { ok: true; input: AggregateInput } | { ok: false; problems: Problem[] };

export interface WorkerBatch {
  id: number;
  files: string[];
}

type WorkerReply = { id: number; outcomes: FileOutcome[] } | { id: number; failure: { usage: boolean; message: string } };

export interface ReadEvaluations {
  /** The valid evaluations (or their digests), in the files' order, each with its file. */
  inputs: Array<{ file: string; input: AggregateInput }>;
  problems: FileProblem[];
  invalidFiles: number;
}

/** Files sent to a worker at a time: enough to make a message worth its cost, few enough to share the work out evenly. */
const BATCH = 64;
/**
 * Each file read makes a few hundred kilobytes of short-lived objects; a young generation twice
 * V8's default (16 MB) collects them less often: over 10,000 files, about a tenth less time (a
 * larger one was slower again, its objects no longer near in memory).
 */
const YOUNG_GENERATION_MB = 32;
/** Fewer files than this per thread are not worth starting a thread for. */
const FILES_PER_THREAD = 400;

/**
 * Reads one file. `digest`: how a worker turns an evaluation into what it sends back; in this
 * thread the evaluation itself is kept.
 */
export function readOne(file: string, catalogue: Catalogue, digest?: (framework: Framework, evaluation: Evaluation) => AggregateDigest): FileOutcome {
  const result = loadEvaluation(file, { catalogue });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { evaluation, framework } = result.value;
  return { ok: true, input: digest ? digest(framework, evaluation) : evaluation };
}

/**
 * How many threads read `count` files: `APQ_THREADS` when set (1: this thread only), else one per
 * processor, with at least FILES_PER_THREAD files each. Only the bundled catalogue is known to a worker.
 */
export function threadsFor(count: number, catalogue: Catalogue): number {
  if (catalogue !== bundledCatalogue) return 1;
  const asked = Number(process.env.APQ_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16, Math.max(1, count));
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(count / FILES_PER_THREAD)));
}

/** Reads the files, in worker threads when there are many; `progress(done)` after each batch. */
export async function readEvaluations(files: readonly string[], catalogue: Catalogue, progress: (done: number) => void): Promise<ReadEvaluations> {
  const threads = threadsFor(files.length, catalogue);
  const outcomes = threads > 1 ? await readInWorkers(files, threads, progress) : readHere(files, catalogue, progress);
  const read: ReadEvaluations = { inputs: [], problems: [], invalidFiles: 0 };
  outcomes.forEach((outcome, i) => {
    const file = files[i]!;
    if (outcome.ok) read.inputs.push({ file, input: outcome.input });
    else {
      read.invalidFiles++;
      read.problems.push(...outcome.problems.map((p) => ({ file, ...p })));
    }
  });
  return read;
}

function readHere(files: readonly string[], catalogue: Catalogue, progress: (done: number) => void): FileOutcome[] {
  return files.map((file, i) => {
    const outcome = readOne(file, catalogue);
    progress(i + 1);
    return outcome;
  });
}

function readInWorkers(files: readonly string[], threads: number, progress: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  const batches: WorkerBatch[] = [];
  for (let start = 0; start < files.length; start += BATCH) batches.push({ id: start, files: files.slice(start, start + BATCH) });
  // The worker runs as this module does: from dist as .js, or from the sources (under tsx) as .ts.
  const script = new URL(`./aggregate-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const send = (worker: Worker) => {
      const batch = batches[next++];
      if (batch) worker.postMessage(batch);
    };
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('failure' in reply) return finish(reply.failure.usage ? new UsageError(reply.failure.message) : new Error(reply.failure.message));
        reply.outcomes.forEach((outcome, i) => (outcomes[reply.id + i] = outcome));
        done += reply.outcomes.length;
        progress(done);
        if (done === files.length) finish();
        else send(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (code !== 0 && done < files.length) finish(new Error(`a reading thread stopped (exit code ${code})`));
      });
      send(worker);
    }
  });
}
