// SPDX-License-Identifier: MIT
// The shared style kit: GOV.UK patterns every element shows (tags, inset text, summary lists,
// error summary, warnings, notification banners, panels, button groups). Tokens come from tokens.styles.ts.
import { css } from 'lit';

export const kitStyles = css`
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

  .inset {
    margin: calc(var(--_unit) * 4) 0;
    padding: calc(var(--_unit) * 3);
    border-left: 5px solid var(--_border);
  }
  .inset > :last-child {
    margin-bottom: 0;
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: calc(var(--_unit) * 3);
    margin-top: calc(var(--_unit) * 8);
  }
  /* A row of page actions (print, download): more room between them, and none below each button. */
  .button-group--actions {
    column-gap: calc(var(--_unit) * 6);
    row-gap: calc(var(--_unit) * 2);
  }
  .button-group--actions .button {
    margin-bottom: 0;
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
    .panel {
      border: 1px solid CanvasText;
    }
  }
`;
