// SPDX-License-Identifier: MIT
// The bar charts beside the figures (the summary's judgements, the overview's distributions): SVG
// drawn in currentColor, so forced colours and print keep it; lengths in em of one size, so rows
// grow with the text. Each element sets the bars' colour on `.chart` and draws its own bars.
import { css } from 'lit';

export const chartStyles = css`
  .chart {
    margin: 0 0 calc(var(--_unit) * 4);
  }
  .chart__svg {
    display: block;
    width: 100%;
    overflow: visible;
    font-size: 0.85em;
  }
  .chart__label {
    fill: var(--_text);
  }
  .chart__track {
    fill: none;
    stroke: currentColor;
    stroke-width: 1px;
  }
`;
