// SPDX-License-Identifier: MIT
// Drafts and autosave for any element that edits an evaluation: saves a moment after the last
// change, at once when the page is hidden or left or the element removed, through the host's
// storage adapter (localStorage by default). When saving fails it keeps a download of exactly
// what would have been saved, so nothing typed is lost to a full or blocked store.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApqSaveDetail } from '../events/apq-save.js';
import type { Evaluation, Framework, MigrationReport, Problem } from '../internal/core.js';
import { type Fitted, fitEvaluation } from '../internal/fit-evaluation.js';
import {
  type DraftPosition,
  type DraftStorage,
  type StorageProblemKind,
  StorageUnavailableError,
  asStoredDraft,
  classifyStorageError,
} from '../internal/storage.js';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** A blob URL of the draft as it stands, for the "Download your draft" link. */
  url: string;
  filename: string;
}

export interface LoadedDraft {
  /** What the adapter returned, in both shapes it may take. */
  stored: ReturnType<typeof asStoredDraft>;
  /** True when reading failed for a reason other than storage being unavailable. */
  readError: boolean;
}

/** Where a session starts from, and what the person should be told about it. */
export interface RestoredDraft {
  evaluation: Evaluation;
  /** Where the person was, when a saved draft was resumed. */
  position?: DraftPosition | undefined;
  /** When the resumed draft was saved (ISO date-time). */
  resumedFrom?: string | undefined;
  /** The evaluation came from an older framework version: what moved and what was kept aside. */
  migration?: MigrationReport | undefined;
  /** A saved draft could not be read: set aside, and offered for download here. */
  unreadable?: { url: string; filename: string } | undefined;
  /** Problems that made a draft or the given evaluation unusable (for `apq-error`). */
  problems: Array<{ source: 'draft' | 'given'; problems: Problem[] }>;
}

export interface RestoreOptions {
  key: string;
  framework: Framework;
  /** The evaluation the host gave, if any. */
  given: Evaluation | undefined;
  /** True when only the host's evaluation changed: it wins over a stored draft. */
  preferGiven: boolean;
  /** A new evaluation, when there is nothing to resume. */
  fresh: () => Evaluation;
  signal: AbortSignal;
}

export interface DraftControllerOptions {
  storage: () => DraftStorage;
  /** The key to save under; undefined while there is nothing to save. */
  key: () => string | undefined;
  evaluation: () => Evaluation | undefined;
  position: () => DraftPosition | undefined;
  /** Milliseconds after the last change. */
  delay: () => number;
  /** False turns autosave off (read-only, submitted, `no-autosave`); `save()` still works. */
  autosave: () => boolean;
  filename: (suffix: string) => string;
  onSaved: (detail: ApqSaveDetail) => void;
  /** Called once per kind of problem in a row (the element fires `apq-error`). */
  onProblem: (kind: StorageProblemKind, error: unknown) => void;
}

