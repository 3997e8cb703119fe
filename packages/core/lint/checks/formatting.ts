// SPDX-License-Identifier: MIT
import { readFileSync, writeFileSync } from 'node:fs';
import { type DataFolder, fileProblem, serialiseJson } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

function unformatted(data: DataFolder): Array<{ file: string; expected: string }> {
  const out = [];
  for (const file of data.jsonFiles()) {
    if (data.rel(file).split('/')[2] === 'released') continue; // frozen: never rewritten
    const text = readFileSync(file, 'utf8');
    const value = data.readJson(file).value;
    if (value === undefined) continue;
    const expected = serialiseJson(value);
    if (text !== expected) out.push({ file, expected });
  }
  return out;
}

/** Files are formatted as `JSON.stringify(value, null, 2)` plus a newline, so diffs stay small. */
export const formattingCheck: LintCheck = {
  name: 'formatting',
  description: 'Each working-copy file is formatted with two-space indentation and a final newline (fixable).',
  scope: 'file',
  check: (data) =>
    unformatted(data).map(({ file }) => fileProblem(data.rel(file), '(root)', 'not formatted: run npm run lint:data -- --fix', 'not-formatted')),
  fix(data) {
    for (const { file, expected } of unformatted(data)) writeFileSync(file, expected);
  },
};
