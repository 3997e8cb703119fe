// SPDX-License-Identifier: MIT
// Runs every workspace's tests (core in Node, elements in Chromium), then the repository's own
// tests (scripts/*.test.mjs: the CDN files' integrity, the packed tarballs in a fresh project,
// every shell command of the docs in a fresh clone), one after another, and ends with one plain
// `N passed, N failed` line for the whole run, so CI counts every test, not only the last runner's.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scriptTests = readdirSync(join(root, 'scripts')).filter((f) => f.endsWith('.test.mjs')).sort();
const runs = [
  ['npm', ['run', 'test', '--workspaces', '--if-present']],
  ...scriptTests.map((file) => [process.execPath, ['--test', join('scripts', file)]]),
];

let passed = 0;
let failed = 0;

function count(line) {
  // node --test closes with `# pass N` / `# fail N`; the elements' reporter with `browser: N passed, N failed`.
  const node = /^# (pass|fail) (\d+)$/.exec(line);
  if (node) (node[1] === 'pass' ? (passed += Number(node[2])) : (failed += Number(node[2])));
  const browser = /^browser: (\d+) passed, (\d+) failed/.exec(line);
  if (browser) {
    passed += Number(browser[1]);
    failed += Number(browser[2]);
  }
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) count(line.trim());
    });
    child.on('close', (code) => {
      count(pending.trim());
      resolve(code ?? 1);
    });
  });
}

let exitCode = 0;
for (const [command, args] of runs) {
  const code = await run(command, args);
  if (code !== 0) exitCode = code;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode);
