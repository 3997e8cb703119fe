// SPDX-License-Identifier: MIT
// Reading a JSON file the page names by URL (`src`, `framework-src`, `previous-src`): fetched with
// the page's own credentials policy, aborted when the element asks for another, and parsed by
// core's bounded JSON reader (which refuses a file over its size limit with a `path: problem`).
import { type Problem, parseJsonText } from '../internal/core.js';

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

