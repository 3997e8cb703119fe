// SPDX-License-Identifier: MIT
// Shared helpers for the core tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The built CLI: `npm test` builds before it runs the tests, so this is what users run. */
export const CLI = join(CORE_DIR, 'dist/cli/bin.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `apq` as a real process. */
export function runApq(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? CORE_DIR,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'apq-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a file in a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}
