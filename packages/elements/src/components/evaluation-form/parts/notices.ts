// SPDX-License-Identifier: MIT
// Notices above the form: storage problems (persistent, with the draft to download), a draft that
// could not be read, a draft moved to a newer framework version, and a resumed draft.
import { type TemplateResult, html, nothing } from 'lit';
import type { MigrationReport } from '../../../internal/core.js';
import type { StorageProblemKind } from '../../../internal/storage.js';
import { format } from '../../../internal/strings.js';
import { carriedOverList } from './review-step.js';
import type { FormView } from './view.js';

export interface NoticeState {
  storage?: { kind: StorageProblemKind; url: string; filename: string } | undefined;
  unreadable?: { url: string; filename: string } | undefined;
  migration?: { report: MigrationReport; frameworkTitle: string } | undefined;
  resumedAt?: string | undefined;
}

export function notices(view: FormView, state: NoticeState, dismiss: (which: 'migration' | 'resumed') => void): TemplateResult {
  const s = view.strings;
  const storage = state.storage;
  return html`
    ${storage
      ? html`<div class="warning" part="storage-warning" role="alert" data-kind=${storage.kind}>
          <p class="warning__text">
            <strong
              >${storage.kind === 'full' ? s.storageFull : storage.kind === 'unavailable' ? s.storageUnavailable : s.storageFailed}</strong
            >
            ${s.storageAdvice}
          </p>
          <p class="body">
            <a class="link" part="download-link" href=${storage.url} download=${storage.filename} @click=${view.actions.refreshDownload}
              >${s.downloadDraft}</a
            >
          </p>
        </div>`
      : nothing}
    ${state.unreadable
      ? html`<div class="warning" part="draft-warning" role="alert">
          <p class="warning__text"><strong>${s.draftUnreadable}</strong></p>
          <p class="body"><a class="link" href=${state.unreadable.url} download=${state.unreadable.filename}>${s.downloadUnreadableDraft}</a></p>
        </div>`
      : nothing}
    ${state.migration ? migrationNotice(view, state.migration, () => dismiss('migration')) : nothing}
    ${state.resumedAt
      ? html`<div class="notification" part="resumed-notice">
          <p class="body">${format(s.resumedNotice, { time: state.resumedAt })}</p>
          <button type="button" class="link-button" @click=${() => dismiss('resumed')}>${s.dismiss}</button>
        </div>`
      : nothing}
  `;
}

function migrationNotice(view: FormView, migration: NonNullable<NoticeState['migration']>, dismiss: () => void): TemplateResult {
  const s = view.strings;
  const { report } = migration;
  return html`<div class="notification notification--important" part="migration-notice" role="region" aria-labelledby="migration-heading">
    <h2 class="heading-m" id="migration-heading">${s.migratedHeading}</h2>
    <p class="body">${format(s.migratedBody, { from: report.from, to: report.to, framework: migration.frameworkTitle })}</p>
    ${report.moved.length > 0 ? html`<p class="body">${format(s.migratedMoved, { count: report.moved.length })}</p>` : nothing}
    ${report.newlyUnanswered.length > 0
      ? html`<p class="body">${format(s.migratedNewlyUnanswered, { count: report.newlyUnanswered.length })}</p>`
      : nothing}
    ${report.carriedOver.length > 0
      ? html`<p class="body">${format(s.migratedCarriedOver, { to: report.to })}</p>
          ${carriedOverList(view, report.carriedOver)}`
      : nothing}
    <button type="button" class="link-button" @click=${dismiss}>${s.dismiss}</button>
  </div>`;
}