export class DraftController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: DraftControllerOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reported: StorageProblemKind | undefined;

  /** Set while the last save failed; cleared by the next save that works. */
  problem: StorageProblem | undefined;
  /** When the draft was last saved, as an ISO date-time. */
  savedAt: string | undefined;

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.flush();
  }

  /** Saves after the autosave delay, replacing any save already waiting. */
  schedule(): void {
    if (!this.options.autosave()) return;
    this.cancel();
    this.timer = setTimeout(() => void this.save(), Math.max(0, this.options.delay()));
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Saves at once if a save is waiting. */
  readonly flush = (): void => {
    if (this.timer !== undefined) void this.save();
  };

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Saves now. Resolves to false (and sets `problem`) when the adapter cannot save. */
  async save(): Promise<boolean> {
    this.cancel();
    const evaluation = this.options.evaluation();
    const key = this.options.key();
    if (!evaluation || key === undefined) return false;
    const savedAt = new Date().toISOString();
    const position = this.options.position();
    try {
      await this.options.storage().save(key, evaluation, { ...(position ? { position } : {}), savedAt });
    } catch (error) {
      this.failed(classifyStorageError(error), error);
      return false;
    }
    if (this.problem) URL.revokeObjectURL(this.problem.url);
    this.problem = undefined;
    this.reported = undefined;
    this.savedAt = savedAt;
    this.host.requestUpdate();
    this.options.onSaved({ evaluation, key, savedAt });
    return true;
  }

  /** Reads the draft under `key`. A store that is unavailable is reported as a problem, not thrown. */
  async load(key: string): Promise<LoadedDraft> {
    try {
      return { stored: asStoredDraft(await this.options.storage().load(key)), readError: false };
    } catch (error) {
      if (error instanceof StorageUnavailableError) {
        this.failed(classifyStorageError(error), error);
        return { stored: { raw: null }, readError: false };
      }
      return { stored: { raw: null }, readError: true };
    }
  }

  /**
   * Decides what a session starts from: the stored draft when it can be read and is not older
   * than the host's evaluation of the same id, else the host's evaluation, else a new one. A draft
   * that cannot be read is set aside (never overwritten) and offered for download. Undefined when
   * the signal aborted.
   */
  async restore(o: RestoreOptions): Promise<RestoredDraft | undefined> {
    const { stored, readError } = await this.load(o.key);
    if (o.signal.aborted) return undefined;
    const result: RestoredDraft = { evaluation: undefined as unknown as Evaluation, problems: [] };
    let chosen: Extract<Fitted, { ok: true }> | undefined;
    const unreadable = async () => {
      result.unreadable = { url: this.downloadUrl(stored.raw), filename: `${o.framework.id}-unreadable-draft.json` };
      await this.setAside(o.key);
    };
    if (stored.draft && !o.preferGiven) {
      const fitted = fitEvaluation(stored.draft.evaluation, o.framework);
      const newer = !o.given || o.given.id !== stored.draft.evaluation.id || stored.draft.evaluation.updatedAt >= o.given.updatedAt;
      if (fitted.ok && newer) {
        chosen = fitted;
        result.position = stored.draft.position;
        result.resumedFrom = stored.draft.savedAt ?? fitted.evaluation.updatedAt;
      } else if (!fitted.ok) {
        await unreadable();
        result.problems.push({ source: 'draft', problems: fitted.problems });
      }
    } else if (readError || (stored.raw !== null && stored.raw !== undefined && !stored.draft)) {
      await unreadable();
      result.problems.push({ source: 'draft', problems: [] });
    }
    if (o.signal.aborted) return undefined;
    if (!chosen && o.given) {
      const fitted = fitEvaluation(o.given, o.framework);
      if (fitted.ok) chosen = fitted;
      else result.problems.push({ source: 'given', problems: fitted.problems });
    }
    result.evaluation = chosen?.evaluation ?? o.fresh();
    result.migration = chosen?.report;
    return result;
  }

  /** Keeps an unreadable draft out of the way of the next autosave, where the adapter can. */
  async setAside(key: string): Promise<void> {
    try {
      await this.options.storage().setAside?.(key);
    } catch {
      // The download link is still offered; the storage notice covers a store that fails.
    }
  }

  /** Removes the draft (after a submission); a failure here loses nothing, so it is ignored. */
  remove(key: string): void {
    void Promise.resolve()
      .then(() => this.options.storage().remove(key))
      .catch(() => undefined);
  }

  /** A blob URL holding `value` as JSON (or the text itself), for a download link. */
  downloadUrl(value: unknown): string {
    const text = typeof value === 'string' ? value : JSON.stringify(value ?? null, null, 2);
    return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  }

  /** The download link's click handler: points it at the latest answers before the browser reads it. */
  readonly refreshDownload = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const url = this.downloadUrl(this.options.evaluation());
    const old = link.href;
    link.href = url;
    if (this.problem) this.problem = { ...this.problem, url };
    setTimeout(() => URL.revokeObjectURL(old), 60_000);
  };

  private failed(kind: StorageProblemKind, error: unknown): void {
    if (this.problem) URL.revokeObjectURL(this.problem.url);
    this.problem = { kind, url: this.downloadUrl(this.options.evaluation()), filename: this.options.filename('draft') };
    this.host.requestUpdate();
    if (this.reported === kind) return;
    this.reported = kind;
    this.options.onProblem(kind, error);
  }
}
