// SPDX-License-Identifier: MIT
// <apq-framework-view> on the real frameworks: one story per example in framework-view.examples.ts
// (the same states the accessibility loop checks), plus a playground driven by controls.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../frameworks.js';
import './apq-framework-view.js';
import { examples } from './framework-view.examples.js';

interface ViewArgs {
  framework: string;
  version: string;
  use: string;
  compareTo: string;
  filter: string;
}

/** The example of that name, as a story (Storybook reads story exports statically, so each is written out below). */
function fromExample(name: string): StoryObj<ViewArgs> {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) throw new Error(`no framework-view example named "${name}"`);
  return {
    name: example.name,
    render: () => example.render(),
    parameters: example.description ? { docs: { description: { story: example.description } } } : {},
  };
}

const meta: Meta<ViewArgs> = {
  title: 'Elements/Framework view',
  component: 'apq-framework-view',
  tags: ['autodocs'],
  args: { framework: 'ap-quality-toolkit', version: '2.0.0', use: '', compareTo: '', filter: '' },
  argTypes: {
    framework: { control: 'select', options: ['ap-quality-toolkit', 'leicestershire-bp-qa'] },
    version: { control: 'select', options: ['1.0.0', '2.0.0'] },
    use: {
      control: 'select',
      options: ['', 'self-evaluation', 'local-authority-quality-assurance', 'commissioning', 'placement-review', 'peer-review', 'new-provision-review', 'area-wide-review'],
    },
    compareTo: { control: 'select', options: ['', '1.0.0', '2.0.0'] },
    filter: { control: 'text' },
  },
  render: (args) =>
    html`<apq-framework-view
      framework=${args.framework}
      version=${args.version}
      use=${args.use || nothing}
      compare-to=${args.compareTo || nothing}
      filter=${args.filter}
    ></apq-framework-view>`,
  parameters: {
    docs: {
      description: {
        component: [
          '**Purpose.** Read a framework from its canonical data: the title, publisher, version, status and where its wording comes from; categories, areas, sub-areas and evaluative questions with their guidance; grade descriptors by level, with limiting statements marked and explained; footnotes; the uses and the crosswalk to Ofsted’s 2025 evaluation areas. What a publisher shows on its own site, or a commissioner reads before a visit.',
          '**When not to use it.** To fill in an evaluation, use the evaluation form; to show one evaluation’s judgements, use the summary. Do not copy the framework’s text into the page instead: the element always shows the published wording of the version named.',
          '**Filter, use and changes.** The filter narrows areas, questions and descriptors as the person types (capitals and accents ignored) and announces the number of results. `use` shows only the areas that matter most for one use, with a button for the others. `compare-to` marks what was added, reworded or removed since another version.',
          '**Deep links.** Each area’s id is its anchor (`#attendance`): the element scrolls to it on load and when the hash changes, and its contents links update the address. `no-hash` leaves the address alone.',
          '**Accessibility.** Headings in order from the title (h2) down to descriptor levels (h6); the filter has a label and hint and its count is announced politely; focus moves to the heading of an area reached by a link; reflows to 320 px. Tested with axe in every state.',
          '**Theming.** `--apq-*` custom properties and `::part()`, listed below. Prints as a clean document without the filter or contents.',
        ].join('\n\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<ViewArgs>;

export const Playground: Story = {};
export const Toolkit: Story = fromExample('AP Quality Toolkit 2.0.0');
export const BenchmarkToolkit: Story = fromExample('AP Quality Benchmark Toolkit 1.0.0');
export const Leicestershire: Story = fromExample('Leicestershire Behaviour Partnerships 1.0.0');
export const Filtered: Story = fromExample('Filtered, with results');
export const FilteredNoResults: Story = fromExample('Filtered, with no results');
export const NarrowedToUse: Story = fromExample('Narrowed to a use: commissioning');
export const ComparedWithEarlierVersion: Story = fromExample('Compared with an earlier version: toolkit 1.0.0 → 2.0.0');
export const NotRegistered: Story = fromExample('Framework not registered on the page');
export const InvalidFile: Story = fromExample('Framework file that is not valid');
export const NarrowScreen: Story = fromExample('Narrow screen (320 pixels)');
