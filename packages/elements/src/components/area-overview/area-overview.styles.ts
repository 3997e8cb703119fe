// SPDX-License-Identifier: MIT
// <apq-area-overview>'s own styles: the header, the controls, each area's table with its bars,
// completion and priorities, and the printed report. Tokens, the kit, form controls, tables and
// the shared print rules come from the shared styles.
import { css } from 'lit';

export const styles = css`
  .base {
    --_bar: var(--apq-area-overview-bar-color, var(--_link));
    --_max-width: var(--apq-area-overview-max-width, 60rem);
    max-width: var(--_max-width);
  }

  .header .heading-l {
    margin-bottom: calc(var(--_unit) * 3);
  }
  .print-only {
    display: none;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_unit) * 10);
    margin: calc(var(--_unit) * 6) 0 0;
    padding: calc(var(--_unit) * 4) calc(var(--_unit) * 4) 0;
    background-color: var(--_panel);
  }
  .controls .form-group {
    margin-bottom: calc(var(--_unit) * 4);
  }

  .actions {
    margin: calc(var(--_unit) * 6) 0;
  }

  .category {
    margin-top: calc(var(--_unit) * 8);
  }
  .area {
    margin-top: calc(var(--_unit) * 6);
    padding-top: calc(var(--_unit) * 2);
    border-top: 2px solid var(--_border);
  }
  .area__heading {
    margin-top: 0;
  }
  .area .summary-list {
    margin-bottom: calc(var(--_unit) * 4);
  }
  .area .heading-s {
    margin-top: calc(var(--_unit) * 2);
  }

  /* Each level's bar, under its label in the table, drawn in currentColor (so forced colours and
     print keep it); the track is the box's border, dashed for a suppressed count. The count is
     written beside it, so nothing depends on length or colour. */
  .table--bars tbody th,
  .table--bars thead th:first-child {
    width: 55%;
  }
  .bar {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: 0.8em;
    margin-top: var(--_unit);
    overflow: hidden;
    color: var(--_bar);
    border: 1px solid currentColor;
  }
  [data-suppressed='true'] .bar {
    border-color: var(--_secondary);
    border-style: dashed;
  }
  .bar__fill {
    fill: currentColor;
  }

  .change--unknown {
    color: var(--_secondary);
  }

  @media (forced-colors: active) {
    .bar,
    [data-suppressed='true'] .bar {
      color: CanvasText;
      border-color: CanvasText;
    }
    .bar__fill {
      fill: CanvasText;
    }
  }

  @media print {
    .base {
      --_bar: #000;
      --_text: #000;
      --_secondary: #000;
      max-width: none;
    }
    .print-only {
      display: block;
    }
    .controls,
    .actions {
      display: none !important;
    }
    .area {
      break-inside: avoid;
    }
    .category {
      margin-top: 8mm;
    }
  }
`;
