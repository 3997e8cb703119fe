// SPDX-License-Identifier: MIT
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { ApqErrorEvent } from '../../events/apq-error.js';
import type { ApqReadyEvent } from '../../events/apq-ready.js';
import '../../frameworks.js';
import { type Framework, type QualityArea, diffFrameworks } from '../../internal/core.js';
import { findFramework, registerFrameworks } from '../../internal/registry.js';
import './apq-framework-view.js';
import type { ApqFrameworkView } from './framework-view.js';
import { FrameworkViewHarness } from './framework-view.harness.js';

const TOOLKIT = findFramework('ap-quality-toolkit', '2.0.0')!;
const TOOLKIT_1 = findFramework('ap-quality-toolkit', '1.0.0')!;
const LEICS = findFramework('leicestershire-bp-qa', '1.0.0')!;
const LEICS_FILE = '/packages/core/frameworks/leicestershire-bp-qa-1.0.0.json';

const areasOf = (f: Framework): QualityArea[] => f.categories.flatMap((c) => c.areas);
const questionsOf = (f: Framework) => areasOf(f).flatMap((a) => [...a.questions, ...a.subAreas.flatMap((s) => s.questions)]);
const descriptorsOf = (f: Framework) => areasOf(f).flatMap((a) => (a.descriptors?.levels ?? []).flatMap((l) => l.descriptors));
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The number of items a filter word should find, worked out independently of the element: every
 * area, sub-area, question and descriptor whose text (lower-cased) contains the word.
 */
function expectedCount(f: Framework, word: string): number {
  const has = (...texts: Array<string | undefined>) => texts.some((t) => t?.toLowerCase().includes(word));
  let count = 0;
  for (const area of areasOf(f)) {
    if (has(area.title, area.summary)) count++;
    for (const q of area.questions) if (has(q.text, q.guidance)) count++;
    for (const sub of area.subAreas) {
      if (has(sub.title, sub.summary)) count++;
      for (const q of sub.questions) if (has(q.text, q.guidance)) count++;
    }
    for (const d of (area.descriptors?.levels ?? []).flatMap((l) => l.descriptors)) if (has(d.text, ...(d.items ?? []))) count++;
  }
  return count;
}

async function view(attrs: { framework?: string; version?: string; use?: string; compareTo?: string; filter?: string; noHash?: boolean } = {}): Promise<FrameworkViewHarness> {
  const el = await fixture<ApqFrameworkView>(html`<apq-framework-view
    framework=${attrs.framework ?? 'ap-quality-toolkit'}
    version=${attrs.version ?? '2.0.0'}
    use=${attrs.use ?? ''}
    compare-to=${attrs.compareTo ?? ''}
    filter=${attrs.filter ?? ''}
    ?no-hash=${attrs.noHash === true}
  ></apq-framework-view>`);
  await el.updateComplete;
  return new FrameworkViewHarness(el);
}

/** An element made in code and given `props` before it is connected. */
async function viewWith(props: Partial<ApqFrameworkView>, container?: HTMLElement): Promise<FrameworkViewHarness> {
  const el = document.createElement('apq-framework-view');
  Object.assign(el, props);
  const host = container ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  host.append(el);
  await el.updateComplete;
  return new FrameworkViewHarness(el);
}

/** An element that stays on the page until the test removes it. */
async function standing(props: Partial<ApqFrameworkView>): Promise<FrameworkViewHarness> {
  const el = document.createElement('apq-framework-view');
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return new FrameworkViewHarness(el);
}

function collect<T extends Event>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (e) => events.push(e as T));
  return events;
}

