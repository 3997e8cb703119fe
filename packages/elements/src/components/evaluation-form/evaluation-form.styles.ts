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
  .save-status {
    margin: 0;
    color: var(--_secondary);
    font-size: 0.85em;
  }

  @media (forced-colors: active) {
    .suggestion {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .nav {
      display: none !important;
    }
  }
`;
