// SPDX-License-Identifier: MIT
// Runs every workspace's tests (core in Node, elements in Chromium) and ends with one plain
// `N passed, N failed` line for the whole run, so CI counts every test, not only the last runner's.
import { spawn } from 'node:child_process';

const child = spawn('npm', ['run', 'test', '--workspaces', '--if-present'], { stdio: ['inherit', 'pipe', 'inherit'] });
let passed = 0;
let failed = 0;
let pending = '';

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

child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) count(line.trim());
});

child.on('close', (code) => {
  count(pending.trim());
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(code ?? 1);
});
