// SPDX-License-Identifier: MIT
// GOV.UK's error summary: "There is a problem", each error a link that takes the person to its field.
import { type TemplateResult, html, nothing } from 'lit';

export const ERROR_SUMMARY_ID = 'error-summary';

export interface ErrorSummaryItem {
  /** The id of the field the link goes to. */
  target: string;
  message: string;
}

export interface ErrorSummaryOptions {
  title: string;
  items: readonly ErrorSummaryItem[];
  /** Called instead of following the link, so the element can open the step that shows the field. */
  onSelect: (target: string) => void;
  /** Lines under the list, such as `path: problem` details of a bad file. */
  details?: TemplateResult | undefined;
}

export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (o.items.length === 0 && !o.details) return nothing;
  return html`<div class="error-summary" part="error-summary" id=${ERROR_SUMMARY_ID} tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 class="error-summary__title" id="error-summary-title">${o.title}</h2>
      ${o.items.length > 0
        ? html`<ul class="list error-summary__list">
            ${o.items.map(
              (item) => html`<li>
                <a
                  class="error-summary__link"
                  part="error-summary-link"
                  href=${`#${item.target}`}
                  @click=${(e: Event) => {
                    e.preventDefault();
                    o.onSelect(item.target);
                  }}
                  >${item.message}</a
                >
              </li>`,
            )}
          </ul>`
        : nothing}
      ${o.details ?? nothing}
    </div>
  </div>`;
}
