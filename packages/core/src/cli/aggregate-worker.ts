// SPDX-License-Identifier: MIT
// A worker thread of `apq aggregate` (see aggregate-read.ts): reads, validates and digests the
// evaluation files it is sent, batch by batch, and sends back only digests and problems.
import { parentPort } from 'node:worker_threads';
import { digestForAggregate } from '../engine/aggregate.js';
import { bundledCatalogue } from '../frameworks/index.js';
import { UsageError } from './command.js';
import { type FileOutcome, type WorkerBatch, readOne } from './aggregate-read.js';

const port = parentPort;
if (port) {
  port.on('message', ({ id, files }: WorkerBatch) => {
    const outcomes: FileOutcome[] = [];
    try {
      for (const file of files) outcomes.push(readOne(file, bundledCatalogue, digestForAggregate));
      port.postMessage({ id, outcomes });
    } catch (error) {
      // A file that cannot be read at all is a usage error of the whole command, as in one thread.
      const usage = error instanceof UsageError;
      port.postMessage({ id, failure: { usage, message: error instanceof Error ? error.message : String(error) } });
    }
  });
}
