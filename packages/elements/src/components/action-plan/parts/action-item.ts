// SPDX-License-Identifier: MIT
// One action as the plan shows it: what, its status in words (overdue and carried forward too),
// a summary list (owner, due date, success measure, when added), its reviews as a dated history
// that cannot be changed, and its buttons, each naming the action for screen readers.
import { type TemplateResult, html, nothing } from 'lit';
import type { Action } from '../../../internal/core.js';
import { summaryList } from '../../../templates/summary-list.js';
import { tag } from '../../../templates/tag.js';
import { actionEditor, dropQuestion, reviewEditorView } from './editors.js';
import { type ActionStatus, changeActionEditor, editorKey, reviewEditor } from './editing.js';
import { type PlanView, STATUS_VARIANT, actionHeadingId } from './view.js';

/** "by the end of March 2027" for YYYY-MM, "by the end of 2027" for YYYY, the date itself for a day. */
function dueText(view: PlanView, due: string | undefined): string {
  if (!due) return '';
  if (/^\d{4}-\d{2}$/.test(due)) return view.format(view.strings.dueMonth, { date: view.date(`${due}-01`).replace(/^1 /, '') });
  if (/^\d{4}$/.test(due)) return view.format(view.strings.dueMonth, { date: due });
  return view.date(due);
}

function actionButton(label: string, hidden: string, onClick: () => void, name: string): TemplateResult {
  return html`<button type="button" class="button button--secondary button--small" part="button" data-action-button=${name} @click=${onClick}>
    ${label}<span class="visually-hidden"> ${hidden}</span>
  </button>`;
}

function reviews(view: PlanView, action: Action): TemplateResult {
  const s = view.strings;
  return html`<div class="reviews" part="reviews">
    <h6 class="heading-xs">${s.reviewsHeading}</h6>
    ${action.reviews.length === 0
      ? html`<p class="body muted">${s.noReviews}</p>`
      : html`<ol class="list reviews__list">
          ${action.reviews.map(
            (r) => html`<li class="review" data-review=${r.id}>
              <p class="body review__line">
                <strong>${view.format(s.reviewLine, { date: view.date(r.on), by: r.by?.trim() ? view.format(s.reviewBy, { by: r.by.trim() }) : '' })}</strong>
                ${tag(view.statusLabel(r.status as ActionStatus), STATUS_VARIANT[r.status as ActionStatus])}
              </p>
              <p class="body pre-line">${r.note}</p>
              ${r.evidence?.trim() ? html`<p class="body pre-line">${view.format(s.reviewEvidence, { evidence: r.evidence })}</p>` : nothing}
            </li>`,
          )}
        </ol>`}
  </div>`;
}

export function actionItem(view: PlanView, action: Action): TemplateResult {
  const s = view.strings;
  const status = action.status as ActionStatus;
  const overdue = view.isOverdue(action);
  const hidden = view.format(s.actionHidden, { what: action.what });
  const editKey = editorKey.action(action.id);
  const reviewKey = editorKey.review(action.id);
  const dropKey = editorKey.drop(action.id);
  const editing = view.editors.get(editKey);
  const reviewing = view.editors.get(reviewKey);
  const dropping = view.editors.get(dropKey);
  const headingId = actionHeadingId(action.id);
  const classes = ['action', overdue ? 'action--overdue' : '', action.carriedForward ? 'action--carried' : ''].join(' ');
  return html`<li class=${classes} part="action" data-action=${action.id} data-status=${status} ?data-overdue=${overdue}>
    <h5 class="heading-s action__heading" id=${headingId} tabindex="-1">${action.what}</h5>
    <p class="action__tags">
      ${tag(view.statusLabel(status), STATUS_VARIANT[status])} ${overdue ? tag(s.overdue, 'overdue') : nothing}
      ${action.carriedForward ? tag(s.carriedForwardTag, 'carried') : nothing}
    </p>
    ${summaryList({
      emptyText: s.none,
      rows: [
        { name: 'owner', key: s.rowOwner, value: action.who?.trim() ?? '' },
        { name: 'due', key: s.rowDue, value: action.due ? html`${dueText(view, action.due)}${overdue ? html` <strong class="overdue-text">(${s.overdue})</strong>` : nothing}` : '' },
        { name: 'success', key: s.rowSuccess, value: action.successMeasure?.trim() ? html`<span class="pre-line">${action.successMeasure}</span>` : '' },
        { name: 'created', key: s.rowCreated, value: view.date(action.createdAt) },
      ],
    })}
    ${reviews(view, action)}
    ${editing?.kind === 'action'
      ? actionEditor(view, editKey, editing, headingId)
      : reviewing?.kind === 'review'
        ? reviewEditorView(view, reviewKey, reviewing, action)
        : dropping
          ? dropQuestion(view, dropKey, action)
          : html`<div class="button-group action__buttons no-print">
              ${action.carriedForward ? actionButton(s.confirm, hidden, () => view.actions.confirm(action.id), 'confirm') : nothing}
              ${actionButton(s.review, hidden, () => view.actions.open(reviewKey, reviewEditor(action)), 'review')}
              ${actionButton(s.change, hidden, () => view.actions.open(editKey, changeActionEditor(action)), 'change')}
              ${status !== 'dropped' ? actionButton(s.drop, hidden, () => view.actions.open(dropKey, { kind: 'drop', actionId: action.id }), 'drop') : nothing}
            </div>`}
  </li>`;
}
