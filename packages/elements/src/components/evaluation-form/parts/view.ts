// SPDX-License-Identifier: MIT
// What every part of the form's template is given: the data to show and the actions to call.
// Parts are plain functions returning templates, rendered into the form's one shadow root, so
// labels, descriptions and error links all resolve within a single tree.
import type {
  Answer,
  AreaSuggestion,
  CheckStatus,
  Evaluation,
  Framework,
  FrameworkIndex,
  QualityArea,
} from '../../../internal/core.js';
import type { ApqStrings } from '../../../internal/strings.js';
import type { AreaProgress, AreaStatus } from '../model.js';

export type SettingKey = 'name' | 'urn' | 'type' | 'localAuthority';
export type AreaTextKey = 'evidence' | 'rationale';
export type EvidenceItem = NonNullable<Answer['evidence']>[number];

export interface FormActions {
  /** Text fields update on every keystroke (`commit` false) and commit when the person leaves them. */
  setting(key: SettingKey, value: string): void;
  use(id: string): void;
  answer(questionId: string, patch: Partial<Answer>, commit: boolean): void;
  check(descriptorId: string, status: CheckStatus): void;
  areaText(areaId: string, key: AreaTextKey, value: string): void;
  strengths(areaId: string, items: string[], commit: boolean): void;
  priorities(areaId: string, items: Array<{ id?: string; text: string }>, commit: boolean): void;
  judgement(areaId: string, level: string): void;
  /** Fires `apq-change` for a text field the person has just left. */
  commit(field: string): void;
  /** Moves to a step; focuses `focus` (a field name or element id) once it is shown. */
  goTo(step: string, focus?: string, options?: { fromReview?: boolean }): void;
  focusLater(id: string): void;
  next(): void;
  previous(): void;
  submit(): void;
  refreshDownload(event: Event): void;
}

export interface FormView {
  framework: Framework;
  index: FrameworkIndex;
  evaluation: Evaluation;
  strings: ApqStrings;
  step: string;
  layout: 'paged' | 'single-page';
  readonly: boolean;
  /** Messages by field, only once the person has tried to submit. */
  errors: ReadonlyMap<string, string>;
  /** True when the area page was reached through a "Change" link of the review step. */
  fromReview: boolean;
  suggestion(areaId: string): AreaSuggestion;
  progress(area: QualityArea): AreaProgress;
  settingStatus: AreaStatus;
  areaLabel(area: QualityArea): string;
  actions: FormActions;
}
