// SPDX-License-Identifier: MIT
// <apq-action-plan> on the real frameworks: one story per example in action-plan.examples.ts (the
// same states the accessibility loop checks), plus a playground with a `today` to move.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../frameworks.js';
import { memoryDraftStorage } from '../../internal/storage.js';
import './apq-action-plan.js';
import { examples, planEvaluation } from './action-plan.examples.js';

interface PlanArgs {
  today: string;
  lang: string;
}

/** The example of that name, as a story (Storybook reads story exports statically, so each is written out below). */
function fromExample(name: string, extra: StoryObj<PlanArgs> = {}): StoryObj<PlanArgs> {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) throw new Error(`no action plan example named "${name}"`);
  return {
    name: example.name,
    render: () => example.render(),
    parameters: example.description ? { docs: { description: { story: example.description } } } : {},
    ...extra,
  };
}

const meta: Meta<PlanArgs> = {
  title: 'Elements/Action plan',
  component: 'apq-action-plan',
  tags: ['autodocs'],
  args: { today: '2027-07-15', lang: 'en-GB' },
  argTypes: {
    today: { control: 'text' },
    lang: { control: 'inline-radio', options: ['en-GB', 'cy'] },
  },
  render: (args) =>
    html`<div lang=${args.lang}><apq-action-plan .evaluation=${planEvaluation()} today=${args.today} .storage=${memoryDraftStorage()}></apq-action-plan></div>`,
  parameters: {
    docs: {
      description: {
        component: [
          '**Purpose.** The improvement plan of one evaluation, kept up over the year: the priorities of each area with the actions that serve them; adding and changing actions; recording reviews, which are kept as a dated history and never changed; dropping an action after a question; confirming the actions carried forward into the next evaluation.',
          '**When not to use it.** To judge the areas, use the evaluation form; to read the evaluation at a glance, the summary. The plan never compares settings.',
          '**Overdue and filters.** Open actions past their due date (a month means its end) are marked “Overdue” against `today`. Filters narrow the plan by area, owner, status or overdue; they never change its order.',
          '**Drafts.** Everything typed, including a review half written, is saved as a draft through the same storage adapter as the form and resumed on the next visit.',
          '**Accessibility.** GOV.UK summary lists, tags in words, the date input, the error summary with inline errors, and a question before dropping. Every control can be used by keyboard; tested with axe in every state.',
        ].join('\n\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<PlanArgs>;

export const Playground: Story = {};
export const ATermOn: Story = fromExample('AP Quality Toolkit: a plan a term on');
export const AsSubmitted: Story = fromExample('AP Quality Toolkit: the plan as submitted');
export const CarriedForward: Story = fromExample('The next evaluation: actions carried forward to confirm');
export const LeicestershireNoActions: Story = fromExample('Leicestershire: one priority, no actions yet');
export const ResumedMidReview: Story = fromExample('Resumed mid-review, with an impossible date');
export const ActionForAMissingArea: Story = fromExample('An action for an area the framework does not have');
export const NarrowScreen: Story = fromExample('Narrow screen (320 px), a plan a term on', {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
});
