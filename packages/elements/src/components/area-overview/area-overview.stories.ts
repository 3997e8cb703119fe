// SPDX-License-Identifier: MIT
// <apq-area-overview> on generated, illustrative aggregates of the AP Quality Toolkit: one story
// per example in area-overview.examples.ts (the same states the accessibility loop checks), plus
// a playground.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../frameworks.js';
import './apq-area-overview.js';
import { TERMS, examples, toolkitAggregate } from './area-overview.examples.js';

interface OverviewArgs {
  terms: number;
  breakdowns: boolean;
  lang: string;
}

/** The example of that name, as a story (Storybook reads story exports statically, so each is written out below). */
function fromExample(name: string, extra: StoryObj<OverviewArgs> = {}): StoryObj<OverviewArgs> {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) throw new Error(`no area overview example named "${name}"`);
  return {
    name: example.name,
    render: () => example.render(),
    parameters: example.description ? { docs: { description: { story: example.description } } } : {},
    ...extra,
  };
}

const meta: Meta<OverviewArgs> = {
  title: 'Elements/Area overview',
  component: 'apq-area-overview',
  tags: ['autodocs'],
  args: { terms: 2, breakdowns: false, lang: 'en-GB' },
  argTypes: {
    terms: { control: { type: 'range', min: 1, max: TERMS.length, step: 1 } },
    breakdowns: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['en-GB', 'cy', 'fr'] },
  },
  render: (args) =>
    html`<div lang=${args.lang}>
      <apq-area-overview .aggregate=${toolkitAggregate({ periods: TERMS.slice(TERMS.length - args.terms), breakdowns: args.breakdowns })}></apq-area-overview>
    </div>`,
  parameters: {
    docs: {
      description: {
        component: [
          '**Purpose.** The picture across the settings a local authority or trust quality-assures, area by area, from an aggregate made on its own server (`apq aggregate`): the distribution of judgements as a table with a bar beside each count, completion, the priorities settings have in common and, with more than one period, the change since the period before. With breakdowns, the figures for one use or one type of setting.',
          '**What it never does.** It names no setting, never ranks or sorts settings, and refuses raw evaluations: the browser only ever receives protected figures. A count from too few settings reads as the aggregate’s wording (“fewer than 3”), never as 0.',
          '**Print and download.** “Print this overview” prints the figures without the controls. The CSV has one row per figure, for every period and group; suppressed counts are written in words, and text a spreadsheet would run as a formula is kept as text.',
          '**Accessibility.** The figures are in a real table (caption, header cells); the bar beside each level is hidden from assistive technology, and drawn in the text colour so it keeps in forced colours and print. Periods and groups are radios; a change is announced politely. Reflows to 320 px. Tested with axe in every state.',
          '**The figures in these stories are generated and illustrative.**',
        ].join('\n\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<OverviewArgs>;

export const Playground: Story = {};
export const TwoTerms: Story = fromExample('Two terms compared');
export const OneTerm: Story = fromExample('One term');
export const FourTermsWithBreakdowns: Story = fromExample('Four terms, by use and type of setting');
export const BreakdownChosen: Story = fromExample('A breakdown chosen: pupil referral units');
export const AllSuppressed: Story = fromExample('Every count suppressed');
export const RawEvaluationsRefused: Story = fromExample('Evaluations given instead of an aggregate');
export const InvalidAggregate: Story = fromExample('An aggregate that is not valid');
export const NarrowScreen: Story = fromExample('Narrow screen (320 px), two terms compared', {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
});
