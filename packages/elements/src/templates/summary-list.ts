// SPDX-License-Identifier: MIT
// GOV.UK's summary list: a key and a value per row, with an optional action (such as "Change")
// whose hidden text names the row, so screen-reader users can tell the actions apart.
import { type TemplateResult, html, nothing } from 'lit';

export interface SummaryRowAction {
  /** The visible word, such as "Change". */
  label: string;
  /** Read after the label by screen readers only, such as the row's key. */
  hidden: string;
  onClick: () => void;
}

export interface SummaryRow {
  key: string | TemplateResult;
  /** Empty (null or '') shows `emptyText`. */
  value: TemplateResult | string | null;
  action?: SummaryRowAction | undefined;
  /** A stable name for the row, as `data-row`. */
  name?: string;
}

export interface SummaryListOptions {
  rows: readonly SummaryRow[];
  emptyText: string;
  part?: string;
}

// Lists are stamped many times on a page (the area overview has one per area), so a list without
// actions has rows without an actions slot, and no whitespace between tags: the rows are flex
// boxes, where it never showed.
export function summaryList(o: SummaryListOptions): TemplateResult {
  const withActions = o.rows.some((r) => r.action);
  return html`<dl class="summary-list" part=${o.part ?? 'summary-list'}>${o.rows.map((row) => (withActions ? rowWithActions(row, o.emptyText) : plainRow(row, o.emptyText)))}</dl>`;
}

function valueOf(row: SummaryRow, emptyText: string): TemplateResult | string {
  return row.value === null || row.value === '' ? html`<span class="muted">${emptyText}</span>` : row.value;
}

function plainRow(row: SummaryRow, emptyText: string): TemplateResult {
  return html`<div class="summary-list__row" data-row=${row.name ?? nothing}><dt class="summary-list__key">${row.key}</dt><dd class="summary-list__value">${valueOf(row, emptyText)}</dd></div>`;
}

/** In a list where any row has an action, every row has the actions cell, so the columns line up. */
function rowWithActions(row: SummaryRow, emptyText: string): TemplateResult {
  return html`<div class="summary-list__row" data-row=${row.name ?? nothing}><dt class="summary-list__key">${row.key}</dt><dd class="summary-list__value">${valueOf(row, emptyText)}</dd>${row.action
    ? html`<dd class="summary-list__actions"><button type="button" class="link-button" part="link" @click=${row.action.onClick}>${row.action.label}<span class="visually-hidden"> ${row.action.hidden}</span></button></dd>`
    : html`<dd class="summary-list__actions"></dd>`}</div>`;
}
