// SPDX-License-Identifier: MIT
// Where drafts are kept between sittings. The default is the browser's localStorage; a host can
// pass its own adapter (for example one that saves to its own backend) with the same three methods.
import type { Evaluation } from '@ap-quality/core';

/** Where the person was: the step (`start`, `area:<id>`, `review`) and the field last used. */
export interface DraftPosition {
  step: string;
  field?: string;
}

/** What is saved: the evaluation, where the person was, and when. */
export interface StoredDraft {
  evaluation: Evaluation;
  position?: DraftPosition;
  savedAt?: string;
}

/**
 * A place to keep drafts. Any method may return a promise. `load` may return a {@link StoredDraft}
 * or a bare evaluation (for backends that keep only the evaluation), or null when there is none.
 * `save` throws (or rejects) when it cannot save: a `DOMException` named `QuotaExceededError` is
 * shown as "storage full", anything else as "could not be saved".
 */
export interface DraftStorage {
  /** The draft under `key`; the raw text (a string) when what is stored there cannot be parsed. */
  load(key: string): StoredDraft | Evaluation | string | null | undefined | Promise<StoredDraft | Evaluation | string | null | undefined>;
  save(key: string, evaluation: Evaluation, context: { position?: DraftPosition; savedAt: string }): void | Promise<void>;
  remove(key: string): void | Promise<void>;
  /**
   * Copies what is stored under `key` somewhere the form never writes, before a new evaluation
   * replaces a draft that could not be read: nothing typed is lost, even to a corrupt draft.
   * Optional; without it, the form offers the unreadable draft for download only.
   */
  setAside?(key: string): void | Promise<void>;
}

/** Where {@link localDraftStorage} keeps an unreadable draft it sets aside. */
export function setAsideKey(key: string, at: Date): string {
  return `${key}:unreadable:${at.toISOString()}`;
}

export type StorageProblemKind = 'full' | 'unavailable' | 'failed';

/** Thrown by the local adapter when the browser offers no storage at all (blocked, sandboxed). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** Tells a full store from one that is missing or failed for another reason. */
export function classifyStorageError(error: unknown): StorageProblemKind {
  if (error instanceof StorageUnavailableError) return 'unavailable';
  if (error instanceof DOMException) {
    // Firefox names it NS_ERROR_DOM_QUOTA_REACHED; code 22 is the legacy QUOTA_EXCEEDED_ERR.
    if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22) return 'full';
    if (error.name === 'SecurityError') return 'unavailable';
  }
  return 'failed';
}

function localStore(): Storage {
  try {
    // Reading the property itself throws a SecurityError where storage is blocked.
    const store = globalThis.localStorage;
    if (!store) throw new StorageUnavailableError('localStorage is not available');
    return store;
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(error instanceof Error ? error.message : String(error));
  }
}

const STORED_FORMAT = 'apq-draft';

/** The default adapter: one JSON string per key in localStorage. */
export const localDraftStorage: DraftStorage = {
  load(key) {
    const text = localStore().getItem(key);
    if (text === null) return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return text;
    }
    if (value && typeof value === 'object' && (value as { format?: unknown }).format === STORED_FORMAT) {
      const { evaluation, position, savedAt } = value as StoredDraft & { format: string };
      return { evaluation, ...(position ? { position } : {}), ...(savedAt ? { savedAt } : {}) };
    }
    return value as Evaluation;
  },
  save(key, evaluation, context) {
    localStore().setItem(key, JSON.stringify({ format: STORED_FORMAT, savedAt: context.savedAt, position: context.position, evaluation }));
  },
  remove(key) {
    localStore().removeItem(key);
  },
  setAside(key) {
    const store = localStore();
    const text = store.getItem(key);
    if (text !== null) store.setItem(setAsideKey(key, new Date()), text);
  },
};

/** An adapter that keeps drafts in memory only: for tests, previews and the `no-autosave` case. */
export function memoryDraftStorage(initial: Record<string, StoredDraft> = {}): DraftStorage & { readonly drafts: Map<string, StoredDraft> } {
  const drafts = new Map(Object.entries(initial));
  return {
    drafts,
    load: (key) => structuredClone(drafts.get(key)) ?? null,
    save(key, evaluation, context) {
      drafts.set(key, structuredClone({ evaluation, ...context }));
    },
    remove(key) {
      drafts.delete(key);
    },
  };
}

/** Accepts both shapes `load` may return. */
export function asStoredDraft(value: unknown): { draft?: StoredDraft; raw: unknown } {
  if (value === null || value === undefined || typeof value !== 'object') return { raw: value };
  const record = value as Record<string, unknown>;
  if (record.format === 'apq-evaluation') return { draft: { evaluation: value as Evaluation }, raw: value };
  if (record.evaluation && typeof record.evaluation === 'object') return { draft: value as StoredDraft, raw: value };
  return { raw: value };
}
