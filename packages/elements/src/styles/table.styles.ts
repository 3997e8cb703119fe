// SPDX-License-Identifier: MIT
// GOV.UK's table for figures: a caption, header cells in bold, rules between rows, numbers
// right-aligned (`.table__numeric`) so they line up.
import { css } from 'lit';

export const tableStyles = css`
  .table {
    width: 100%;
    margin-bottom: calc(var(--_unit) * 6);
    border-spacing: 0;
    border-collapse: collapse;
  }
  .table caption {
    margin-bottom: calc(var(--_unit) * 3);
    font-weight: 700;
    text-align: left;
  }
  .table th,
  .table td {
    padding: calc(var(--_unit) * 2) calc(var(--_unit) * 4) calc(var(--_unit) * 2) 0;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  .table th:last-child,
  .table td:last-child {
    padding-right: 0;
  }
  .table thead th {
    font-weight: 700;
  }
  .table tbody th {
    font-weight: 400;
  }
  .table .table__numeric {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .table tr {
      break-inside: avoid;
    }
  }
`;
