// SPDX-License-Identifier: MIT
// Size of every CDN file of the elements (packages/elements/dist/cdn/*.js: each self-contained, so
// its size is what a page downloads for it), minified, gzipped (the figure that matters over the
// wire) and brotli-compressed, beside SurveyJS measured the same way in the same run: survey-core
// and survey-js-ui (their minified UMD files) and survey-core's default theme CSS, the files a page
// needs to show a SurveyJS form. Then the two targets of issue 12 (the form's file ≤ 38 KB gzip,
// the all-in-one file ≤ 60 KB gzip). Prints figures; never asserts.
// Run after `npm run build`: node bench/elements-size.mjs
// What one file is made of (elements, lit, zod, each part of core, and which import brings each
// part of core in): node bench/bundle-composition.mjs <file> [--core]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const path = (p) => fileURLToPath(new URL(p, import.meta.url));
const cdn = path('../packages/elements/dist/cdn/');
const TARGETS_KB = { 'apq-evaluation-form.js': 38, 'apq-elements.js': 60 };
const SURVEYJS = [
  ['survey-core (survey.core.min.js)', path('../node_modules/survey-core/survey.core.min.js')],
  ['survey-js-ui (survey-js-ui.min.js)', path('../node_modules/survey-js-ui/survey-js-ui.min.js')],
  ['default theme (survey-core.min.css)', path('../node_modules/survey-core/survey-core.min.css')],
];

if (!existsSync(join(cdn, 'apq-elements.js'))) {
  console.error('No CDN build: run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function measure(file) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const sum = (sizes) => ({ raw: sizes.reduce((t, s) => t + s.raw, 0), gzip: sizes.reduce((t, s) => t + s.gzip, 0), brotli: sizes.reduce((t, s) => t + s.brotli, 0) });

const ours = readdirSync(cdn).filter((f) => f.endsWith('.js')).sort().map((f) => [f, measure(join(cdn, f))]);
const missing = SURVEYJS.filter(([, file]) => !existsSync(file));
const theirs = missing.length === 0 ? SURVEYJS.map(([name, file]) => [name, measure(file)]) : [];

const width = Math.max(...[...ours, ...SURVEYJS].map(([name]) => name.length), 20) + 2;
const row = (name, s) => `${name.padEnd(width)}${kb(s.raw).padStart(11)}${kb(s.gzip).padStart(11)}${kb(s.brotli).padStart(11)}`;
const header = (title) => `${title.padEnd(width)}${'minified'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`;

console.log(header('@ap-quality/elements dist/cdn'));
for (const [name, size] of ours) console.log(row(name, size));
console.log('');
if (missing.length > 0) {
  console.log(`SurveyJS not measured: ${missing.map(([name]) => name).join(', ')} missing (root devDependencies: run \`npm install\`)`);
} else {
  console.log(header('SurveyJS 2 (a form on a page)'));
  for (const [name, size] of theirs) console.log(row(name, size));
  console.log(row('together', sum(theirs.map(([, s]) => s))));
}

console.log('');
const surveyGzip = theirs.length > 0 ? sum(theirs.map(([, s]) => s)).gzip : undefined;
for (const [file, targetKb] of Object.entries(TARGETS_KB)) {
  const size = ours.find(([name]) => name === file)?.[1];
  if (!size) {
    console.log(`${file}: not built`);
    continue;
  }
  const against = surveyGzip ? `; ${((size.gzip / surveyGzip) * 100).toFixed(0)}% of SurveyJS's ${kb(surveyGzip)} gzip` : '';
  console.log(`${file}: ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli (target ≤ ${targetKb} KB gzip: ${size.gzip / 1024 <= targetKb ? 'met' : 'not met'})${against}`);
}
