// SPDX-License-Identifier: MIT
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ApqErrorEvent } from '../../events/apq-error.js';
import type { ApqReadyEvent } from '../../events/apq-ready.js';
import type { AggregateCell, AggregateDocument } from '../../internal/core.js';
import { findFramework, registerFrameworks } from '../../internal/registry.js';
import './apq-area-overview.js';
import {
  TERMS,
  WORDING,
  allSuppressedAggregate,
  cell,
  invalidAggregate,
  rawEvaluations,
  toolkitAggregate,
} from './area-overview.examples.js';
import { AreaOverviewHarness, textOf } from './area-overview.harness.js';
import type { ApqAreaOverview } from './area-overview.js';
import { blobUrl, parseCsv } from '../../../test/files.js';

type Props = Partial<Pick<ApqAreaOverview, 'aggregate' | 'src' | 'period' | 'group' | 'strings'>>;

interface Shown {
  h: AreaOverviewHarness;
  errors: ApqErrorEvent[];
  ready: ApqReadyEvent[];
}

async function show(props: Props, options: { wait?: boolean } = {}): Promise<Shown> {
  const el = document.createElement('apq-area-overview');
  const errors: ApqErrorEvent[] = [];
  const ready: ApqReadyEvent[] = [];
  el.addEventListener('apq-error', (e) => errors.push(e));
  el.addEventListener('apq-ready', (e) => ready.push(e));
  Object.assign(el, props);
  const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
  host.append(el);
  if (options.wait !== false) await el.updateComplete;
  return { h: new AreaOverviewHarness(el), errors, ready };
}

/** Clicks the download button and returns the file it makes (its name, type and text), without saving it. */
async function downloadOf(h: AreaOverviewHarness): Promise<{ name: string; type: string; text: string }> {
  const blobs: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return createObjectURL.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    h.downloadButton.click();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blobs, 'one file made on the click').to.have.length(1);
  expect(links[0]!.href).to.match(/^blob:/);
  return { name: links[0]!.download, type: blobs[0]!.type, text: await blobs[0]!.text() };
}

const FIRST = 'workforce-development-and-wellbeing';

/** No figure on the page reads 0: the aggregates in these tests have no published count of 0. */
function expectNoZero(h: AreaOverviewHarness): void {
  const figures = [
    h.row('settings'),
    ...h.areaIds().flatMap((id) => [
      ...h.table(id).map((r) => r.settings),
      ...Object.values(h.completion(id)),
      h.priorities(id).named.split(': ').at(-1),
    ]),
  ];
  expect(figures.length).to.be.greaterThan(13 * 9);
  for (const f of figures) expect(f).not.to.equal('0');
}

