// SPDX-License-Identifier: MIT
// GOV.UK's error summary: "There is a problem", each error a link that takes the person to its field.
import { type TemplateResult, html, nothing } from 'lit';
import type { FormProblem } from '../model.js';
import type { FormView } from './view.js';

export const ERROR_SUMMARY_ID = 'error-summary';

export function errorSummary(view: FormView, problems: readonly FormProblem[], goToField: (field: string) => void): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" id=${ERROR_SUMMARY_ID} tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 class="error-summary__title" id="error-summary-title">${view.strings.errorSummaryTitle}</h2>
      <ul class="list error-summary__list">
        ${problems.map(
          (p) => html`<li>
            <a
              class="error-summary__link"
              part="error-summary-link"
              href=${`#${p.field}`}
              @click=${(e: Event) => {
                e.preventDefault();
                goToField(p.field);
              }}
              >${p.message}</a
            >
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
