// SPDX-License-Identifier: MIT
// The element's side of a host page's <form>: the evaluation as the submitted value (JSON), and
// the form's validity following the evaluation's.

/** Sets the form value (and the state the browser restores on back/forward) to the evaluation as JSON. */
export function setFormValue(internals: ElementInternals, value: unknown): void {
  if (value === undefined || value === null) {
    internals.setFormValue(null);
    return;
  }
  const json = JSON.stringify(value);
  internals.setFormValue(json, json);
}

/** Valid, or a custom error with a message and (when rendered) the control the browser should point at. */
export function setValidity(internals: ElementInternals, message: string | null, anchor?: HTMLElement | null): void {
  if (message === null) internals.setValidity({});
  else if (anchor) internals.setValidity({ customError: true }, message, anchor);
  else internals.setValidity({ customError: true }, message);
}

/** The first element in a shadow root that can take focus, as a validity anchor. */
export function firstFocusable(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('input, textarea, select, button, a[href]');
}
