// SPDX-License-Identifier: MIT
// <apq-action-plan>'s own styles: areas, priorities and actions, the review history, editors in
// place, the date input, the filters, and the printed plan. Shared tokens, the kit (tags, summary
// lists, error summary), form controls and the shared print rules come from the base styles.
import { css } from 'lit';

export const styles = css`
  .base {
    max-width: var(--apq-action-plan-max-width, 60rem);
    overflow-wrap: anywhere;
  }
  .date-input__item {
    min-width: 0;
  }
  .header .heading-l {
    margin-bottom: calc(var(--_unit) * 3);
  }
  .print-only {
    display: none;
  }
  .save-status {
    margin: 0 0 calc(var(--_unit) * 4);
  }

  .area {
    margin-top: calc(var(--_unit) * 10);
    padding-top: calc(var(--_unit) * 2);
    border-top: 2px solid var(--_border);
  }
  .priority {
    margin-top: calc(var(--_unit) * 6);
  }
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .action {
    margin: 0 0 calc(var(--_unit) * 6);
    padding: calc(var(--_unit) * 3) 0 calc(var(--_unit) * 3) calc(var(--_unit) * 3);
    border-left: 5px solid var(--_border);
  }
  .action--overdue {
    border-left-color: var(--_error);
  }
  .action--carried {
    border-left-style: dashed;
  }
  .action__heading {
    margin-top: 0;
  }
  .action__heading:focus,
  .heading-s:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .action__tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_unit);
    margin: 0 0 calc(var(--_unit) * 2);
  }
  .action .summary-list {
    margin-bottom: calc(var(--_unit) * 3);
  }
  .action__buttons {
    margin-top: calc(var(--_unit) * 2);
  }
  .overdue-text {
    color: var(--_error);
  }

  .tag--in-progress {
    color: #0c2d4a;
    background-color: #bbd4ea;
  }
  .tag--dropped {
    color: #282d30;
    background-color: #ffffff;
    border-color: #282d30;
  }
  .tag--overdue {
    color: #2a0b06;
    background-color: #f4cdc6;
  }
  .tag--carried {
    color: #6e3619;
    background-color: #fcd6c3;
  }

  .heading-xs {
    margin: calc(var(--_unit) * 3) 0 var(--_unit);
    font-size: 1em;
    font-weight: 700;
  }
  .reviews__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .review {
    margin: 0 0 calc(var(--_unit) * 3);
    padding-left: calc(var(--_unit) * 3);
    border-left: 2px solid var(--_border);
  }
  .review .body {
    margin-bottom: var(--_unit);
  }

  .editor {
    margin: calc(var(--_unit) * 4) 0;
    padding: calc(var(--_unit) * 4);
    background-color: var(--_panel);
  }
  .editor--warning {
    border-left: 5px solid var(--_warning);
  }
  .editor__buttons {
    margin-top: calc(var(--_unit) * 4);
  }
  .button--warning {
    color: #ffffff;
    background-color: var(--_error);
    box-shadow: 0 2px 0 color-mix(in srgb, var(--_error) 40%, black);
  }

  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_unit) * 4);
  }
  .date-input__label {
    margin-bottom: var(--_unit);
  }
  .date-input__input--2 {
    width: calc(2ch + 2em);
  }
  .date-input__input--4 {
    width: calc(4ch + 2em);
  }

  .filters {
    margin: calc(var(--_unit) * 6) 0;
    padding: calc(var(--_unit) * 4);
    border: 1px solid var(--_border);
  }
  .filters .heading-s {
    margin-top: 0;
  }
  .filters__row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    column-gap: calc(var(--_unit) * 6);
  }
  .filters__item {
    min-width: 0;
    max-width: 100%;
    margin-bottom: calc(var(--_unit) * 3);
  }
  .filters__showing {
    margin: 0;
  }
  .filters__showing .link-button {
    margin-left: calc(var(--_unit) * 3);
  }
  .select {
    font: inherit;
    min-height: 2.5em;
    max-width: 100%;
    padding: var(--_unit);
    border: 2px solid var(--_input-border);
    border-radius: 0;
    color: var(--_text);
    background-color: var(--_surface);
  }
  .select:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_input-border);
  }
  .checkbox {
    display: flex;
    align-items: center;
    gap: calc(var(--_unit) * 2);
  }
  .checkbox__input {
    width: 1.6em;
    height: 1.6em;
    margin: 0;
    accent-color: var(--_text);
  }
  .checkbox__input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .checkbox__label {
    margin: 0;
  }

  @media print {
    .print-only {
      display: block;
    }
    .action {
      break-inside: avoid;
      border-left-width: 2px;
    }
    .area {
      break-before: auto;
    }
    .tag {
      border: 1px solid #000;
    }
  }

  @media (forced-colors: active) {
    .action--overdue {
      border-left-color: Mark;
    }
    .select:focus,
    .checkbox__input:focus-visible {
      outline-color: Highlight;
    }
  }
`;
