// SPDX-License-Identifier: MIT
import type { Evaluation } from '@ap-quality/core';

export interface ApqSubmitDetail {
  /** The evaluation being submitted: status `submitted`, with `submittedAt` set. */
  evaluation: Evaluation;
}

/**
 * Fired when the person submits a valid evaluation, before the element marks it submitted.
 * Cancelable: call `preventDefault()` to keep the evaluation a draft (for example when the host's
 * own save failed).
 */
export type ApqSubmitEvent = CustomEvent<ApqSubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'apq-submit': ApqSubmitEvent;
  }
}
