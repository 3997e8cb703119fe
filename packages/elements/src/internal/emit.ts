// SPDX-License-Identifier: MIT
// Every event an element emits: prefixed, bubbling out of the shadow root, with an object detail.

export interface EmitOptions {
  cancelable?: boolean;
}

/** Dispatches `type` from `target`; returns false when a listener called preventDefault(). */
export function emit<D extends object>(target: EventTarget, type: string, detail: D, options: EmitOptions = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<D>(type, { bubbles: true, composed: true, cancelable: options.cancelable === true, detail }),
  );
}
