// SPDX-License-Identifier: MIT
// The contents of the evaluation, GOV.UK task-list style: every area by category with its status,
// and the overall progress. In the paged layout it moves between pages; in the single-page
// layout it moves focus to the area's heading.
import { type TemplateResult, html, nothing } from 'lit';
import type { AreaProgress, ProgressStatus } from '../../../internal/core.js';
import { areaWords, statusLabel } from '../../../internal/labels.js';
import { REVIEW, START, areaStep } from '../model.js';
import type { FormView } from './view.js';

function task(view: FormView, id: string, label: string, step: string, status: ProgressStatus | null, detail?: string): TemplateResult {
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
          ><span class="tag tag--${status}" part="tag">${statusLabel(status, view.strings)}</span>${detail
            ? html` <span class="task__detail">${detail}</span>`
            : nothing}</span
        >`
      : nothing}
  </li>`;
}

/** What the person has done in an area that is in progress: questions answered, descriptors assessed. */
export function progressDetail(view: FormView, progress: AreaProgress): string | undefined {
  if (progress.status !== 'in-progress') return undefined;
  const parts: string[] = [];
  if (progress.questions.total > 0) parts.push(view.format(view.strings.areaProgress, { answered: progress.questions.done, total: progress.questions.total }));
  if (progress.descriptors.done > 0) parts.push(view.format(view.strings.descriptorProgress, { count: progress.descriptors.done, total: progress.descriptors.total }));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function navigation(view: FormView): TemplateResult {
  const s = view.strings;
  const areas = view.framework.categories.flatMap((c) => c.areas);
  const applicable = areas.filter((a) => a.status !== 'not-yet-written');
  const done = applicable.filter((a) => view.progress(a).status === 'completed').length;
  return html`<nav class="nav" part="nav" aria-label=${s.navLabel}>
    <p class="nav__progress" part="progress">${view.format(s.overallProgress, { done, total: applicable.length, areas: areaWords(view.framework).areas })}</p>
    <progress class="progress-bar" max=${applicable.length} .value=${done} aria-hidden="true"></progress>
    <ol class="task-list">
      ${task(view, 'start', s.settingStepNav, START, view.settingStatus)}
    </ol>
    ${view.framework.categories.map(
      (c) => html`<p class="nav__category" id=${`nav-${c.id}`}>${c.title}</p>
        <ol class="task-list" aria-labelledby=${`nav-${c.id}`}>
          ${c.areas.map((a) => {
            const progress = view.progress(a);
            return task(view, a.id, `${a.number}. ${a.title}`, areaStep(a.id), progress.status, progressDetail(view, progress));
          })}
        </ol>`,
    )}
    ${view.readonly ? nothing : html`<ol class="task-list">${task(view, 'review', s.reviewStepNav, REVIEW, null)}</ol>`}
  </nav>`;
}
