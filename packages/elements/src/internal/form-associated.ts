// SPDX-License-Identifier: MIT
// Form association as a mixin: an element built with it takes part in a host page's <form>
// through ElementInternals (its value in FormData, its validity, reset, disabled fieldsets and
// restore on back/forward). The element says what its value and validity are; the mixin does the rest,
// including telling the element when its host form is submitted and whether that submit was validated
// (what a host submit means is decided in docs/decisions/0009-what-a-host-form-receives.md).
import type { LitElement, PropertyDeclarations } from 'lit';

// TypeScript requires exactly this signature for a mixin's base constructor.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LitConstructor = abstract new (...args: any[]) => LitElement;

/** What a form-associated element offers the page, as a native form control does. */
export interface FormAssociatedApi {
  /** The name its value is submitted under in the host form. */
  name: string | undefined;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/** What the mixin gives a subclass: the API above, and the helpers to report value and validity. */
export interface FormAssociatedMembers extends FormAssociatedApi {
  readonly internals: ElementInternals;
  formDisabled: boolean;
  formDisabledCallback(disabled: boolean): void;
  setFormValue(value: unknown): void;
  setValidity(message: string | null, anchor?: HTMLElement | null): void;
  formAssociatedCallback(form: HTMLFormElement | null): void;
  hostFormSubmitted(submission: HostFormSubmission): void;
}

/** A host form being submitted, as the element sees it in the form's `submit` event. */
export interface HostFormSubmission {
  /** The `submit` event: cancel it to stop the submission. */
  readonly event: SubmitEvent;
  readonly form: HTMLFormElement;
  /**
   * False when the browser skipped constraint validation: `novalidate` on the form or
   * `formnovalidate` on the button that submitted it (GOV.UK's "Save and come back later").
   * True means every control, this element included, was valid a moment ago.
   */
  readonly validated: boolean;
}

/** Whether the browser validated the controls before firing this `submit` event. */
export function submitWasValidated(form: HTMLFormElement, submitter: HTMLElement | null): boolean {
  if (form.noValidate) return false;
  return !((submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement) && submitter.formNoValidate);
}

// The declared return type keeps LitElement's private members out of the emitted declarations.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function FormAssociated<T extends LitConstructor>(Base: T): T & (abstract new (...args: any[]) => FormAssociatedMembers) {
  abstract class FormAssociatedElement extends Base implements FormAssociatedApi {
    static formAssociated = true;
    static properties: PropertyDeclarations = {
      name: { reflect: true },
    };

    /** The name the value is submitted under in a host `<form>`. */
    name: string | undefined;

    protected readonly internals: ElementInternals;
    /** True while a disabled `<fieldset>` or form holds the element. */
    protected formDisabled = false;
    private watchedForm: HTMLFormElement | null = null;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.internals = this.attachInternals();
    }

    /** The host form this element belongs to, if any. */
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }

    get validity(): ValidityState {
      return this.internals.validity;
    }

    get validationMessage(): string {
      return this.internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.internals.willValidate;
    }

    /** Whether the value is complete enough to submit, as the host form sees it. */
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }

    /** As checkValidity, and shows the problems to the person. */
    reportValidity(): boolean {
      return this.internals.reportValidity();
    }

    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
      this.requestUpdate();
    }

    /** Called by the browser whenever the element's form owner changes (also null when it leaves the page). */
    formAssociatedCallback(form: HTMLFormElement | null): void {
      this.watchedForm?.removeEventListener('submit', this.handleHostSubmit, { capture: true });
      this.watchedForm = form;
      // Capture: at the form itself, capturing listeners run before the host's own `submit`
      // listeners, so a host that builds `new FormData(form)` in its listener sees the final value.
      form?.addEventListener('submit', this.handleHostSubmit, { capture: true });
    }

    private readonly handleHostSubmit = (event: Event): void => {
      const form = this.watchedForm;
      // A submit event bubbling up from a form nested in a shadow root or dispatched by script at another target.
      if (!form || event.target !== form || !(event instanceof SubmitEvent)) return;
      if (this.formDisabled) return;
      this.hostFormSubmitted({ event, form, validated: submitWasValidated(form, event.submitter) });
    };

    /**
     * The host form is being submitted: its `submit` event, which fires after the browser's
     * constraint validation and before it collects the form's data, so a value set here is the
     * one submitted. Override to finalise the value; by default the value stays as it is.
     */
    protected hostFormSubmitted(_submission: HostFormSubmission): void {}

    /** Sets the submitted value (and the state restored on back/forward) to `value` as JSON; null for none. */
    protected setFormValue(value: unknown): void {
      if (value === undefined || value === null) {
        this.internals.setFormValue(null);
        return;
      }
      const json = JSON.stringify(value);
      this.internals.setFormValue(json, json);
    }

    /** Valid (null), or a custom error with a message and the control the browser should point at. */
    protected setValidity(message: string | null, anchor?: HTMLElement | null): void {
      if (message === null) this.internals.setValidity({});
      else if (anchor) this.internals.setValidity({ customError: true }, message, anchor);
      else this.internals.setValidity({ customError: true }, message);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return FormAssociatedElement as unknown as T & (abstract new (...args: any[]) => FormAssociatedMembers);
}

/** The first element in a shadow root that can take focus, as a validity anchor. */
export function firstFocusable(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('input, textarea, select, button, a[href]');
}
