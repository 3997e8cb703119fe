// SPDX-License-Identifier: MIT
// Shared helpers for the core tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFolder, DEFAULT_DATA_DIR, serialiseJson } from '../scripts/lib/data-files.js';
import { PROBLEM_CODES, type Problem, formatProblem } from '../src/validate/problems.js';

export const CORE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The `apq` command as users run it (its launcher runs the built bundle): `npm test` builds before it runs the tests. */
export const CLI = join(CORE_DIR, 'bin/apq.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `apq` as a real process. */
export function runApq(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? CORE_DIR,
    input: options.input,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
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

/** A copy of data/ in a temporary folder, for lint and publishing tests to break. */
export function copyOfData(): DataFolder {
  const root = join(tempDir('apq-data-'), 'data');
  cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
  return new DataFolder(root);
}

/** Edits one JSON file of a data folder in place, keeping the house formatting. */
export function editJson(data: DataFolder, rel: string, change: (json: any) => void): void {
  const file = join(data.root, rel);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, serialiseJson(json));
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Asserts that every problem carries a kebab-case code listed in `known` (core's PROBLEM_CODES by
 * default) and params of strings and numbers only. Returns the problems, for chaining.
 */
export function assertCodes<P extends Problem>(problems: readonly P[], known: Readonly<Record<string, string>> = PROBLEM_CODES): readonly P[] {
  for (const p of problems) {
    assert.match(p.code, KEBAB, `${formatProblem(p)}: code "${p.code}" is kebab-case`);
    assert.ok(Object.hasOwn(known, p.code), `${formatProblem(p)}: code "${p.code}" is listed`);
    for (const [key, value] of Object.entries(p.params ?? {})) {
      assert.ok(typeof value === 'string' || typeof value === 'number', `${formatProblem(p)}: param ${key} is a string or a number`);
    }
  }
  return problems;
}
