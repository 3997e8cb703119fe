// SPDX-License-Identifier: MIT
// Size of the elements' CDN files, minified, gzipped (the figure that matters over the wire) and
// brotli-compressed: every .js file in packages/elements/dist/cdn and its chunks/ folder (when there
// is one), whatever its name, each on its own and, for files that import others, with everything they
// import statically; then the growth of apq-elements.js against its size before the summary and
// framework-view elements (43.7 KB gzip), with the 6 KB budget for the two new elements.
// Prints figures; never asserts. Run after `npm run build`: node bench/elements-size.mjs
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cdn = new URL('../packages/elements/dist/cdn/', import.meta.url).pathname;
const GOAL_KB = 40;
const BASELINE_KB = 43.7; // apq-elements.js, gzip, before <apq-summary> and <apq-framework-view>
const BUDGET_KB = 6; // what the two new elements together may add to it, gzip

if (!existsSync(join(cdn, 'apq-elements.js'))) {
  console.error('No CDN build: run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const cache = new Map();
function size(file) {
  if (!cache.has(file)) {
    const code = readFileSync(join(cdn, file));
    cache.set(file, {
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return cache.get(file);
}
function measure(files) {
  const sizes = files.map(size);
  const sum = (key) => sizes.reduce((total, s) => total + s[key], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** The files `file` imports statically (`import "./x.js"`, `from "./x.js"`), transitively; not import(). */
function staticImports(file, seen = new Set()) {
  const code = readFileSync(join(cdn, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = relative(cdn, join(cdn, dirname(file), spec));
    if (seen.has(target) || !existsSync(join(cdn, target))) continue;
    seen.add(target);
    staticImports(target, seen);
  }
  return [...seen];
}

const jsIn = (dir) => (existsSync(join(cdn, dir)) && statSync(join(cdn, dir)).isDirectory()
  ? readdirSync(join(cdn, dir)).filter((f) => f.endsWith('.js')).sort().map((f) => (dir ? `${dir}/${f}` : f))
  : []);
const top = jsIn('');
const chunks = jsIn('chunks');

const width = Math.max(...[...top, ...chunks].map((f) => f.length), 20) + 2;
const row = (name, s) => `${name.padEnd(width)}${kb(s.raw).padStart(11)}${kb(s.gzip).padStart(11)}${kb(s.brotli).padStart(11)}`;
console.log(`${'file (on its own)'.padEnd(width)}${'minified'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
for (const file of [...top, ...chunks]) console.log(row(file, size(file)));
if (chunks.length === 0) console.log('(no chunks/ folder)');

const withImports = top.map((file) => [file, staticImports(file)]).filter(([, imports]) => imports.length > 0);
if (withImports.length > 0) {
  console.log('');
  console.log(`${'file with what it imports'.padEnd(width)}${'minified'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const [file, imports] of withImports) console.log(row(file, measure([file, ...imports])));
}

console.log('');
const main = measure(['apq-elements.js', ...staticImports('apq-elements.js')]);
const mainKb = main.gzip / 1024;
console.log(`apq-elements.js (every element, lit and core; no frameworks): ${kb(main.raw)} minified, ${kb(main.gzip)} gzip, ${kb(main.brotli)} brotli (goal ≤ ${GOAL_KB} KB gzip: ${mainKb <= GOAL_KB ? 'met' : 'not met'})`);
const growth = mainKb - BASELINE_KB;
console.log(`apq-elements.js growth over ${BASELINE_KB} KB gzip (before the summary and framework-view elements): ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} KB gzip (budget ≤ ${BUDGET_KB} KB for the two new elements together: ${growth <= BUDGET_KB ? 'met' : 'not met'})`);
