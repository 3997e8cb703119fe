// SPDX-License-Identifier: MIT
// @ap-quality/elements: importing this module registers every element.
export { ApqEvaluationForm } from './components/evaluation-form/apq-evaluation-form.js';
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
export { type ApqStrings, DEFAULT_STRINGS } from './internal/strings.js';
