// SPDX-License-Identifier: MIT
// The baseline for bench/form-compare.mjs: a bare, hand-written custom element, no library, that
// renders the same fields as <apq-evaluation-form layout="single-page"> (the setting, then per area
// its heading, summary, questions, evidence seen, judgement, rationale, strengths and priorities)
// into a shadow root with createElement/textContent only. No state, no events, no validation:
// it is the floor of what rendering these fields costs. Loaded in the browser by form-compare.mjs;
// not run on its own. Usage: <bare-form> with its `framework` property set to a framework object.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`:host { display: block; font: 19px/1.3 system-ui, sans-serif; color: #0b0c0c }
h2 { font-size: 1.6em; margin: 1.5em 0 .5em } h3 { font-size: 1.2em; margin: 1em 0 .5em }
.group { margin: 0 0 1.5em; border: 0; padding: 0 } .label, legend { display: block; font-weight: 700; margin-bottom: .3em }
.hint { color: #505a5f; margin: 0 0 .5em } .muted { color: #505a5f }
textarea, input[type=text] { box-sizing: border-box; width: 100%; font: inherit; border: 2px solid #0b0c0c; padding: 5px }
.radio { display: flex; flex-wrap: wrap; gap: 0 .5em; align-items: center; margin: .3em 0 } .radio .hint { flex-basis: 100%; padding-left: 1.7em }
.inline .radio { display: inline-flex; margin-right: 1.5em } button { font: inherit; padding: .3em .8em }`);

/** An element with properties (or attributes, for names that are not properties) and children. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}
const hint = (id, text) => (text ? el('p', { className: 'hint', id: `${id}--hint`, textContent: text }) : null);
const described = (id, text) => (text ? `${id}--hint` : undefined);

function textArea(id, label, hintText, rows = 5) {
  return el('div', { className: 'group' }, el('label', { className: 'label', htmlFor: id, textContent: label }), hint(id, hintText),
    el('textarea', { id, name: id, rows, 'aria-describedby': described(id, hintText) }));
}
function textInput(id, label, hintText) {
  return el('div', { className: 'group' }, el('label', { className: 'label', htmlFor: id, textContent: label }), hint(id, hintText),
    el('input', { type: 'text', id, name: id, 'aria-describedby': described(id, hintText) }));
}
function radios(id, legend, hintText, options, inline = false) {
  return el('fieldset', { className: inline ? 'group inline' : 'group', 'aria-describedby': described(id, hintText) },
    el('legend', { textContent: legend }), hint(id, hintText),
    ...options.map((option, n) => el('div', { className: 'radio' },
      el('input', { type: 'radio', id: `${id}-${n}`, name: id, value: option.value }),
      el('label', { htmlFor: `${id}-${n}`, textContent: option.label }),
      option.hint ? el('p', { className: 'hint', textContent: option.hint }) : null)));
}
/** An empty list (evidence, strengths, priorities) with its add button, as the form shows it. */
function list(id, legend, hintText, empty, add) {
  return el('fieldset', { className: 'group', 'aria-describedby': described(id, hintText) }, el('legend', { textContent: legend }),
    hint(id, hintText), el('p', { className: 'muted', textContent: empty }), el('button', { type: 'button', textContent: add }));
}

function question(framework, q) {
  const id = `answers.${q.id}`;
  let control;
  if (q.answer === 'reflection') control = textArea(id, q.text, q.guidance);
  else if (q.answer === 'yes-partly-no') control = radios(id, q.text, q.guidance, [['yes', 'Yes'], ['partly', 'Partly'], ['no', 'No']].map(([value, label]) => ({ value, label })), true);
  else if (q.answer === 'rating') {
    const scale = framework.scales.find((s) => s.id === (q.scale ?? framework.judgementScale));
    control = radios(id, q.text, q.guidance, (scale?.levels ?? []).map((l) => ({ value: l.id, label: l.label, hint: l.description })));
  } else control = list(id, q.text, q.guidance, 'No evidence added yet.', 'Add evidence');
  return el('div', { className: 'question', 'data-question': q.id }, control);
}

function area(framework, a) {
  const id = (field) => `areas.${a.id}.${field}`;
  const label = `${a.number}. ${a.title}`;
  const scale = framework.scales.find((s) => s.id === framework.judgementScale);
  return el('section', { className: 'area', 'data-area': a.id },
    el('h2', { textContent: label }), a.summary ? el('p', { className: 'lead', textContent: a.summary }) : null,
    ...a.questions.map((q) => question(framework, q)),
    ...a.subAreas.map((sub) => el('section', { className: 'sub-area' }, el('h3', { textContent: `${sub.letter}. ${sub.title}` }),
      ...sub.questions.map((q) => question(framework, q)))),
    el('section', { className: 'area-record' },
      el('h3', { textContent: `Your evaluation of this ${framework.terminology?.area ?? 'area'}` }),
      textArea(id('evidence'), 'Evidence seen', 'What you saw, read and heard that supports your judgement.'),
      scale ? radios(id('judgement'), `Your judgement for ${label}`, 'The judgement is yours. The suggestion is there to help.',
        scale.levels.map((l) => ({ value: l.id, label: l.label, hint: l.description }))) : null,
      textArea(id('rationale'), 'Why did you make this judgement?', 'Explain the judgement in a sentence or two.', 3),
      list(id('strengths'), 'Strengths', undefined, 'None added yet.', 'Add a strength'),
      list(id('priorities'), 'Priorities for improvement', undefined, 'None added yet.', 'Add a priority')));
}

class BareForm extends HTMLElement {
  #framework;
  get framework() { return this.#framework; }
  set framework(value) { this.#framework = value; if (this.isConnected) this.render(); }
  connectedCallback() { if (this.#framework) this.render(); }
  render() {
    const f = this.#framework;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const setting = el('section', {}, el('p', { className: 'caption', textContent: `${f.shortTitle ?? f.title} ${f.version}` }),
      el('h2', { textContent: 'About this evaluation' }),
      radios('use', 'What is this evaluation for?', undefined, f.uses.map((u) => ({ value: u.id, label: u.title, hint: u.description }))),
      el('fieldset', { className: 'group' }, el('legend', { textContent: 'The setting being evaluated' }),
        textInput('setting.name', 'Name of the setting'),
        textInput('setting.urn', 'Unique reference number (URN) (optional)', 'The 6 or 7 digit number on Get Information about Schools. Leave blank if the setting does not have one.'),
        textInput('setting.type', 'Type of setting (optional)', 'For example, pupil referral unit, AP academy or independent provider.'),
        textInput('setting.localAuthority', 'Local authority (optional)')));
    const form = el('form', { className: 'base' }, setting, ...f.categories.flatMap((c) => c.areas.map((a) => area(f, a))),
      el('button', { type: 'button', textContent: 'Continue to check your answers' }));
    root.replaceChildren(form);
  }
}
customElements.define('bare-form', BareForm);
