// SPDX-License-Identifier: MIT
// <apq-summary> on the real frameworks: one story per example in summary.examples.ts (the same
// states the accessibility loop checks), plus a playground over every worked example.
import { WORKED_EXAMPLES } from '@ap-quality/core/frameworks';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../frameworks.js';
import './apq-summary.js';
import { examples, workedEvaluation } from './summary.examples.js';

interface SummaryArgs {
  example: string;
  lang: string;
}

const shown = WORKED_EXAMPLES.filter((e) => e.hidden !== true).map((e) => e.id);

/** The example of that name, as a story (Storybook reads story exports statically, so each is written out below). */
function fromExample(name: string, extra: StoryObj<SummaryArgs> = {}): StoryObj<SummaryArgs> {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) throw new Error(`no summary example named "${name}"`);
  return {
    name: example.name,
    render: () => example.render(),
    parameters: example.description ? { docs: { description: { story: example.description } } } : {},
    ...extra,
  };
}

const meta: Meta<SummaryArgs> = {
  title: 'Elements/Summary',
  component: 'apq-summary',
  tags: ['autodocs'],
  args: { example: 'self-evaluation-complete', lang: 'en-GB' },
  argTypes: {
    example: { control: 'select', options: shown },
    lang: { control: 'inline-radio', options: ['en-GB', 'cy', 'fr'] },
  },
  render: (args) => html`<div lang=${args.lang}><apq-summary .evaluation=${workedEvaluation(args.example)}></apq-summary></div>`,
  parameters: {
    docs: {
      description: {
        component: [
          '**Purpose.** One evaluation at a glance, to read, print or share: the setting, the framework and its version, what it is for, its status, evaluators and dates; then, by category and area, the judgement beside the engine’s suggestion (with the rationale where they differ), progress, evidence seen, strengths and priorities. A chart of the judgements comes with the same figures as a table. Given an earlier evaluation of the same setting, it shows what changed in each area.',
          '**When not to use it.** To fill in or change an evaluation, use the evaluation form. To compare settings, use the area overview: the summary shows one setting, and never ranks.',
          '**Print and download.** “Print this summary” prints a clean A4 report (no buttons or links, the setting and dates at the top). The CSV has one row per area (text a spreadsheet would run as a formula is kept as text); the JSON is the evaluation as given.',
          '**Accessibility.** The chart is hidden from assistive technology and its figures are in a real table (caption, header cells). Changes are words in tags, never colour alone; the chart is drawn in the text colour, so it keeps in forced colours and print. Reflows to 320 px. Tested with axe in every state.',
          '**Theming.** `--apq-*` custom properties (colours, spacing, font, `--apq-summary-grade-color` for the chart) and `::part()`, listed below.',
        ].join('\n\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<SummaryArgs>;

export const Playground: Story = {};
export const ToolkitComplete: Story = fromExample('AP Quality Toolkit: a complete self-evaluation');
export const LeicestershireDiffersFromSuggestion: Story = fromExample('Leicestershire: a judgement that differs from its suggestion');
export const LeicestershireOutstanding: Story = fromExample('Leicestershire: an outstanding partnership');
export const ComparedWithPrevious: Story = fromExample('Leicestershire: compared with the previous review');
export const DraftInProgress: Story = fromExample('AP Quality Toolkit: a draft in progress');
export const OlderFrameworkVersion: Story = fromExample('Made against an older framework version');
export const InvalidEvaluation: Story = fromExample('An evaluation that is not valid');
export const FrameworkNotRegistered: Story = fromExample('A framework that is not on the page');
export const PreviousOfAnotherSetting: Story = fromExample('A previous evaluation of another setting');
export const NarrowScreen: Story = fromExample('Narrow screen (320 px), compared with the previous review', {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
});
