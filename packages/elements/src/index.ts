// SPDX-License-Identifier: MIT
// @ap-quality/elements: importing this module registers every element.
export { ApqActionPlan } from './components/action-plan/apq-action-plan.js';
export { ApqAreaOverview } from './components/area-overview/apq-area-overview.js';
export { ApqEvaluationForm } from './components/evaluation-form/apq-evaluation-form.js';
export { ApqFrameworkView } from './components/framework-view/apq-framework-view.js';
export { ApqSummary } from './components/summary/apq-summary.js';
export type * from './events/index.js';
export { type EvaluationContextValue, evaluationContext } from './internal/context.js';
export { FRAMEWORKS_REGISTERED_EVENT, findFramework, registerFrameworks, registeredVersions } from './internal/registry.js';
export {
  type DraftPosition,
  type DraftStorage,
  type StorageProblemKind,
  type StoredDraft,
  StorageUnavailableError,
  localDraftStorage,
  memoryDraftStorage,
} from './internal/storage.js';
export { type ApqStrings, FORM_STRINGS as DEFAULT_STRINGS } from './components/evaluation-form/evaluation-form.strings.js';
export { COMMON_STRINGS } from './internal/strings.js';
