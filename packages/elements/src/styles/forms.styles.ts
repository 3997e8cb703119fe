// SPDX-License-Identifier: MIT
// GOV.UK-shaped form controls shared by every element that takes input: groups, labels, hints,
// error messages, text fields, radios and the "add another" list editor.
import { css } from 'lit';

export const formStyles = css`
  /* Fields */
  .form-group {
    margin: 0 0 calc(var(--_unit) * 6);
  }
  .form-group--tight {
    margin-bottom: calc(var(--_unit) * 2);
  }
  .form-group--error {
    padding-left: calc(var(--_unit) * 3);
    border-left: 5px solid var(--_error);
  }
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .label,
  .legend {
    display: block;
    margin-bottom: var(--_unit);
    font-weight: 400;
  }
  .legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .label--question,
  .label--s,
  .legend--s {
    font-weight: 700;
  }
  .legend--m {
    font-weight: 700;
    font-size: 1.25em;
    margin-bottom: calc(var(--_unit) * 3);
  }
  .legend--descriptor {
    font-weight: 400;
  }
  .optional {
    font-weight: 400;
    color: var(--_secondary);
  }
  .hint {
    margin-bottom: calc(var(--_unit) * 3);
  }
  .hint > :last-child {
    margin-bottom: 0;
  }
  .error-message {
    display: block;
    margin: 0 0 calc(var(--_unit) * 3);
    font-weight: 700;
    color: var(--_error);
  }
  .input,
  .textarea {
    font: inherit;
    display: block;
    width: 100%;
    max-width: 100%;
    padding: var(--_unit);
    border: 2px solid var(--_input-border);
    border-radius: 0;
    color: var(--_text);
    background-color: var(--_surface);
  }
  .input {
    height: 2.5em;
  }
  .input--10ch {
    max-width: calc(10ch + 1.5em);
  }
  .input--20ch {
    max-width: calc(20ch + 1.5em);
  }
  .textarea {
    min-height: 3em;
    resize: vertical;
  }
  .input--error,
  .textarea--error {
    border-color: var(--_error);
  }
  .input:focus,
  .textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }

  .radios {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_unit) * 2);
  }
  .radios--inline {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: calc(var(--_unit) * 6);
  }
  .radio {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_unit) * 2);
    align-items: start;
  }
  .radio__input {
    width: 1.6em;
    height: 1.6em;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  /* Never below 24 CSS pixels at the default font size: WCAG 2.2 target size (minimum). */
  .radios--small .radio__input {
    width: 1.5em;
    height: 1.5em;
  }
  .radio__input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .radio__label {
    padding-top: 0.15em;
    cursor: pointer;
  }
  .radio__hint {
    grid-column: 2;
    margin: var(--_unit) 0 0;
  }

  .list-editor__items {
    margin: 0 0 calc(var(--_unit) * 3);
    padding: 0;
    list-style: none;
  }
  .list-editor__item {
    padding: calc(var(--_unit) * 3) 0 0;
    border-bottom: 1px solid var(--_border);
    margin-bottom: calc(var(--_unit) * 3);
  }
  .list-editor:focus {
    outline: none;
  }


  @media (forced-colors: active) {
    .radio__input:focus-visible,
    .input:focus,
    .textarea:focus {
      outline-color: Highlight;
    }
  }
`;
