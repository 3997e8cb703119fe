// SPDX-License-Identifier: MIT
export type { ApqChangeDetail, ApqChangeEvent } from './apq-change.js';
export type { ApqErrorDetail, ApqErrorEvent, ApqErrorKind } from './apq-error.js';
export type { ApqSaveDetail, ApqSaveEvent } from './apq-save.js';
export type { ApqSubmitDetail, ApqSubmitEvent } from './apq-submit.js';
