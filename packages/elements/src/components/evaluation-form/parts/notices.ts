// SPDX-License-Identifier: MIT
// Notices above the form: storage problems (persistent, with the draft to download), a draft that
// could not be read, a draft moved to a newer framework version, and a resumed draft.
import { type TemplateResult, html, nothing } from 'lit';
import type { StorageProblem } from '../../../controllers/draft-controller.js';
import type { MigrationReport } from '../../../internal/core.js';
import { storageWarning, unreadableDraftWarning } from '../../../templates/draft-notices.js';
import { notificationBanner } from '../../../templates/notices.js';
import { carriedOverList } from './review-step.js';
import type { FormView } from './view.js';

export interface NoticeState {
  unreadable?: { url: string; filename: string } | undefined;
  migration?: { report: MigrationReport; frameworkTitle: string } | undefined;
  resumedAt?: string | undefined;
}

export function notices(view: FormView, state: NoticeState, storage: StorageProblem | undefined, dismiss: (which: 'migration' | 'resumed') => void): TemplateResult {
  const s = view.strings;
  return html`
    ${storageWarning(storage, { strings: s, advice: s.storageAdvice, download: s.downloadDraft, onDownload: view.actions.refreshDownload })}
    ${unreadableDraftWarning(state.unreadable, { title: s.draftUnreadable, download: s.downloadUnreadableDraft })}
    ${state.migration ? migrationNotice(view, state.migration, () => dismiss('migration')) : nothing}
    ${state.resumedAt
      ? notificationBanner({
          part: 'resumed-notice',
          body: html`<p class="body">${view.format(s.resumedNotice, { time: state.resumedAt })}</p>`,
          dismiss: { label: s.dismiss, onClick: () => dismiss('resumed') },
        })
      : nothing}
  `;
}

function migrationNotice(view: FormView, migration: NonNullable<NoticeState['migration']>, dismiss: () => void): TemplateResult {
  const s = view.strings;
  const { report } = migration;
  return notificationBanner({
    part: 'migration-notice',
    heading: { id: 'migration-heading', text: s.migratedHeading },
    body: html`<p class="body">${view.format(s.migratedBody, { from: report.from, to: report.to, framework: migration.frameworkTitle })}</p>
      ${report.moved.length > 0 ? html`<p class="body">${view.format(s.migratedMoved, { count: report.moved.length })}</p>` : nothing}
      ${report.newlyUnanswered.length > 0 ? html`<p class="body">${view.format(s.migratedNewlyUnanswered, { count: report.newlyUnanswered.length })}</p>` : nothing}
      ${report.carriedOver.length > 0
        ? html`<p class="body">${view.format(s.migratedCarriedOver, { to: report.to })}</p>
            ${carriedOverList(view, report.carriedOver)}`
        : nothing}`,
    dismiss: { label: s.dismiss, onClick: dismiss },
  });
}
