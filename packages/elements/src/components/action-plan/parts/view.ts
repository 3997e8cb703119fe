// SPDX-License-Identifier: MIT
// What every part of the plan's template is given: the data to show and the actions to call.
// Parts are plain functions returning templates, rendered into the element's one shadow root, so
// labels, descriptions and error links all resolve within a single tree.
import type { Action, Framework, FrameworkIndex } from '../../../internal/core.js';
import type { FieldError } from '../../../templates/controls.js';
import type { ActionPlanStrings } from '../action-plan.strings.js';
import type { ActionFields, ActionStatus, Editor, ReviewFields } from './editing.js';

export interface PlanActions {
  /** Opens an editor (adding, changing, reviewing, dropping) and focuses its first field. */
  open(key: string, editor: Editor): void;
  /** Keeps what is typed in an editor (every keystroke); saved to the draft, never to the evaluation. */
  type(key: string, fields: Partial<ActionFields> | Partial<ReviewFields>): void;
  /** Closes an editor without saving; focus returns to `returnTo`. */
  cancel(key: string, returnTo: string): void;
  /** Checks an editor and, when it is right, saves it into the evaluation. */
  save(key: string): void;
  /** Drops the action (after the question has been answered yes). */
  drop(key: string, actionId: string): void;
  confirm(actionId: string): void;
  /** Shows more of a list of actions that is shown a page at a time. */
  showMore(group: string, firstNewAction: string | undefined): void;
}

export interface PlanView {
  framework: Framework;
  index: FrameworkIndex;
  strings: ActionPlanStrings;
  format(template: string, values?: Record<string, string | number>): string;
  date(iso: string | undefined): string;
  /** The day overdue is judged against, YYYY-MM-DD. */
  today: string;
  editors: ReadonlyMap<string, Editor>;
  /** The error shown at a field, once the person has tried to save its editor. */
  error(fieldId: string): (FieldError & { part?: 'day' | 'month' | 'year' | undefined }) | undefined;
  isOverdue(action: Action): boolean;
  statusLabel(status: ActionStatus): string;
  actions: PlanActions;
}

/** The tag variant of each status: the words say it, the colour repeats it. */
export const STATUS_VARIANT: Record<ActionStatus, string> = {
  'not-started': 'grey',
  'in-progress': 'in-progress',
  done: 'completed',
  dropped: 'dropped',
};

export const actionHeadingId = (actionId: string) => `action--${actionId}`;
