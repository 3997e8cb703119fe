// SPDX-License-Identifier: MIT
// Timings of <apq-evaluation-form> in headless Chromium, on the demo page served from the CDN
// build (so with the minified bundle a council would use). Prints medians of several runs; never
// asserts. Run after `npm run build`: node bench/elements-timing.mjs [runs]
//   1. navigation → the last question of the full toolkit in the DOM (single-page layout)
//   2. moving from one area to the next (paged layout): until the DOM is updated, and until the next frame
//   3. one keystroke in a reflection field: the input handler and re-render, paged and single-page
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../packages/elements/scripts/serve-demo.mjs';

const RUNS = Number(process.argv[2] ?? 7);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const toolkit = JSON.parse(readFileSync(new URL('../packages/core/frameworks/ap-quality-toolkit-2.0.0.json', import.meta.url), 'utf8'));
const areas = toolkit.categories.flatMap((c) => c.areas);
const lastArea = areas.at(-1);
const lastQuestion = [...lastArea.questions, ...lastArea.subAreas.flatMap((s) => s.questions)].at(-1).id;
const questionCount = areas.reduce((n, a) => n + a.questions.length + a.subAreas.reduce((m, s) => m + s.questions.length, 0), 0);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (n) => `${n.toFixed(1)} ms`;

const server = await startDemoServer({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });

/** A fresh page (own storage) at `query`, with an observer that stamps when `questionId` appears in any shadow root. */
async function open(query, questionId) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument((id) => {
    window.__apqSeen = undefined;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const observer = new MutationObserver(() => {
        if (window.__apqSeen === undefined && root.querySelector(`[data-question="${id}"]`)) {
          window.__apqSeen = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(root, { childList: true, subtree: true });
      return root;
    };
  }, questionId ?? '');
  await page.goto(`${base}${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('apq-evaluation-form')?.shadowRoot?.querySelector('.base[data-step]'));
  return { page, context };
}

async function firstQuestion() {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await open('?framework=ap-quality-toolkit&version=2.0.0&layout=single-page', lastQuestion);
    await page.waitForFunction(() => window.__apqSeen !== undefined);
    times.push(await page.evaluate(() => window.__apqSeen));
    await context.close();
  }
  return times;
}

async function areaToArea() {
  const dom = [];
  const frame = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await open('?framework=ap-quality-toolkit&version=2.0.0');
    const result = await page.evaluate(async (count) => {
      const el = document.querySelector('apq-evaluation-form');
      const root = el.shadowRoot;
      root.querySelectorAll('.task__link')[1].click();
      await el.updateComplete;
      const dom = [];
      const frame = [];
      for (let n = 0; n < count - 1; n++) {
        const t0 = performance.now();
        root.querySelector('.button-group .button:not(.button--secondary)').click();
        await el.updateComplete;
        const t1 = performance.now();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        dom.push(t1 - t0);
        frame.push(performance.now() - t0);
      }
      return { dom, frame };
    }, areas.length);
    dom.push(...result.dom);
    frame.push(...result.frame);
    await context.close();
  }
  return { dom, frame };
}

async function keystrokes(layout) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await open(`?framework=ap-quality-toolkit&version=2.0.0&layout=${layout}`);
    const result = await page.evaluate(async (paged) => {
      const el = document.querySelector('apq-evaluation-form');
      const root = el.shadowRoot;
      if (paged) {
        [...root.querySelectorAll('.task__link')].find((b) => b.textContent.trim().startsWith('3.')).click();
        await el.updateComplete;
      }
      const field = root.getElementById('answers.partnership-working-q1');
      field.focus();
      const text = 'Safeguarding information is shared with partners every week. ';
      const out = [];
      for (let n = 0; n < 100; n++) {
        const t0 = performance.now();
        field.value += text[n % text.length];
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text[n % text.length] }));
        await el.updateComplete;
        out.push(performance.now() - t0);
      }
      return out;
    }, layout === 'paged');
    times.push(...result.slice(5));
    await context.close();
  }
  return times;
}

try {
  console.log(`Chromium ${(await browser.version()).replace(/^HeadlessChrome\//, '')}, ${RUNS} runs each, CDN build served by the demo server`);
  const first = await firstQuestion();
  console.log(`navigation → last question (${questionCount} questions, 13 areas, single-page) in the DOM: median ${ms(median(first))} (min ${ms(Math.min(...first))}, max ${ms(Math.max(...first))})`);
  const move = await areaToArea();
  console.log(`next area (paged): DOM updated median ${ms(median(move.dom))} (p95 ${ms(p95(move.dom))}); to the next frame median ${ms(median(move.frame))} (p95 ${ms(p95(move.frame))})`);
  const paged = await keystrokes('paged');
  console.log(`keystroke in a reflection field (paged, one area shown): median ${ms(median(paged))} (p95 ${ms(p95(paged))})`);
  const single = await keystrokes('single-page');
  console.log(`keystroke in a reflection field (single-page, whole toolkit shown): median ${ms(median(single))} (p95 ${ms(p95(single))})`);
} finally {
  await browser.close();
  server.close();
}
