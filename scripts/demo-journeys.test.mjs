// SPDX-License-Identifier: MIT
// The demo's "done when" journeys (issues 9, 10 and 12), done as a person would do them in
// headless Chromium, with the mouse and the keyboard, on the demo server (serve-demo.mjs, under its
// strict Content-Security-Policy with Trusted Types):
//   1. the plan: submit an evaluation, turn two priorities into actions, look a term ahead, record a
//      review (reloading half-way through it), see the other action overdue, print the plan, and
//      start the next evaluation with the open actions and their history carried forward;
//   2. the area overview: 13 areas, two terms, every table equal to the aggregate, its bars hidden from assistive technology,
//      no setting of the generated data named anywhere, and a CSV download that holds the figures;
//   3. the GOV.UK page: GDS Transport, "Save and come back later" posts a draft, an incomplete
//      Submit shows the error summary and posts nothing.
// Every page records Content-Security-Policy violations, console errors, uncaught errors and failed
// requests; a journey fails on any. Run after `npm run build`: node --test scripts/demo-journeys.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../packages/elements/scripts/serve-demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-GB'];
const WORKED_EXAMPLE = join(root, 'packages/core/data/frameworks/ap-quality-toolkit/examples/self-evaluation-complete.json');
const AGGREGATE = join(root, 'packages/elements/demo/area-aggregate.json');
const DAY_MS = 24 * 60 * 60 * 1000;

let server;
let base;
let browser;
let downloads;

