// SPDX-License-Identifier: MIT
// What every part of the form's template is given: the data to show and the actions to call.
// Parts are plain functions returning templates, rendered into the form's one shadow root, so
// labels, descriptions and error links all resolve within a single tree.
import type {
  Answer,
  AreaProgress,
  AreaSuggestion,
  CheckStatus,
  Evaluation,
  Framework,
  FrameworkIndex,
  ProgressStatus,
  QualityArea,
} from '../../../internal/core.js';
import type { FieldError } from '../../../templates/controls.js';
import type { ApqStrings } from '../evaluation-form.strings.js';

export type SettingKey = 'name' | 'urn' | 'type' | 'localAuthority';
export type EvidenceItem = NonNullable<Answer['evidence']>[number];

export interface FormActions {
  /** Text fields update on every keystroke (`commit` false) and commit when the person leaves them. */
  setting(key: SettingKey, value: string): void;
  use(id: string): void;
  answer(questionId: string, patch: Partial<Answer>, commit: boolean): void;
  check(descriptorId: string, status: CheckStatus): void;
  evidence(areaId: string, value: string): void;
  rationale(areaId: string, value: string): void;
  strengths(areaId: string, items: string[], commit: boolean): void;
  priorities(areaId: string, items: Array<{ id?: string; text: string }>, commit: boolean): void;
  judgement(areaId: string, level: string): void;
  /** Fires `apq-change` for a text field the person has just left. */
  commit(field: string): void;
  /** Moves to a step; focuses `focus` (a field name or element id) once it is shown. */
  goTo(step: string, focus?: string, options?: { fromReview?: boolean }): void;
  focusLater(id: string): void;
  refreshDownload(event: Event): void;
}

export interface FormView {
  framework: Framework;
  index: FrameworkIndex;
  evaluation: Evaluation;
  strings: ApqStrings;
  /** Fills a string's placeholders and plurals in the page's language. */
  format(template: string, values?: Record<string, string | number>): string;
  step: string;
  layout: 'paged' | 'single-page';
  readonly: boolean;
  /** The error shown at a field, once the person has tried to move on or submit. */
  error(field: string): FieldError | undefined;
  /** True when the area page was reached through a "Change" link of the review step. */
  fromReview: boolean;
  suggestion(areaId: string): AreaSuggestion;
  progress(area: QualityArea): AreaProgress;
  settingStatus: ProgressStatus;
  areaLabel(area: QualityArea): string;
  actions: FormActions;
}
