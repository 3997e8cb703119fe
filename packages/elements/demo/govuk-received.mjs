// SPDX-License-Identifier: MIT
// The GOV.UK demo page's server side: what a council's server does with the posted form
// (docs/embedding.md, "Validating on your server"), and a GOV.UK-styled page saying what it received.
// Everything shown is escaped: the posted value is untrusted input.
import { finalise, formatProblem, parseJsonText, submissionProblems, validateEvaluation } from '../../core/dist/index.js';
import { bundledCatalogue } from '../../core/dist/frameworks/index.js';

/** What to do with the `evaluation` field of a posted form, and the button that sent it. */
export function receive(field, action) {
  const parsed = parseJsonText(field ?? '');
  const checked = parsed.ok ? validateEvaluation(parsed.value, bundledCatalogue) : parsed;
  if (!checked.ok) return { kind: 'rejected', problems: checked.problems.map(formatProblem) };
  const { evaluation, framework } = checked.value;
  if (evaluation.status === 'submitted') return { kind: 'submitted', evaluation };
  if (action !== 'submit') return { kind: 'draft', evaluation };
  const problems = submissionProblems(framework, evaluation);
  if (problems.length > 0) return { kind: 'incomplete', evaluation, problems: problems.map(formatProblem) };
  const finished = finalise(framework, evaluation, new Date());
  return finished.ok ? { kind: 'submitted', evaluation: finished.value } : { kind: 'incomplete', evaluation, problems: finished.problems.map(formatProblem) };
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const HEADINGS = {
  submitted: 'The server received a submitted evaluation',
  draft: 'The server received a draft',
  incomplete: 'The server received a draft it cannot accept as submitted',
  rejected: 'The server could not use what it received',
};

/** The page answering a POST of the GOV.UK demo's form, from the request body (application/x-www-form-urlencoded). */
export function receivedPage(body) {
  const form = new URLSearchParams(body);
  const action = form.get('action') ?? '(none)';
  const result = receive(form.get('evaluation'), action);
  const status = result.evaluation?.status ?? '(none)';
  const problems = result.problems ?? [];
  return `<!doctype html>
<html lang="en-GB" class="govuk-template">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escape(HEADINGS[result.kind])} – Anyshire County Council</title>
    <link rel="stylesheet" href="/govuk-frontend/govuk-frontend.min.css" />
  </head>
  <body class="govuk-template__body">
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-l">${escape(HEADINGS[result.kind])}</h1>
        <dl class="govuk-summary-list">
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Button pressed (<code>action</code>)</dt><dd class="govuk-summary-list__value">${escape(action)}</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status as posted</dt><dd class="govuk-summary-list__value">${escape(form.has('evaluation') ? (statusOf(form.get('evaluation')) ?? '(none)') : '(nothing posted)')}</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status the server keeps</dt><dd class="govuk-summary-list__value">${escape(status)}</dd></div>
        </dl>
        ${problems.length > 0 ? `<h2 class="govuk-heading-m">What the server's checks found</h2><ul class="govuk-list govuk-list--bullet">${problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>` : ''}
        <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">The evaluation as posted</span></summary>
          <div class="govuk-details__text"><pre>${escape(form.get('evaluation') ?? '')}</pre></div></details>
        <p class="govuk-body"><a class="govuk-link" href="/govuk.html">Back to the form</a></p>
      </main>
    </div>
  </body>
</html>`;
}

function statusOf(json) {
  const parsed = parseJsonText(json ?? '');
  return parsed.ok && parsed.value && typeof parsed.value === 'object' ? parsed.value.status : undefined;
}
