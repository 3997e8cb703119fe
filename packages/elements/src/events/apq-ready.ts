// SPDX-License-Identifier: MIT

export interface ApqReadyDetail {
  /** The framework id and version the element has loaded. */
  framework: { id: string; version: string };
}

/**
 * Fired once the element has loaded what it shows (the framework, and the evaluation or draft
 * where it takes one) and rendered it. Fired again after a new framework or file is loaded.
 * `await element.updateComplete` resolves at the same moment.
 */
export type ApqReadyEvent = CustomEvent<ApqReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'apq-ready': ApqReadyEvent;
  }
}
