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
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('apq-evaluation:') || key.startsWith('apq-action-plan:') || key.startsWith('apq-demo:plan:')) localStorage.removeItem(key);
  }
  location.reload();
});

function remember(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full store only loses what the next visit would have shown; nothing typed is in it.
  }
}

function recall(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

// The last evaluation submitted in this browser, per framework, so a second submission of the
// same setting is shown beside the first: the summary compares them area by area.
const previousKey = (framework) => `apq-demo:last-submitted:${framework}`;
// The evaluation whose plan is shown, per framework, so that a person who comes back (or reloads
// the page half-way through a review) finds the plan again; the element resumes its own draft.
const planKey = (framework) => `apq-demo:plan:${framework}`;

form.addEventListener('apq-submit', (event) => {
  // The form edits the answers and judgements, the plan element the actions: when both worked on
  // the same evaluation (the next one, copied forward), the page keeps the plan's actions.
  const evaluation = planned?.id === event.detail.evaluation.id ? { ...event.detail.evaluation, actions: planned.actions } : event.detail.evaluation;
  const key = previousKey(evaluation.framework.id);
  const previous = recall(key);
  const sameSetting = previous && previous.id !== evaluation.id && (previous.setting?.name ?? '').trim().toLowerCase() === (evaluation.setting.name ?? '').trim().toLowerCase();
  remember(key, evaluation);
  showSubmitted(evaluation, sameSetting ? previous : undefined);
  showPlan(evaluation);
  document.getElementById('summary').focus();
});

function showSubmitted(evaluation, previous) {
  const summary = document.getElementById('summary-element');
  summary.previous = previous;
  summary.evaluation = evaluation;
  document.getElementById('summary-previous').hidden = !previous;
  document.getElementById('summary-json').textContent = JSON.stringify(evaluation, null, 2);
  document.getElementById('summary').hidden = false;
}

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
  remember(planKey(evaluation.framework.id), evaluation);
  document.getElementById('plan').hidden = false;
}

// The next evaluation of the same setting starts from this one: copyForward carries what was
// written, each judgement as a proposal to confirm, and the open actions with their reviews.
document.getElementById('next-evaluation').addEventListener('click', async () => {
  if (!planned) return;
  const { copyForward } = await import('/cdn/apq-elements.js');
  const next = copyForward(planned, { now: new Date() });
  form.evaluation = next;
  showPlan(next);
  document.getElementById('next-evaluation-note').hidden = false;
  document.getElementById('next-evaluation-note').focus();
});

// Coming back: the last evaluation submitted here and the plan that was being kept, as they were
// left. When the plan is already the next evaluation's, the form carries on with that one too.
function comeBack(framework) {
  const kept = recall(planKey(framework));
  if (!kept || kept.framework?.id !== framework) return;
  const submitted = recall(previousKey(framework));
  if (submitted) showSubmitted(submitted, undefined);
  showPlan(kept);
  if (kept.status !== 'submitted') form.evaluation = kept;
}
// The form may be ready before this script runs (its framework was registered just before).
if (form.resolvedFramework) comeBack(form.resolvedFramework.id);
else form.addEventListener('apq-ready', (event) => comeBack(event.detail.framework.id), { once: true });

// "Print the plan" or the summary's Print prints that document alone: the button pressed has the
// focus, inside the section whose element printed (demo.css). Any other print prints the page.
addEventListener('beforeprint', () => {
  const from = document.activeElement?.closest('#plan, #summary');
  if (from) document.documentElement.dataset.printing = from.id;
  else delete document.documentElement.dataset.printing;
});

// The host form receives the evaluation as JSON under the element's name.
document.getElementById('host-form').addEventListener('submit', (event) => {
  const data = new FormData(event.target);
  console.info('Host form submitted with', (data.get('evaluation') ?? '').length, 'characters of JSON');
});
