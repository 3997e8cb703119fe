// SPDX-License-Identifier: MIT
// Reading a JSON file the page names by URL (`src`, `framework-src`, `previous-src`): fetched with
// the page's own credentials policy, aborted when the element asks for another, and parsed by
// core's bounded JSON reader (which refuses a file over its size limit with a `path: problem`);
// readDocument adds the object-or-URL choice and core's check that every element makes.
import { type Problem, type Result, parseJsonText } from '../internal/core.js';

/** Why a file could not be used: it was not there, or it was there and not usable. */
export type FetchFailure = { kind: 'unreachable'; src: string } | { kind: 'invalid'; src: string; problems: Problem[] };

export type Fetched = { ok: true; value: unknown } | { ok: false; failure: FetchFailure };

export async function fetchJson(src: string, signal?: AbortSignal): Promise<Fetched> {
  let text: string;
  try {
    const response = await fetch(src, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, failure: { kind: 'unreachable', src } };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, failure: { kind: 'invalid', src, problems: parsed.problems } };
  return { ok: true, value: parsed.value };
}

/** Why a document given as an object or by URL could not be used (`src` is absent for an object). */
export type ReadFailure = { kind: 'unreachable'; src: string } | { kind: 'invalid'; src?: string | undefined; problems: Problem[] };

export type Read<T> = { ok: true; value: T; raw: unknown } | { ok: false; failure: ReadFailure };

/**
 * A document an element was given as an object (a property), else by URL (`src`), checked by
 * `parse` (one of core's validators); undefined when neither is given. Every element reads its
 * documents this way, so a bad one is always a `path: problem` list, never a broken page.
 */
export async function readDocument<T>(given: unknown, src: string | undefined, parse: (raw: unknown) => Result<T>, signal: AbortSignal): Promise<Read<T> | undefined> {
  let raw = given;
  if (raw === undefined || raw === null) {
    if (!src) return undefined;
    const fetched = await fetchJson(src, signal);
    if (!fetched.ok) return fetched;
    raw = fetched.value;
  }
  const parsed = parse(raw);
  return parsed.ok ? { ok: true, value: parsed.value, raw } : { ok: false, failure: { kind: 'invalid', src, problems: parsed.problems } };
}
