// SPDX-License-Identifier: MIT
// The shared ground on its own, through a small element built on it as any new element would be:
// strings and plurals by language, the framework controller's ordering and waiting, the
// announcer, and the base class's readiness.
import { expect, fixture, html } from '@open-wc/testing';
import { type TemplateResult, html as litHtml } from 'lit';
import '../src/frameworks.js';
import { Announcer } from '../src/controllers/announcer.js';
import { FrameworkController } from '../src/controllers/framework-controller.js';
import { ApqElement } from '../src/internal/apq-element.js';
import type { Framework } from '../src/internal/core.js';
import { Localizer, format, mergeStrings, writeDate, writeMonth, writeTime } from '../src/internal/localize.js';
import { findFramework } from '../src/internal/registry.js';
import { COMMON_STRINGS } from '../src/internal/strings.js';

const STRINGS = { ...COMMON_STRINGS, count: '{count, plural, =0 {No results} one {# result} other {# results}}', when: 'Saved on {date}' };

class TestElement extends ApqElement {
  static override properties = { frameworkId: { attribute: 'framework' }, version: {}, src: {}, framework: { attribute: false } };
  frameworkId: string | undefined;
  version: string | undefined;
  src: string | undefined;
  framework: Framework | undefined;
  readonly i18n = new Localizer(this, STRINGS, () => this.strings);
  readonly announcer = new Announcer(this);
  readonly frameworks = new FrameworkController(this, {
    request: () => ({ framework: this.framework, id: this.frameworkId, version: this.version, src: this.src }),
    strings: () => this.i18n.strings,
    onError: (failure) => this.emit('apq-error', { kind: 'framework', message: failure.message }),
  });
  constructor() {
    super();
    this.waitFor(this.frameworks.task);
  }
  protected override updated(): void {
    const f = this.frameworks.value?.framework;
    this.announceReady(f !== undefined, { framework: { id: f?.id ?? '', version: f?.version ?? '' } });
  }
  override render(): TemplateResult {
    return litHtml`<div part="base" data-status=${this.frameworks.status}>${this.frameworks.value?.framework.title ?? this.frameworks.failure?.message ?? ''}</div>${this.announcer.render()}`;
  }
}
TestElement.define('apq-test-element');

