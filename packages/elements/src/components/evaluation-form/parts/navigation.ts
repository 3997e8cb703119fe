// SPDX-License-Identifier: MIT
// The contents of the evaluation, GOV.UK task-list style: every area by category with its status,
// and the overall progress. In the paged layout it moves between pages; in the single-page
// layout it moves focus to the area's heading.
import { type TemplateResult, html, nothing } from 'lit';
import { format } from '../../../internal/strings.js';
import { type AreaStatus, REVIEW, START, areaStep } from '../model.js';
import type { FormView } from './view.js';

export function statusLabel(view: FormView, status: AreaStatus): string {
  const s = view.strings;
  return { 'not-started': s.statusNotStarted, 'in-progress': s.statusInProgress, completed: s.statusCompleted, 'not-applicable': s.statusNotApplicable }[status];
}

function task(view: FormView, id: string, label: string, step: string, status: AreaStatus | null, detail?: string): TemplateResult {
  const current = view.layout === 'paged' && view.step === step;
  const statusId = `nav-${id}-status`;
  return html`<li class="task ${current ? 'task--current' : ''}" part="task">
    <button
      type="button"
      class="task__link"
      part="task-link"
      aria-current=${current ? 'step' : nothing}
      aria-describedby=${status ? statusId : nothing}
      @click=${() => view.actions.goTo(step)}
    >
      ${label}
    </button>
    ${status
      ? html`<span class="task__status" id=${statusId}
          ><span class="tag tag--${status}" part="tag">${statusLabel(view, status)}</span>${detail
            ? html` <span class="task__detail">${detail}</span>`
            : nothing}</span
        >`
      : nothing}
  </li>`;
}

export function navigation(view: FormView): TemplateResult {
  const s = view.strings;
  const areas = view.framework.categories.flatMap((c) => c.areas);
  const applicable = areas.filter((a) => a.status !== 'not-yet-written');
  const done = applicable.filter((a) => view.progress(a).status === 'completed').length;
  const areasWord = view.framework.terminology?.areas ?? 'areas';
  return html`<nav class="nav" part="nav" aria-label=${s.navLabel}>
    <p class="nav__progress" part="progress">${format(s.overallProgress, { done, total: applicable.length, areas: areasWord })}</p>
    <progress class="progress-bar" max=${applicable.length} .value=${done} aria-hidden="true"></progress>
    <ol class="task-list">
      ${task(view, 'start', s.settingStepNav, START, view.settingStatus)}
    </ol>
    ${view.framework.categories.map(
      (c) => html`<p class="nav__category" id=${`nav-${c.id}`}>${c.title}</p>
        <ol class="task-list" aria-labelledby=${`nav-${c.id}`}>
          ${c.areas.map((a) => {
            const progress = view.progress(a);
            const detail = progress.total > 0 && progress.status === 'in-progress' ? format(s.areaProgress, { answered: progress.answered, total: progress.total }) : undefined;
            return task(view, a.id, `${a.number}. ${a.title}`, areaStep(a.id), progress.status, detail);
          })}
        </ol>`,
    )}
    ${view.readonly ? nothing : html`<ol class="task-list">${task(view, 'review', s.reviewStepNav, REVIEW, null)}</ol>`}
  </nav>`;
}
