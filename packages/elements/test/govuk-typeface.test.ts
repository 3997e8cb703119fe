// SPDX-License-Identifier: MIT
// On a page styled by GOV.UK Frontend's own CSS (from node_modules, its fonts served from there too),
// the elements use the page's typeface, GDS Transport, with no host CSS; elsewhere they keep
// inheriting the page's font, and a host's --apq-font-family wins everywhere.
// "Uses the typeface" is checked twice: the computed font-family starts with the one GOV.UK's
// .govuk-body has, and the same words at the same size and weight take the same width in both
// (a width a different face would not give: the test checks the measure tells faces apart).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/frameworks.js';
import '../src/components/evaluation-form/apq-evaluation-form.js';
import '../src/components/framework-view/apq-framework-view.js';
import { memoryDraftStorage } from '../src/internal/storage.js';

const GOVUK = '/node_modules/govuk-frontend/dist/govuk';

/** GOV.UK Frontend's compiled CSS, with its fonts' address pointed at the package (a service sets $govuk-assets-path the same way). */
async function addGovukFrontend(): Promise<() => void> {
  const response = await fetch(`${GOVUK}/govuk-frontend.min.css`);
  expect(response.ok, 'govuk-frontend is installed (a devDependency of @ap-quality/elements)').to.equal(true);
  const style = document.createElement('style');
  style.textContent = (await response.text()).replaceAll('url(/assets/', `url(${GOVUK}/assets/`);
  document.head.append(style);
  document.documentElement.classList.add('govuk-template');
  document.body.classList.add('govuk-template__body');
  await Promise.all([document.fonts.load('400 19px "GDS Transport"'), document.fonts.load('700 19px "GDS Transport"')]);
  expect(document.fonts.check('400 19px "GDS Transport"'), 'GDS Transport loaded').to.equal(true);
  return () => {
    style.remove();
    document.documentElement.classList.remove('govuk-template');
    document.body.classList.remove('govuk-template__body');
  };
}

interface Case {
  tag: string;
  render: () => TemplateResult;
}

const CASES: Case[] = [
  {
    tag: 'apq-evaluation-form',
    render: () => html`<apq-evaluation-form framework="leicestershire-bp-qa" version="1.0.0" .storage=${memoryDraftStorage()}></apq-evaluation-form>`,
  },
  { tag: 'apq-framework-view', render: () => html`<apq-framework-view framework="leicestershire-bp-qa" version="1.0.0"></apq-framework-view>` },
];

async function renderIn(template: TemplateResult, tag: string): Promise<{ page: HTMLElement; el: HTMLElement & { updateComplete: Promise<boolean> } }> {
  const page = await fixture<HTMLElement>(html`<main class="govuk-main-wrapper">
    <p class="govuk-body" id="page-text">Page text</p>
    ${template}
  </main>`);
  const el = page.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return { page, el };
}

/** The first heading the element shows, a piece of its own text. */
function textOf(el: HTMLElement): HTMLElement {
  const heading = el.shadowRoot!.querySelector<HTMLElement>('h1, h2');
  expect(heading, `${el.localName} shows a heading`).to.exist;
  return heading!;
}

/** The width of `text` set in `family` (or, without it, in the page's .govuk-body face) at `source`'s size and weight. */
function widthInPage(page: HTMLElement, source: HTMLElement, family?: string): number {
  const probe = document.createElement('span');
  probe.className = 'govuk-body';
  probe.textContent = source.textContent!.trim();
  const style = getComputedStyle(source);
  probe.style.fontSize = style.fontSize;
  probe.style.fontWeight = style.fontWeight;
  probe.style.letterSpacing = style.letterSpacing;
  probe.style.margin = '0';
  if (family) probe.style.fontFamily = family;
  page.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

function widthInElement(source: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(source);
  return range.getBoundingClientRect().width;
}

describe('the page’s typeface', () => {
  describe('on a GOV.UK Frontend page, with no host CSS', () => {
    let remove: () => void = () => {};
    before(async () => {
      remove = await addGovukFrontend();
    });
    after(() => remove());

    for (const { tag, render } of CASES) {
      it(`<${tag}> should set its text in GDS Transport, as .govuk-body is`, async () => {
        const { page, el } = await renderIn(render(), tag);
        const govukBody = getComputedStyle(page.querySelector('#page-text')!).fontFamily;
        expect(govukBody).to.match(/^"GDS Transport", arial, sans-serif/);
        const text = textOf(el);
        expect(getComputedStyle(text).fontFamily.startsWith(govukBody), getComputedStyle(text).fontFamily).to.equal(true);
        const inElement = widthInElement(text);
        expect(inElement).to.be.closeTo(widthInPage(page, text), 0.5);
        // The measure tells faces apart: the same words in the browser's default serif are another width.
        expect(Math.abs(inElement - widthInPage(page, text, 'serif'))).to.be.greaterThan(2);
      });
    }

    it('should let the host’s --apq-font-family win', async () => {
      const { el } = await renderIn(html`<div style="--apq-font-family: monospace">${CASES[0]!.render()}</div>`, 'apq-evaluation-form');
      expect(getComputedStyle(textOf(el)).fontFamily).to.equal('monospace');
    });
  });

  describe('on any other page', () => {
    for (const { tag, render } of CASES) {
      it(`<${tag}> should inherit the page’s font`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif">${render()}</div>`);
        const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        await el.updateComplete;
        expect(getComputedStyle(textOf(el)).fontFamily).to.equal('Georgia, serif');
      });
    }
  });
});
