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

export function summaryList(o: SummaryListOptions): TemplateResult {
  const withActions = o.rows.some((r) => r.action);
  return html`<dl class="summary-list" part=${o.part ?? 'summary-list'}>
    ${o.rows.map(
      (row) => html`<div class="summary-list__row" data-row=${row.name ?? nothing}>
        <dt class="summary-list__key">${row.key}</dt>
        <dd class="summary-list__value">${row.value === null || row.value === '' ? html`<span class="muted">${o.emptyText}</span>` : row.value}</dd>
        ${row.action
          ? html`<dd class="summary-list__actions">
              <button type="button" class="link-button" part="link" @click=${row.action.onClick}>
                ${row.action.label}<span class="visually-hidden"> ${row.action.hidden}</span>
              </button>
            </dd>`
          : withActions
            ? html`<dd class="summary-list__actions"></dd>`
            : nothing}
      </div>`,
    )}
  </dl>`;
}
