// SPDX-License-Identifier: MIT
// The evaluation form against SurveyJS and against a bare custom element, in headless Chromium.
// Prints figures; never asserts or fails on time. Run after `npm run build`:
//   node bench/form-compare.mjs [runs]          (runs: default 7, each in a fresh browser context)
//
// It serves, on 127.0.0.1 (a port the system chooses; the server stops when the script ends), three
// pages rendering the same fields of the AP Quality Toolkit 2.0.0 on one page:
//   form      <apq-evaluation-form layout="single-page"> from the CDN build (apq-evaluation-form.js,
//             the form's own file, and apq-framework-ap-quality-toolkit-2.0.0.js), as a council would
//             embed it;
//   SurveyJS  survey-core + survey-js-ui (minified UMD files, rendered with renderSurvey into a div, the
//             default theme from survey-core.fontless.min.css: the same theme without its Google Fonts
//             @font-face rules, so that nothing is fetched off this machine). The survey JSON is made here
//             from the framework file: one page; the setting fields; per area a panel (title, summary)
//             holding its questions (reflection → comment; yes-partly-no → radiogroup Yes/Partly/No;
//             rating → radiogroup of the scale's levels; evidence → paneldynamic with title and
//             reference fields, no panels yet, as the form's empty evidence list) and sub-area panels,
//             then a panel with "evidence seen" (comment), the judgement (radiogroup of the judgement
//             scale's levels, "label: description"), the rationale (comment), strengths and priorities
//             (paneldynamic with one comment each, no panels yet);
//   bare      bench/bare-form.js: a hand-written custom element, no library, building the same fields
//             with createElement/textContent in a shadow root.
// For each, per run:
//   - navigation start → the last evaluative question in the DOM (a MutationObserver on the document and
//     on every shadow root, looking at added nodes only: [data-question] for the form and the bare
//     element, SurveyJS's [data-name] for SurveyJS), and → the next frame after that (rAF + task);
//   - the V8 heap used after a forced GC once rendered: CDP HeapProfiler.collectGarbage, then
//     Runtime.getHeapUsage (usedSize), in MiB. (performance.measureUserAgentSpecificMemory needs a
//     cross-origin-isolated page and reports more than the JS heap, so it is not used.)
//   - the number of evaluative questions rendered (111 in toolkit 2.0.0) and of elements in the DOM.
// Then the first render of <apq-summary> (the first toolkit worked example's evaluation, property set
// → updateComplete with [part="base"] and the last area's title rendered) and of <apq-framework-view>
// on both real frameworks (element created → the same), when the CDN bundle defines them; otherwise
// it says "not built yet".
// Chromium: CHROME_PATH or /usr/bin/chromium, with every host but 127.0.0.1 resolving to nothing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const RUNS = Math.max(1, Math.floor(Number(process.argv[2] ?? 7)) || 7);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const TIMEOUT = 60_000;
const WATCHDOG = 15 * 60_000; // the whole script, however many runs: it ends by itself

const path = (rel) => fileURLToPath(new URL(rel, import.meta.url));
const cdn = path('../packages/elements/dist/cdn/');
const surveyCore = path('../node_modules/survey-core/');
const surveyUi = path('../node_modules/survey-js-ui/');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

