// SPDX-License-Identifier: MIT
// The tests every form-associated element runs (elements built with the FormAssociated mixin):
// its value reaches the host form's FormData under its name, validity gates the host's submit,
// reset returns to the starting value, and a disabled fieldset takes it out of the form. Then what
// a host submit sends (ADR 0009), through the browser's real submission: the form posts into an
// iframe, the test reads the entry list the browser built in the form's `formdata` event, and the
// test server's page (web-test-runner.config.mjs) answers with the body it received.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
  /** Whether a posted value is a finished submission. Default: a JSON document with `"status": "submitted"`. */
  submitted?: (value: string) => boolean;
  /** Whether a posted value is a draft. Default: a JSON document with `"status": "draft"`. */
  draft?: (value: string) => boolean;
}

interface Posted {
  /** The entry list the browser built for the submission, or undefined when it did not submit. */
  data: FormData | undefined;
  /** What the server received, once its answer has loaded into the iframe the form targets. */
  received: Promise<URLSearchParams>;
}

let frames = 0;

/** Sends `form` to the test server into a fresh iframe, as a person pressing `submitter` would. */
function post(form: HTMLFormElement, submitter: HTMLButtonElement): Posted {
  const frame = document.createElement('iframe');
  frame.name = `apq-host-form-${frames++}`;
  document.body.append(frame);
  const received = new Promise<URLSearchParams>((resolve) =>
    frame.addEventListener(
      'load',
      () => {
        const body = new URLSearchParams(frame.contentDocument!.body.textContent ?? '');
        frame.remove();
        resolve(body);
      },
      { once: true },
    ),
  );
  form.method = 'post';
  form.action = '/__apq-host-form-post';
  form.target = frame.name;
  let data: FormData | undefined;
  form.addEventListener('formdata', (e) => (data = e.formData), { once: true });
  submitter.click();
  return { data, received };
}

const status = (value: string) => (JSON.parse(value) as { status?: unknown }).status;

export function formAssociationTests<E extends FormElement>(setup: FormAssociationSetup<E>): void {
  async function inForm(extra: TemplateResult = html``): Promise<{ form: HTMLFormElement; el: E }> {
    const form = await fixture<HTMLFormElement>(html`<form>${setup.render('answer')} ${extra}</form>`);
    const el = form.querySelector(setup.tag) as E;
    await el.updateComplete;
    return { form, el };
  }

  const isSubmitted = setup.submitted ?? ((value: string) => status(value) === 'submitted');
  const isDraft = setup.draft ?? ((value: string) => status(value) === 'draft');
  const errorSummaryOf = (el: E) => el.shadowRoot!.querySelector('[part~="error-summary"]');

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

    it('should post a finished submission when a validated host submit goes through', async () => {
      const { form, el } = await inForm(html`<button>Submit</button>`);
      await setup.complete(el);
      const { data, received } = post(form, form.querySelector('button')!);
      expect(data, 'the browser submitted the form').to.exist;
      const value = data!.get('answer') as string;
      expect(isSubmitted(value), `posted: ${value.slice(0, 200)}`).to.equal(true);
      expect((await received).get('answer')).to.equal(value);
    });

    it('should stop a validated host submit while incomplete, and take focus to its error summary', async () => {
      const { form, el } = await inForm(html`<button>Submit</button>`);
      let submitted = false;
      form.addEventListener('submit', (e) => {
        // Were it to go through, the test page itself must not navigate away.
        e.preventDefault();
        submitted = true;
      });
      // A key press, as a person's: the browser then runs its own steps (focusing the validity
      // anchor) around the element's, not after them as it would for a click() from script.
      form.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(50);
      expect(submitted, 'the browser did not submit the form').to.equal(false);
      expect(errorSummaryOf(el)).to.exist;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(errorSummaryOf(el));
      expect(el.validity.valid).to.equal(false);
    });

    it('should post everything typed as a draft, showing no error, when the host form has novalidate', async () => {
      const { form, el } = await inForm(html`<button>Submit</button>`);
      form.noValidate = true;
      const holds = await setup.change(el);
      const { data, received } = post(form, form.querySelector('button')!);
      expect(data, 'the browser submitted the form').to.exist;
      const value = data!.get('answer') as string;
      expect(holds(value), `posted: ${value.slice(0, 200)}`).to.equal(true);
      expect(isDraft(value)).to.equal(true);
      await el.updateComplete;
      expect(errorSummaryOf(el)).to.equal(null);
      expect((await received).get('answer')).to.equal(value);
    });

    it('should post a draft through a formnovalidate button, and a submission through the other, with each button named', async () => {
      const { form, el } = await inForm(html`<button name="action" value="submit">Submit</button>
        <button name="action" value="save" formnovalidate>Save and come back later</button>`);
      const [submit, save] = [...form.querySelectorAll('button')] as [HTMLButtonElement, HTMLButtonElement];
      const holds = await setup.change(el);
      const saved = post(form, save);
      expect(saved.data, 'the browser submitted the form').to.exist;
      expect(saved.data!.get('action')).to.equal('save');
      expect(holds(saved.data!.get('answer') as string)).to.equal(true);
      expect(isDraft(saved.data!.get('answer') as string)).to.equal(true);
      await el.updateComplete;
      expect(errorSummaryOf(el)).to.equal(null);
      expect((await saved.received).get('action')).to.equal('save');
      await setup.complete(el);
      const sent = post(form, submit);
      expect(sent.data!.get('action')).to.equal('submit');
      expect(isSubmitted(sent.data!.get('answer') as string)).to.equal(true);
      const atServer = await sent.received;
      expect(atServer.get('action')).to.equal('submit');
      expect(isSubmitted(atServer.get('answer')!)).to.equal(true);
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
