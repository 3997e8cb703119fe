// SPDX-License-Identifier: MIT
// <apq-framework-view> in each of its states, on the real frameworks: the same list feeds the
// Storybook stories, the shared accessibility loop (test/accessibility.test.ts) and the docs.
import { html } from 'lit';
import '../../frameworks.js';
import type { ElementExamples } from '../../internal/examples.js';
import './apq-framework-view.js';

/** A file that is not JSON, as a Blob URL: the element must show the problem, not a blank space. */
function invalidFileUrl(): string {
  return URL.createObjectURL(new Blob(['{ "id": "broken", '], { type: 'application/json' }));
}

export const examples: ElementExamples = {
  tag: 'apq-framework-view',
  examples: [
    {
      name: 'AP Quality Toolkit 2.0.0',
      description: 'The whole toolkit: 3 categories, 13 quality areas with their sub-areas and 111 evaluative questions, the uses and the crosswalk to Ofsted’s 2025 evaluation areas.',
      render: () => html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0"></apq-framework-view>`,
    },
    {
      name: 'AP Quality Benchmark Toolkit 1.0.0',
      description: 'The 2021 toolkit: the 13 benchmarks with their descriptions, before evaluative questions, uses or a crosswalk existed.',
      render: () => html`<apq-framework-view framework="ap-quality-toolkit" version="1.0.0"></apq-framework-view>`,
    },
    {
      name: 'Leicestershire Behaviour Partnerships 1.0.0',
      description: 'Five strands (strand 2 not yet written) with grade descriptors at each Ofsted grade; limiting lists explained; the literacy footnote.',
      render: () => html`<apq-framework-view framework="leicestershire-bp-qa" version="1.0.0"></apq-framework-view>`,
    },
    {
      name: 'Filtered, with results',
      description: 'The filter set to “literacy”: only the areas, sub-areas and questions that mention it, with the words highlighted.',
      render: () => html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" filter="literacy"></apq-framework-view>`,
    },
    {
      name: 'Filtered, with no results',
      description: 'A filter that matches nothing says so, and suggests what to try.',
      render: () => html`<apq-framework-view framework="leicestershire-bp-qa" version="1.0.0" filter="xylophone"></apq-framework-view>`,
    },
    {
      name: 'Narrowed to a use: commissioning',
      description: 'Only the six quality areas that matter most before placing a pupil, with a button to show the other seven.',
      render: () => html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" use="commissioning"></apq-framework-view>`,
    },
    {
      name: 'Compared with an earlier version: toolkit 1.0.0 → 2.0.0',
      description: 'What version 2.0.0 added and reworded since the 2021 Benchmark Toolkit, counted at the top and tagged beside each item.',
      render: () => html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" compare-to="1.0.0"></apq-framework-view>`,
    },
    {
      name: 'Framework not registered on the page',
      description: 'An id the page has not registered: a visible error that says what the page needs to load.',
      render: () => html`<apq-framework-view framework="no-such-framework" version="1.0.0"></apq-framework-view>`,
    },
    {
      name: 'Framework file that is not valid',
      description: 'A `src` file that is not valid JSON: the error lists where the file is wrong.',
      render: () => html`<apq-framework-view src=${invalidFileUrl()}></apq-framework-view>`,
    },
    {
      name: 'Narrow screen (320 pixels)',
      description: 'The toolkit compared with 1.0.0 at 320 CSS pixels wide, tables included: everything reflows, with no horizontal scrolling.',
      width: 320,
      render: () => html`<apq-framework-view framework="ap-quality-toolkit" version="2.0.0" compare-to="1.0.0"></apq-framework-view>`,
    },
    {
      name: 'Narrow screen (320 pixels), Leicestershire',
      description: 'Grade descriptors, limiting notes and the footnote at 320 CSS pixels wide.',
      hidden: true,
      width: 320,
      render: () => html`<apq-framework-view framework="leicestershire-bp-qa" version="1.0.0"></apq-framework-view>`,
    },
  ],
};
