// SPDX-License-Identifier: MIT
// The demo page's own code: choose a framework and layout from the address, and on submit show
// the engine's summary of what was entered. Everything is written with textContent: no HTML strings.
import { summarise } from '/cdn/apq-elements.js';

const params = new URLSearchParams(location.search);
const form = document.getElementById('form');
if (params.has('src')) {
  form.removeAttribute('framework');
  form.removeAttribute('version');
  form.setAttribute('src', params.get('src'));
} else if (params.has('framework')) {
  form.setAttribute('framework', params.get('framework'));
  if (params.has('version')) form.setAttribute('version', params.get('version'));
  else form.removeAttribute('version');
}
if (params.get('layout') === 'single-page') form.setAttribute('layout', 'single-page');

// Keep the chosen framework when switching layout.
for (const [id, layout] of [['layout-paged', 'paged'], ['layout-single', 'single-page']]) {
  const next = new URLSearchParams(params);
  next.set('layout', layout);
  document.getElementById(id).href = `?${next}`;
}

document.getElementById('clear-draft').addEventListener('click', () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('apq-evaluation:')) localStorage.removeItem(key);
  location.reload();
});

const el = (tag, text) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

form.addEventListener('apq-submit', (event) => {
  const { evaluation } = event.detail;
  const summary = summarise(form.resolvedFramework, evaluation);
  const body = document.getElementById('summary-body');
  body.replaceChildren();
  const { completion } = summary;
  body.append(
    el('p', `${summary.evaluation.setting.name ?? ''}: ${summary.evaluation.useTitle ?? 'no use chosen'}.`),
    el(
      'p',
      `Completion: ${completion.areas.done} of ${completion.areas.total} ${summary.framework.areas} complete, ` +
        `${completion.questions.done} of ${completion.questions.total} questions answered, ` +
        `${completion.judgements.done} of ${completion.judgements.total} judgements made.`,
    ),
  );
  const table = el('table');
  const head = el('tr');
  for (const h of [summary.framework.area.charAt(0).toUpperCase() + summary.framework.area.slice(1), 'Judgement', 'Suggested', 'Strengths', 'Priorities']) head.append(el('th', h));
  table.append(head);
  for (const category of summary.categories) {
    for (const area of category.areas) {
      const row = el('tr');
      row.append(
        el('td', `${area.number}. ${area.title}`),
        el('td', area.judgement.label ?? '–'),
        el('td', area.suggestion.label ?? '–'),
        el('td', area.strengths.join('; ') || '–'),
        el('td', area.priorities.map((p) => p.text).join('; ') || '–'),
      );
      table.append(row);
    }
  }
  body.append(table);
  document.getElementById('summary-json').textContent = JSON.stringify(evaluation, null, 2);
  const section = document.getElementById('summary');
  section.hidden = false;
  section.focus();
});

// The host form receives the evaluation as JSON under the element's name.
document.getElementById('host-form').addEventListener('submit', (event) => {
  const data = new FormData(event.target);
  console.info('Host form submitted with', (data.get('evaluation') ?? '').length, 'characters of JSON');
});
