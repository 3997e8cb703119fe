// SPDX-License-Identifier: MIT
// Reading files named on the command line. A missing file is a usage error; an oversized
// one is refused before it is read into memory.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../validate/json-text.js';
import { type Result, problem } from '../validate/problems.js';
import { UsageError } from './command.js';

export function readInputFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Result<string> {
  // One open file for the size and the content (a stat by name, then a read by name, costs a
  // second look-up of the path: noticeable over ten thousand files).
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((error as NodeJS.ErrnoException).code ?? 'unreadable')}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a file`);
    if (stat.size > maxBytes) {
      const message = `file is ${(stat.size / 1048576).toFixed(1)} MiB, larger than the ${(maxBytes / 1048576).toFixed(0)} MiB limit`;
      return { ok: false, problems: [problem([], message, 'file-too-large', { bytes: stat.size, limit: maxBytes })] };
    }
    return { ok: true, value: readFileSync(fd, 'utf8') };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  } finally {
    closeSync(fd);
  }
}
