// SPDX-License-Identifier: MIT
// Size of the elements' CDN files, minified and gzipped (the figure that matters over the wire).
// Prints figures; never asserts. Run after `npm run build`: node bench/elements-size.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cdn = new URL('../packages/elements/dist/cdn/', import.meta.url).pathname;
const GOAL_KB = 40;

if (!existsSync(join(cdn, 'apq-elements.js'))) {
  console.error('No CDN build: run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function measure(files) {
  const code = files.map((f) => readFileSync(join(cdn, f)));
  const raw = code.reduce((sum, c) => sum + c.length, 0);
  const gzip = code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
  const brotli = code.reduce((sum, c) => sum + brotliCompressSync(c, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  return { raw, gzip, brotli };
}

const main = measure(['apq-elements.js']);
console.log(`apq-elements.js (every element, lit and core; no frameworks): ${kb(main.raw)} minified, ${kb(main.gzip)} gzip, ${kb(main.brotli)} brotli (goal ≤ ${GOAL_KB} KB gzip: ${main.gzip / 1024 <= GOAL_KB ? 'met' : 'not met'})`);

const chunks = readdirSync(join(cdn, 'chunks')).map((f) => `chunks/${f}`);
const all = measure(['apq-frameworks.js', ...chunks]);
console.log(`apq-frameworks.js with its chunks (every bundled framework): ${kb(all.raw)} minified, ${kb(all.gzip)} gzip`);
for (const file of readdirSync(cdn).filter((f) => /^apq-framework-.+\.js$/.test(f)).sort()) {
  const imports = [...readFileSync(join(cdn, file), 'utf8').matchAll(/from\s*"\.\/(chunks\/[^"]+)"/g)].map((m) => m[1]);
  const one = measure([file, ...imports]);
  console.log(`${file} with its chunks: ${kb(one.raw)} minified, ${kb(one.gzip)} gzip`);
}
