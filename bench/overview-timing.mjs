// SPDX-License-Identifier: MIT
// Timings of <apq-area-overview> in headless Chromium: the first render of an aggregate of the 13
// areas of the AP Quality Toolkit over 4 periods (without, then with 4 breakdowns by use and type of setting), from
// setting the property to the overview in the DOM (validation included) and to the next frame; and
// choosing another period. The element is bundled from source with esbuild, minified, as the CDN
// file would be. Prints medians of several runs; never asserts. Target: first render ≤ 50 ms.
// Each of the `runs` pages times one first render; on half as many pages of their own (cold):
// core's validateAggregate alone, and the page's first Intl.DateTimeFormat (which the Localizer
// no longer needs for British English dates: the line shows what that saves).
// Each fresh page opens a window, for which Chromium loads its own interface (the omnibox popup)
// in another renderer process for a second or more: on a 2-core machine that would be timed too,
// so each page waits SETTLE_MS before it is timed. On a shared machine, run it more than once and
// give the load average: a median of few runs moves by 10 ms or more when the other core is busy.
//   node bench/overview-timing.mjs [runs]
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';

const RUNS = Number(process.argv[2] ?? 10);
const SETTLE_MS = 1500;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const elements = join(root, 'packages/elements');

const entry = `
import '${join(elements, 'src/components/area-overview/apq-area-overview.ts')}';
import { TERMS, toolkitAggregate } from '${join(elements, 'src/components/area-overview/area-overview.examples.ts')}';
import { validateAggregate } from '@ap-quality/core';
window.__apqAggregate = (breakdowns) => toolkitAggregate({ periods: TERMS, breakdowns });
window.__apqValidate = (doc) => validateAggregate(doc).ok;
`;
const built = await esbuild.build({
  stdin: { contents: entry, resolveDir: elements, loader: 'ts' },
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  target: 'es2022',
  conditions: ['apq-source', 'browser'],
  tsconfig: join(elements, 'tsconfig.json'),
  logLevel: 'error',
});
const code = built.outputFiles[0].text;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n) => `${n.toFixed(1)} ms`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const line = (label, xs) => console.log(`${label}: median ${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})`);

const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  console.log(`Chromium ${(await browser.version()).replace(/^HeadlessChrome\//, '')}, load average ${load()}, per aggregate ${RUNS} fresh pages timing the first render and ${Math.ceil(RUNS / 2)} timing core's validation and the first Intl date alone, bundle ${(code.length / 1024).toFixed(0)} KiB (with the bundled frameworks)`);
  // One untimed page first: the browser's own start-up work (its first renderer processes, its
  // interface) would otherwise fall on the first pages timed.
  {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Warm-up</title></head><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => typeof window.__apqAggregate === 'function' && customElements.get('apq-area-overview'));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await context.close();
  }
  for (const breakdowns of [false, true]) {
    const dom = [];
    const frame = [];
    const choose = [];
    const validations = [];
    const dates = [];
    let shape = '';
    // A page timing the validation alone after every other render page, so a change of load falls on both.
    const kinds = [];
    for (let i = 0; i < RUNS; i++) kinds.push(...(i % 2 === 0 ? ['render', 'side'] : ['render']));
    for (const kind of kinds) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setContent('<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Overview timing</title></head><body></body></html>');
      await page.addScriptTag({ content: code, type: 'module' });
      await page.waitForFunction(() => typeof window.__apqAggregate === 'function' && customElements.get('apq-area-overview'));
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const result = await page.evaluate(async (withBreakdowns, side) => {
        const aggregate = window.__apqAggregate(withBreakdowns);
        if (side) {
          // Core's validation alone (cold), to see its share of a first render; then the first date.
          const copy = structuredClone(aggregate);
          const v0 = performance.now();
          if (!window.__apqValidate(copy)) throw new Error('the aggregate is not valid');
          const validation = performance.now() - v0;
          const d0 = performance.now();
          new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
          return { validation, date: performance.now() - d0 };
        }
        const t0 = performance.now();
        const el = document.createElement('apq-area-overview');
        el.aggregate = aggregate;
        document.body.append(el);
        await el.updateComplete;
        const t1 = performance.now();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const t2 = performance.now();
        const root = el.shadowRoot;
        const areas = root.querySelectorAll('[part="area"]').length;
        const t3 = performance.now();
        root.querySelector('input[name="period"]').click();
        await el.updateComplete;
        const t4 = performance.now();
        return { dom: t1 - t0, frame: t2 - t0, choose: t4 - t3, areas, periods: aggregate.periods.length, groups: 1 + (aggregate.breakdowns?.length ?? 0) };
      }, breakdowns, kind === 'side');
      if (kind === 'side') {
        validations.push(result.validation);
        dates.push(result.date);
      } else {
        dom.push(result.dom);
        frame.push(result.frame);
        choose.push(result.choose);
        shape = `${result.areas} areas shown, ${result.periods} periods, ${result.groups === 1 ? 'no breakdowns' : `${result.groups - 1} breakdowns`}`;
      }
      await context.close();
    }
    console.log(`aggregate: ${shape}`);
    line(`  first render (property set → overview in the DOM, validation included), ${dom.length} runs`, dom);
    line('  first render to the next frame', frame);
    line('  choosing another period (→ DOM updated)', choose);
    line(`  core's validateAggregate alone (cold, on its own page), ${validations.length} runs`, validations);
    line('  the page\'s first Intl.DateTimeFormat (cold, on its own page)', dates);
  }
  console.log(`load average after: ${load()}`);
} finally {
  await browser.close();
}
