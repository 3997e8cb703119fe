// SPDX-License-Identifier: MIT
// The plan's three editors, each shown in place under what it edits: an action (what, owner, due
// date, success measure), a review (date, by, note, new status, evidence) and the question before
// an action is dropped. Buttons are plain buttons; nothing is saved until "Save".
import { type TemplateResult, html } from 'lit';
import type { Action } from '../../../internal/core.js';
import { radios, textArea, textInput } from '../../../templates/controls.js';
import { dateInput } from './date-input.js';
import { ACTION_STATUSES, type Editor, fieldId } from './editing.js';
import { type PlanView, actionHeadingId } from './view.js';

function buttons(view: PlanView, key: string, saveLabel: string, returnTo: string): TemplateResult {
  const s = view.strings;
  return html`<div class="button-group editor__buttons">
    <button type="button" class="button" part="button" data-save=${key} @click=${() => view.actions.save(key)}>${saveLabel}</button>
    <button type="button" class="link-button" part="link" @click=${() => view.actions.cancel(key, returnTo)}>
      ${s.cancel}<span class="visually-hidden"> ${s.cancelHidden}</span>
    </button>
  </div>`;
}

export function actionEditor(view: PlanView, key: string, editor: Extract<Editor, { kind: 'action' }>, returnTo: string): TemplateResult {
  const s = view.strings;
  const f = editor.fields;
  const id = (name: string) => fieldId(key, name);
  const dateLabels = { day: s.dateDay, month: s.dateMonth, year: s.dateYear };
  return html`<div class="editor no-print" part="editor" data-editor=${key}>
    <fieldset class="fieldset">
      <legend class="legend legend--m">${editor.actionId ? s.editActionLegend : s.newActionLegend}</legend>
      ${textArea({
        id: id('what'),
        label: s.fieldWhat,
        labelClass: 'label--s',
        hint: s.fieldWhatHint,
        rows: 2,
        value: f.what,
        error: view.error(id('what')),
        onInput: (what) => view.actions.type(key, { what }),
        onChange: () => undefined,
      })}
      ${textInput({
        id: id('who'),
        label: s.fieldWho,
        labelClass: 'label--s',
        hint: s.fieldWhoHint,
        value: f.who,
        width: '20ch',
        onInput: (who) => view.actions.type(key, { who }),
        onChange: () => undefined,
      })}
      ${dateInput({
        id: id('due'),
        legend: s.fieldDue,
        hint: s.fieldDueHint,
        value: f.due,
        error: view.error(id('due')),
        labels: dateLabels,
        onInput: (due) => view.actions.type(key, { due }),
        onChange: () => undefined,
      })}
      ${textArea({
        id: id('success'),
        label: s.fieldSuccess,
        labelClass: 'label--s',
        rows: 2,
        value: f.successMeasure,
        onInput: (successMeasure) => view.actions.type(key, { successMeasure }),
        onChange: () => undefined,
      })}
    </fieldset>
    ${buttons(view, key, s.saveAction, returnTo)}
  </div>`;
}

export function reviewEditorView(view: PlanView, key: string, editor: Extract<Editor, { kind: 'review' }>, action: Action): TemplateResult {
  const s = view.strings;
  const f = editor.fields;
  const id = (name: string) => fieldId(key, name);
  const [y, m, d] = view.today.split('-');
  return html`<div class="editor no-print" part="editor" data-editor=${key}>
    <fieldset class="fieldset">
      <legend class="legend legend--m">${view.format(s.reviewLegend, { what: action.what })}</legend>
      <p class="hint">${s.reviewFinal}</p>
      ${dateInput({
        id: id('on'),
        legend: s.fieldOn,
        hint: view.format(s.fieldOnHint, { example: `${Number(d)} ${Number(m)} ${y}` }),
        value: f.on,
        error: view.error(id('on')),
        labels: { day: s.dateDay, month: s.dateMonth, year: s.dateYear },
        onInput: (on) => view.actions.type(key, { on }),
        onChange: () => undefined,
      })}
      ${textInput({
        id: id('by'),
        label: s.fieldBy,
        labelClass: 'label--s',
        value: f.by,
        width: '20ch',
        onInput: (by) => view.actions.type(key, { by }),
        onChange: () => undefined,
      })}
      ${textArea({
        id: id('note'),
        label: s.fieldNote,
        labelClass: 'label--s',
        rows: 3,
        value: f.note,
        error: view.error(id('note')),
        onInput: (note) => view.actions.type(key, { note }),
        onChange: () => undefined,
      })}
      ${radios({
        id: id('status'),
        legend: s.fieldStatus,
        legendClass: 'legend--s',
        small: true,
        options: ACTION_STATUSES.map((status) => ({ value: status, label: view.statusLabel(status) })),
        value: f.status,
        onSelect: (status) => view.actions.type(key, { status: status as (typeof ACTION_STATUSES)[number] }),
      })}
      ${textArea({
        id: id('evidence'),
        label: s.fieldEvidence,
        labelClass: 'label--s',
        hint: s.fieldEvidenceHint,
        rows: 3,
        value: f.evidence,
        onInput: (evidence) => view.actions.type(key, { evidence }),
        onChange: () => undefined,
      })}
    </fieldset>
    ${buttons(view, key, s.saveReview, actionHeadingId(action.id))}
  </div>`;
}

/** GOV.UK's confirmation before a destructive step: the question, then yes or no. */
export function dropQuestion(view: PlanView, key: string, action: Action): TemplateResult {
  const s = view.strings;
  const headingId = fieldId(key, 'question');
  return html`<div class="editor editor--warning no-print" part="drop-confirmation" role="group" aria-labelledby=${headingId} data-editor=${key}>
    <p class="heading-s" id=${headingId} tabindex="-1">${view.format(s.dropQuestion, { what: action.what })}</p>
    <p class="body">${s.dropBody}</p>
    <div class="button-group editor__buttons">
      <button type="button" class="button button--warning" part="button" data-drop=${action.id} @click=${() => view.actions.drop(key, action.id)}>${s.dropYes}</button>
      <button type="button" class="button button--secondary" part="button" @click=${() => view.actions.cancel(key, actionHeadingId(action.id))}>${s.dropNo}</button>
    </div>
  </div>`;
}
