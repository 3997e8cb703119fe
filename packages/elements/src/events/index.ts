// SPDX-License-Identifier: MIT
import type { ApqChangeDetail } from './apq-change.js';
import type { ApqErrorDetail } from './apq-error.js';
import type { ApqReadyDetail } from './apq-ready.js';
import type { ApqSaveDetail } from './apq-save.js';
import type { ApqSubmitDetail } from './apq-submit.js';

export type { ApqChangeDetail, ApqChangeEvent } from './apq-change.js';
export type { ApqErrorDetail, ApqErrorEvent, ApqErrorKind } from './apq-error.js';
export type { ApqReadyDetail, ApqReadyEvent } from './apq-ready.js';
export type { ApqSaveDetail, ApqSaveEvent } from './apq-save.js';
export type { ApqSubmitDetail, ApqSubmitEvent } from './apq-submit.js';

/** Every event the elements emit, by type, with its detail: what `emit` checks against. */
export interface ApqEventDetailMap {
  'apq-change': ApqChangeDetail;
  'apq-error': ApqErrorDetail;
  'apq-ready': ApqReadyDetail;
  'apq-save': ApqSaveDetail;
  'apq-submit': ApqSubmitDetail;
}
