// SPDX-License-Identifier: MIT
// What an element shows before it has anything to show: "Loading…", nothing given yet, or a
// failure in GOV.UK's error style with the file's `path: problem` lines. Never a blank element.
import { type TemplateResult, html, nothing } from 'lit';
import { type Problem, formatProblem } from '../internal/core.js';
import { warning } from './notices.js';

export interface FailureView {
  message: string;
  hint?: string | undefined;
  problems?: readonly Problem[] | undefined;
}

/** At most this many problems are listed; the event's detail carries them all. */
const SHOWN_PROBLEMS = 20;

export function failureNotice(failure: FailureView, problemsHeading: string): TemplateResult {
  const problems = failure.problems ?? [];
  return warning({
    title: failure.message,
    part: 'error',
    tone: 'error',
    body: html`${failure.hint ? html`<p class="body">${failure.hint}</p>` : nothing}
    ${problems.length > 0
      ? html`<p class="body">${problemsHeading}</p>
          <ul class="list list--bullet problems">
            ${problems.slice(0, SHOWN_PROBLEMS).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
          </ul>`
      : nothing}`,
  });
}

export function statusLine(text: string): TemplateResult {
  return html`<p class="body muted" role="status">${text}</p>`;
}
