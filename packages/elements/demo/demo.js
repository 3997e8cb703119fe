// SPDX-License-Identifier: MIT
// The demo page's own code: choose a framework and layout from the address, and on submit show
// what was entered in <apq-summary>. Everything is written with textContent: no HTML strings.

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
  for (const key of Object.keys(localStorage)) if (key.startsWith('apq-evaluation:') || key.startsWith('apq-action-plan:')) localStorage.removeItem(key);
  location.reload();
});

// The last evaluation submitted in this browser, per framework, so a second submission of the
// same setting is shown beside the first: the summary compares them area by area.
const previousKey = (framework) => `apq-demo:last-submitted:${framework}`;

form.addEventListener('apq-submit', (event) => {
  const { evaluation } = event.detail;
  const summary = document.getElementById('summary-element');
  const key = previousKey(evaluation.framework.id);
  let previous;
  try {
    previous = JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    previous = undefined;
  }
  const sameSetting = previous && previous.id !== evaluation.id && (previous.setting?.name ?? '').trim().toLowerCase() === (evaluation.setting.name ?? '').trim().toLowerCase();
  summary.previous = sameSetting ? previous : undefined;
  summary.evaluation = evaluation;
  document.getElementById('summary-previous').hidden = !sameSetting;
  try {
    localStorage.setItem(key, JSON.stringify(evaluation));
  } catch {
    // A full store only loses the comparison next time; the evaluation itself is in the summary.
  }
  document.getElementById('summary-json').textContent = JSON.stringify(evaluation, null, 2);
  const section = document.getElementById('summary');
  section.hidden = false;
  showPlan(evaluation);
  section.focus();
});

// The plan of the submitted evaluation: actions and reviews are kept in the evaluation itself,
// saved in this browser by the element as they are typed.
const plan = document.getElementById('plan-element');
const today = document.getElementById('plan-today');
today.value = new Date().toISOString().slice(0, 10);
today.addEventListener('change', () => {
  if (today.value) plan.setAttribute('today', today.value);
  else plan.removeAttribute('today');
});
let planned;
plan.addEventListener('apq-change', (event) => {
  planned = event.detail.evaluation;
});

function showPlan(evaluation) {
  planned = evaluation;
  plan.evaluation = evaluation;
  document.getElementById('plan').hidden = false;
}

// The next evaluation of the same setting starts from this one: copyForward carries what was
// written, each judgement as a proposal to confirm, and the open actions with their reviews.
document.getElementById('next-evaluation').addEventListener('click', async () => {
  if (!planned) return;
  const { copyForward } = await import('/cdn/apq-elements.js');
  const next = copyForward(planned, { now: new Date() });
  form.evaluation = next;
  plan.evaluation = next;
  planned = next;
  document.getElementById('next-evaluation-note').hidden = false;
  document.getElementById('next-evaluation-note').focus();
});

// The host form receives the evaluation as JSON under the element's name.
document.getElementById('host-form').addEventListener('submit', (event) => {
  const data = new FormData(event.target);
  console.info('Host form submitted with', (data.get('evaluation') ?? '').length, 'characters of JSON');
});
