// SPDX-License-Identifier: MIT
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ApqErrorEvent } from '../../events/apq-error.js';
import type { ApqReadyEvent } from '../../events/apq-ready.js';
import '../../frameworks.js';
import { type Evaluation, type Framework, levelRank, summarise } from '../../internal/core.js';
import { findFramework } from '../../internal/registry.js';
import './apq-summary.js';
import {
  invalidEvaluation,
  leicestershirePair,
  olderVersionEvaluation,
  otherSetting,
  toolkit,
  unregisteredFrameworkEvaluation,
  workedEvaluation,
} from './summary.examples.js';
import { SummaryHarness, textOf } from './summary.harness.js';
import { ApqSummary } from './summary.js';
import { blobUrl, parseCsv } from '../../../test/files.js';

const LEICS = findFramework('leicestershire-bp-qa', '1.0.0')!;

type Props = Partial<Pick<ApqSummary, 'evaluation' | 'src' | 'framework' | 'frameworkSrc' | 'previous' | 'previousSrc' | 'strings'>>;

interface Shown {
  h: SummaryHarness;
  errors: ApqErrorEvent[];
  ready: ApqReadyEvent[];
}

/** Puts a summary with `props` on the page (inside `wrapper`, when given), listening to its events from the start. */
async function show(props: Props, wrapper?: HTMLElement): Promise<Shown> {
  const el = document.createElement('apq-summary');
  const errors: ApqErrorEvent[] = [];
  const ready: ApqReadyEvent[] = [];
  el.addEventListener('apq-error', (e) => errors.push(e));
  el.addEventListener('apq-ready', (e) => ready.push(e));
  Object.assign(el, props);
  const host = wrapper ?? (await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`));
  host.append(el);
  await el.updateComplete;
  return { h: new SummaryHarness(el), errors, ready };
}

describe('<apq-summary>', () => {
  describe('with nothing given', () => {
    it('should say that no evaluation has been given, never a blank element', async () => {
      const { h } = await show({});
      await expect(h.element).shadowDom.to.equal('<div class="base" part="base" data-phase="empty"><p class="body">No evaluation has been given to this summary.</p></div>');
      await expect(h.element).to.be.accessible();
    });
  });

  describe('showing an evaluation', () => {
    it('should show the setting, the framework and its version, the use, the status, the evaluators and the dates', async () => {
      const { h } = await show({ evaluation: workedEvaluation('self-evaluation-complete') });
      expect(h.phase).to.equal('ready');
      expect(h.heading).to.equal('Riverside Learning Centre');
      expect(h.caption).to.equal('AP Quality Toolkit, version 2.0.0');
      expect(h.headerRow('framework')).to.equal('AP Quality Toolkit, version 2.0.0');
      expect(h.headerRow('use')).to.equal('Self-evaluation');
      expect(h.headerRow('status')).to.equal('Submitted');
      expect(h.headerRow('urn')).to.equal('999101');
      expect(h.queryAll('[data-row="evaluators"] li').map(textOf)).to.deep.equal(['A. Hughes, Headteacher', 'M. Reid, Chair of the management committee']);
      expect(h.headerRow('started')).to.equal('6 January 2027');
      expect(h.headerRow('updated')).to.equal('24 March 2027');
      expect(h.headerRow('submitted')).to.equal('24 March 2027');
      expect(h.headerRow('completed')).to.equal('13 of 13');
      expect(textOf(h.query('.header__status'))).to.equal('Submitted on 24 March 2027');
    });

    it('should show the judgement’s label in every area, in framework order', async () => {
      const evaluation = workedEvaluation('self-evaluation-complete');
      const { h } = await show({ evaluation });
      const expected = summarise(toolkit('2.0.0'), evaluation).categories.flatMap((c) => c.areas);
      expect(h.areaIds()).to.deep.equal(expected.map((a) => a.id));
      for (const a of expected) expect(h.areaRow(a.id, 'judgement'), a.id).to.equal(a.judgement.label);
      expect(h.queryAll('[part="area-heading"]')[0]!.textContent!.trim()).to.equal('Quality area 1: Workforce development and wellbeing');
    });

    it('should show a strand that is not written yet as such, with no judgement', async () => {
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      const strand = h.area('referral-assessment-and-provision-planning');
      expect(strand.dataset.status).to.equal('not-yet-written');
      expect(textOf(strand)).to.equal(
        'Strand 2: Referral, Assessment and Provision Planning Nothing to answer This strand has not been written yet by the framework’s publisher, so there is nothing to answer here.',
      );
      expect(h.areaRow('referral-assessment-and-provision-planning', 'judgement')).to.equal(undefined);
      expect(h.chartTable().find((r) => r.area === 'referral-assessment-and-provision-planning')!.judgement).to.equal('Not yet written');
    });

    it('should show the suggested level and the rationale where the judgement differs from the suggestion, and only there', async () => {
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      expect(h.areaRow('outcomes-for-pupils', 'judgement')).to.equal('Good');
      expect(h.areaRow('outcomes-for-pupils', 'suggested')).to.equal('Requires improvement: the judgement differs from the suggestion');
      expect(h.areaRow('outcomes-for-pupils', 'rationale')).to.match(/^Last year's results reflect a cohort that joined late in Year 11/);
      expect(h.area('outcomes-for-pupils').querySelector('[data-row="rationale"] dt')!.textContent!.trim()).to.equal('Why the judgement differs');
      expect(h.areaRow('attendance', 'judgement')).to.equal('Good');
      expect(h.areaRow('attendance', 'suggested')).to.equal(undefined);
      expect(h.areaRow('attendance', 'rationale')).to.equal(undefined);
    });

    it('should show each area’s progress, evidence seen, strengths, priorities and actions', async () => {
      const { h } = await show({ evaluation: workedEvaluation('self-evaluation-complete') });
      expect(h.areaRow('workforce-development-and-wellbeing', 'progress')).to.equal('Completed 6 of 6 questions answered');
      const evidence = h.areaRow('workforce-development-and-wellbeing', 'evidence')!;
      expect(evidence).to.include('Workforce development and wellbeing: evidence summary (Shared drive, Self-evaluation 2027/01)');
      expect(evidence).to.include('Governors\' report, spring term');
      expect(h.area('attendance-and-engagement').querySelectorAll('[data-row="strengths"] li')).to.have.length(1);
      expect(h.area('attendance-and-engagement').querySelectorAll('[data-row="priorities"] li')).to.have.length(1);
      expect(h.areaRow('attendance-and-engagement', 'actions')).to.match(/^\d+ actions?, \d+ still open$/);
      expect(h.areaRow('partnership-working', 'priorities')).to.equal('None');
    });

    it('should show a draft’s progress, areas not started and a note that it may change', async () => {
      const { h } = await show({ evaluation: workedEvaluation('self-evaluation-in-progress') });
      expect(h.headerRow('status')).to.equal('Draft');
      expect(textOf(h.query('[part="base"] > .inset'))).to.equal('This evaluation is a draft, so it may still change.');
      expect(h.areaRow('post-16-destinations', 'progress')).to.equal('Not started 0 of 6 questions answered');
      expect(h.areaRow('post-16-destinations', 'judgement')).to.equal('Not judged');
    });

    it('should fire apq-ready once, after rendering, with the framework, and no other event', async () => {
      const changes: Event[] = [];
      document.addEventListener('apq-change', (e) => changes.push(e));
      const { h, ready, errors } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      expect(ready).to.have.length(1);
      expect(ready[0]!.detail).to.deep.equal({ framework: { id: 'leicestershire-bp-qa', version: '1.0.0' } });
      expect(ready[0]!.bubbles && ready[0]!.composed).to.equal(true);
      expect(errors).to.have.length(0);
      h.element.requestUpdate();
      await h.element.updateComplete;
      expect(ready).to.have.length(1);
      expect(changes).to.have.length(0);
    });

    it('should be accessible', async () => {
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      await expect(h.element).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('should load the evaluation from src', async () => {
      const src = blobUrl(workedEvaluation('good-partnership'));
      try {
        const { h, ready } = await show({ src });
        expect(h.phase).to.equal('ready');
        expect(h.caption).to.equal('Leicestershire BP QA Framework, version 1.0.0');
        expect(h.areaRow('attendance', 'judgement')).to.equal('Good');
        expect(ready).to.have.length(1);
      } finally {
        URL.revokeObjectURL(src);
      }
    });

    it('should show the evaluation of the newest src when src changes before the first has loaded', async () => {
      const first = blobUrl(workedEvaluation('good-partnership'));
      const second = blobUrl(workedEvaluation('self-evaluation-complete'));
      try {
        const el = document.createElement('apq-summary');
        el.src = first;
        (await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`)).append(el);
        el.src = second;
        await el.updateComplete;
        expect(new SummaryHarness(el).heading).to.equal('Riverside Learning Centre');
      } finally {
        URL.revokeObjectURL(first);
        URL.revokeObjectURL(second);
      }
    });

    it('should take the framework from framework-src', async () => {
      const file: Framework = { ...structuredClone(LEICS), title: 'Leicestershire framework from a file', shortTitle: 'Leicestershire (file)' };
      const frameworkSrc = blobUrl(file);
      try {
        const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale'), frameworkSrc });
        expect(h.phase).to.equal('ready');
        expect(h.caption).to.equal('Leicestershire (file), version 1.0.0');
        expect(h.headerRow('framework')).to.equal('Leicestershire framework from a file, version 1.0.0');
      } finally {
        URL.revokeObjectURL(frameworkSrc);
      }
    });

    it('should show an evaluation made against an older version in the newer version, with what has no place there', async () => {
      const { h, errors } = await show({ evaluation: olderVersionEvaluation(), framework: toolkit('2.0.0') });
      expect(errors).to.have.length(0);
      expect(h.caption).to.equal('AP Quality Toolkit, version 2.0.0');
      expect(textOf(h.query('[part="migration-notice"]'))).to.equal(
        'This evaluation was made against version 1.0.0 of the framework and is shown here in version 2.0.0. 1 thing entered has no place in version 2.0.0; see the end of this summary.',
      );
      const kept = textOf(h.query('[part="carried-over"]'));
      expect(kept).to.include('Kept from an earlier version of the framework');
      expect(kept).to.include('use in version 1.0.0: no use "self-review" in ap-quality-toolkit@2.0.0');
      expect(kept).to.include('What was entered: self-review');
      expect(h.areaRow('pupil-induction', 'strengths')).to.equal('Home visits before the first day');
    });
  });

  describe('bad input', () => {
    it('should show what is wrong with an invalid evaluation as path: problem lines, and fire one apq-error', async () => {
      const { h, errors, ready } = await show({ evaluation: invalidEvaluation() as Evaluation });
      expect(h.phase).to.equal('failed');
      const error = h.error!;
      expect(error.title).to.equal('The evaluation is not valid.');
      expect(error.lines.length).to.be.greaterThan(0);
      for (const line of error.lines) expect(line).to.match(/^[^\s:]+: \S/);
      const paths = error.lines.map((l) => l.slice(0, l.indexOf(':')));
      expect(paths).to.include.members(['status', 'setting']);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.kind).to.equal('evaluation');
      expect(errors[0]!.detail.message).to.equal('The evaluation is not valid.');
      expect(errors[0]!.detail.problems!.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(error.lines);
      expect(ready).to.have.length(0);
      h.element.requestUpdate();
      await h.element.updateComplete;
      expect(errors).to.have.length(1);
      await expect(h.element).to.be.accessible();
    });

    it('should say that the framework is not on the page, and fire one apq-error of kind framework', async () => {
      const { h, errors } = await show({ evaluation: unregisteredFrameworkEvaluation() });
      expect(h.phase).to.equal('failed');
      expect(h.error!.title).to.equal('The framework “northshire-ap-standards” 3.1.0 is not available on this page.');
      expect(h.text).to.include('The page needs to load the file that registers it');
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['framework']);
    });

    it('should say that an evaluation file could not be loaded', async () => {
      const { h, errors } = await show({ src: '/no-such-evaluation.json' });
      expect(h.error!.title).to.equal('The evaluation file could not be loaded from /no-such-evaluation.json.');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.kind).to.equal('evaluation');
    });

    it('should refuse a framework given that is not the one the evaluation was made against', async () => {
      const { h, errors } = await show({ evaluation: workedEvaluation('mixed-with-rationale'), framework: toolkit('2.0.0') });
      expect(h.error!.title).to.equal('The evaluation was made against “leicestershire-bp-qa”, but the framework given is “ap-quality-toolkit”.');
      expect(h.error!.lines).to.deep.equal(['framework.id: names "leicestershire-bp-qa", not "ap-quality-toolkit"']);
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['framework']);
    });
  });

  describe('with a previous evaluation', () => {
    it('should show, per area, whether the judgement is better, the same, worse or new, in words', async () => {
      const { previous, current } = leicestershirePair();
      const { h, ready, errors } = await show({ evaluation: current, previous });
      expect(errors).to.have.length(0);
      expect(ready).to.have.length(1);
      const rows = Object.fromEntries(h.comparison().map((r) => [r.area, r]));
      expect(rows.attendance).to.deep.equal({ area: 'attendance', direction: 'improved', change: 'Better', detail: 'Requires improvement before, Good now' });
      expect(rows['quality-of-provision']).to.include({ direction: 'unchanged', change: 'Same', detail: 'Outstanding before, Outstanding now' });
      expect(rows['outcomes-for-pupils']).to.include({ direction: 'declined', change: 'Worse', detail: 'Outstanding before, Good now' });
      expect(rows['leadership-and-management']).to.include({ direction: 'first-judged', change: 'New', detail: 'Not judged before, Good now' });
      expect(rows['referral-assessment-and-provision-planning']).to.include({ direction: '', detail: 'Not yet written' });
      expect(textOf(h.query('[part="comparison-list"] [data-row="attendance"] dt'))).to.equal('Strand 1: Attendance');
      expect(textOf(h.query('[data-totals]'))).to.equal('Better: 1. The same: 1. Worse: 1. New: 1.');
      expect(textOf(h.query('[part="comparison"] p'))).to.equal('Compared with the evaluation last updated on 18 June 2026.');
    });

    it('should show the change in each area and what was carried forward', async () => {
      const { previous, current } = leicestershirePair();
      const { h } = await show({ evaluation: current, previous });
      expect(h.areaRow('outcomes-for-pupils', 'change')).to.equal('Worse Outstanding before, Good now');
      expect(h.areaRow('attendance', 'change')).to.equal('Better Requires improvement before, Good now');
      expect(h.areaRow('outcomes-for-pupils', 'priorities')).to.equal('Confirm this summer\'s results against the provisional data. (carried forward)');
      expect(h.text).to.include('Carried forward: 1 priority from the previous evaluation.');
      await expect(h.element).to.be.accessible();
    });

    it('should load the previous evaluation from previous-src', async () => {
      const { previous, current } = leicestershirePair();
      const previousSrc = blobUrl(previous);
      try {
        const { h, ready } = await show({ evaluation: current, previousSrc });
        expect(h.comparison()).to.have.length(5);
        expect(ready).to.have.length(1);
      } finally {
        URL.revokeObjectURL(previousSrc);
      }
    });

    it('should warn about a previous evaluation of another setting, fire one apq-error, and still show the summary', async () => {
      const { previous, current } = leicestershirePair();
      const { h, errors, ready } = await show({ evaluation: current, previous: otherSetting(previous) });
      expect(h.phase).to.equal('ready');
      expect(h.heading).to.equal('Ashby Fields Behaviour Partnership');
      expect(h.previousWarning).to.deep.equal({
        title: 'The previous evaluation is of another setting, so no changes are shown.',
        lines: ['setting: names “Fernhill Behaviour Partnership”, not “Ashby Fields Behaviour Partnership”'],
      });
      expect(h.query('[part="comparison"]')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ kind: 'evaluation', message: 'The previous evaluation is of another setting, so no changes are shown.' });
      expect(errors[0]!.detail.problems).to.have.length(1);
      expect(ready).to.have.length(1);
      await expect(h.element).to.be.accessible();
    });

    it('should warn about a previous evaluation of another framework', async () => {
      const current = workedEvaluation('mixed-with-rationale');
      const { h, errors } = await show({ evaluation: current, previous: workedEvaluation('self-evaluation-complete') });
      expect(h.previousWarning!.title).to.equal('The previous evaluation was made against another framework, so no changes are shown.');
      expect(h.previousWarning!.lines).to.deep.equal(['framework.id: names “ap-quality-toolkit”, not “leicestershire-bp-qa”']);
      expect(errors).to.have.length(1);
    });

    it('should warn about a previous evaluation that is not valid, with its problems', async () => {
      const { h, errors } = await show({ evaluation: workedEvaluation('mixed-with-rationale'), previous: invalidEvaluation() as Evaluation });
      expect(h.phase).to.equal('ready');
      expect(h.previousWarning!.title).to.equal('The previous evaluation is not valid, so no changes are shown.');
      expect(h.previousWarning!.lines.length).to.be.greaterThan(0);
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['evaluation']);
    });
  });

  describe('downloads and print', () => {
    it('should offer a CSV with one row per area, named after the framework and the setting', async () => {
      const evaluation = workedEvaluation('mixed-with-rationale');
      const { h } = await show({ evaluation });
      const link = h.downloadLink('csv');
      expect(link.download).to.equal('leicestershire-bp-qa-ashby-fields-behaviour-partnership.csv');
      const rows = parseCsv(await (await fetch(link.href)).text());
      const areas = summarise(LEICS, evaluation).categories.flatMap((c) => c.areas);
      expect(rows).to.have.length(areas.length + 1);
      expect(rows[0]).to.deep.equal(['Category', 'Area number', 'Area', 'Questions answered', 'Questions total', 'Judgement', 'Suggested', 'Strengths', 'Priorities']);
      expect(rows.slice(1).map((r) => r[2])).to.deep.equal(areas.map((a) => a.title));
      expect(rows.find((r) => r[2] === 'Outcomes for Pupils')!.slice(5, 7)).to.deep.equal(['Good', 'Requires improvement']);
    });

    it('should keep text that looks like a spreadsheet formula from running', async () => {
      const evaluation = workedEvaluation('mixed-with-rationale');
      evaluation.areas.attendance!.strengths = ['=HYPERLINK("http://evil.example/","Click me")'];
      evaluation.setting.name = '=1+2 Behaviour Partnership';
      const framework = structuredClone(LEICS);
      framework.categories[0]!.areas[0]!.title = '=HYPERLINK("http://evil.example/","Attendance")';
      const { h } = await show({ evaluation, framework });
      const text = await (await fetch(h.downloadLink('csv').href)).text();
      const fields = parseCsv(text).flat();
      expect(fields.filter((f) => /^[=+\-@]/.test(f))).to.deep.equal([]);
      expect(fields).to.include('\'=HYPERLINK("http://evil.example/","Attendance")');
      expect(h.downloadLink('csv').download).to.equal('leicestershire-bp-qa-1-2-behaviour-partnership.csv');
    });

    it('should offer the evaluation as given, as JSON', async () => {
      const evaluation = workedEvaluation('self-evaluation-complete');
      const { h } = await show({ evaluation });
      const link = h.downloadLink('json');
      expect(link.download).to.equal('ap-quality-toolkit-riverside-learning-centre.json');
      expect(await (await fetch(link.href)).json()).to.deep.equal(evaluation);
    });

    it('should release the old download URLs when the evaluation changes', async () => {
      const { h } = await show({ evaluation: workedEvaluation('self-evaluation-complete') });
      const old = h.downloadLink('csv').href;
      h.element.evaluation = workedEvaluation('good-partnership');
      await h.element.updateComplete;
      expect(h.downloadLink('csv').href).not.to.equal(old);
      let failed = false;
      await fetch(old).catch(() => (failed = true));
      expect(failed, 'the old URL was revoked').to.equal(true);
    });

    it('should call window.print from the print button', async () => {
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      const original = window.print;
      let calls = 0;
      window.print = () => {
        calls++;
      };
      try {
        expect(h.printButton.textContent!.trim()).to.equal('Print this summary');
        h.printButton.click();
      } finally {
        window.print = original;
      }
      expect(calls).to.equal(1);
    });

    it('should print without its buttons and links, and with the date it was printed', async () => {
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(h.query('[part="actions"]')!).display).to.equal('none');
        expect(getComputedStyle(h.query('.print-only')!).display).to.equal('block');
        expect(getComputedStyle(h.query('[part="heading"]')!).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(h.query('.print-only')!).display).to.equal('none');
      expect(textOf(h.query('.print-only'))).to.match(/^Printed on \d{1,2} \w+ \d{4}$/);
    });

    it('should give the printed page an A4 @page rule while on the page, unless no-page-setup is set', async () => {
      const pageRules = () =>
        document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSPageRule) as CSSPageRule[];
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') });
      expect(pageRules().map((r) => r.style.getPropertyValue('size').toUpperCase())).to.deep.equal(['A4']);
      expect(pageRules()[0]!.style.getPropertyValue('margin')).to.equal('15mm');
      h.element.noPageSetup = true;
      await h.element.updateComplete;
      expect(pageRules()).to.have.length(0);
      h.element.noPageSetup = false;
      await h.element.updateComplete;
      h.element.remove();
      expect(pageRules()).to.have.length(0);
    });
  });

  describe('the chart', () => {
    it('should draw the same figures as its table, and both as the summary has them', async () => {
      const { previous } = leicestershirePair();
      const { h } = await show({ evaluation: previous });
      const scale = LEICS.scales.find((s) => s.id === LEICS.judgementScale)!;
      const areas = summarise(LEICS, previous).categories.flatMap((c) => c.areas);
      const table = h.chartTable();
      const bars = h.chartBars();
      expect(table.map((r) => r.area)).to.deep.equal(areas.map((a) => a.id));
      expect(bars.map((b) => b.area)).to.deep.equal(areas.map((a) => a.id));
      for (const [i, a] of areas.entries()) {
        expect(table[i]!.level, a.id).to.equal(a.judgement.level ?? '');
        expect(bars[i]!.level, a.id).to.equal(a.judgement.level ?? '');
        if (a.judgement.level) {
          expect(table[i]!.judgement).to.equal(a.judgement.label);
          expect(bars[i]!.label).to.equal(`Strand ${a.number}: ${a.judgement.label}`);
          const rank = levelRank(scale, a.judgement.level);
          expect(bars[i]!.width).to.be.closeTo(((scale.levels.length - rank) / scale.levels.length) * 100, 0.1);
        } else {
          expect(bars[i]!.width).to.equal(0);
        }
      }
      expect(table.find((r) => r.area === 'leadership-and-management')!.judgement).to.equal('Not judged');
    });

    it('should hide the drawing from assistive technology and give the table a caption and header cells', async () => {
      const { h } = await show({ evaluation: workedEvaluation('self-evaluation-complete') });
      const svg = h.query('[part="chart"] svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      const table = h.query<HTMLTableElement>('[part="chart-table"]')!;
      expect(table.caption!.textContent!.trim()).to.equal('Judgements by quality area');
      expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent!.trim()])).to.deep.equal([
        ['col', 'Quality area'],
        ['col', 'Judgement'],
      ]);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect(table.querySelectorAll('tbody tr')).to.have.length(13);
    });

    it('should say there is no chart when the framework has no judgement scale', async () => {
      const { h } = await show({ evaluation: olderVersionEvaluation() });
      expect(h.caption).to.equal('AP Quality Benchmark Toolkit, version 1.0.0');
      expect(h.query('[part="chart"]')).to.equal(null);
      expect(h.text).to.include('This framework does not judge benchmarks on a scale, so there is no chart of judgements.');
      await expect(h.element).to.be.accessible();
    });
  });

  describe('text and language', () => {
    it('should show hostile text as text', async () => {
      const evaluation = workedEvaluation('mixed-with-rationale');
      const hostile = '<img src=x onerror="window.__apqHacked=1">';
      evaluation.setting.name = `${hostile} Partnership`;
      evaluation.areas.attendance!.strengths = [`${hostile} strength`];
      const { h } = await show({ evaluation });
      expect(h.heading).to.equal(`${hostile} Partnership`);
      expect(h.areaRow('attendance', 'strengths')).to.equal(`${hostile} strength`);
      expect(h.queryAll('img')).to.have.length(0);
      expect((window as unknown as { __apqHacked?: number }).__apqHacked).to.equal(undefined);
    });

    it('should write dates in the language of the page around it', async () => {
      const evaluation = workedEvaluation('self-evaluation-complete');
      const welsh = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
      const cy = (await show({ evaluation }, welsh)).h;
      const french = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      const fr = (await show({ evaluation: structuredClone(evaluation) }, french)).h;
      const expected = (lang: string) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date('2027-01-06T08:30:00Z'));
      expect(cy.headerRow('started')).to.equal(expected('cy'));
      expect(cy.headerRow('started')).not.to.equal('6 January 2027');
      expect(fr.headerRow('started')).to.equal('6 janvier 2027');
    });

    it('should take any string from the strings attribute', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
      const el = document.createElement('apq-summary');
      el.setAttribute('strings', JSON.stringify({ print: 'Print the report', rowJudgement: 'Grade', chartHeading: 'Grades by {area}' }));
      el.evaluation = workedEvaluation('mixed-with-rationale');
      host.append(el);
      await el.updateComplete;
      const h = new SummaryHarness(el);
      expect(h.printButton.textContent!.trim()).to.equal('Print the report');
      expect(textOf(h.area('attendance').querySelector('[data-row="judgement"] dt'))).to.equal('Grade');
      expect(textOf(h.query('#chart-heading'))).to.equal('Grades by strand');
    });
  });

  describe('keyboard', () => {
    it('should reach the print button, then the CSV and JSON links, with Tab', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"><button type="button">Before</button></div>`);
      const { h } = await show({ evaluation: workedEvaluation('mixed-with-rationale') }, host);
      host.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.printButton);
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.downloadLink('csv'));
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.downloadLink('json'));
    });
  });

  describe('styles', () => {
    it('should define every private --_ token it uses', () => {
      const text = ApqSummary.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      const used = new Set([...text.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]!));
      const defined = new Set([...text.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
      expect([...used].filter((name) => !defined.has(name))).to.deep.equal([]);
    });
  });
});
