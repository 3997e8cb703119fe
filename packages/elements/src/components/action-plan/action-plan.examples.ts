// SPDX-License-Identifier: MIT
// <apq-action-plan> in every state, on the real frameworks and their worked examples: the
// stories, the shared accessibility loop and the docs all draw from this list. The builders are
// exported for the element's own tests.
import { WORKED_EXAMPLES } from '@ap-quality/core/frameworks';
import { html } from 'lit';
import '../../frameworks.js';
import { type Evaluation, copyForward, withAction, withActionChanges, withReview } from '../../internal/core.js';
import type { ElementExamples } from '../../internal/examples.js';
import { type StoredDraft, memoryDraftStorage } from '../../internal/storage.js';
import './apq-action-plan.js';
import { DRAFT_EXTENSION, type Editor, editorKey, fieldId } from './parts/editing.js';

/** A fresh copy of a worked example's evaluation, such as `self-evaluation-complete`. */
export function workedEvaluation(id: string): Evaluation {
  const found = WORKED_EXAMPLES.find((e) => e.id === id);
  if (!found) throw new Error(`no worked example "${id}"`);
  return structuredClone(found.evaluation);
}

const at = (iso: string) => new Date(iso);

/**
 * The toolkit's complete self-evaluation a term on: the mentors action done after two reviews,
 * the questioning training in progress after one, a new action for transition, and one dropped.
 */
export function planEvaluation(): Evaluation {
  let e = workedEvaluation('self-evaluation-complete');
  e = withReview(e, 'ae-year-11-mentors', { on: '2027-02-01', by: 'Deputy headteacher', note: 'Mentors matched to 9 of 12 pupils.', status: 'in-progress' }, at('2027-02-01T16:00:00Z'));
  e = withReview(
    e,
    'ae-year-11-mentors',
    { on: '2027-03-01', by: 'Head of centre', note: 'Every persistently absent pupil in Year 11 now has a mentor.', status: 'done', evidence: 'Attendance of the group up from 71% to 84% over the half term.' },
    at('2027-03-01T16:00:00Z'),
  );
  e = withReview(e, 'qe-questioning-cpd', { on: '2027-03-10', note: 'The first session ran; lesson visits are booked.', status: 'in-progress' }, at('2027-03-10T16:00:00Z'));
  e = withAction(
    e,
    { id: 'at-weekly-calls', area: 'appropriate-transition', priority: 'at-specialist-places', what: 'Hold a weekly call with the SEND team about pupils waiting for places.', who: 'SENCo', due: '2027-04-30', successMeasure: 'No pupil waits more than a term without a named next step.', status: 'not-started' },
    at('2027-02-15T09:00:00Z'),
  );
  e = withAction(e, { id: 'ri-newsletter', area: 'research-and-innovation', what: 'Share what we learn in the parents’ newsletter.', status: 'not-started' }, at('2027-02-15T09:00:00Z'));
  e = withActionChanges(e, 'ri-newsletter', { status: 'dropped' }, at('2027-03-01T09:00:00Z'));
  return e;
}

/** The next evaluation of the same setting, started from the plan above: its open actions carried forward to confirm. */
export function carriedForwardEvaluation(): Evaluation {
  return copyForward(planEvaluation(), { now: at('2027-09-06T08:00:00Z'), id: 'riverside-2027-autumn' });
}

/** Not valid: an action for an area the framework does not have. */
export function missingAreaEvaluation(): Evaluation {
  const e = workedEvaluation('self-evaluation-complete');
  e.actions.push({ ...e.actions[0]!, id: 'lost-action', area: 'no-such-area', priority: undefined as never, what: 'An action for an area that is not in the framework.' });
  delete (e.actions.at(-1) as { priority?: string }).priority;
  return e;
}

/** A draft left mid-review, with a date that does not exist and the save already tried: errors show on load. */
export function draftMidReview(evaluation: Evaluation = planEvaluation()): { storage: ReturnType<typeof memoryDraftStorage>; key: string; editorKey: string } {
  const key = `apq-action-plan:${evaluation.framework.id}:${evaluation.id}`;
  const reviewKey = editorKey.review('qe-questioning-cpd');
  const editor: Editor = {
    kind: 'review',
    actionId: 'qe-questioning-cpd',
    fields: { on: { day: '31', month: '2', year: '2027' }, by: 'Head of centre', note: 'Lesson visits show more open questions in maths.', status: 'in-progress', evidence: '' },
    checked: true,
  };
  const draft: StoredDraft = {
    evaluation: { ...evaluation, extensions: { [DRAFT_EXTENSION]: { editors: { [reviewKey]: editor } } as never } },
    position: { step: 'plan', field: fieldId(reviewKey, 'note') },
    savedAt: '2027-03-20T10:00:00Z',
  };
  return { storage: memoryDraftStorage({ [key]: draft }), key, editorKey: reviewKey };
}

export const examples: ElementExamples = {
  tag: 'apq-action-plan',
  examples: [
    {
      name: 'AP Quality Toolkit: a plan a term on',
      description: 'Actions by priority and area, with their reviews as a dated history; one done, one in progress, one dropped; two overdue on 15 July 2027.',
      render: () => html`<apq-action-plan .evaluation=${planEvaluation()} today="2027-07-15" .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
    {
      name: 'AP Quality Toolkit: the plan as submitted',
      description: 'The worked example’s three actions, none reviewed yet.',
      render: () => html`<apq-action-plan .evaluation=${workedEvaluation('self-evaluation-complete')} today="2027-01-20" .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
    {
      name: 'The next evaluation: actions carried forward to confirm',
      description: 'Started from the previous evaluation: the open actions come with their reviews, each to confirm, change or drop.',
      render: () => html`<apq-action-plan .evaluation=${carriedForwardEvaluation()} today="2027-09-10" .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
    {
      name: 'Leicestershire: one priority, no actions yet',
      render: () => html`<apq-action-plan .evaluation=${workedEvaluation('mixed-with-rationale')} today="2027-07-01" .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
    {
      name: 'Resumed mid-review, with an impossible date',
      description: 'A review half written before the page was closed, dated 31 February: resumed as typed, with the error summary and the error at the field.',
      render: () => html`<apq-action-plan .evaluation=${planEvaluation()} today="2027-03-20" .storage=${draftMidReview().storage}></apq-action-plan>`,
    },
    {
      name: 'An action for an area the framework does not have',
      description: 'The element shows what is wrong, path by path, instead of a plan.',
      render: () => html`<apq-action-plan .evaluation=${missingAreaEvaluation()} .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
    {
      name: 'Nothing given yet',
      hidden: true,
      render: () => html`<apq-action-plan .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
    {
      name: 'Narrow screen (320 px), a plan a term on',
      width: 320,
      render: () => html`<apq-action-plan .evaluation=${planEvaluation()} today="2027-07-15" .storage=${memoryDraftStorage()}></apq-action-plan>`,
    },
  ],
};
