// SPDX-License-Identifier: MIT
// <apq-area-overview>'s own styles: the header, the controls, each area's chart beside its table,
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
  /* The chart beside its table where there is room; one above the other on a narrow screen. */
  .area__figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: calc(var(--_unit) * 6);
  }
  @media (min-width: 48em) {
    .area__figures {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .area .summary-list {
    margin-bottom: calc(var(--_unit) * 4);
  }
  .area .heading-s {
    margin-top: calc(var(--_unit) * 2);
  }

  /* The chart (styles/chart.styles.ts); every figure is also written. */
  .chart {
    color: var(--_bar);
  }
  .chart__track--suppressed {
    stroke: var(--_secondary);
    stroke-dasharray: 4 3;
  }
  .chart__bar {
    fill: currentColor;
  }

  .change--unknown {
    color: var(--_secondary);
  }

  @media (forced-colors: active) {
    .chart,
    .chart__label {
      color: CanvasText;
      fill: CanvasText;
    }
    .chart__bar {
      fill: CanvasText;
    }
    .chart__track,
    .chart__track--suppressed {
      stroke: CanvasText;
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
    .area__figures {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .area {
      break-inside: avoid;
    }
    .category {
      margin-top: 8mm;
    }
  }
`;
