// SPDX-License-Identifier: MIT
// Reading files named on the command line. A missing file is a usage error; an oversized
// one is refused before it is read into memory.
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../validate/json-text.js';
import { type Result, problem } from '../validate/problems.js';
import { UsageError } from './command.js';

export function readInputFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Result<string> {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (size > maxBytes) {
    const message = `file is ${(size / 1048576).toFixed(1)} MiB, larger than the ${(maxBytes / 1048576).toFixed(0)} MiB limit`;
    return { ok: false, problems: [problem([], message, 'file-too-large', { bytes: size, limit: maxBytes })] };
  }
  try {
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}
