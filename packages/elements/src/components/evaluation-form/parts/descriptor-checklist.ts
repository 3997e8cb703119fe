// SPDX-License-Identifier: MIT
// The grade descriptors of an area as a best-fit aid: for each statement, whether it describes the
// setting (met, partly met, not met). Presented as evidence for a judgement, never as a test to pass.
import { type TemplateResult, html, nothing } from 'lit';
import type { CheckStatus, GradeDescriptor, QualityArea } from '../../../internal/core.js';
import { checkLabels } from '../../../internal/labels.js';
import { radios } from '../../../templates/controls.js';
import { field, own } from '../model.js';
import type { FormView } from './view.js';

function descriptorHint(view: FormView, descriptor: GradeDescriptor): TemplateResult | undefined {
  const footnotes = (descriptor.footnotes ?? []).flatMap((id) => view.framework.footnotes.filter((f) => f.id === id));
  if (!descriptor.items?.length && footnotes.length === 0) return undefined;
  return html`${descriptor.items?.length ? html`<ul class="list list--bullet">${descriptor.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
  ${footnotes.map((f) => html`<p class="footnote">${f.marker} ${f.text}</p>`)}`;
}

export function descriptorChecklist(view: FormView, area: QualityArea): TemplateResult | typeof nothing {
  const descriptors = area.descriptors;
  if (!descriptors) return nothing;
  const labels = checkLabels(view.strings);
  const scale = view.index.scales.get(descriptors.scale);
  const headingId = `${area.id}--descriptors`;
  const guidance = (descriptors.guidance ?? []).flatMap((id) => view.framework.guidance.filter((g) => g.id === id));
  return html`<section class="section descriptors" part="descriptors">
    <h3 class="heading-m" id=${headingId}>${descriptors.title ?? view.strings.descriptorsHeading}</h3>
    <p class="body">${view.strings.descriptorsIntro}</p>
    ${guidance.map(
      (g) => html`<div class="inset" part="guidance">
        <p class="body"><strong>${g.title}</strong> ${g.text}</p>
        ${g.items?.length ? html`<ul class="list list--bullet">${g.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
      </div>`,
    )}
    ${descriptors.levels.map((level) => {
      const grade = scale?.levels.find((l) => l.id === level.level)?.label ?? level.level;
      const title = level.heading ?? grade;
      // Two grades can share a statement word for word (Leicestershire strand 5): the legend names
      // the grade, for screen-reader users who move from group to group without the headings.
      const prefix = view.format(view.strings.descriptorLegendPrefix, { level: grade });
      return html`<div class="descriptor-level" data-level=${level.level}>
        <h4 class="heading-s">${title}</h4>
        ${level.lead ? html`<p class="body">${level.lead}</p>` : nothing}
        ${level.descriptors.map((d) => {
          const status = own(view.evaluation.checks, d.id);
          return radios({
            id: field.check(d.id),
            error: view.error(field.check(d.id)),
            legend: html`<span class="visually-hidden">${prefix} </span>${d.text}`,
            legendClass: 'legend--descriptor',
            hint: descriptorHint(view, d),
            inline: true,
            small: true,
            value: status === 'not-assessed' ? undefined : status,
            options: (['met', 'partly-met', 'not-met'] as const).map((s) => ({ value: s, label: labels[s] })),
            onSelect: (value) => view.actions.check(d.id, value as CheckStatus),
          });
        })}
      </div>`;
    })}
  </section>`;
}
