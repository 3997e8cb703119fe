// SPDX-License-Identifier: MIT
import type { Evaluation, Problem } from '@ap-quality/core';

/**
 * - `framework`: the framework could not be found, loaded or validated.
 * - `storage`: the draft could not be saved (storage full or unavailable) or loaded.
 * - `draft`: a saved draft could not be read or fitted to the framework.
 * - `evaluation`: an evaluation to show (or an earlier one to compare with) could not be loaded, read or fitted to its framework.
 * - `aggregate`: an aggregate to show could not be loaded or is not valid, or evaluations were given instead of one.
 */
export type ApqErrorKind = 'framework' | 'storage' | 'draft' | 'evaluation' | 'aggregate';

export interface ApqErrorDetail {
  kind: ApqErrorKind;
  /** A sentence for people, the same as the element shows. */
  message: string;
  /** Where the problem is in a file, as `path: message` pairs, when a file was at fault. */
  problems?: Problem[];
  /** The evaluation as it stands, when there is one: never lost with the error. */
  evaluation?: Evaluation;
  /** The underlying error, when one was thrown. */
  cause?: unknown;
}

/** Fired when something goes wrong that the person is also shown. */
export type ApqErrorEvent = CustomEvent<ApqErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'apq-error': ApqErrorEvent;
  }
}