function resetHash(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

describe('<apq-framework-view>', () => {
  afterEach(resetHash);

  describe('the AP Quality Toolkit 2.0.0', () => {
    // One rendering shared by the read-only checks below (rendered outside `fixture`, whose cleanup runs after every test).
    let h: FrameworkViewHarness;
    before(async () => {
      h = await standing({ frameworkId: 'ap-quality-toolkit', version: '2.0.0' });
    });
    after(() => h.element.remove());

    it('should show the title, publisher, version, status and released date', () => {
      expect(h.title).to.equal('AP Quality Toolkit');
      expect(h.fact('publisher')).to.equal('IntegratED');
      expect(h.fact('version')).to.equal('2.0.0');
      expect(h.fact('status')).to.equal('Published');
      expect(h.fact('released')).to.match(/2026/);
    });

    it('should show 3 categories, 13 quality areas and 111 questions in the framework’s order', () => {
      expect(h.categories.map((c) => c.dataset.categoryId)).to.deep.equal(['community', 'curriculum', 'currency']);
      expect(h.areaIds).to.deep.equal(areasOf(TOOLKIT).map((a) => a.id));
      expect(h.questions).to.have.length(111);
      expect(h.questions.map((q) => q.dataset.questionId)).to.deep.equal(questionsOf(TOOLKIT).map((q) => q.id));
    });

    it('should head each area in the framework’s terminology, and each sub-area with its letter', () => {
      expect(squash(h.areaHeading('partnership-working').textContent)).to.equal('Quality area 3: Partnership working');
      const subs = [...h.area('partnership-working').querySelectorAll('[part="sub-area"] h5')].map((e) => squash(e.textContent));
      expect(subs).to.deep.equal(['a. Local authority', 'b. Mainstream schools', 'c. External alternative providers', 'd. Other agencies']);
      expect(h.queryAll('[part="sub-area"]')).to.have.length(10);
    });

    it('should draw a semantic outline: the title at h2, categories at h3, areas at h4', () => {
      const outline = h.queryAll('h2, h3, h4').map((e) => `${e.tagName.toLowerCase()} ${squash(e.textContent)}`);
      expect(outline[0]).to.equal('h2 AP Quality Toolkit');
      expect(outline).to.include('h3 Community');
      expect(outline).to.include('h3 Contents');
      expect(h.areas.every((a) => a.querySelector('[part="area-heading"]')!.tagName === 'H4')).to.be.true;
      expect(h.query('nav[part="contents"]')?.getAttribute('aria-labelledby')).to.equal('contents--heading');
    });

    it('should show every category’s and area’s summary verbatim', () => {
      for (const category of TOOLKIT.categories) {
        expect(squash(h.query(`[data-category-id="${category.id}"] > .lead`)?.textContent)).to.equal(squash(category.summary));
        for (const area of category.areas) expect(squash(h.area(area.id).querySelector('.area__summary')?.textContent)).to.equal(squash(area.summary));
      }
    });

    it('should show every question’s text and guidance verbatim, with its provisional wording marked', () => {
      for (const q of questionsOf(TOOLKIT)) {
        const el = h.query(`[data-question-id="${q.id}"]`)!;
        expect(squash(el.querySelector('.question__text')?.textContent)).to.contain(q.text);
        if (q.guidance) expect(squash(el.querySelector('[part="question-guidance"]')?.textContent)).to.contain(q.guidance);
        expect(el.querySelector('[data-provisional]') !== null, q.id).to.equal(q.provisional === true);
      }
    });

    it('should list the uses with their focus areas as links', () => {
      const uses = h.queryAll('[part="use"]');
      expect(uses.map((u) => u.dataset.useId)).to.deep.equal(TOOLKIT.uses.map((u) => u.id));
      const commissioning = uses.find((u) => u.dataset.useId === 'commissioning')!;
      expect([...commissioning.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.dataset.target)).to.deep.equal(TOOLKIT.uses[2]!.focusAreas);
      expect(squash(uses[0]!.textContent)).to.contain('Every quality area matters equally for this use.');
    });

    it('should show the crosswalk to Ofsted’s 2025 evaluation areas as a table', () => {
      const crosswalk = TOOLKIT.crosswalks[0]!;
      const table = h.query<HTMLTableElement>('[part="crosswalk-table"]')!;
      expect(table.getAttribute('aria-labelledby')).to.be.a('string');
      expect(squash(h.root.getElementById(table.getAttribute('aria-labelledby')!)?.textContent)).to.contain(crosswalk.title);
      expect([...table.tHead!.rows[0]!.cells].map((c) => c.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      expect(h.crosswalkRows).to.have.length(13);
      for (const entry of crosswalk.entries) {
        const row = h.crosswalkRows.find((r) => r.dataset.areaId === entry.area)!;
        expect(row.cells[0]!.tagName).to.equal('TH');
        expect([...row.querySelectorAll<HTMLElement>('[data-target-id]')].map((t) => t.dataset.targetId)).to.deep.equal(entry.targets);
      }
    });

    it('should say where the wording comes from', () => {
      const items = h.queryAll('[part="provenance"] li');
      expect(items).to.have.length(TOOLKIT.provenance.length);
      expect(items.filter((i) => i.dataset.kind === 'provisional').every((i) => i.querySelector('[data-provisional]'))).to.be.true;
    });

    it('should be accessible', async () => {
      await expect(h.element).to.be.accessible();
    });
  });

  describe('the Leicestershire framework 1.0.0', () => {
    let h: FrameworkViewHarness;
    before(async () => {
      h = await standing({ frameworkId: 'leicestershire-bp-qa', version: '1.0.0' });
    });
    after(() => h.element.remove());

    it('should show 5 strands and 98 descriptors', () => {
      expect(h.areaIds).to.deep.equal(areasOf(LEICS).map((a) => a.id));
      expect(squash(h.areaHeading('attendance').textContent)).to.equal('Strand 1: Attendance');
      expect(h.descriptors).to.have.length(98);
    });

    it('should show strand 2 as not yet written, in its place', () => {
      const strand2 = h.area('referral-assessment-and-provision-planning');
      expect(h.areaIds.indexOf(strand2.id)).to.equal(1);
      expect(squash(strand2.querySelector('[part="area-heading"]')!.textContent)).to.contain('Not yet written');
      expect(squash(strand2.querySelector('[part="notice"]')?.textContent)).to.equal('The publisher has not written this strand yet. It keeps its place in the framework.');
      expect(strand2.querySelector('[part="descriptors"]')).to.equal(null);
    });

    it('should show every descriptor verbatim, with its items', () => {
      for (const d of descriptorsOf(LEICS)) {
        const el = h.query(`[data-descriptor-id="${d.id}"]`)!;
        expect(squash(el.querySelector('.descriptor__text')?.textContent), d.id).to.equal(squash(d.text));
        expect([...el.querySelectorAll('.descriptor__items > li')].map((li) => squash(li.textContent))).to.deep.equal((d.items ?? []).map(squash));
      }
    });

    it('should explain the limiting lists of strands 1, 3 and 4 in their own words, and not strand 5’s inadequate list', () => {
      for (const id of ['attendance', 'quality-of-provision', 'outcomes-for-pupils']) {
        const area = LEICS.categories[0]!.areas.find((a) => a.id === id)!;
        const inadequate = h.levels(id).find((l) => l.level === 'inadequate')!;
        expect(inadequate.limiting, id).to.be.true;
        expect(inadequate.lead).to.equal(area.descriptors!.levels.find((l) => l.level === 'inadequate')!.lead);
        expect(inadequate.note).to.equal('Each statement in this list is limiting: if any one of them is met, the judgement cannot be better than Inadequate, whatever else is true.');
        const tags = h.area(id).querySelectorAll('[data-level="inadequate"] [data-limiting-tag]');
        expect(tags).to.have.length(inadequate.count);
        expect(h.levels(id).filter((l) => l.level !== 'inadequate').every((l) => !l.limiting && l.note === '')).to.be.true;
      }
      const strand5 = h.levels('leadership-and-management').find((l) => l.level === 'inadequate')!;
      expect(strand5).to.include({ limiting: false, note: '', lead: '', count: 11 });
      expect(h.area('leadership-and-management').querySelectorAll('[data-limiting-tag]')).to.have.length(0);
    });

    it('should head each level with the framework’s own heading', () => {
      expect(h.levels('attendance').map((l) => l.heading)).to.deep.equal(['Outstanding (1)', 'Good (2)', 'Requires improvement (3)', 'Inadequate (4)']);
    });

    it('should show the best-fit note with the descriptors it applies to', () => {
      for (const id of ['attendance', 'quality-of-provision', 'outcomes-for-pupils', 'leadership-and-management']) {
        expect(squash(h.area(id).querySelector('[data-guidance-id="best-fit"]')?.textContent)).to.contain('These descriptors should not be used as a checklist.');
      }
    });

    it('should link the literacy descriptor to its footnote, and move focus there when followed', async () => {
      const ref = h.query<HTMLAnchorElement>('[data-descriptor-id="quality-of-provision-1-6"] [part="footnote-ref"]')!;
      expect(ref.getAttribute('aria-label')).to.equal('Footnote 1');
      const footnote = h.query('[data-footnote-id="literacy"]')!;
      expect(squash(footnote.textContent)).to.contain(LEICS.footnotes[0]!.text);
      ref.click();
      await h.element.updateComplete;
      expect(h.focused).to.equal(footnote);
      expect(location.hash).to.equal('#footnote--literacy');
    });

    it('should have no uses section and no crosswalk, since the framework has none', () => {
      expect(h.query('[part="uses"]')).to.equal(null);
      expect(h.query('[part="crosswalk"]')).to.equal(null);
    });

    it('should be accessible', async () => {
      await expect(h.element).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('should fire apq-ready once, after the content has rendered', async () => {
      const el = document.createElement('apq-framework-view');
      el.setAttribute('framework', 'leicestershire-bp-qa');
      el.setAttribute('version', '1.0.0');
      const readies = collect<ApqReadyEvent>(el, 'apq-ready');
      const ready = oneEvent(el, 'apq-ready');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const event = await ready;
      expect(event.detail).to.deep.equal({ framework: { id: 'leicestershire-bp-qa', version: '1.0.0' } });
      expect(el.shadowRoot!.querySelectorAll('[part="area"]')).to.have.length(5);
      await el.updateComplete;
      expect(readies).to.have.length(1);
    });

    it('should load a published framework file from `src`', async () => {
      const el = document.createElement('apq-framework-view');
      el.src = LEICS_FILE;
      const ready = oneEvent(el, 'apq-ready');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await ready).detail.framework).to.deep.equal({ id: 'leicestershire-bp-qa', version: '1.0.0' });
      await el.updateComplete;
      const h = new FrameworkViewHarness(el);
      expect(h.areas).to.have.length(5);
      expect(h.descriptors).to.have.length(98);
    });

    it('should show an invalid file’s problems and fire one apq-error', async () => {
      const src = URL.createObjectURL(new Blob(['{ "id": "broken", '], { type: 'application/json' }));
      const el = document.createElement('apq-framework-view');
      el.src = src;
      const errors = collect<ApqErrorEvent>(el, 'apq-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      const notice = new FrameworkViewHarness(el).error!;
      expect(notice).to.exist;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(squash(notice.textContent)).to.contain(`The framework file at ${src} is not a valid framework.`);
      expect(notice.querySelectorAll('.problems li').length).to.be.greaterThan(0);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.kind).to.equal('framework');
      expect(errors[0]!.detail.problems!.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      URL.revokeObjectURL(src);
    });

    it('should say when a framework is not registered, and recover when it is registered later', async () => {
      const id = `late-framework-${Math.random().toString(36).slice(2, 8)}`;
      const el = document.createElement('apq-framework-view');
      el.setAttribute('framework', id);
      el.setAttribute('version', '1.0.0');
      const errors = collect<ApqErrorEvent>(el, 'apq-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      const h = new FrameworkViewHarness(el);
      expect(squash(h.error?.textContent)).to.contain(`The framework “${id}” 1.0.0 is not available on this page.`);
      expect(errors).to.have.length(1);

      const ready = oneEvent(el, 'apq-ready');
      registerFrameworks([{ ...LEICS, id }]);
      await ready;
      await el.updateComplete;
      expect(h.error).to.equal(null);
      expect(h.areas).to.have.length(5);
    });

    it('should wait without an error for a framework that registers while the page is still loading', async () => {
      const id = `loading-framework-${Math.random().toString(36).slice(2, 8)}`;
      // The page's scripts may run in any order until `load`: pretend the document is still loading.
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
      try {
        const el = document.createElement('apq-framework-view');
        el.setAttribute('framework', id);
        const errors = collect<ApqErrorEvent>(el, 'apq-error');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(squash(el.shadowRoot!.textContent)).to.contain('Loading the framework…');
        registerFrameworks([{ ...TOOLKIT_1, id }]);
        await el.updateComplete;
        expect(errors).to.have.length(0);
        expect(new FrameworkViewHarness(el).areas).to.have.length(13);
      } finally {
        delete (document as unknown as { readyState?: string }).readyState;
      }
    });

    it('should say so when nothing names a framework', async () => {
      const el = await fixture<ApqFrameworkView>(html`<apq-framework-view></apq-framework-view>`);
      expect(squash(el.shadowRoot!.querySelector('[part="base"]')!.textContent)).to.equal('No framework has been given to this view.');
    });

    it('should take a framework object as the `framework` property', async () => {
      const h = await viewWith({ framework: TOOLKIT_1 });
      expect(h.title).to.equal('AP Quality Benchmark Toolkit');
      expect(squash(h.areaHeading('workforce-development-and-wellbeing').textContent)).to.equal('Benchmark 1: Workforce development and wellbeing');
      expect(h.questions).to.have.length(0);
    });

    it('should show another version when `version` changes, and fire apq-ready again', async () => {
      const h = await view();
      const readies = collect<ApqReadyEvent>(h.element, 'apq-ready');
      h.element.version = '1.0.0';
      await h.element.updateComplete;
      expect(h.fact('version')).to.equal('1.0.0');
      expect(readies.map((e) => e.detail.framework.version)).to.deep.equal(['1.0.0']);
    });
  });

  describe('filter', () => {
    it('should narrow the areas, questions and descriptors as the person types, and announce the count', async () => {
      const h = await view();
      const count = expectedCount(TOOLKIT, 'literacy');
      await h.filter('literacy');
      expect(h.results).to.equal(`${count} results for “literacy”`);
      expect(h.announcement).to.equal(`${count} results`);
      expect(h.element.resultCount).to.equal(count);
      expect(h.areaIds).to.deep.equal(['supporting-pupils-needs']);
      // The sub-area "Literacy" matches by its title, so all its questions show; elsewhere only questions that say it.
      const literacySub = 'supporting-pupils-needs-literacy';
      expect(h.questions.every((q) => /literacy/i.test(q.textContent ?? '') || q.closest<HTMLElement>('[part="sub-area"]')?.dataset.subAreaId === literacySub)).to.be.true;
      expect(h.questions.length).to.be.greaterThan(0);
      expect(h.queryAll('[part="sub-area"]').map((e) => e.dataset.subAreaId)).to.deep.equal([literacySub]);
      expect(h.queryAll('[part="highlight"]').every((m) => m.textContent!.toLowerCase() === 'literacy')).to.be.true;
      expect(squash(h.area('supporting-pupils-needs').querySelector('.area__summary')?.textContent), 'the area’s summary gives the context').to.contain('literacy');
      expect(h.contentsLinks.map((a) => a.dataset.target)).to.deep.equal(['supporting-pupils-needs']);
      expect(h.query('[part="uses"]'), 'sections other than areas make way for the results').to.equal(null);
    });

    it('should narrow the Leicestershire descriptors, keeping their level and limiting note', async () => {
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      await h.filter('received');
      expect(h.descriptors.map((d) => d.dataset.descriptorId)).to.deep.equal(['attendance-4-3']);
      expect(h.levels('attendance')).to.have.length(1);
      expect(h.levels('attendance')[0]!.note).to.contain('limiting');
      expect(h.results).to.equal('1 result for “received”');
      expect(h.announcement).to.equal('1 result');
    });

    it('should ignore capitals and accents', async () => {
      const h = await view();
      await h.filter('LITÉRACY');
      expect(h.element.resultCount).to.equal(expectedCount(TOOLKIT, 'literacy'));
      await h.filter('pupils’ needs');
      const straight = h.element.resultCount;
      await h.filter("pupils' needs");
      expect(h.element.resultCount).to.equal(straight);
      expect(straight).to.be.greaterThan(0);
    });

    it('should need every word to match', async () => {
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      await h.filter('attendance');
      const one = h.element.resultCount;
      await h.filter('attendance   received');
      expect(h.element.resultCount).to.equal(1);
      expect(one).to.be.greaterThan(1);
    });

    it('should say visibly and aloud when nothing matches, and restore everything when cleared', async () => {
      const h = await view();
      await h.filter('xylophone');
      expect(h.results).to.equal('No results for “xylophone” Check the spelling, or try fewer or different words.');
      expect(h.announcement).to.equal('No results for “xylophone”');
      expect(h.areas).to.have.length(0);
      expect(h.query('[part="contents"]')).to.equal(null);
      await expect(h.element).to.be.accessible();
      await h.filter('');
      expect(h.results).to.equal('');
      expect(h.announcement).to.equal('');
      expect(h.areas).to.have.length(13);
      expect(h.questions).to.have.length(111);
    });

    it('should apply only what was typed last when typing quickly', async () => {
      const h = await view();
      const input = h.filterInput;
      for (const value of ['l', 'li', 'lit', 'literacy']) {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      expect(h.results, 'nothing applied before the pause').to.equal('');
      await h.element.updateComplete;
      expect(h.element.filter).to.equal('literacy');
      expect(input.value).to.equal('literacy');
      expect(h.element.resultCount).to.equal(expectedCount(TOOLKIT, 'literacy'));
    });

    it('should start filtered from the `filter` attribute, without an announcement', async () => {
      const h = await view({ filter: 'literacy' });
      expect(h.filterInput.value).to.equal('literacy');
      expect(h.results).to.contain('for “literacy”');
      expect(h.announcement).to.equal('');
    });

    it('should choose the plural by the page’s language', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="pl"></div>`);
      const h = await viewWith(
        { frameworkId: 'ap-quality-toolkit', version: '2.0.0', strings: { resultsCount: '{count, plural, one {# wynik} few {# wyniki} many {# wyników} other {# wyniku}}' } },
        host,
      );
      expect(expectedCount(TOOLKIT, 'absence')).to.equal(4);
      await h.filter('absence');
      expect(h.announcement).to.equal('4 wyniki');
      expect(expectedCount(TOOLKIT, 'training')).to.equal(12);
      await h.filter('training');
      expect(h.announcement).to.equal('12 wyników');
      expect(expectedCount(TOOLKIT, 'accessible')).to.equal(1);
      await h.filter('accessible');
      expect(h.announcement).to.equal('1 wynik');
    });
  });

  describe('use', () => {
    it('should show only the focus areas of a use, with a button for the others', async () => {
      const h = await view({ use: 'commissioning' });
      const focus = TOOLKIT.uses.find((u) => u.id === 'commissioning')!.focusAreas!;
      expect(h.areaIds).to.deep.equal(areasOf(TOOLKIT).map((a) => a.id).filter((id) => focus.includes(id)));
      expect(h.contentsLinks.filter((a) => a.dataset.target && !a.dataset.target.includes('--')).map((a) => a.dataset.target)).to.deep.equal(h.areaIds);
      expect(squash(h.useBanner?.querySelector('h3')?.textContent)).to.contain('Shown for: Commissioning');
      expect(squash(h.useBanner?.textContent)).to.contain('Showing the 6 quality areas that matter most for this use. The other 7 still apply.');
      await expect(h.element).to.be.accessible();

      await h.toggleAllAreas();
      expect(h.areas).to.have.length(13);
      expect(h.queryAll('[data-focus-area]')).to.have.length(6);
      expect(h.useBanner?.querySelector('button')?.getAttribute('aria-pressed')).to.equal('true');
    });

    it('should filter within the focus areas', async () => {
      const h = await view({ use: 'commissioning' });
      await h.filter('school');
      const areas = new Set(h.areaIds);
      expect([...areas].every((id) => TOOLKIT.uses[2]!.focusAreas!.includes(id))).to.be.true;
    });

    it('should show every area for a use without focus areas, and say so', async () => {
      const h = await view({ use: 'self-evaluation' });
      expect(h.areas).to.have.length(13);
      expect(squash(h.useBanner?.textContent)).to.contain('Every quality area matters equally for this use.');
      expect(h.useBanner?.querySelector('button')).to.equal(null);
    });

    it('should show every area, with a notice, for a use the framework does not have', async () => {
      const h = await view({ use: 'no-such-use' });
      expect(h.areas).to.have.length(13);
      expect(h.text).to.contain('This framework has no use “no-such-use”, so every quality area is shown.');
    });
  });

  describe('deep links', () => {
    it('should scroll to and focus the area named by the hash on load', async () => {
      history.replaceState(history.state, '', '#outcomes-for-pupils');
      const container = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div></div>`);
      const h = await viewWith({ frameworkId: 'leicestershire-bp-qa', version: '1.0.0' }, container);
      const heading = h.areaHeading('outcomes-for-pupils');
      expect(h.focused).to.equal(heading);
      const top = heading.getBoundingClientRect().top;
      expect(top).to.be.at.least(0).and.to.be.below(window.innerHeight);
      window.scrollTo(0, 0);
    });

    it('should follow #attendance on load', async () => {
      history.replaceState(history.state, '', '#attendance');
      const container = await fixture<HTMLDivElement>(html`<div><div style="height: 2000px"></div></div>`);
      const h = await viewWith({ frameworkId: 'leicestershire-bp-qa', version: '1.0.0' }, container);
      expect(h.focused).to.equal(h.areaHeading('attendance'));
      window.scrollTo(0, 0);
    });

    it('should give each area its id as an anchor, linked from the contents, and update the hash on click', async () => {
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      expect(h.contentsLinks.slice(0, 5).map((a) => a.getAttribute('href'))).to.deep.equal(areasOf(LEICS).map((a) => `#${a.id}`));
      const before = history.length;
      h.contentsLink('quality-of-provision').click();
      await h.element.updateComplete;
      expect(location.hash).to.equal('#quality-of-provision');
      expect(history.length).to.equal(before + 1);
      expect(h.focused).to.equal(h.areaHeading('quality-of-provision'));
      window.scrollTo(0, 0);
    });

    it('should follow a change of hash on the page', async () => {
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      const moved = oneEvent(window, 'hashchange');
      location.hash = '#leadership-and-management';
      await moved;
      await h.element.updateComplete;
      expect(h.focused).to.equal(h.areaHeading('leadership-and-management'));
      window.scrollTo(0, 0);
    });

    it('should reveal an area hidden by the use or the filter when a link leads to it', async () => {
      const h = await view({ use: 'commissioning', filter: 'literacy' });
      expect(h.areaIds).to.not.include('post-16-destinations');
      expect(await h.element.goTo('post-16-destinations')).to.be.true;
      expect(h.areaIds).to.include('post-16-destinations');
      expect(h.focused).to.equal(h.areaHeading('post-16-destinations'));
      expect(await h.element.goTo('no-such-area')).to.be.false;
      window.scrollTo(0, 0);
    });

    it('should leave the address alone with `no-hash`', async () => {
      history.replaceState(history.state, '', '#attendance');
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0', noHash: true });
      expect(h.focused).to.equal(null);
      h.contentsLink('quality-of-provision').click();
      await h.element.updateComplete;
      expect(location.hash).to.equal('#attendance');
      expect(h.focused).to.equal(h.areaHeading('quality-of-provision'));
      window.scrollTo(0, 0);
    });

    it('should ignore a hash that names nothing in the framework', async () => {
      history.replaceState(history.state, '', '#main-content');
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      expect(h.focused).to.equal(null);
    });
  });

  describe('compare-to', () => {
    it('should mark what toolkit 2.0.0 added since 1.0.0, with a summary count at the top', async () => {
      const h = await view({ compareTo: '1.0.0' });
      const diff = diffFrameworks(TOOLKIT_1, TOOLKIT);
      if (!diff.ok) throw new Error('diff failed');
      const counts = h.comparisonCounts;
      expect(counts.added).to.equal(diff.value.counts.added);
      expect(counts.removed).to.equal(0);
      expect(h.comparisonRow('question')).to.deep.equal({ added: 111 });
      expect(h.comparisonRow('use')).to.deep.equal({ added: 7 });
      expect(h.queryAll('[part="question"] [data-change="added"]')).to.have.length(111);
      expect(h.queryAll('[part="use"] [data-change="added"]')).to.have.length(7);
      expect(h.queryAll('[part="crosswalk-table"] [data-change="added"]')).to.have.length(13);
      expect(squash(h.query('[part="title"]')?.textContent)).to.contain('Reworded');
      expect(squash(h.query('[part="header"] [data-previous]')?.textContent)).to.equal('Previously: AP Quality Benchmark Toolkit');
      expect(h.query('[part="comparison"] h3')?.textContent?.trim()).to.equal('Compared with version 1.0.0');
      await expect(h.element).to.be.accessible();
    });

    it('should list removed items in their area and mark reworded ones', async () => {
      const next = structuredClone(TOOLKIT) as Framework;
      next.version = '3.0.0';
      const area = next.categories[0]!.areas[0]!;
      const [removed] = area.questions.splice(0, 1);
      const reworded = area.questions[0]!;
      const before = reworded.text;
      reworded.text = 'How well does the setting keep the staff it needs?';
      const h = await viewWith({ framework: next, compareFramework: TOOLKIT });
      expect(h.comparisonCounts).to.include({ removed: 1, reworded: 1 });
      const list = h.area(area.id).querySelector('[part="removed"]')!;
      expect(squash(list.querySelector('h5')?.textContent)).to.equal('Removed since version 2.0.0');
      expect(squash(list.querySelector(`[data-removed-id="${removed!.id}"]`)?.textContent)).to.equal(`Removed ${removed!.text}`);
      const item = h.query(`[data-question-id="${reworded.id}"]`)!;
      expect(item.querySelector('[data-change="reworded"]')).to.exist;
      expect(squash(item.querySelector('[data-previous]')?.textContent)).to.equal(`Previously: ${before}`);
    });

    it('should warn and fire apq-error once when the version to compare with is not on the page', async () => {
      const el = document.createElement('apq-framework-view');
      el.setAttribute('framework', 'ap-quality-toolkit');
      el.setAttribute('version', '2.0.0');
      el.setAttribute('compare-to', '9.9.9');
      const errors = collect<ApqErrorEvent>(el, 'apq-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      const h = new FrameworkViewHarness(el);
      expect(squash(h.query('[data-kind="compare-unavailable"]')?.textContent)).to.equal(
        'Version 9.9.9 of this framework is not available on this page, so the changes cannot be shown.',
      );
      expect(h.areas, 'the framework is still shown').to.have.length(13);
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['framework']);
    });
  });

  describe('safety and overrides', () => {
    it('should render hostile framework text as text', async () => {
      const hostile = structuredClone(LEICS) as Framework;
      hostile.title = '<img src=x onerror="window.__apqPwned = true">';
      hostile.categories[0]!.areas[0]!.descriptors!.levels[0]!.descriptors[0]!.text = '<script>window.__apqPwned = true</script>';
      const h = await viewWith({ framework: hostile });
      expect(h.title).to.equal('<img src=x onerror="window.__apqPwned = true">');
      expect(h.text).to.contain('<script>window.__apqPwned = true</script>');
      expect(h.queryAll('img, script')).to.have.length(0);
      expect((window as unknown as { __apqPwned?: boolean }).__apqPwned).to.equal(undefined);
      await h.filter('script');
      expect(h.queryAll('img, script')).to.have.length(0);
    });

    it('should take overrides of any interface string', async () => {
      const el = await fixture<ApqFrameworkView>(
        html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" strings='{"filterLabel": "Search the toolkit", "contentsHeading": "On this page"}'></apq-framework-view>`,
      );
      await el.updateComplete;
      const h = new FrameworkViewHarness(el);
      expect(squash(h.query('[part="filter"] label')?.textContent)).to.equal('Search the toolkit');
      expect(squash(h.query('#contents--heading')?.textContent)).to.equal('On this page');
    });
  });

  describe('keyboard', () => {
    it('should reach the filter with Tab, then the contents links', async () => {
      const container = await fixture<HTMLDivElement>(html`<div><button type="button">Before</button></div>`);
      const h = await viewWith({ frameworkId: 'ap-quality-toolkit', version: '2.0.0' }, container);
      container.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.filterInput);
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.contentsLinks[0]);
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.contentsLinks[1]);
      await sendKeys({ press: 'Enter' });
      await h.element.updateComplete;
      expect(h.focused).to.equal(h.areaHeading('home-and-family-engagement'));
      window.scrollTo(0, 0);
    });

    it('should filter as keys are typed', async () => {
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      h.filterInput.focus();
      await sendKeys({ type: 'received' });
      await h.element.updateComplete;
      expect(h.results).to.equal('1 result for “received”');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('should print without the filter and contents', async () => {
      const h = await view({ framework: 'leicestershire-bp-qa', version: '1.0.0' });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(h.query('[part="filter"]')!).display).to.equal('none');
      expect(getComputedStyle(h.query('[part="contents"]')!).display).to.equal('none');
      expect(getComputedStyle(h.area('attendance')).display).to.not.equal('none');
    });
  });
});
