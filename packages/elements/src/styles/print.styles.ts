// SPDX-License-Identifier: MIT
// Print: a clean document on A4. Controls, navigation and notices are for the screen only.
import { css } from 'lit';

export const printStyles = css`
  @media print {
    .button-group,
    .button,
    .link-button,
    .warning,
    .notification,
    .no-print {
      display: none !important;
    }
    .base {
      max-width: none;
      font-size: 11pt;
      color: #000;
    }
    .link {
      color: inherit;
      text-decoration: none;
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
    }
    .summary-list__row,
    .tag,
    figure,
    table,
    tr {
      break-inside: avoid;
    }
  }
`;
