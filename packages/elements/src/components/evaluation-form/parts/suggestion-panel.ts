// SPDX-License-Identifier: MIT
// The engine's suggested judgement for an area, with its reasons. Changes to it are announced
// through the form's polite live region, not from here, so the panel itself is not live.
import { type TemplateResult, html, nothing } from 'lit';
import type { AreaSuggestion, QualityArea } from '../../../internal/core.js';
import { checkLabels } from '../../../internal/labels.js';
import type { FormView } from './view.js';

export function suggestionPanel(view: FormView, area: QualityArea): TemplateResult | typeof nothing {
  if (!area.descriptors) return nothing;
  const suggestion = view.suggestion(area.id);
  const labels = checkLabels(view.strings);
  const headingId = `${area.id}--suggestion`;
  const reasons = suggestion.status === 'suggested' ? suggestion.descriptors : [];
  return html`<section class="section suggestion" part="suggestion" data-status=${suggestion.status}>
    <h3 class="heading-m" id=${headingId}>${view.strings.suggestionHeading}</h3>
    <p class="suggestion__level" part="suggestion-level">${suggestion.label ?? view.strings.suggestionNone}</p>
    ${explanation(view, suggestion).map((line) => html`<p class="body">${line}</p>`)}
    ${reasons.length > 0
      ? html`<h4 class="heading-s">${view.strings.suggestionReasons}</h4>
          <ul class="list list--bullet suggestion__reasons">
            ${reasons.map((r) => {
              const text = view.index.descriptors.get(r.id)?.descriptor.text ?? r.id;
              return html`<li><span class="tag tag--${r.status}">${labels[r.status]}</span> ${text}</li>`;
            })}
          </ul>`
      : nothing}
  </section>`;
}

/**
 * Why, in words the page can translate: the rule's own description is framework content (it is
 * translated with the framework), everything else comes from the overridable interface strings.
 * The engine's English `explanation` is for logs and the command line.
 */
function explanation(view: FormView, s: AreaSuggestion): string[] {
  const counts = s.counts?.descriptors;
  const assessed = counts ? view.format(view.strings.suggestionAssessed, { assessed: counts.assessed, total: counts.total }) : undefined;
  switch (s.status) {
    case 'suggested':
      return s.rule ? [s.rule.description] : [];
    case 'not-enough-evidence':
      return [view.strings.suggestionNotEnoughEvidence, ...(assessed ? [assessed] : [])];
    case 'no-rule-matched':
      return [view.strings.suggestionNoRuleMatched, ...(assessed ? [assessed] : [])];
    default:
      return [view.strings.suggestionNoRules];
  }
}
