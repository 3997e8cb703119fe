// SPDX-License-Identifier: MIT
// Whole journeys across elements: fill in the form, submit, and see the engine's summary of it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/frameworks.js';
import '../packages/elements/src/components/evaluation-form/apq-evaluation-form.js';
import { summarise } from '../packages/elements/src/internal/core.js';
import { memoryDraftStorage } from '../packages/elements/src/internal/storage.js';

const meta: Meta = {
  title: 'Journeys/Evaluate and see the summary',
  parameters: {
    docs: {
      description: {
        story: 'The form in a page that, on submit, shows the engine’s summary of what was entered, as the demo page does. Everything on the page is written as text.',
      },
    },
  },
};
export default meta;

function journey(framework: string, version: string): HTMLElement {
  const page = document.createElement('div');
  const form = document.createElement('apq-evaluation-form');
  form.frameworkId = framework;
  form.version = version;
  form.storage = memoryDraftStorage();
  const summary = document.createElement('section');
  summary.hidden = true;
  form.addEventListener('apq-submit', (event) => {
    const result = summarise(form.resolvedFramework!, event.detail.evaluation);
    const heading = document.createElement('h2');
    heading.textContent = 'Summary';
    const list = document.createElement('ul');
    for (const area of result.categories.flatMap((c) => c.areas)) {
      const item = document.createElement('li');
      item.textContent = `${area.number}. ${area.title}: ${area.judgement.label ?? 'no judgement'} (suggested: ${area.suggestion.label ?? 'none'})`;
      list.append(item);
    }
    summary.replaceChildren(heading, list);
    summary.hidden = false;
  });
  page.append(form, summary);
  return page;
}

export const Toolkit: StoryObj = { render: () => journey('ap-quality-toolkit', '2.0.0') };
export const Leicestershire: StoryObj = { render: () => journey('leicestershire-bp-qa', '1.0.0') };
