// SPDX-License-Identifier: MIT
// Whole journeys across elements: read the framework, fill in the form, submit, and see the
// evaluation in <apq-summary>, as the demo page does.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/frameworks.js';
import '../packages/elements/src/components/evaluation-form/apq-evaluation-form.js';
import '../packages/elements/src/components/framework-view/apq-framework-view.js';
import '../packages/elements/src/components/summary/apq-summary.js';
import { memoryDraftStorage } from '../packages/elements/src/internal/storage.js';

const meta: Meta = {
  title: 'Journeys/Evaluate and see the summary',
  parameters: {
    docs: {
      description: {
        story: 'The framework to read, the form, and on submit the evaluation in <apq-summary>: the cycle a council officer follows.',
      },
    },
  },
};
export default meta;

function journey(framework: string, version: string): HTMLElement {
  const page = document.createElement('div');
  const details = document.createElement('details');
  const caption = document.createElement('summary');
  caption.textContent = 'Read the framework first';
  const view = document.createElement('apq-framework-view');
  view.frameworkId = framework;
  view.version = version;
  view.noHash = true;
  details.append(caption, view);
  const form = document.createElement('apq-evaluation-form');
  form.frameworkId = framework;
  form.version = version;
  form.storage = memoryDraftStorage();
  const summary = document.createElement('apq-summary');
  summary.hidden = true;
  form.addEventListener('apq-submit', (event) => {
    summary.evaluation = event.detail.evaluation;
    summary.hidden = false;
  });
  page.append(details, form, summary);
  return page;
}

export const Toolkit: StoryObj = { render: () => journey('ap-quality-toolkit', '2.0.0') };
export const Leicestershire: StoryObj = { render: () => journey('leicestershire-bp-qa', '1.0.0') };
