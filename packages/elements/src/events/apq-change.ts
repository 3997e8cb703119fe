// SPDX-License-Identifier: MIT
import type { Evaluation } from '@ap-quality/core';

export interface ApqChangeDetail {
  /** The whole evaluation after the change. */
  evaluation: Evaluation;
  /**
   * The id of the field the person changed, such as `q-attendance-q1` or `setting-name`; from
   * `<apq-action-plan>`, a path that resolves in `evaluation`, such as `actions.3.reviews.0`.
   */
  field: string;
  /** The area the field belongs to, where it belongs to one. */
  area?: string;
}

/** Fired when the person commits a change (a choice made, a text field left, an item added or removed); never on a property set. */
export type ApqChangeEvent = CustomEvent<ApqChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'apq-change': ApqChangeEvent;
  }
}
