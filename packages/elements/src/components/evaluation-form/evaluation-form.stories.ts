// SPDX-License-Identifier: MIT
/// <reference types="vite/client" />
// The form's states on the real frameworks, and every worked example that is not hidden.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../frameworks.js';
import type { Evaluation } from '../../internal/core.js';
import { findFramework } from '../../internal/registry.js';
import { type DraftPosition, type DraftStorage, memoryDraftStorage } from '../../internal/storage.js';
import './apq-evaluation-form.js';
import type { ApqEvaluationForm } from './evaluation-form.js';

interface WorkedExample {
  id: string;
  title: string;
  hidden?: boolean;
  evaluation: Evaluation;
}

const exampleModules = import.meta.glob<{ default: WorkedExample }>('../../../../core/data/frameworks/*/examples/*.json', { eager: true });
const examples = Object.values(exampleModules)
  .map((m) => m.default)
  .filter((e) => e.hidden !== true);
const example = (id: string) => examples.find((e) => e.id === id);

interface FormArgs {
  framework: string;
  version: string;
  layout: 'paged' | 'single-page';
  readonly: boolean;
}

interface Setup {
  evaluation?: Evaluation | undefined;
  position?: DraftPosition;
  storage?: DraftStorage;
  src?: string;
  after?: (el: ApqEvaluationForm) => unknown;
}

/** A form with its own in-memory storage (so stories never share drafts), resumed at `position`. */
function form(args: FormArgs, setup: Setup = {}): ApqEvaluationForm {
  const el = document.createElement('apq-evaluation-form');
  const key = `story:${Math.random().toString(36).slice(2)}`;
  el.storageKey = key;
  el.layout = args.layout;
  el.readonly = args.readonly;
  if (setup.src) el.src = setup.src;
  else {
    el.frameworkId = args.framework;
    el.version = args.version;
  }
  el.storage =
    setup.storage ??
    memoryDraftStorage(setup.evaluation ? { [key]: { evaluation: setup.evaluation, ...(setup.position ? { position: setup.position } : {}) } } : {});
  if (setup.after) void el.updateComplete.then(() => setup.after!(el));
  return el;
}

const meta: Meta<FormArgs> = {
  title: 'Elements/Evaluation form',
  component: 'apq-evaluation-form',
  tags: ['autodocs'],
  args: { framework: 'ap-quality-toolkit', version: '2.0.0', layout: 'paged', readonly: false },
  argTypes: {
    framework: { control: 'select', options: ['ap-quality-toolkit', 'leicestershire-bp-qa'] },
    version: { control: 'text' },
    layout: { control: 'inline-radio', options: ['paged', 'single-page'] },
  },
  render: (args) => form(args),
  parameters: {
    docs: {
      description: {
        component: [
          '**Purpose.** Fill in an evaluation of an alternative provision setting against a framework: the use and the setting, then area by area (questions, evidence, strengths, priorities and a judgement), then a check of every answer before submitting. Where the framework has grade descriptors, a checklist offers them as a best-fit aid and the engine suggests a judgement with its reasons.',
          '**When not to use it.** To show a finished evaluation, use the `readonly` attribute (or the summary element). To browse a framework without evaluating, use the framework view.',
          '**Nothing lost.** Every keystroke is saved as a draft (localStorage, or the host\'s own storage adapter) and restored on return, at the same place; when storage fails a warning with a download link stays on screen.',
          '**Accessibility.** Native controls in the shadow DOM, each labelled; GOV.UK error summary with links to fields; suggestion changes announced through a polite live region; works with the keyboard alone; reflows to 320 px. Tested with axe in every state.',
          '**Theming.** `--apq-*` custom properties (colours, spacing, font) and `::part()` for individual pieces, listed below. The element inherits the page\'s font.',
        ].join('\n\n'),
      },
    },
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

export const Empty: Story = {};

export const LeicestershireEmpty: Story = { args: { framework: 'leicestershire-bp-qa', version: '1.0.0' } };

export const PartFilled: Story = {
  render: (args) => form(args, { evaluation: example('self-evaluation-in-progress')?.evaluation, position: { step: 'area:partnership-working' } }),
};

export const SuggestionShown: Story = {
  args: { framework: 'leicestershire-bp-qa', version: '1.0.0' },
  render: (args) => {
    const source = example('good-partnership')?.evaluation;
    const evaluation = source ? { ...source, status: 'draft' as const, areas: {} } : undefined;
    return form(args, { evaluation, position: { step: 'area:attendance' } });
  },
};

export const ErrorsShown: Story = {
  args: { framework: 'leicestershire-bp-qa', version: '1.0.0' },
  render: (args) => form(args, { after: (el) => el.submit() }),
};

export const ReviewStep: Story = {
  render: (args) => {
    const source = example('self-evaluation-complete')?.evaluation;
    return form(args, { evaluation: source ? { ...source, status: 'draft' } : undefined, position: { step: 'review' } });
  },
};

export const ReadOnly: Story = {
  args: { framework: 'leicestershire-bp-qa', version: '1.0.0', readonly: true },
  render: (args) => form(args, { evaluation: example('good-partnership')?.evaluation }),
};

export const SinglePage: Story = { args: { layout: 'single-page' } };

export const StorageFull: Story = {
  args: { framework: 'leicestershire-bp-qa', version: '1.0.0' },
  render: (args) =>
    form(args, {
      storage: { load: () => null, save: () => Promise.reject(new DOMException('full', 'QuotaExceededError')), remove: () => undefined },
      after: (el) => el.save(),
    }),
};

export const MigratedFromOlderVersion: Story = {
  render: (args) => {
    const old = findFramework('ap-quality-toolkit', '1.0.0');
    const evaluation: Evaluation | undefined = old && {
      format: 'apq-evaluation',
      formatVersion: 2,
      id: 'story-old-draft',
      framework: { id: old.id, version: old.version },
      status: 'draft',
      setting: { name: 'Oak Tree AP' },
      evaluators: [],
      createdAt: '2026-06-01T09:00:00Z',
      updatedAt: '2026-06-01T09:00:00Z',
      answers: {},
      checks: {},
      areas: { 'pupil-induction': { evidence: 'Induction plans for every pupil.', strengths: ['Home visits before the first day'] } },
      actions: [],
      carriedOver: [],
    };
    return form(args, { evaluation, position: { step: 'area:pupil-induction' } });
  },
};

export const FrameworkFileMissing: Story = {
  render: (args) => form(args, { src: '/no-such-framework.json' }),
};

export const WorkedExamples: StoryObj<FormArgs & { example: string }> = {
  args: { example: examples[0]?.id ?? '', readonly: true },
  argTypes: { example: { control: 'select', options: examples.map((e) => e.id) } },
  render: (args) => {
    const chosen = example(args.example);
    if (!chosen) return form(args);
    const { id, version } = chosen.evaluation.framework;
    return form({ ...args, framework: id, version }, { evaluation: chosen.evaluation, position: { step: 'review' } });
  },
};
