// SPDX-License-Identifier: MIT
// The warnings of an element that keeps a draft (the form, the plan), drawn alike: the draft
// cannot be saved, with a link to download it so that nothing typed is lost; and a draft saved
// earlier could not be read and was set aside, with a link to download it. The words are the
// element's own strings.
import { type TemplateResult, html, nothing } from 'lit';
import type { StorageProblem } from '../controllers/draft-controller.js';
import type { StorageProblemKind } from '../internal/storage.js';
import { warning } from './notices.js';

export interface StorageProblemStrings {
  storageFull: string;
  storageUnavailable: string;
  storageFailed: string;
}

/** What went wrong, in words: the warning's title and the `apq-error` message. */
export function storageProblemMessage(kind: StorageProblemKind, s: StorageProblemStrings): string {
  return kind === 'full' ? s.storageFull : kind === 'unavailable' ? s.storageUnavailable : s.storageFailed;
}

export interface StorageWarningOptions {
  strings: StorageProblemStrings;
  /** A sentence before the link, when the element gives one. */
  advice?: string | undefined;
  download: string;
  /** The link's click handler (DraftController.refreshDownload): the latest draft, not the one of the failure. */
  onDownload: (event: Event) => void;
}

/** Persistent while the problem lasts; nothing when there is none. */
export function storageWarning(problem: StorageProblem | undefined, o: StorageWarningOptions): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  return warning({
    part: 'storage-warning',
    kind: problem.kind,
    title: storageProblemMessage(problem.kind, o.strings),
    body: html`${o.advice ? html`<p class="body">${o.advice}</p>` : nothing}
      <p class="body"><a class="link" part="download-link" href=${problem.url} download=${problem.filename} @click=${o.onDownload}>${o.download}</a></p>`,
  });
}

/** The draft that could not be read, to download; nothing when there is none. */
export function unreadableDraftWarning(unreadable: { url: string; filename: string } | undefined, o: { title: string; download: string }): TemplateResult | typeof nothing {
  if (!unreadable) return nothing;
  return warning({
    part: 'draft-warning',
    title: o.title,
    body: html`<p class="body"><a class="link" href=${unreadable.url} download=${unreadable.filename}>${o.download}</a></p>`,
  });
}
