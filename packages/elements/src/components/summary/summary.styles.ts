// SPDX-License-Identifier: MIT
// <apq-summary>'s own styles: the report's layout, the chart, the tables, the change tags and
// the printed report. Shared tokens, the kit (tags, warnings, summary lists) and the shared print
// rules come from ApqElement's styles.
import { css } from 'lit';

export const styles = css`
  .base {
    --_grade: var(--apq-summary-grade-color, var(--_link));
    --_max-width: var(--apq-summary-max-width, 60rem);
    max-width: var(--_max-width);
  }

  .header {
    margin-bottom: calc(var(--_unit) * 6);
  }
  .header .heading-l {
    margin-bottom: calc(var(--_unit) * 3);
  }
  .header__status {
    margin: 0 0 calc(var(--_unit) * 4);
  }
  .print-only {
    display: none;
  }

  .actions {
    margin: 0 0 calc(var(--_unit) * 6);
  }

  .section {
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
  .area .list {
    margin-bottom: 0;
  }
  .change-detail {
    display: block;
    margin-top: var(--_unit);
  }

  /* Tables: styles/table.styles.ts; the summary leaves more room below each. */
  .table {
    margin-bottom: calc(var(--_unit) * 8);
  }

  /* Changes: the word says it, the colour repeats it. */
  .tag--better {
    color: #005a30;
    background-color: #cce2d8;
  }
  .tag--worse {
    color: #2a0b06;
    background-color: #f4cdc6;
  }
  .tag--same {
    color: #282d30;
    background-color: #e5e6e7;
  }
  .tag--new {
    color: #0c2d4a;
    background-color: #bbd4ea;
  }
  .tag--judgement {
    color: var(--_text);
    background-color: var(--_panel);
    border-color: var(--_border);
  }

  /* The chart (styles/chart.styles.ts); the level is also written beside each bar. */
  .chart {
    color: var(--_grade);
  }
  .chart__track--empty {
    stroke: var(--_secondary);
    stroke-dasharray: 4 3;
  }
  .chart__bar {
    fill: currentColor;
  }

  .carried-over__value {
    display: block;
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
    .chart__track--empty {
      stroke: CanvasText;
    }
    .tag {
      border-color: CanvasText;
    }
  }

  @media print {
    .base {
      --_grade: #000;
      --_text: #000;
      --_secondary: #000;
      max-width: none;
    }
    .print-only {
      display: block;
    }
    .no-print {
      display: none !important;
    }
    .tag {
      border-color: currentColor;
      background: none;
      color: #000;
    }
    .section {
      margin-top: 8mm;
    }
    .category {
      break-before: auto;
    }
    .area {
      break-inside: avoid;
    }
    .area__heading,
    .heading-m {
      break-after: avoid;
    }
  }
`;

/**
 * The printed page's size and margins. A shadow root's @page rules are ignored (Chromium prints
 * them on the default paper, checked with --print-to-pdf), so this one is adopted by the document
 * while a summary is connected; `no-page-setup` leaves the page's own rule alone.
 */
export const PAGE_SETUP = '@page { size: A4; margin: 15mm; }';
