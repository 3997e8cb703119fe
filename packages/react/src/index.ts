// SPDX-License-Identifier: MIT
// @ap-quality/react: the AP Quality Toolkit's elements as React components. Importing this module
// registers the elements (as importing @ap-quality/elements does); register frameworks by id with
// `@ap-quality/elements/frameworks.js`, or pass a `framework` object.
export * from './elements.generated.js';
export { type ApqEventCallbacks, type ApqEventType, type CallbackName, callbackName, wrap } from './wrap.js';
export type {
  ApqChangeDetail,
  ApqChangeEvent,
  ApqErrorDetail,
  ApqErrorEvent,
  ApqEventDetailMap,
  ApqReadyDetail,
  ApqReadyEvent,
  ApqSaveDetail,
  ApqSaveEvent,
  ApqSubmitDetail,
  ApqSubmitEvent,
} from '@ap-quality/elements';