before(async () => {
  for (const built of ['packages/core/dist/index.js', 'packages/elements/dist/cdn/apq-elements.js', 'packages/elements/dist/cdn/apq-area-overview.js']) {
    assert.ok(existsSync(join(root, built)), `${built} is missing: run \`npm run build\` first`);
  }
  // Port 0: a free port, never the docs test's 8000.
  server = await startDemoServer({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  downloads = mkdtempSync(join(tmpdir(), 'apq-demo-downloads-'));
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

// ---- the page, and what goes wrong on it ----

/**
 * A new tab in a browser context of its own (its own localStorage), in UTC and British English,
 * recording every CSP violation (Trusted Types included), console error or warning, uncaught error
 * and failed request in `problems`.
 */
async function openTab(options = {}) {
  const context = await browser.createBrowserContext(options);
  const page = await context.newPage();
  const problems = [];
  await page.emulateTimezone('UTC');
  await page.exposeFunction('__apqViolation', (v) => problems.push(`CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}:${v.line}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__apqViolation({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()} (${message.location()?.url ?? ''})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download or a navigation that replaced the page is not a failure of the page.
    if (!/ERR_ABORTED/.test(request.failure()?.errorText ?? '')) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, problems };
}

async function closeTab(tab) {
  await tab.context.close();
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `fn` in the page until it returns something truthy, and returns that. Not page.waitForFunction:
 * that builds its predicate with `new Function` in the page, which the demo's CSP (no 'unsafe-eval',
 * Trusted Types) rightly refuses.
 */
async function until(page, fn, { timeout = 10_000, message } = {}, ...args) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() > end) throw new Error(message ?? `timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 200)}`);
    await pause(50);
  }
}

/** A button inside `host`'s shadow root (deep) by its visible text, without the words only screen readers hear. */
async function buttonByText(page, host, text) {
  const find = (selector, wanted) => {
    const visible = (b) => [...b.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
    const buttons = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el instanceof HTMLButtonElement) buttons.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const root = document.querySelector(selector);
    if (root?.shadowRoot) walk(root.shadowRoot);
    return buttons.find((b) => visible(b) === wanted);
  };
  const end = Date.now() + 10_000;
  for (;;) {
    const handle = await page.evaluateHandle(find, host, text);
    const button = handle.asElement();
    if (button) return button;
    await handle.dispose();
    if (Date.now() > end) throw new Error(`no button "${text}" in ${host}`);
    await pause(50);
  }
}

/** All the text a person could read on the page, shadow roots included, with the attributes read aloud. */
function pageText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
      if (node instanceof Element) {
        for (const name of ['aria-label', 'title', 'alt', 'value', 'href', 'download']) if (node.hasAttribute(name)) parts.push(node.getAttribute(name));
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.documentElement);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

const AXE = join(root, 'node_modules/axe-core/axe.min.js');

/** Runs axe (WCAG 2.2 A and AA rules) over the page as it is now, shadow roots included, and fails on any violation. */
async function assertAccessible(page, state) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `accessibility, ${state}`);
}

/** Whether an element (found deep, through shadow roots) takes up room on the page as laid out now. */
function shown(page, selector) {
  return page.$eval(selector, (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').catch(() => false);
}

// ---- dates ----

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayParts = (iso) => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

// ---- 1. the plan (issue 9) ----

describe('the plan on the demo (issue 9)', () => {
  it('a person submits, plans two priorities, reviews a term later, sees the overdue action, prints, and carries the plan forward', async () => {
    const tab = await openTab();
    const { page, problems } = tab;
    try {
      await page.goto(`${base}/`, { waitUntil: 'load' });
      await page.waitForSelector('#form >>> .base[data-step="start"]');

      // The worked example, as a draft of its own, stands in for typing 111 answers.
      const example = JSON.parse(readFileSync(WORKED_EXAMPLE, 'utf8')).evaluation;
      const { submittedAt: _submitted, ...draft } = { ...example, id: 'demo-journey-riverside', status: 'draft' };
      await page.$eval('#form', (form, evaluation) => {
        form.evaluation = evaluation;
      }, draft);
      await (await buttonByText(page, '#form', 'Check your answers')).click();
      await page.waitForSelector('#form >>> .base[data-step="review"]');
      await page.click('#form >>> #submit');
      await page.waitForSelector('#summary:not([hidden])');
      await page.waitForSelector('#plan-element >>> [part="base"][data-phase="ready"]');
      const submitted = await page.$eval('#plan-element', (plan) => plan.evaluation);
      assert.equal(submitted.status, 'submitted');
      assert.equal(submitted.id, draft.id);

      // The plan's clock: actions are dated now, or just after the evaluation's last change when that is later.
      const start = Math.max(Date.now(), Date.parse(submitted.updatedAt) + 1000);
      const soonDue = isoDay(start + 30 * DAY_MS);
      const laterDue = isoDay(start + 200 * DAY_MS);
      const termLater = isoDay(start + 120 * DAY_MS);

      const planned = [
        { area: 'appropriate-transition', priority: 'at-specialist-places', what: 'Meet the SEND team each half term about every pupil waiting for a place.', who: 'Headteacher', due: soonDue, success: 'No pupil waits more than a term.' },
        { area: 'quality-of-education', priority: 'qe-questioning', what: 'Share recordings of strong questioning at each staff meeting.', who: 'Head of teaching and learning', due: laterDue, success: 'Lesson visits find strong questioning in most lessons.' },
      ];
      for (const action of planned) {
        const key = `new--${action.area}--${action.priority}`;
        await page.click(`#plan-element >>> #add--${action.area}--${action.priority}`);
        // The editor opens with the focus on "What will be done": type, then Tab from box to box.
        await page.waitForSelector(`#plan-element >>> [data-editor="${key}"]`);
        await until(page, (id) => document.querySelector('#plan-element').shadowRoot.activeElement?.id === id, {}, `${key}--what`);
        await page.keyboard.type(action.what);
        await page.keyboard.press('Tab');
        await page.keyboard.type(action.who);
        const due = dayParts(action.due);
        for (const part of ['day', 'month', 'year']) {
          await page.keyboard.press('Tab');
          await page.keyboard.type(due[part]);
        }
        await page.keyboard.press('Tab');
        await page.keyboard.type(action.success);
        await page.click(`#plan-element >>> [data-save="${key}"]`);
        await until(page, (k) => !document.querySelector('#plan-element').shadowRoot.querySelector(`[data-editor="${k}"]`), {}, key);
        action.id = await page.$eval(`#plan-element >>> [data-priority="${action.priority}"] [part="action"]:last-of-type`, (el) => el.dataset.action);
        // Saved, the focus is on the new action, where a screen reader user hears what was added.
        await until(page, (id) => document.querySelector('#plan-element').shadowRoot.activeElement?.id === `action--${id}`, { message: 'the focus did not move to the action added' }, action.id);
        const read = await page.$eval(`#plan-element >>> [data-action="${action.id}"]`, (el) => el.innerText);
        assert.match(read, new RegExp(action.what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        assert.match(read, new RegExp(action.who));
      }
      const [overdueOne, reviewedOne] = planned;

      // A term later.
      await page.$eval('#plan-today', (input, day) => {
        input.value = day;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, termLater);
      await page.waitForSelector(`#plan-element >>> [data-action="${overdueOne.id}"][data-overdue]`);

      // Half a review of the other action, then the page is reloaded.
      const reviewKey = `review--${reviewedOne.id}`;
      await page.click(`#plan-element >>> [data-action="${reviewedOne.id}"] [data-action-button="review"]`);
      await until(page, (id) => document.querySelector('#plan-element').shadowRoot.activeElement?.id === id, {}, `${reviewKey}--on`);
      const on = dayParts(termLater);
      await page.keyboard.type(on.day);
      await page.keyboard.press('Tab');
      await page.keyboard.type(on.month);
      await page.keyboard.press('Tab');
      await page.keyboard.type(on.year);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Deputy headteacher');
      await page.keyboard.press('Tab');
      const halfNote = 'Recordings shared at three staff meetings;';
      await page.keyboard.type(halfNote);
      const planKey = `apq-action-plan:ap-quality-toolkit:${submitted.id}`;
      await until(page, (key, text) => (localStorage.getItem(key) ?? '').includes(text), { timeout: 5000, message: 'the half-typed review was not saved' }, planKey, halfNote);
      await page.reload({ waitUntil: 'load' });

      await page.waitForSelector('#plan:not([hidden])', { timeout: 10_000 }).catch(() => assert.fail('after a reload the demo no longer shows the plan of the evaluation submitted'));
      await page.waitForSelector(`#plan-element >>> [data-editor="${reviewKey}"]`, { timeout: 10_000 }).catch(() => assert.fail('the half-typed review did not come back after a reload'));
      assert.equal(await page.$eval(`#plan-element >>> #${reviewKey}--note`, (el) => el.value), halfNote);
      assert.deepEqual(
        await page.$$eval(`#plan-element >>> [data-editor="${reviewKey}"] .date-input__input`, (boxes) => boxes.map((b) => b.value)),
        [on.day, on.month, on.year],
      );
      assert.equal(await page.$eval(`#plan-element >>> #${reviewKey}--by`, (el) => el.value), 'Deputy headteacher');
      await assertAccessible(page, 'the plan resumed with a review half written');

      // Finish the review where it was left, and save it.
      await page.$eval('#plan-today', (input, day) => {
        input.value = day;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, termLater);
      await page.click(`#plan-element >>> #${reviewKey}--note`);
      await page.keyboard.press('End');
      await page.keyboard.type(' teachers say they use them.');
      await page.click(`#plan-element >>> input[name="${reviewKey}--status"][value="in-progress"]`);
      await page.click(`#plan-element >>> #${reviewKey}--evidence`);
      await page.keyboard.type('Notes of two lesson visits.');
      await page.click(`#plan-element >>> [data-save="${reviewKey}"]`);
      await page.waitForSelector(`#plan-element >>> [data-action="${reviewedOne.id}"] .review`);
      const reviewed = await page.$eval(`#plan-element >>> [data-action="${reviewedOne.id}"]`, (el) => ({ text: el.innerText, overdue: el.hasAttribute('data-overdue'), status: el.dataset.status }));
      assert.match(reviewed.text, /Recordings shared at three staff meetings; teachers say they use them\./);
      assert.match(reviewed.text, /Notes of two lesson visits\./);
      assert.equal(reviewed.status, 'in-progress');
      assert.equal(reviewed.overdue, false, 'the reviewed action, due later, is not overdue');

      // The other action is overdue a term later: marked on the action and counted at the top.
      const overdue = await page.$eval(`#plan-element >>> [data-action="${overdueOne.id}"]`, (el) => ({ overdue: el.hasAttribute('data-overdue'), tags: [...el.querySelectorAll('.action__tags .tag')].map((t) => t.textContent.trim()) }));
      assert.equal(overdue.overdue, true);
      assert.ok(overdue.tags.includes('Overdue'), `tags: ${overdue.tags}`);
      assert.match(await page.$eval('#plan-element >>> [part="progress"]', (el) => el.textContent), /1 overdue on/);
      await assertAccessible(page, 'the plan a term later, with an overdue action and a review');

      // Print the plan: the button prints, and the printed page has the actions and no controls.
      await page.evaluate(() => {
        window.__printed = 0;
        addEventListener('beforeprint', () => window.__printed++);
      });
      await page.click('#plan-element >>> [part="print-button"]');
      assert.equal(await page.evaluate(() => window.__printed), 1, '"Print the plan" did not print');
      await page.emulateMediaType('print');
      try {
        for (const action of planned) assert.ok(await shown(page, `#plan-element >>> [data-action="${action.id}"]`), `action ${action.what} is not printed`);
        assert.ok(await shown(page, `#plan-element >>> [data-action="${reviewedOne.id}"] .review`), 'the review is not printed');
        const controls = await page.evaluate(() => {
          const found = [];
          const walk = (node) => {
            for (const el of node.querySelectorAll('*')) {
              if (el.matches('button, input, select, textarea, [part="filters"]') && el.getClientRects().length > 0) found.push(el.id || el.getAttribute('part') || el.textContent.trim().slice(0, 40));
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return found;
        });
        assert.deepEqual(controls, [], 'controls are printed');
      } finally {
        await page.emulateMediaType(null);
      }

      // The next evaluation of the setting starts from this one, with the open actions and their history.
      await page.click('#next-evaluation');
      await page.waitForSelector('#next-evaluation-note:not([hidden])');
      await until(page, (id) => {
        const plan = document.querySelector('#plan-element');
        return plan.evaluation?.id !== id && plan.shadowRoot.querySelector('[part="base"]')?.dataset.phase === 'ready' && plan.shadowRoot.querySelector('[part="carried-forward-notice"]');
      }, { message: 'the next evaluation did not come with its carried-forward plan' }, submitted.id);
      const next = await page.$eval('#plan-element', (plan) => plan.evaluation);
      assert.equal(next.status, 'draft');
      const carried = await page.$$eval('#plan-element >>> [part="action"]', (els) =>
        els.map((el) => ({
          what: el.querySelector('h5').textContent.trim(),
          tags: [...el.querySelectorAll('.action__tags .tag')].map((t) => t.textContent.trim()),
          reviews: [...el.querySelectorAll('.review')].map((r) => r.innerText),
        })),
      );
      for (const action of planned) {
        const found = carried.find((c) => c.what === action.what);
        assert.ok(found, `${action.what} was not carried forward`);
        assert.ok(found.tags.includes('Carried forward: to confirm'), `${action.what}: ${found.tags}`);
      }
      const history = carried.find((c) => c.what === reviewedOne.what).reviews;
      assert.equal(history.length, 1);
      assert.match(history[0], /teachers say they use them/);
      assert.ok(!carried.some((c) => c.what === 'Give each persistently absent Year 11 pupil a mentor.'), 'a done action was carried forward');
      assert.equal(await page.$eval('#form', (form) => form.evaluation?.id), next.id, 'the form holds the next evaluation');

      // Coming back later: the next evaluation is still the one in the form and the plan.
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('#plan-element >>> [part="carried-forward-notice"]', { timeout: 10_000 });
      assert.equal(await page.$eval('#plan-element', (plan) => plan.evaluation?.id), next.id);
      await until(page, (id) => document.querySelector('#form').evaluation?.id === id, { message: 'after a reload the form no longer holds the next evaluation' }, next.id);
      assert.equal(await page.$$eval('#plan-element >>> [part="action"] .review', (reviews) => reviews.length), 1);

      assert.deepEqual(problems, []);
    } finally {
      await closeTab(tab);
    }
  });
});

// ---- 2. the area overview (issue 10) ----

/** What the generator of the demo's figures calls its settings: names, URNs, evaluation ids, evaluators. */
function generatedIdentities() {
  const code = `
    import { demoEvaluations } from './packages/core/scripts/demo-evaluations.ts';
    import { bundledCatalogue } from './packages/core/src/frameworks/index.ts';
    const evaluations = demoEvaluations(bundledCatalogue.get('ap-quality-toolkit', '2.0.0'));
    const names = new Set();
    for (const e of evaluations) {
      names.add(e.setting.name);
      if (e.setting.urn) names.add(e.setting.urn);
      names.add(e.id);
      for (const person of e.evaluators ?? []) names.add(person.name);
    }
    console.log(JSON.stringify([...names]));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

/** Per area shown: its id, each row of the table as text, and each row's bar as drawn (hidden from assistive technology, empty for a suppressed count). */
function overviewFigures(page) {
  return page.$$eval('#overview >>> [part="area"]', (areas) =>
    areas.map((area) => ({
      area: area.dataset.area,
      bars: [...area.querySelectorAll('table[data-table="judgements"] tbody tr')].map((tr) => {
        const bar = tr.querySelector('[part="bar"]');
        const width = Number.parseFloat(bar?.querySelector('.bar__fill')?.getAttribute('width') ?? 'NaN');
        return { hidden: bar?.getAttribute('aria-hidden') === 'true', empty: width === 0, suppressed: tr.querySelector('td').dataset.count === '' };
      }),
      table: [...area.querySelectorAll('table[data-table="judgements"] tbody tr')].map((tr) => `${tr.querySelector('th').textContent.trim()}: ${tr.querySelector('td').textContent.trim()}`),
      counts: [...area.querySelectorAll('table[data-table="judgements"] tbody tr')].map((tr) => tr.querySelector('td').textContent.trim()),
    })),
  );
}

describe('the area overview on the demo (issue 10)', () => {
  it('shows 13 areas over two terms, each table equal to the aggregate with its bars, names no setting, and downloads the figures', async () => {
    const identities = generatedIdentities();
    assert.ok(identities.length > 48, `the generator named only ${identities.length} things`);
    const aggregate = JSON.parse(readFileSync(AGGREGATE, 'utf8'));
    const folder = mkdtempSync(join(downloads, 'area-'));
    const tab = await openTab({ downloadBehavior: { policy: 'allow', downloadPath: folder } });
    const { page, problems } = tab;
    try {
      await page.goto(`${base}/area.html`, { waitUntil: 'load' });
      await page.waitForSelector('#overview >>> [part="base"][data-phase="ready"]');

      // Two terms to choose from; every area of the framework, with the aggregate's figures.
      const periods = await page.$$eval('#overview >>> input[name="period"]', (radios) => radios.map((r) => r.labels[0]?.textContent.trim()));
      assert.deepEqual(periods, aggregate.periods.map((p) => p.label));
      assert.equal(periods.length, 2);
      const wording = aggregate.disclosure.wording;
      for (const [index, period] of aggregate.periods.entries()) {
        await page.click(`#overview >>> label[for="${index === 0 ? 'period' : `period--${index}`}"]`);
        await until(page, (label) => document.querySelector('#overview').shadowRoot.querySelector('[data-row="period"]')?.textContent.includes(label), { message: `${period.label} is not shown` }, period.label);
        const shownAreas = await overviewFigures(page);
        assert.equal(shownAreas.length, 13, `${period.label}: ${shownAreas.length} areas`);
        assert.deepEqual(shownAreas.map((a) => a.area), period.areas.map((a) => a.area));
        for (const [i, area] of shownAreas.entries()) {
          for (const [row, bar] of area.bars.entries()) {
            assert.ok(bar.hidden, `${period.label}, ${area.area}, row ${row}: the bar is not hidden from assistive technology`);
            if (bar.suppressed) assert.ok(bar.empty, `${period.label}, ${area.area}, row ${row}: a suppressed count has a bar`);
          }
          const expected = [...period.areas[i].judgements.map((j) => j.settings), period.areas[i].notJudged].map((cell) => (cell.suppressed ? wording : String(cell.count)));
          assert.deepEqual(area.counts, expected, `${period.label}, ${area.area}: the table is not the aggregate's`);
        }
      }

      await assertAccessible(page, 'the area overview');

      // Nothing on the page names a setting, a URN, an evaluation or an evaluator of the generated data.
      const text = (await pageText(page)).toLowerCase();
      const named = identities.filter((name) => new RegExp(`(^|[^a-z0-9])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(text));
      assert.deepEqual(named, [], 'the page names what the generated evaluations name');

      // The CSV download: a file with every figure of the tables, and no names either.
      await page.click('#overview >>> [part="download-button"]');
      const file = await (async () => {
        const end = Date.now() + 10_000;
        for (;;) {
          const done = readdirSync(folder).filter((f) => f.endsWith('.csv'));
          if (done.length > 0) return join(folder, done[0]);
          if (Date.now() > end) throw new Error(`no CSV downloaded: ${readdirSync(folder)}`);
          await pause(100);
        }
      })();
      const csv = readFileSync(file, 'utf8');
      const rows = csv.trim().split(/\r?\n/);
      assert.ok(rows.length > 13 * 2 * 5, `only ${rows.length} rows`);
      const last = aggregate.periods.at(-1);
      for (const area of last.areas) {
        for (const j of area.judgements) {
          const value = j.settings.suppressed ? wording : String(j.settings.count);
          assert.ok(rows.some((row) => row.includes(last.label) && row.includes(area.title) && row.includes(`,${j.label},`) && row.endsWith(`,${value}`)), `the CSV has no row for ${last.label}, ${area.title}, ${j.label} = ${value}`);
        }
      }
      const csvLower = csv.toLowerCase();
      assert.deepEqual(identities.filter((name) => csvLower.includes(name.toLowerCase())), [], 'the CSV names what the generated evaluations name');

      assert.deepEqual(problems, []);
    } finally {
      await closeTab(tab);
    }
  });
});

// ---- 3. the GOV.UK page (issue 12) ----

describe('the GOV.UK page of the demo (issue 12)', () => {
  it('shows the form in GDS Transport, posts a draft on "Save and come back later", and posts nothing on an incomplete Submit', async () => {
    const tab = await openTab();
    const { page, problems } = tab;
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    try {
      await page.goto(`${base}/govuk.html`, { waitUntil: 'load' });
      await page.waitForSelector('apq-evaluation-form >>> .base[data-step="start"]');

      // The form's own text, in its shadow root, computes to GOV.UK's typeface, and the font is loaded.
      const font = await page.$eval('apq-evaluation-form >>> .base', (el) => getComputedStyle(el).fontFamily);
      assert.match(font, /^"?GDS Transport"?\s*,/, `the form's font is ${font}`);
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'GDS Transport' && f.status === 'loaded').length;
      });
      assert.ok(loaded > 0, 'GDS Transport was not loaded');

      // Type a setting's name, then "Save and come back later": the server receives a draft with it.
      await page.click('apq-evaluation-form >>> [id="setting.name"]');
      await page.keyboard.type('Brookside Centre');
      const [response] = await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click('button[value="save"]'),
      ]);
      assert.equal(response.url(), `${base}/govuk-received`);
      assert.equal(await page.$eval('h1', (h) => h.textContent.trim()), 'The server received a draft');
      const rows = await page.$$eval('.govuk-summary-list__row', (list) => Object.fromEntries(list.map((r) => [r.querySelector('dt').textContent.trim(), r.querySelector('dd').textContent.trim()])));
      assert.equal(rows['Button pressed (action)'], 'save');
      assert.equal(rows['Status as posted'], 'draft');
      assert.equal(rows['Status the server keeps'], 'draft');
      assert.equal(JSON.parse(await page.$eval('pre', (el) => el.textContent)).setting.name, 'Brookside Centre');
      assert.equal(posts.length, 1);

      // Back to the form (the draft is resumed), and Submit with most of it unanswered.
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href="/govuk.html"].govuk-link')]);
      await page.waitForSelector('apq-evaluation-form >>> .base[data-step]');
      assert.equal(await page.$eval('apq-evaluation-form >>> [id="setting.name"]', (el) => el.value), 'Brookside Centre');
      const before = page.url();
      await page.click('button[value="submit"]');
      await page.waitForSelector('apq-evaluation-form >>> [part="error-summary"]', { timeout: 10_000 });
      const summary = await page.$eval('apq-evaluation-form >>> [part="error-summary"]', (el) => el.innerText);
      assert.match(summary, /There is a problem/i);
      // GOV.UK's error summary takes the focus, so that the person hears what to put right.
      await until(page, () => document.querySelector('apq-evaluation-form').shadowRoot.activeElement?.closest('[part="error-summary"]') !== null && document.querySelector('apq-evaluation-form').shadowRoot.activeElement !== null, { message: 'the error summary did not take the focus' });
      await assertAccessible(page, 'the GOV.UK page with the error summary');
      await pause(300);
      assert.equal(page.url(), before, 'an incomplete Submit left the page');
      assert.equal(posts.length, 1, 'an incomplete Submit posted the form');

      assert.deepEqual(problems, []);
    } finally {
      await closeTab(tab);
    }
  });
});

// ---- the recorder itself ----

describe('the journeys\' recorder', () => {
  it('notices a Trusted Types violation and a console error, so that a clean journey means something', async () => {
    const tab = await openTab();
    try {
      await tab.page.goto(`${base}/framework.html`, { waitUntil: 'load' });
      await tab.page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>raw HTML</b>');
        } catch {
          // Refused, as it must be: the violation is what is recorded.
        }
        console.error('the recorder hears this');
      });
      await pause(200);
      assert.ok(tab.problems.some((p) => /CSP violation: require-trusted-types-for/.test(p)), tab.problems.join('\n'));
      assert.ok(tab.problems.some((p) => /console error: the recorder hears this/.test(p)), tab.problems.join('\n'));
    } finally {
      await closeTab(tab);
    }
  });
});
