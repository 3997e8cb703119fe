// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const styles = css`
  .base {
    --_nav-width: var(--apq-evaluation-form-nav-width, 18rem);
    --_max-width: var(--apq-evaluation-form-max-width, 70rem);
    --_gap: calc(var(--_unit) * 8);
    max-width: var(--_max-width);
    container-type: inline-size;
  }

  /* Layout: the list of sections beside the form when there is room, above it when not. */
  .columns {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .content {
    min-width: 0;
  }
  @container (min-width: 48rem) {
    .columns {
      flex-direction: row;
      align-items: flex-start;
    }
    .nav {
      flex: 0 0 var(--_nav-width);
      position: sticky;
      top: var(--_unit);
      max-height: calc(100vh - var(--_unit) * 2);
      overflow-y: auto;
    }
    .content {
      flex: 1 1 0;
    }
  }

  /* Sections and their statuses */
  .nav {
    border-top: 4px solid var(--_link);
    padding-top: calc(var(--_unit) * 2);
    font-size: 0.9em;
  }
  .nav__progress {
    margin: 0 0 var(--_unit);
    font-weight: 700;
  }
  .progress-bar {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin-bottom: calc(var(--_unit) * 3);
    accent-color: var(--_success);
  }
  .nav__category {
    font-weight: 700;
    margin: calc(var(--_unit) * 4) 0 var(--_unit);
  }
  .task-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_unit) calc(var(--_unit) * 2);
    padding: calc(var(--_unit) * 1.5) 0;
    border-bottom: 1px solid var(--_border);
  }
  .task--current {
    box-shadow: inset 4px 0 0 var(--_link);
    padding-left: calc(var(--_unit) * 2);
  }
  .task__link {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 0;
    padding: 0;
    text-align: left;
    text-decoration: underline;
    cursor: pointer;
    flex: 1 1 10rem;
  }
  .task--current .task__link {
    font-weight: 700;
    color: var(--_text);
  }
  .task__detail {
    color: var(--_secondary);
    font-size: 0.85em;
  }

  .tag {
    display: inline-block;
    padding: 0.1em 0.4em;
    font-size: 0.85em;
    line-height: 1.25;
    border: 1px solid transparent;
    color: #0c2d4a;
    background-color: #bbd4ea;
  }
  .tag--not-started,
  .tag--not-applicable,
  .tag--not-assessed,
  .tag--grey {
    color: #282d30;
    background-color: #e5e6e7;
  }
  .tag--completed,
  .tag--met {
    color: #005a30;
    background-color: #cce2d8;
  }
  .tag--partly-met {
    color: #6e3619;
    background-color: #fcd6c3;
  }
  .tag--not-met {
    color: #2a0b06;
    background-color: #f4cdc6;
  }
  .tag--suggested {
    color: #0c2d4a;
    background-color: #bbd4ea;
    font-size: 0.75em;
  }

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

  /* Questions, areas, descriptors and the suggestion */
  .question {
    margin-bottom: calc(var(--_unit) * 2);
  }
  .area + .area {
    margin-top: calc(var(--_unit) * 12);
    padding-top: calc(var(--_unit) * 6);
    border-top: 2px solid var(--_border);
  }
  .sub-area {
    margin-top: calc(var(--_unit) * 6);
  }
  .section {
    margin-top: calc(var(--_unit) * 8);
  }
  .inset {
    margin: calc(var(--_unit) * 4) 0;
    padding: calc(var(--_unit) * 3);
    border-left: 5px solid var(--_border);
  }
  .inset > :last-child {
    margin-bottom: 0;
  }
  .descriptor-level {
    margin-top: calc(var(--_unit) * 6);
  }
  .descriptor-level .form-group {
    margin-bottom: calc(var(--_unit) * 4);
    padding-bottom: calc(var(--_unit) * 3);
    border-bottom: 1px solid var(--_border);
  }
  .footnote {
    font-size: 0.85em;
  }
  .suggestion {
    padding: calc(var(--_unit) * 4);
    background-color: var(--_panel);
    border-left: 5px solid var(--_link);
  }
  .suggestion .heading-m {
    margin-top: 0;
  }
  .suggestion__level {
    margin: 0 0 calc(var(--_unit) * 3);
    font-size: 1.5em;
    font-weight: 700;
  }
  .suggestion > :last-child {
    margin-bottom: 0;
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

  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: calc(var(--_unit) * 3);
    margin-top: calc(var(--_unit) * 8);
  }
  .save-status {
    margin: 0;
    color: var(--_secondary);
    font-size: 0.85em;
  }

  /* Review (check your answers) */
  .summary-list {
    margin: 0 0 calc(var(--_unit) * 8);
  }
  .summary-list__row {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_unit) * 4);
    padding: calc(var(--_unit) * 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-list__key {
    flex: 1 1 14rem;
    margin: 0;
    font-weight: 700;
  }
  .summary-list__value {
    flex: 2 1 16rem;
    margin: 0;
  }
  .summary-list__value > :last-child {
    margin-bottom: 0;
  }
  .summary-list__actions {
    flex: 0 0 auto;
    margin: 0;
  }

  /* Messages */
  .error-summary {
    margin-bottom: calc(var(--_unit) * 8);
    padding: calc(var(--_unit) * 4);
    border: 5px solid var(--_error);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary__title {
    margin: 0 0 calc(var(--_unit) * 3);
    font-size: 1.25em;
  }
  .error-summary__list {
    margin: 0;
  }
  .error-summary__link {
    font-weight: 700;
    color: var(--_error);
  }
  .warning {
    margin-bottom: calc(var(--_unit) * 6);
    padding: calc(var(--_unit) * 4);
    border: 5px solid var(--_warning);
    background-color: var(--_surface);
  }
  .warning--error {
    border-color: var(--_error);
  }
  .warning__text {
    margin: 0 0 calc(var(--_unit) * 2);
  }
  .warning > :last-child {
    margin-bottom: 0;
  }
  .notification {
    margin-bottom: calc(var(--_unit) * 6);
    padding: calc(var(--_unit) * 4);
    border: 5px solid var(--_link);
    background-color: var(--_panel);
  }
  .notification .heading-m {
    margin-top: 0;
  }
  .panel {
    margin-bottom: calc(var(--_unit) * 6);
    padding: calc(var(--_unit) * 7);
    color: #ffffff;
    background-color: var(--_success);
    text-align: center;
  }
  .panel__title {
    margin: 0 0 calc(var(--_unit) * 3);
    font-size: 1.9em;
  }
  .panel__body {
    margin: 0;
    font-size: 1.25em;
  }

  @media (forced-colors: active) {
    .tag,
    .panel,
    .suggestion {
      border: 1px solid CanvasText;
    }
    .radio__input:focus-visible,
    .input:focus,
    .textarea:focus {
      outline-color: Highlight;
    }
  }

  @media print {
    .nav,
    .button-group,
    .button,
    .link-button,
    .warning,
    .notification {
      display: none !important;
    }
    .base {
      max-width: none;
    }
  }
`;
