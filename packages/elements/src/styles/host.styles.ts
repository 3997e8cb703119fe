// SPDX-License-Identifier: MIT
// Shared tokens and base styles for every element: a look that sits beside the GOV.UK Design
// System (its colours, spacing, focus style and controls), in the page's own font. Each global
// --apq-* property is read once here into a private --_* property with the default as fallback.
//
// The page's own font: `inherit`, except on a GOV.UK Frontend page. GOV.UK Frontend sets its
// typeface on its classes (govuk-body, govuk-heading-l…), never on body, so what the element would
// inherit there is the browser's default serif. Its CSS (5.0 and later) does declare
// --govuk-frontend-version on :root, which reaches into the shadow root. --_govuk-typeface refers to
// it: on a page without it the reference is invalid, --_govuk-typeface is then unset and the
// fallback, inherit, applies; on a GOV.UK page it holds GOV.UK's own stack. The version string
// trails the stack, after the generic family, where it is never used to pick a font.
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    --_govuk-typeface: 'GDS Transport', arial, sans-serif, var(--govuk-frontend-version);
    --_font: var(--apq-font-family, var(--_govuk-typeface, inherit));
    --_text: var(--apq-color-text, #0b0c0c);
    --_secondary: var(--apq-color-secondary-text, #484949);
    --_link: var(--apq-color-link, #1d70b8);
    --_focus: var(--apq-color-focus, #ffdd00);
    --_focus-text: var(--apq-color-focus-text, #0b0c0c);
    --_error: var(--apq-color-error, #d4351c);
    --_success: var(--apq-color-success, #00703c);
    --_border: var(--apq-color-border, #b1b4b6);
    --_input-border: var(--apq-color-input-border, #0b0c0c);
    --_surface: var(--apq-color-surface, #ffffff);
    --_panel: var(--apq-color-panel, #f3f2f1);
    --_button: var(--apq-color-button, #00703c);
    --_button-text: var(--apq-color-button-text, #ffffff);
    --_warning: var(--apq-color-warning, #f47738);
    --_unit: var(--apq-space-unit, 0.3125rem);
    --_body: var(--apq-font-size-body, 1.1875rem);

    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_body);
    line-height: 1.3;
    color: var(--_text);
    overflow-wrap: break-word;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }
  @media (max-width: 40em) {
    .base {
      font-size: calc(var(--_body) * 0.85);
    }
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .body,
  .lead {
    margin: 0 0 calc(var(--_unit) * 4);
  }
  .lead {
    font-size: 1.1em;
  }
  .muted,
  .hint,
  .caption {
    color: var(--_secondary);
  }
  .caption {
    display: block;
    margin-bottom: var(--_unit);
  }
  .heading-l,
  .heading-m,
  .heading-s {
    font-weight: 700;
    margin: 0 0 calc(var(--_unit) * 4);
    line-height: 1.15;
  }
  .heading-l {
    font-size: 1.9em;
  }
  .heading-m {
    font-size: 1.25em;
    margin-top: calc(var(--_unit) * 6);
  }
  .heading-s {
    font-size: 1em;
    margin-top: calc(var(--_unit) * 4);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .pre-line {
    white-space: pre-line;
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .list {
    margin: 0 0 calc(var(--_unit) * 4);
    padding: 0;
    list-style: none;
  }
  .list--bullet {
    padding-left: 1.25em;
    list-style: disc;
  }
  .list > li {
    margin-bottom: var(--_unit);
  }

  .link,
  .link-button {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    cursor: pointer;
    text-align: left;
  }
  .link:hover,
  .link-button:hover {
    text-decoration-thickness: max(3px, 0.1875rem);
  }
  .link:focus-visible,
  .link-button:focus-visible,
  .task__link:focus-visible,
  .error-summary__link:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }

  .button {
    font: inherit;
    font-size: 1em;
    line-height: 1.2;
    display: inline-block;
    margin: 0 0 calc(var(--_unit) * 4);
    padding: calc(var(--_unit) * 1.6) calc(var(--_unit) * 2) calc(var(--_unit) * 1.4);
    border: 2px solid transparent;
    border-radius: 0;
    color: var(--_button-text);
    background-color: var(--_button);
    box-shadow: 0 2px 0 color-mix(in srgb, var(--_button) 40%, black);
    text-align: center;
    cursor: pointer;
  }
  .button--secondary {
    color: var(--_text);
    background-color: var(--_panel);
    box-shadow: 0 2px 0 #929191;
  }
  .button--small {
    font-size: 0.85em;
    padding: var(--_unit) calc(var(--_unit) * 1.5);
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    border-color: var(--_focus);
    color: var(--_focus-text);
    background-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
  }
`;
