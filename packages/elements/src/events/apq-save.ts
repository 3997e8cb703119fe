// SPDX-License-Identifier: MIT
import type { Evaluation } from '@ap-quality/core';

export interface ApqSaveDetail {
  /** The evaluation as saved. */
  evaluation: Evaluation;
  /** The storage key it was saved under. */
  key: string;
  /** When it was saved, as an ISO 8601 date-time. */
  savedAt: string;
}

/** Fired after the draft has been saved by the storage adapter. */
export type ApqSaveEvent = CustomEvent<ApqSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'apq-save': ApqSaveEvent;
  }
}