describe('<apq-area-overview>', () => {
  describe('before it has an aggregate', () => {
    it('should say that nothing has been given, never a blank element', async () => {
      const { h } = await show({});
      expect(h.phase).to.equal('empty');
      expect(h.text).to.equal('No aggregate has been given to this overview.');
      await expect(h.element).to.be.accessible();
    });

    it('should say it is loading while a file is on its way, then show it', async () => {
      const original = window.fetch;
      let answer: (response: Response) => void = () => {};
      window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
      try {
        const { h } = await show({ src: '/area-aggregate.json' }, { wait: false });
        for (let i = 0; i < 20 && h.phase !== 'loading'; i++) await new Promise((r) => setTimeout(r, 0));
        expect(h.phase).to.equal('loading');
        expect(h.text).to.equal('Loading the area overview…');
        await expect(h.element).to.be.accessible();
        answer(new Response(JSON.stringify(toolkitAggregate()), { headers: { 'content-type': 'application/json' } }));
        await h.element.updateComplete;
        expect(h.phase).to.equal('ready');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('an aggregate given as a property', () => {
    it('should be shown in the element’s first update, with no loading step before it; a malformed one fails there', async () => {
      for (const [aggregate, phase] of [
        [toolkitAggregate(), 'ready'],
        [invalidAggregate() as AggregateDocument, 'failed'],
      ] as const) {
        const el = document.createElement('apq-area-overview');
        const phases: Array<string | undefined> = [];
        const errors: ApqErrorEvent[] = [];
        el.addController({ hostUpdated: () => phases.push(el.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.dataset.phase) });
        el.addEventListener('apq-error', (e) => errors.push(e));
        el.aggregate = aggregate;
        const host = await fixture<HTMLDivElement>(html`<div lang="en-GB"></div>`);
        host.append(el);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(phases).to.deep.equal([phase, phase]);
        expect(errors, 'a failure reported once').to.have.length(phase === 'failed' ? 1 : 0);
      }
    });

    it('should give way to src when it is taken away, and take over from src when it is given', async () => {
      const { h } = await show({ aggregate: allSuppressedAggregate(), src: blobUrl(toolkitAggregate()) });
      expect(h.row('settings'), 'the property first').to.equal(WORDING);
      h.element.aggregate = undefined;
      await h.element.updateComplete;
      expect(h.phase).to.equal('ready');
      expect(h.row('settings'), 'then the file').to.equal('46');
      h.element.aggregate = allSuppressedAggregate();
      await h.element.updateComplete;
      expect(h.row('settings')).to.equal(WORDING);
    });
  });

  describe('showing an aggregate of two terms', () => {
    it('should show every area in framework order, under its category, in the framework’s own words', async () => {
      const aggregate = toolkitAggregate();
      const { h, ready } = await show({ aggregate });
      expect(h.phase).to.equal('ready');
      expect(h.areaIds()).to.deep.equal(aggregate.periods[1]!.areas.map((a) => a.area));
      expect(h.areaIds()).to.have.length(13);
      expect(h.heading(FIRST)).to.equal('Quality area 1: Workforce development and wellbeing');
      expect(h.queryAll('[part="category"] > h3').map(textOf)).to.deep.equal(['Community', 'Curriculum', 'Currency']);
      expect(h.row('period')).to.equal('Autumn term 2026 (September 2026 to December 2026)');
      const dated = await show({ aggregate: { ...aggregate, periods: aggregate.periods.map((p) => ({ ...p, from: '2026-09-07', to: '2027' })) } });
      expect(dated.h.row('period')).to.equal('Autumn term 2026 (7 September 2026 to 2027)');
      expect(h.row('settings')).to.equal('46');
      expect(h.row('group')).to.equal('All settings');
      expect(ready).to.have.length(1);
      expect(ready[0]!.detail.framework).to.deep.equal({ id: 'ap-quality-toolkit', version: '2.0.0' });
      await expect(h.element).to.be.accessible();
    });

    it('should head areas in the framework’s own words once its file registers it, even after the first render', async () => {
      const aggregate = toolkitAggregate();
      aggregate.framework = { ...aggregate.framework, id: 'late-toolkit' };
      const { h } = await show({ aggregate });
      expect(h.heading(FIRST)).to.equal('Area 1: Workforce development and wellbeing');
      registerFrameworks([{ ...structuredClone(findFramework('ap-quality-toolkit', '2.0.0')!), id: 'late-toolkit' }]);
      await h.element.updateComplete;
      expect(h.heading(FIRST)).to.equal('Quality area 1: Workforce development and wellbeing');
    });

    it('should put the figures in a table with a caption and headers, a bar beside each hidden from assistive technology', async () => {
      const aggregate = toolkitAggregate();
      const { h } = await show({ aggregate });
      for (const figures of aggregate.periods[1]!.areas) {
        const table = h.table(figures.area);
        const bars = h.bars(figures.area);
        const expected = [...figures.judgements.map((j) => ({ level: j.level, label: j.label, cell: j.settings })), { level: 'not-judged', label: 'Not judged', cell: figures.notJudged }];
        expect(table.map((r) => r.level), figures.area).to.deep.equal(expected.map((e) => e.level));
        expect(table.map((r) => r.label), figures.area).to.deep.equal(expected.map((e) => e.label));
        expect(bars.map((r) => r.level), figures.area).to.deep.equal(expected.map((e) => e.level));
        expected.forEach((e, i) => {
          expect(table[i]!.count, `${figures.area} ${e.level} in the table`).to.equal(e.cell.count ?? undefined);
          expect(table[i]!.settings).to.equal(e.cell.suppressed ? WORDING : String(e.cell.count));
          expect(bars[i]!.hidden, 'the bar is hidden from assistive technology').to.equal(true);
          expect(bars[i]!.dashed, 'a dashed track for a suppressed count').to.equal(e.cell.suppressed);
        });
        expect(h.caption(figures.area)).to.equal(`Judgements in ${h.heading(figures.area)}, Autumn term 2026`);
        expect(h.columns(figures.area)).to.deep.equal(['Judgement', 'Settings', 'Change since Summer term 2026']);
      }
      // The bar adds no text: a row header reads as its level alone, and the area has no other figure.
      const row = h.area(FIRST).querySelector('tbody th')!;
      expect(row.textContent).to.equal(aggregate.periods[1]!.areas[0]!.judgements[0]!.label);
      expect(h.area(FIRST).querySelectorAll('svg:not([aria-hidden="true"]), figure')).to.have.length(0);
    });

    it('should draw bars in proportion to the counts, on one scale for every area', async () => {
      const aggregate = toolkitAggregate();
      const { h } = await show({ aggregate });
      const all = h.areaIds().flatMap((id) => h.bars(id));
      const bars = all.filter((r) => r.count !== undefined && r.count > 0);
      expect(bars.length, 'the example has bars').to.be.greaterThan(13 * 2);
      const ratios = bars.map((b) => b.width / b.count!);
      for (const r of ratios) expect(r).to.be.closeTo(ratios[0]!, 0.01);
      expect(Math.max(...bars.map((b) => b.width))).to.be.at.most(100);
      for (const row of all.filter((r) => r.count === undefined)) expect(row.width, 'no bar for a suppressed count').to.equal(0);
    });

    it('should show the change since the previous term, and “Not known” where a count is suppressed in either', async () => {
      const aggregate = toolkitAggregate();
      const [before, now] = aggregate.periods;
      const { h } = await show({ aggregate });
      let known = 0;
      let unknown = 0;
      now!.areas.forEach((a, i) => {
        const rows = h.table(a.area);
        a.judgements.forEach((j, k) => {
          const previous = before!.areas[i]!.judgements[k]!.settings;
          if (j.settings.suppressed || previous.suppressed) {
            unknown++;
            expect(rows[k]!.change).to.equal('Not known');
          } else {
            known++;
            const d = j.settings.count! - previous.count!;
            expect(rows[k]!.change).to.equal(d === 0 ? 'No change' : d > 0 ? `${d} more` : `${-d} fewer`);
          }
        });
      });
      expect(known, 'the example has known changes').to.be.greaterThan(10);
      expect(unknown, 'the example has unknown changes').to.be.greaterThan(0);
    });

    it('should show completion and the priorities settings have in common', async () => {
      const aggregate = toolkitAggregate();
      const figures = aggregate.periods[1]!.areas[0]!;
      const { h } = await show({ aggregate });
      const value = (c: AggregateCell) => (c.suppressed ? WORDING : String(c.count));
      expect(h.completion(FIRST)).to.deep.equal({ completed: value(figures.completion.completed), 'in-progress': value(figures.completion.inProgress), 'not-started': value(figures.completion.notStarted) });
      expect(h.priorities(FIRST)).to.deep.equal({
        named: `Settings that named a priority: ${value(figures.priorities.named)}`,
        common: figures.priorities.common.map((p) => `${p.text} (named by ${value(p.settings)} settings)`),
      });
    });

    it('should never show a suppressed count as 0, in the table, completion or priorities, and draw no bar for it', async () => {
      const aggregate = toolkitAggregate();
      const { h } = await show({ aggregate });
      const suppressed = h.areaIds().flatMap((id) => h.table(id)).filter((r) => r.suppressed);
      expect(suppressed.length, 'the example has suppressed counts').to.be.greaterThan(5);
      for (const r of suppressed) expect(r.settings).to.equal(WORDING);
      for (const r of h.areaIds().flatMap((id) => h.bars(id)).filter((c) => c.count === undefined)) expect(r.dashed).to.equal(true);
      for (const id of h.areaIds()) expect(h.completion(id)['not-started'], 'not started is suppressed in the example').to.equal(WORDING);
      expectNoZero(h);
    });
  });

  describe('choosing a period and a group of settings', () => {
    it('should show the period chosen, with the change since the one before it, and say so politely', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS, breakdowns: true });
      const { h } = await show({ aggregate });
      expect(h.options('period').map((o) => o.label)).to.deep.equal(TERMS.map((t) => t.label));
      expect(h.options('period').find((o) => o.checked)!.label, 'the newest by default').to.equal('Autumn term 2026');
      await h.choose('period', 'Spring term 2026');
      expect(h.element.period).to.equal('2026-spring');
      expect(h.row('period')).to.match(/^Spring term 2026/);
      expect(h.columns(FIRST)).to.deep.equal(['Judgement', 'Settings', 'Change since Autumn term 2025']);
      const spring = aggregate.periods[1]!.areas[0]!;
      expect(h.table(FIRST).map((r) => r.count)).to.deep.equal([...spring.judgements.map((j) => j.settings.count ?? undefined), spring.notJudged.count ?? undefined]);
      expect(h.liveRegion).to.equal('Showing Spring term 2026, All settings.');
      await h.choose('period', 'Autumn term 2025');
      expect(h.columns(FIRST), 'no change column for the first period').to.deep.equal(['Judgement', 'Settings']);
      await expect(h.element).to.be.accessible();
    });

    it('should show a breakdown’s figures when a use or a type of setting is chosen', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS, breakdowns: true });
      const { h } = await show({ aggregate });
      expect(h.options('group').map((o) => o.label)).to.deep.equal([
        'All settings',
        'For: Self-evaluation',
        'For: Local authority quality assurance',
        'Type of setting: Pupil referral unit',
        'Type of setting: Independent AP',
      ]);
      await h.choose('group', 'Type of setting: Pupil referral unit');
      expect(h.element.group).to.equal('setting-type:Pupil referral unit');
      const pru = aggregate.breakdowns![2]!.periods.at(-1)!;
      expect(h.row('group')).to.equal('Type of setting: Pupil referral unit');
      expect(h.row('settings')).to.equal(String(pru.settings.count));
      for (const figures of pru.areas) {
        expect(h.table(figures.area).map((r) => r.count)).to.deep.equal([...figures.judgements.map((j) => j.settings.count ?? undefined), figures.notJudged.count ?? undefined]);
      }
      await expect(h.element).to.be.accessible();
    });

    it('should take its first period and group from attributes, and fall back to the newest and all settings', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS, breakdowns: true });
      const { h } = await show({ aggregate, period: '2026-spring', group: 'use:self-evaluation' });
      expect(h.row('period')).to.match(/^Spring term 2026/);
      expect(h.row('group')).to.equal('For: Self-evaluation');
      const other = await show({ aggregate, period: 'no-such-term', group: 'use:nothing' });
      expect(other.h.row('period')).to.match(/^Autumn term 2026/);
      expect(other.h.row('group')).to.equal('All settings');
    });

    it('should say so when a breakdown has no figures for the period chosen', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS, breakdowns: true });
      aggregate.breakdowns![0]!.periods = aggregate.breakdowns![0]!.periods.slice(0, 2);
      const { h } = await show({ aggregate, group: 'use:self-evaluation' });
      expect(h.areaIds()).to.deep.equal([]);
      expect(h.text).to.include('There are no figures for this group in Autumn term 2026.');
    });

    it('should have no period to choose and no change column with one period', async () => {
      const { h } = await show({ aggregate: toolkitAggregate({ periods: TERMS.slice(3) }) });
      expect(h.options('period')).to.deep.equal([]);
      expect(h.query('[part="controls"]')).to.equal(null);
      expect(h.columns(FIRST)).to.deep.equal(['Judgement', 'Settings']);
      await expect(h.element).to.be.accessible();
    });

    it('should be used with the keyboard alone: radios, then print and download', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS, breakdowns: true });
      const { h } = await show({ aggregate });
      const before = document.createElement('button');
      before.textContent = 'Before';
      h.element.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(h.focused?.id, 'the chosen period first').to.equal('period--3');
      await sendKeys({ press: 'ArrowUp' });
      await h.element.updateComplete;
      expect(h.element.period).to.equal('2026-summer');
      expect(h.columns(FIRST)[2]).to.equal('Change since Spring term 2026');
      await sendKeys({ press: 'Tab' });
      expect(h.focused?.id, 'then the chosen group').to.equal('group');
      await sendKeys({ press: 'ArrowDown' });
      await h.element.updateComplete;
      expect(h.element.group).to.equal('use:self-evaluation');
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.printButton);
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.downloadButton);
      await sendKeys({ press: 'Tab' });
      expect(h.focused, 'nothing else takes focus: no control sorts or lists settings').to.equal(null);
      before.remove();
    });

    it('should have no control but the period, the group, print and download', async () => {
      const { h } = await show({ aggregate: toolkitAggregate({ periods: TERMS, breakdowns: true }) });
      const controls = h.queryAll('button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])');
      const names = controls.map((c) => (c instanceof HTMLInputElement ? `${c.type}:${c.name}` : c.getAttribute('part')));
      expect([...new Set(names)]).to.deep.equal(['radio:period', 'radio:group', 'print-button', 'download-button']);
    });
  });

  describe('an aggregate of too few settings', () => {
    it('should read every suppressed count in the aggregate’s wording, draw no bar, and show no change', async () => {
      const { h } = await show({ aggregate: allSuppressedAggregate() });
      expect(h.row('settings')).to.equal(WORDING);
      for (const id of h.areaIds()) {
        for (const r of h.table(id)) expect(r.settings).to.equal(WORDING);
        for (const r of h.bars(id)) {
          expect(r.width).to.equal(0);
          expect(r.dashed).to.equal(true);
        }
        expect(Object.values(h.completion(id))).to.deep.equal([WORDING, WORDING, WORDING]);
        expect(h.priorities(id).common).to.deep.equal([]);
      }
      expectNoZero(h);
      await expect(h.element).to.be.accessible();
    });

    it('should use the method’s own wording, such as “fewer than 5”', async () => {
      const aggregate = allSuppressedAggregate();
      aggregate.disclosure = { ...aggregate.disclosure, threshold: 5, wording: 'fewer than 5' };
      const { h } = await show({ aggregate });
      expect(h.table(FIRST).map((r) => r.settings)).to.deep.equal(Array(5).fill('fewer than 5'));
      expect(h.text).to.include('a count from fewer than 5 settings is not shown: it reads “fewer than 5”');
    });
  });

  describe('the CSV download', () => {
    it('should make the file on the click, every figure of every group and period, suppressed counts in words', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS.slice(2), breakdowns: true });
      const { h } = await show({ aggregate });
      const file = await downloadOf(h);
      expect(file.name).to.equal('ap-quality-toolkit-area-overview-2027-01-10.csv');
      expect(file.type).to.equal('text/csv;charset=utf-8');
      const rows = parseCsv(file.text);
      expect(rows[0]).to.deep.equal(['Period', 'Settings', 'Category', 'Area number', 'Area', 'Measure', 'Value', 'Settings']);
      const cellText = (c: AggregateCell) => (c.suppressed ? WORDING : String(c.count));
      const a = aggregate.periods[1]!.areas[0]!;
      const row = (group: string, measure: string, value: string) =>
        rows.find((r) => r[0] === 'Autumn term 2026' && r[1] === group && r[4] === a.title && r[5] === measure && r[6] === value)?.[7];
      for (const j of a.judgements) expect(row('All settings', 'Judgement', j.label), j.level).to.equal(cellText(j.settings));
      expect(row('All settings', 'Completion', 'Not started')).to.equal(WORDING);
      const pru = aggregate.breakdowns![2]!.periods[1]!.areas[0]!;
      expect(rows.find((r) => r[0] === 'Autumn term 2026' && r[1] === 'Type of setting: Pupil referral unit' && r[4] === pru.title && r[6] === 'Embedded')?.[7]).to.equal(cellText(pru.judgements[0]!.settings));
      // 2 periods × 5 groups × (1 settings row + 13 areas × (5 judgement + 3 completion + 1 named + common priorities))
      const perArea = (p: AggregateDocument['periods'][number]) => p.areas.reduce((n, x) => n + 9 + x.priorities.common.length, 1);
      const expected = [aggregate.periods, ...aggregate.breakdowns!.map((b) => b.periods)].flat().reduce((n, p) => n + perArea(p), 1);
      expect(rows).to.have.length(expected);
      for (const r of rows.slice(1)) expect(r[7], 'a figure or the wording').to.match(/^(\d+|fewer than 3)$/);
    });

    it('should keep text a spreadsheet would run as a formula as text', async () => {
      const aggregate = toolkitAggregate({ periods: TERMS.slice(3) });
      const hostile = ['=HYPERLINK("http://example.com","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTab first', '\rReturn first', 'Plain, with a comma'];
      aggregate.periods[0]!.areas[0]!.priorities.common = hostile.map((text) => ({ text, settings: cell(4) }));
      const { h } = await show({ aggregate });
      const rows = parseCsv((await downloadOf(h)).text);
      const written = rows.filter((r) => r[4] === 'Workforce development and wellbeing' && r[5] === 'Common priority').map((r) => r[6]);
      expect(written).to.deep.equal(['\'=HYPERLINK("http://example.com","x")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTab first", "'\rReturn first", 'Plain, with a comma']);
      // On the page the same text is shown as it is, as text.
      expect(h.priorities(FIRST).common[0]).to.equal('=HYPERLINK("http://example.com","x") (named by 4 settings)');
    });
  });

  describe('what it refuses', () => {
    it('should refuse one evaluation and say how to aggregate first', async () => {
      const [evaluation] = rawEvaluations();
      const { h, errors } = await show({ aggregate: evaluation as AggregateDocument });
      expect(h.phase).to.equal('failed');
      expect(h.error!.title).to.equal('This is an evaluation of one setting, not an aggregate, so it is not shown here.');
      expect(h.error!.text).to.include('npx apq aggregate');
      expect(h.error!.text).to.include('aggregateDocument');
      expect(h.error!.lines).to.deep.equal(['format: is "apq-evaluation": an evaluation, not an aggregate']);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.kind).to.equal('aggregate');
      expect(errors[0]!.detail.message).to.equal(h.error!.title);
      await expect(h.element).to.be.accessible();
    });

    it('should refuse a list of evaluations, by count, naming none of them', async () => {
      const evaluations = rawEvaluations();
      const { h, errors } = await show({ aggregate: evaluations as unknown as AggregateDocument });
      expect(h.error!.title).to.equal(`These are ${evaluations.length} evaluations of settings, not an aggregate, so they are not shown here.`);
      for (const e of evaluations as Array<{ setting: { name?: string } }>) if (e.setting.name) expect(h.text).not.to.include(e.setting.name);
      expect(errors).to.have.length(1);
    });

    it('should show what is wrong with a malformed aggregate, path by path, and fire apq-error once', async () => {
      const { h, errors } = await show({ aggregate: invalidAggregate() as AggregateDocument });
      expect(h.error!.title).to.equal('The aggregate is not valid.');
      const lines = h.error!.lines.join('\n');
      expect(lines).to.match(/^formatVersion: /m);
      expect(lines).to.match(/^periods\[1\]\.areas\[0\]\.judgements\[0\]\.settings\.count: /m);
      expect(lines).to.match(/^periods\[1\]\.areas\[2\]\.notJudged\.count: /m);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.problems!.length).to.be.greaterThan(2);
      h.element.requestUpdate();
      await h.element.updateComplete;
      expect(errors, 'reported once').to.have.length(1);
      await expect(h.element).to.be.accessible();
    });

    it('should refuse a hand-edited aggregate with a small count left unsuppressed, naming where', async () => {
      const aggregate = toolkitAggregate();
      aggregate.periods[1]!.areas[4]!.judgements[3]!.settings = { count: 2, suppressed: false };
      const { h } = await show({ aggregate });
      expect(h.error!.title).to.equal('The aggregate is not valid.');
      expect(h.error!.lines).to.deep.equal(['periods[1].areas[4].judgements[3].settings.count: a count of 2 is below the threshold of 3: it must be suppressed']);
      expect(h.areaIds(), 'no figure is shown').to.deep.equal([]);
    });

    it('should refuse other things that are not aggregates: a number, an empty list, a framework', async () => {
      for (const given of [42, [], { schemaVersion: 1, id: 'x' }, { format: 'apq-aggregate', formatVersion: 2 }]) {
        const { h } = await show({ aggregate: given as unknown as AggregateDocument });
        expect(h.phase, JSON.stringify(given)).to.equal('failed');
        expect(h.error!.lines.length, JSON.stringify(given)).to.be.greaterThan(0);
      }
    });
  });

  describe('by src', () => {
    it('should load an aggregate file, and then another', async () => {
      const { h } = await show({ src: blobUrl(toolkitAggregate()) });
      expect(h.phase).to.equal('ready');
      h.element.src = blobUrl(allSuppressedAggregate());
      await h.element.updateComplete;
      expect(h.row('settings')).to.equal(WORDING);
    });

    it('should show the aggregate the core writes (its example file)', async () => {
      const { h } = await show({ src: '/packages/core/test/fixtures/aggregate-example.json' });
      expect(h.phase).to.equal('ready');
      const doc = (await (await fetch('/packages/core/test/fixtures/aggregate-example.json')).json()) as AggregateDocument;
      const figures = doc.periods.at(-1)!.areas[0]!;
      expect(h.table(figures.area).map((r) => r.settings)).to.deep.equal(
        [...figures.judgements.map((j) => j.settings), figures.notJudged].map((c) => (c.suppressed ? doc.disclosure.wording : String(c.count))),
      );
    });

    it('should show the demo page’s generated aggregate, with its two terms and its breakdowns', async () => {
      const { h } = await show({ src: '/packages/elements/demo/area-aggregate.json' });
      expect(h.phase).to.equal('ready');
      expect(h.areaIds()).to.have.length(13);
      expect(h.options('period').length).to.be.at.least(2);
      expect(h.options('group').length).to.be.greaterThan(1);
    });

    it('should say when the file cannot be loaded, naming it', async () => {
      const { h, errors } = await show({ src: '/no-such-aggregate.json' });
      expect(h.error!.title).to.equal('The aggregate file could not be loaded from /no-such-aggregate.json.');
      expect(errors).to.have.length(1);
    });

    it('should refuse a file of evaluations the same way', async () => {
      const { h } = await show({ src: blobUrl(rawEvaluations()) });
      expect(h.error!.title).to.match(/^These are \d+ evaluations/);
      expect(h.error!.text).to.include('npx apq aggregate');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('should print the figures without the controls or the buttons', async () => {
      const { h } = await show({ aggregate: toolkitAggregate({ periods: TERMS, breakdowns: true }) });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(h.query('[part="controls"]')!).display).to.equal('none');
      expect(getComputedStyle(h.query('[part="actions"]')!).display).to.equal('none');
      expect(getComputedStyle(h.query('[part="bar"]')!).display).not.to.equal('none');
      expect(getComputedStyle(h.query('.print-only')!).display).to.equal('block');
      expect(getComputedStyle(h.area(FIRST)).breakInside).to.equal('avoid');
    });
  });

  describe('strings', () => {
    it('should take overrides for its words', async () => {
      const { h } = await show({ aggregate: toolkitAggregate(), strings: { heading: 'Ansawdd ar draws y sir', columnSettings: 'Lleoliadau' } });
      expect(textOf(h.query('[part="heading"]'))).to.equal('Ansawdd ar draws y sir');
      expect(h.columns(FIRST)[1]).to.equal('Lleoliadau');
    });
  });
});
