// SPDX-License-Identifier: MIT
// npm run lint:data [-- --fix]: runs every data lint check and prints `file: path: problem`.
import { LINT_CHECKS } from '../lint/index.js';
import { DataFolder, formatFileProblem } from './lib/data-files.js';

const data = new DataFolder();
const fix = process.argv.includes('--fix');
let failed = 0;
for (const check of LINT_CHECKS) {
  if (fix && check.fix) check.fix(data);
  const problems = check.check(data);
  failed += problems.length;
  const mark = problems.length === 0 ? 'ok  ' : 'FAIL';
  console.log(`${mark} ${check.name}${problems.length ? ` (${problems.length})` : ''}`);
  for (const p of problems) console.log(`     ${formatFileProblem(p)}`);
}
if (failed > 0) {
  console.error(`\n${failed} problem${failed === 1 ? '' : 's'} in data/`);
  process.exit(1);
}
