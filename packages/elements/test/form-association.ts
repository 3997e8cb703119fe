// SPDX-License-Identifier: MIT
// The tests every form-associated element runs (elements built with the FormAssociated mixin):
// its value reaches the host form's FormData under its name, validity gates the host's submit,
// reset returns to the starting value, and a disabled fieldset takes it out of the form.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FormAssociatedApi } from '../src/internal/form-associated.js';

type FormElement = HTMLElement & FormAssociatedApi & { updateComplete: Promise<boolean> };

export interface FormAssociationSetup<E extends FormElement> {
  /** The element's template, with `name` set and whatever it needs to load; rendered inside a `<form>`. */
  render: (name: string) => TemplateResult;
  tag: string;
  /** Changes the value as a person would, and returns what the submitted value must then contain. */
  change: (el: E) => Promise<(value: string) => boolean>;
  /** Makes the value complete enough to submit; the element starts incomplete. */
  complete: (el: E) => Promise<void>;
}

export function formAssociationTests<E extends FormElement>(setup: FormAssociationSetup<E>): void {
  async function inForm(extra: TemplateResult = html``): Promise<{ form: HTMLFormElement; el: E }> {
    const form = await fixture<HTMLFormElement>(html`<form>${setup.render('answer')} ${extra}</form>`);
    const el = form.querySelector(setup.tag) as E;
    await el.updateComplete;
    return { form, el };
  }

  describe('form association (shared suite)', () => {
    it('should be a form control of its host form, submitted under its name', async () => {
      const { form, el } = await inForm();
      expect(el.form).to.equal(form);
      expect(el.willValidate).to.equal(true);
      expect([...form.elements]).to.include(el);
      const holds = await setup.change(el);
      await el.updateComplete;
      const value = new FormData(form).get('answer');
      expect(typeof value).to.equal('string');
      expect(holds(value as string), `FormData holds the change: ${String(value).slice(0, 200)}`).to.equal(true);
    });

    it('should block the host form’s submit until its value is complete', async () => {
      const { form, el } = await inForm(html`<button>Send</button>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).not.to.equal('');
      form.requestSubmit();
      expect(submitted).to.equal(0);
      await setup.complete(el);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('should return to its starting value when the host form is reset', async () => {
      const { form, el } = await inForm();
      const before = new FormData(form).get('answer');
      const holds = await setup.change(el);
      await el.updateComplete;
      expect(holds(new FormData(form).get('answer') as string)).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('answer')).to.equal(before);
    });

    it('should leave the host form’s data and validity while a disabled fieldset holds it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>${setup.render('answer')}</fieldset></form>`);
      const el = form.querySelector(setup.tag) as E;
      await el.updateComplete;
      expect(new FormData(form).has('answer')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });
  });
}