for (const [file, hint] of [
  [join(cdn, 'apq-elements.js'), 'run `npm run build` first'],
  [join(cdn, 'apq-evaluation-form.js'), 'run `npm run build` first'],
  [join(cdn, 'apq-framework-ap-quality-toolkit-2.0.0.js'), 'run `npm run build` first'],
  [join(surveyCore, 'survey.core.min.js'), 'run `npm install` (survey-core is a root devDependency)'],
  [join(surveyUi, 'survey-js-ui.min.js'), 'run `npm install` (survey-js-ui is a root devDependency)'],
]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: ${hint}.`);
    process.exit(1);
  }
}

// ---- the framework, and the same form as SurveyJS JSON ----

const toolkit = readJson(path('../packages/core/frameworks/ap-quality-toolkit-2.0.0.json'));
const leicestershire = readJson(path('../packages/core/frameworks/leicestershire-bp-qa-1.0.0.json'));
const areasOf = (f) => f.categories.flatMap((c) => c.areas);
const questionsOf = (a) => [...a.questions, ...a.subAreas.flatMap((s) => s.questions)];
const questionIds = areasOf(toolkit).flatMap((a) => questionsOf(a).map((q) => q.id));
const lastQuestion = questionIds.at(-1);
const examplesDir = path('../packages/core/data/frameworks/ap-quality-toolkit/examples/');
const exampleFile = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort()[0] : undefined;
const example = exampleFile ? readJson(join(examplesDir, exampleFile)).evaluation : undefined;

function toSurvey(f) {
  const scaleOf = (id) => f.scales.find((s) => s.id === id);
  const levels = (scale) => (scale?.levels ?? []).map((l) => ({ value: l.id, text: `${l.label}: ${l.description}` }));
  const described = (text) => (text ? { description: text } : {});
  const list = (name, title, item, add, empty, fields) => ({
    type: 'paneldynamic', name, title, panelCount: 0, noEntriesText: empty, panelAddText: add, panelRemoveText: 'Remove',
    templateTitle: `${item} {panelIndex}`, templateElements: fields,
  });
  const question = (q) => {
    const common = { name: q.id, title: q.text, ...described(q.guidance) };
    switch (q.answer) {
      case 'reflection': return { type: 'comment', ...common };
      case 'yes-partly-no': return { type: 'radiogroup', ...common, colCount: 0, choices: [{ value: 'yes', text: 'Yes' }, { value: 'partly', text: 'Partly' }, { value: 'no', text: 'No' }] };
      case 'rating': return { type: 'radiogroup', ...common, choices: levels(scaleOf(q.scale ?? f.judgementScale)) };
      case 'evidence': return { ...list(q.id, q.text, 'Evidence', 'Add evidence', 'No evidence added yet.', [
        { type: 'text', name: 'title', title: 'Evidence' },
        { type: 'text', name: 'reference', title: 'Where to find evidence', description: 'A document name, a location or a link.' },
      ]), ...described(q.guidance) };
      default: throw new Error(`unknown answer kind ${q.answer}`);
    }
  };
  const areaWord = f.terminology?.area ?? 'area';
  const area = (a) => {
    const label = `${a.number}. ${a.title}`;
    return {
      type: 'panel', name: a.id, title: label, ...described(a.summary),
      elements: [
        ...a.questions.map(question),
        ...a.subAreas.map((s) => ({ type: 'panel', name: s.id, title: `${s.letter}. ${s.title}`, elements: s.questions.map(question) })),
        { type: 'panel', name: `${a.id}--record`, title: `Your evaluation of this ${areaWord}`, elements: [
          { type: 'comment', name: `${a.id}--evidence`, title: 'Evidence seen', description: 'What you saw, read and heard that supports your judgement.' },
          { type: 'radiogroup', name: `${a.id}--judgement`, title: `Your judgement for ${label}`, description: 'The judgement is yours. The suggestion is there to help.', choices: levels(scaleOf(f.judgementScale)) },
          { type: 'comment', name: `${a.id}--rationale`, title: 'Why did you make this judgement?', description: 'Explain the judgement in a sentence or two.', rows: 3 },
          list(`${a.id}--strengths`, 'Strengths', 'Strength', 'Add a strength', 'None added yet.', [{ type: 'comment', name: 'text', title: 'Strength' }]),
          list(`${a.id}--priorities`, 'Priorities for improvement', 'Priority', 'Add a priority', 'None added yet.', [{ type: 'comment', name: 'text', title: 'Priority' }]),
        ] },
      ],
    };
  };
  const setting = {
    type: 'panel', name: 'setting', title: 'About this evaluation', elements: [
      { type: 'radiogroup', name: 'use', title: 'What is this evaluation for?', choices: f.uses.map((u) => ({ value: u.id, text: `${u.title}: ${u.description}` })) },
      { type: 'panel', name: 'setting-fields', title: 'The setting being evaluated', elements: [
        { type: 'text', name: 'setting-name', title: 'Name of the setting' },
        { type: 'text', name: 'setting-urn', title: 'Unique reference number (URN) (optional)', description: 'The 6 or 7 digit number on Get Information about Schools. Leave blank if the setting does not have one.' },
        { type: 'text', name: 'setting-type', title: 'Type of setting (optional)', description: 'For example, pupil referral unit, AP academy or independent provider.' },
        { type: 'text', name: 'setting-local-authority', title: 'Local authority (optional)' },
      ] },
    ],
  };
  return {
    title: `${f.shortTitle ?? f.title} ${f.version}`, showQuestionNumbers: 'off', completeText: 'Continue to check your answers',
    pages: [{ name: 'evaluation', elements: [setting, ...areasOf(f).map(area)] }],
  };
}

// ---- the pages ----

const html = (head, body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body><main>${body}</main></body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;
const FRAMEWORK_FILES = ['apq-framework-ap-quality-toolkit-2.0.0.js', 'apq-framework-leicestershire-bp-qa-1.0.0.js'];
const generated = new Map([
  ['/form.html', html(script('/cdn/apq-evaluation-form.js') + script('/cdn/apq-framework-ap-quality-toolkit-2.0.0.js'),
    '<apq-evaluation-form framework="ap-quality-toolkit" version="2.0.0" layout="single-page"></apq-evaluation-form>')],
  ['/survey.html', html('<link rel="stylesheet" href="/survey/survey-core.fontless.min.css"><script src="/survey/survey.core.min.js" defer></script><script src="/survey/survey-js-ui.min.js" defer></script>' + script('/bench/survey-page.js'),
    '<div id="survey"></div>')],
  ['/bare.html', html(script('/bench/bare-page.js'), '<bare-form></bare-form>')],
  ['/empty.html', html('', '')],
  ['/elements.html', html(script('/cdn/apq-elements.js') + FRAMEWORK_FILES.map((f) => script(`/cdn/${f}`)).join(''), '')],
  ['/bench/survey-def.js', `export default ${JSON.stringify(toSurvey(toolkit))};`],
  ['/bench/toolkit.js', `export default ${JSON.stringify(toolkit)};`],
  ['/bench/survey-page.js', "import json from '/bench/survey-def.js';\nSurveyUI.renderSurvey(new Survey.Model(json), document.getElementById('survey'));\n"],
  ['/bench/bare-page.js', "import framework from '/bench/toolkit.js';\nimport '/bench/bare-form.js';\ndocument.querySelector('bare-form').framework = framework;\n"],
]);
const files = new Map([
  ['/bench/bare-form.js', path('./bare-form.js')],
  ['/survey/survey.core.min.js', join(surveyCore, 'survey.core.min.js')],
  ['/survey/survey-js-ui.min.js', join(surveyUi, 'survey-js-ui.min.js')],
  ['/survey/survey-core.fontless.min.css', join(surveyCore, 'survey-core.fontless.min.css')],
]);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

function lookup(pathname) {
  if (generated.has(pathname)) return { body: generated.get(pathname) };
  if (files.has(pathname)) return { file: files.get(pathname) };
  if (pathname.startsWith('/cdn/')) {
    const file = normalize(join(cdn, decodeURIComponent(pathname.slice(5))));
    if (file.startsWith(cdn) && existsSync(file) && statSync(file).isFile()) return { file };
  }
  return undefined;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const found = lookup(pathname);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(pathname)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(found.body ?? readFileSync(found.file));
});

// ---- measuring ----

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const offsite = new Set();

/** Runs in the page before anything else: resolves window.__benchDone when `selector` is added. */
function watchFor(selector) {
  let resolve;
  let seen;
  window.__benchDone = new Promise((r) => (resolve = r));
  const observers = [];
  const found = () => {
    seen = performance.now();
    for (const o of observers) o.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve({ seen, frame: performance.now() }), 0));
  };
  const watch = (root) => {
    const observer = new MutationObserver((records) => {
      if (seen !== undefined) return;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && (node.matches(selector) || node.querySelector(selector))) return found();
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    observers.push(observer);
  };
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
}

/** Every element of the page, through open shadow roots. */
function countRendered(attr, ids) {
  const wanted = new Set(ids);
  const seen = new Set();
  let elements = 0;
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      elements++;
      const value = node.getAttribute(attr);
      if (value !== null && wanted.has(value)) seen.add(value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  return { questions: seen.size, elements };
}

async function newPage(context) {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.add(url);
  });
  return page;
}

async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

const SUBJECTS = [
  { key: 'form', label: 'form (apq-evaluation-form)', url: '/form.html', selector: `[data-question="${lastQuestion}"]`, attr: 'data-question' },
  { key: 'survey', label: 'SurveyJS', url: '/survey.html', selector: `[data-name="${lastQuestion}"]`, attr: 'data-name' },
  { key: 'bare', label: 'bare element', url: '/bare.html', selector: `[data-question="${lastQuestion}"]`, attr: 'data-question' },
];

async function navigationRun(subject) {
  const context = await browser.createBrowserContext();
  try {
    const page = await newPage(context);
    await page.evaluateOnNewDocument(watchFor, subject.selector);
    await page.goto(`${base}${subject.url.slice(1)}`, { waitUntil: 'load', timeout: TIMEOUT });
    const { seen, frame } = await page.evaluate(
      (timeout) => Promise.race([window.__benchDone, new Promise((_, reject) => setTimeout(() => reject(new Error('the last question never appeared')), timeout))]),
      TIMEOUT,
    );
    // Let it settle (Lit's pending update, SurveyJS's after-render work) before counting and weighing.
    await page.evaluate(async () => {
      await document.querySelector('apq-evaluation-form')?.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
    });
    const counts = await page.evaluate(countRendered, subject.attr, questionIds);
    const heap = await heapAfterGc(page);
    return { seen, frame, heap, ...counts };
  } finally {
    await context.close();
  }
}

/** In the page: create `tag` (attributes, then `evaluation` if given), append it, and time until its
 * updateComplete resolves with [part~="base"] in its shadow root and `needle` in its rendered text. */
async function firstRenderInPage({ tag, attrs, evaluation, needle, fallbackFile }) {
  if (!customElements.get(tag) && fallbackFile) await import(fallbackFile).catch(() => undefined);
  if (!customElements.get(tag)) return { missing: true };
  const deepText = (root) => {
    let text = root.textContent ?? '';
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) text += deepText(node.shadowRoot);
    return text;
  };
  const t0 = performance.now();
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (evaluation) el.evaluation = evaluation;
  document.body.append(el);
  let baseAt;
  for (;;) {
    await el.updateComplete;
    const now = performance.now();
    const base = el.shadowRoot?.querySelector('[part~="base"]');
    if (base && baseAt === undefined) baseAt = now;
    if (base && deepText(el.shadowRoot).includes(needle)) return { ms: now - t0 };
    if (now - t0 > 5000) return baseAt === undefined ? { ms: now - t0, failed: 'no [part="base"] after 5 s' } : { ms: baseAt - t0, failed: `"${needle}" not found in its content; timed to [part="base"] only` };
    // Wait for the next change in its shadow root (a loading task finishing), or a short while.
    await new Promise((r) => {
      const observer = new MutationObserver(() => (observer.disconnect(), r()));
      observer.observe(el.shadowRoot ?? el, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => (observer.disconnect(), r()), 16);
    });
  }
}

async function firstRender(options) {
  const times = [];
  let note;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.createBrowserContext();
    try {
      const page = await newPage(context);
      await page.goto(`${base}elements.html`, { waitUntil: 'load', timeout: TIMEOUT });
      const result = await page.evaluate(firstRenderInPage, options);
      if (result.missing) return { missing: true };
      times.push(result.ms);
      if (result.failed && !note) {
        note = result.failed;
        options = { ...options, needle: '' }; // the later runs time to [part="base"] alone, not 5 s each
      }
    } finally {
      await context.close();
    }
  }
  return { times, note };
}

// ---- printing ----

const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);
const pad = (s, n) => String(s).padStart(n);
const verdict = (ok) => (ok ? 'met' : 'not met');

let browser;
let base;
const watchdog = setTimeout(async () => {
  console.error(`form-compare: still running after ${WATCHDOG / 60000} minutes; stopping.`);
  await browser?.close().catch(() => undefined);
  server.closeAllConnections();
  server.close();
  process.exit(1);
}, WATCHDOG);
watchdog.unref();

try {
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const surveyVersion = readJson(join(surveyCore, 'package.json')).version;
  const uiVersion = readJson(join(surveyUi, 'package.json')).version;
  console.log(`Chromium ${(await browser.version()).replace(/^HeadlessChrome\//, '')}, ${RUNS} runs each (after one warm-up run each, not counted), a fresh browser context per run`);
  console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${availableParallelism()} cores: timings are noisy when the machine is busy; read the ratios more than the milliseconds`);
  console.log(`AP Quality Toolkit 2.0.0: ${questionIds.length} evaluative questions in ${areasOf(toolkit).length} areas, single page; SurveyJS: survey-core ${surveyVersion} + survey-js-ui ${uiVersion}`);

  const results = Object.fromEntries(SUBJECTS.map((s) => [s.key, []]));
  for (const subject of SUBJECTS) await navigationRun(subject); // warm-up: disk cache, Chromium's first context
  for (let i = 0; i < RUNS; i++) {
    for (const subject of SUBJECTS) results[subject.key].push(await navigationRun(subject)); // interleaved, so drift hits all three
  }

  const rows = SUBJECTS.map((s) => {
    const runs = results[s.key];
    const seen = runs.map((r) => r.seen);
    return {
      ...s,
      median: median(seen),
      p95: p95(seen),
      frame: median(runs.map((r) => r.frame)),
      heap: median(runs.map((r) => r.heap)),
      questions: Math.min(...runs.map((r) => r.questions)),
      elements: median(runs.map((r) => r.elements)),
    };
  });
  console.log('');
  console.log(`navigation → last question (${lastQuestion}) in the DOM`);
  console.log(`${'subject'.padEnd(28)}${pad('median ms', 11)}${pad('p95 ms', 9)}${pad('next frame ms', 15)}${pad('heap MiB', 10)}${pad('questions', 11)}${pad('DOM elements', 14)}`);
  for (const r of rows) {
    console.log(`${r.label.padEnd(28)}${pad(f1(r.median), 11)}${pad(f1(r.p95), 9)}${pad(f1(r.frame), 15)}${pad(f2(r.heap), 10)}${pad(`${r.questions}/${questionIds.length}`, 11)}${pad(Math.round(r.elements), 14)}`);
  }
  console.log('(median and p95 over the runs; next frame: median time to the first frame after the question appeared; heap: median V8 heap used after a forced GC, CDP Runtime.getHeapUsage; DOM elements: through shadow roots)');
  const [form, survey, bare] = rows;
  console.log('');
  console.log(`form ÷ SurveyJS (median): ${f2(form.median / survey.median)}× (target ≤ 0.2×: ${verdict(form.median / survey.median <= 0.2)})`);
  console.log(`form ÷ bare element (median): ${f2(form.median / bare.median)}× (target ≤ 1.5×: ${verdict(form.median / bare.median <= 1.5)})`);
  console.log(`form V8 heap after GC: ${f2(form.heap)} MiB (target ≤ 2 MiB: ${verdict(form.heap <= 2)})`);
  const empty = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.createBrowserContext();
    try {
      const page = await newPage(context);
      await page.goto(`${base}empty.html`, { waitUntil: 'load', timeout: TIMEOUT });
      empty.push(await heapAfterGc(page));
    } finally {
      await context.close();
    }
  }
  console.log(`(for scale: an empty page's V8 heap after GC is ${f2(median(empty))} MiB on this Chromium)`);
  for (const r of rows) if (r.questions !== questionIds.length) console.log(`warning: ${r.label} rendered ${r.questions} of ${questionIds.length} questions`);

  console.log('');
  console.log('first render on the real frameworks');
  const lastTitle = (f) => areasOf(f).at(-1).title;
  const jobs = [
    ['<apq-summary> (toolkit 2.0.0 worked example)', { tag: 'apq-summary', attrs: {}, evaluation: example, needle: lastTitle(toolkit) }],
    ['<apq-framework-view> ap-quality-toolkit 2.0.0', { tag: 'apq-framework-view', attrs: { framework: 'ap-quality-toolkit', version: '2.0.0' }, needle: lastTitle(toolkit) }],
    ['<apq-framework-view> leicestershire-bp-qa 1.0.0', { tag: 'apq-framework-view', attrs: { framework: 'leicestershire-bp-qa', version: '1.0.0' }, needle: lastTitle(leicestershire) }],
  ];
  for (const [label, options] of jobs) {
    if (options.tag === 'apq-summary' && !example) {
      console.log(`${label.padEnd(50)}no worked example found in ${examplesDir}`);
      continue;
    }
    const fallbackFile = existsSync(join(cdn, `${options.tag}.js`)) ? `/cdn/${options.tag}.js` : undefined;
    const result = await firstRender({ ...options, fallbackFile });
    if (result.missing) console.log(`${label.padEnd(50)}not built yet (no ${options.tag} in the CDN bundle)`);
    else console.log(`${label.padEnd(50)}median ${f1(median(result.times))} ms, p95 ${f1(p95(result.times))} ms${result.note ? ` (${result.note})` : ''}`);
  }
  console.log('');
  console.log(offsite.size === 0 ? 'requests off 127.0.0.1: none' : `requests off 127.0.0.1 (refused): ${[...offsite].join(', ')}`);
} catch (error) {
  console.error(`form-compare: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  server.closeAllConnections();
  server.close();
  clearTimeout(watchdog);
}