describe('the shared ground', () => {
  describe('strings', () => {
    it('should choose plural forms by the language’s rules, with exact matches first', () => {
      const template = STRINGS.count;
      expect(format(template, { count: 0 }, 'en')).to.equal('No results');
      expect(format(template, { count: 1 }, 'en')).to.equal('1 result');
      expect(format(template, { count: 1234 }, 'en-GB')).to.equal('1,234 results');
      // Welsh has more than two forms; an override that gives only `other` still works.
      expect(format('{n, plural, two {# gath} other {# cath}}', { n: 2 }, 'cy')).to.equal('2 gath');
      expect(format('{n, plural, one {# item} other {# items}}', { n: 1 }, 'not a language!')).to.equal('1 item');
      // Other languages go through Intl: French groups thousands with a narrow no-break space, and 0 is singular.
      expect(format('{n, plural, one {# élément} other {# éléments}}', { n: 1234 }, 'fr')).to.equal('1\u202f234 éléments');
      expect(format('{n, plural, one {# élément} other {# éléments}}', { n: 0 }, 'fr')).to.equal('0 élément');
      expect(format('{n, plural, one {# item} other {# items}}', { n: 0.5 }, 'en')).to.equal('0.5 items');
    });

    it('should leave an unknown placeholder as written, and ignore overrides that are not strings', () => {
      expect(format('Hello {name} {missing}', { name: 'Sam' })).to.equal('Hello Sam {missing}');
      const merged = mergeStrings(STRINGS, { when: 'Cadwyd {date}', count: 42, unknown: 'x' } as Record<string, unknown>);
      expect(merged.when).to.equal('Cadwyd {date}');
      expect(merged.count).to.equal(STRINGS.count);
      expect(Object.hasOwn(merged, 'unknown')).to.equal(false);
    });

    it('should follow the nearest lang, and re-render when the document’s language changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><apq-test-element framework="leicestershire-bp-qa"></apq-test-element></div>`);
      const el = wrapper.querySelector<TestElement>('apq-test-element')!;
      await el.updateComplete;
      expect(el.i18n.lang).to.equal('fr');
      expect(el.i18n.date('2027-03-01')).to.equal('1 mars 2027');
      wrapper.removeAttribute('lang');
      const before = document.documentElement.lang;
      document.documentElement.lang = 'en-GB';
      // The language is read once per render; the change of <html lang> asks for the next one.
      await el.updateComplete;
      expect(el.i18n.lang).to.equal('en-GB');
      expect(el.i18n.date('2027-03-01')).to.equal('1 March 2027');
      document.documentElement.lang = 'en';
      await el.updateComplete;
      expect(el.i18n.date('2027-03-01'), 'a page that says only "en" reads British dates').to.equal('1 March 2027');
      document.documentElement.lang = before;
    });

    it('should write British dates, months and times without Intl exactly as Intl writes them', () => {
      const british = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', options);
      const day = british({ day: 'numeric', month: 'long', year: 'numeric' });
      const month = british({ month: 'long', year: 'numeric' });
      const time = british({ hour: '2-digit', minute: '2-digit' });
      // Every day of a leap year and its neighbours at midnight, noon and 23:59, then a spread of instants from year 1000 to 9999.
      const dates: Date[] = [];
      for (let d = 0; d < 3 * 366; d++) for (const [h, m] of [[0, 0], [12, 0], [23, 59]] as const) dates.push(new Date(2027, 0, 1 + d, h, m));
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const from = new Date(1000, 0, 1).getTime();
      const to = new Date(9999, 11, 31, 23, 59).getTime();
      for (let i = 0; i < 3000; i++) dates.push(new Date(from + Math.floor(next() * (to - from))));
      for (const date of dates) {
        expect(writeDate(date, 'en-GB'), date.toISOString()).to.equal(day.format(date));
        expect(writeMonth(date, 'en-GB'), date.toISOString()).to.equal(month.format(date));
        expect(writeTime(date, 'en-GB'), date.toISOString()).to.equal(time.format(date));
      }
      // Years outside four digits, and other languages, are Intl's.
      const early = new Date(999, 4, 2);
      expect(writeDate(early, 'en-GB')).to.equal(day.format(early));
      const march = new Date(2027, 2, 1, 9, 5);
      expect(writeDate(march, 'fr')).to.equal(new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric' }).format(march));
      expect(writeMonth(march, 'cy')).to.equal(new Intl.DateTimeFormat('cy', { month: 'long', year: 'numeric' }).format(march));
      expect(writeTime(march, 'en-US')).to.equal(new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit' }).format(march));
    });
  });

  describe('FrameworkController', () => {
    it('should load by id, by property and by src, and say which it is doing', async () => {
      const el = await fixture<TestElement>(html`<apq-test-element framework="ap-quality-toolkit" version="1.0.0"></apq-test-element>`);
      expect(el.frameworks.status).to.equal('ready');
      expect(el.frameworks.value!.framework.version).to.equal('1.0.0');
      el.src = '/packages/core/frameworks/leicestershire-bp-qa-1.0.0.json';
      el.frameworkId = undefined;
      await el.updateComplete;
      expect(el.frameworks.value!.framework.id).to.equal('leicestershire-bp-qa');
      el.framework = findFramework('ap-quality-toolkit', '2.0.0');
      await el.updateComplete;
      expect(el.frameworks.value!.framework.version).to.equal('2.0.0');
    });

    it('should never let a slower, older request replace a newer one', async () => {
      const el = await fixture<TestElement>(html`<apq-test-element></apq-test-element>`);
      const errors: string[] = [];
      el.addEventListener('apq-error', (e) => errors.push(e.detail.message));
      el.src = '/packages/core/frameworks/ap-quality-toolkit-2.0.0.json';
      // Let the update that starts the fetch run (a few microtasks), but not the fetch itself.
      for (let i = 0; i < 10 && el.frameworks.status !== 'loading'; i++) await Promise.resolve();
      expect(el.frameworks.status, 'the first request is in flight').to.equal('loading');
      el.src = undefined;
      el.framework = findFramework('leicestershire-bp-qa', '1.0.0');
      await el.updateComplete;
      expect(el.frameworks.value!.framework.id).to.equal('leicestershire-bp-qa');
      // A full round trip for the same file: by then the aborted request has long settled.
      await (await fetch('/packages/core/frameworks/ap-quality-toolkit-2.0.0.json')).text();
      await el.updateComplete;
      expect(el.frameworks.value!.framework.id, 'the older answer, arriving later, is ignored').to.equal('leicestershire-bp-qa');
      expect(errors).to.deep.equal([]);
    });

    it('should refuse a framework property that is not a framework, with its problems, and fire one apq-error', async () => {
      const el = document.createElement('apq-test-element') as TestElement;
      const errors: string[] = [];
      el.addEventListener('apq-error', (e) => errors.push(e.detail.message));
      el.framework = { id: 'x' } as unknown as Framework;
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(el.frameworks.status).to.equal('error');
      expect(el.frameworks.failure!.problems.length).to.be.greaterThan(0);
      expect(errors).to.have.length(1);
    });

    it('should recover when a framework missing at load is registered later', async () => {
      const { registerFrameworks } = await import('../src/internal/registry.js');
      const el = await fixture<TestElement>(html`<apq-test-element framework="late-registered" version="1.0.0"></apq-test-element>`);
      expect(el.frameworks.status).to.equal('error');
      const late = { ...structuredClone(findFramework('leicestershire-bp-qa', '1.0.0')!), id: 'late-registered' };
      registerFrameworks([late]);
      await el.updateComplete;
      expect(el.frameworks.status).to.equal('ready');
      expect(el.frameworks.value!.framework.id).to.equal('late-registered');
    });
  });

  describe('ApqElement', () => {
    it('should fire apq-ready once per load, after the content is rendered', async () => {
      const el = document.createElement('apq-test-element') as TestElement;
      const seen: string[] = [];
      el.addEventListener('apq-ready', (e) => seen.push(`${e.detail.framework.id}:${el.shadowRoot!.textContent}`));
      el.frameworkId = 'leicestershire-bp-qa';
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('leicestershire-bp-qa:Quality Assurance Framework');
    });

    it('should not redefine a tag that is already defined', () => {
      class Other extends ApqElement {}
      Other.define('apq-test-element');
      expect(customElements.get('apq-test-element')).to.equal(TestElement);
    });
  });

  describe('Announcer', () => {
    it('should say a message politely, and say the same message again when asked', async () => {
      const el = await fixture<TestElement>(html`<apq-test-element framework="leicestershire-bp-qa"></apq-test-element>`);
      const region = () => el.shadowRoot!.querySelector('[part="live-region"]')!;
      expect(region().getAttribute('aria-live')).to.equal('polite');
      el.announcer.announce('12 results');
      await el.updateComplete;
      const first = region().textContent!;
      expect(first.trim()).to.equal('12 results');
      el.announcer.announce('12 results');
      await el.updateComplete;
      expect(region().textContent).not.to.equal(first);
      expect(region().textContent!.replace(/\u200b/g, '').trim()).to.equal('12 results');
    });
  });
});
