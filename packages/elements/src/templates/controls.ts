// SPDX-License-Identifier: MIT
// Native controls in the GOV.UK Design System's shape: label, hint, error message, control.
// Every piece of text is bound as text; nothing here builds HTML from strings. Each template takes
// exactly what it shows, so any element can use it.
import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export const hintId = (id: string) => `${id}--hint`;
export const errorId = (id: string) => `${id}--error`;

/** Space-separated ids for aria-describedby, or undefined when there are none. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** A field's error: the message shown above it, and the visually hidden prefix ("Error:") read before it. */
export interface FieldError {
  message: string;
  prefix: string;
}

export function errorMessage(id: string, error: FieldError | undefined): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<p class="error-message" id=${errorId(id)} part="error-message">
    <span class="visually-hidden">${error.prefix}</span> ${error.message}
  </p>`;
}

function groupClass(error: FieldError | undefined): string {
  return error ? 'form-group form-group--error' : 'form-group';
}

export interface TextOptions {
  id: string;
  error?: FieldError | undefined;
  label: string | TemplateResult;
  hint?: string | TemplateResult | undefined;
  value: string;
  onInput: (value: string) => void;
  onChange: () => void;
  /** Extra classes on the label, e.g. to style it as a heading. */
  labelClass?: string;
  width?: 'full' | '10ch' | '20ch';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  spellcheck?: boolean;
}

export function textInput(o: TextOptions): TemplateResult {
  const hasError = o.error !== undefined;
  return html`<div class=${groupClass(o.error)} data-field=${o.id}>
    <label class="label ${o.labelClass ?? ''}" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="hint" id=${hintId(o.id)}>${o.hint}</div>` : nothing} ${errorMessage(o.id, o.error)}
    <input
      class="input input--${o.width ?? 'full'} ${hasError ? 'input--error' : ''}"
      part="input"
      id=${o.id}
      name=${o.id}
      type="text"
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      spellcheck=${o.spellcheck === false ? 'false' : 'true'}
      aria-describedby=${ifDefined(describedBy(o.hint ? hintId(o.id) : undefined, hasError && errorId(o.id)))}
      aria-invalid=${hasError ? 'true' : 'false'}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @change=${o.onChange}
    />
  </div>`;
}

export function textArea(o: TextOptions & { rows?: number }): TemplateResult {
  const hasError = o.error !== undefined;
  return html`<div class=${groupClass(o.error)} data-field=${o.id}>
    <label class="label ${o.labelClass ?? ''}" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="hint" id=${hintId(o.id)}>${o.hint}</div>` : nothing} ${errorMessage(o.id, o.error)}
    <textarea
      class="textarea ${hasError ? 'textarea--error' : ''}"
      part="textarea"
      id=${o.id}
      name=${o.id}
      rows=${o.rows ?? 5}
      aria-describedby=${ifDefined(describedBy(o.hint ? hintId(o.id) : undefined, hasError && errorId(o.id)))}
      aria-invalid=${hasError ? 'true' : 'false'}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
      @change=${o.onChange}
    ></textarea>
  </div>`;
}

export interface RadioOption {
  value: string;
  label: string;
  hint?: string | undefined;
  /** A short tag shown after the label, such as "suggested". */
  tag?: string | undefined;
}

export interface RadiosOptions {
  id: string;
  error?: FieldError | undefined;
  legend: string | TemplateResult;
  legendClass?: string;
  hint?: string | TemplateResult | undefined;
  options: readonly RadioOption[];
  value: string | undefined | null;
  inline?: boolean;
  small?: boolean;
  onSelect: (value: string) => void;
}

/** A fieldset of radios; the first radio's id is the field id, so error links and labels land on it. */
export function radios(o: RadiosOptions): TemplateResult {
  const hasError = o.error !== undefined;
  const classes = ['radios', o.inline ? 'radios--inline' : '', o.small ? 'radios--small' : ''].join(' ');
  return html`<div class=${groupClass(o.error)} data-field=${o.id}>
    <fieldset
      class="fieldset"
      part="fieldset"
      aria-describedby=${ifDefined(describedBy(o.hint ? hintId(o.id) : undefined, hasError && errorId(o.id)))}
    >
      <legend class="legend ${o.legendClass ?? ''}">${o.legend}</legend>
      ${o.hint ? html`<div class="hint" id=${hintId(o.id)}>${o.hint}</div>` : nothing} ${errorMessage(o.id, o.error)}
      <div class=${classes}>
        ${o.options.map((option, i) => {
          const id = i === 0 ? o.id : `${o.id}--${option.value}`;
          const optionHint = option.hint ? hintId(`${o.id}--${option.value}`) : undefined;
          return html`<div class="radio">
            <input
              class="radio__input"
              id=${id}
              type="radio"
              name=${o.id}
              value=${option.value}
              aria-describedby=${ifDefined(optionHint)}
              .checked=${option.value === o.value}
              @change=${() => o.onSelect(option.value)}
            />
            <label class="radio__label" for=${id}
              >${option.label}${option.tag ? html` <span class="tag tag--suggested">${option.tag}</span>` : nothing}</label
            >
            ${optionHint ? html`<div class="hint radio__hint" id=${optionHint}>${option.hint}</div>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export function button(label: string | TemplateResult, onClick: () => void, kind: 'primary' | 'secondary' | 'link' = 'primary', id?: string): TemplateResult {
  const cls = kind === 'link' ? 'link-button' : `button${kind === 'secondary' ? ' button--secondary' : ''}`;
  return html`<button type="button" class=${cls} part=${kind === 'link' ? 'link' : 'button'} id=${ifDefined(id)} @click=${onClick}>${label}</button>`;
}
