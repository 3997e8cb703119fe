// SPDX-License-Identifier: MIT
// How much one file may hold. Any file within these limits is answered quickly (about a second and
// a few hundred MB at most, whatever it holds); a file beyond one is refused with a `path: problem`
// line before any schema or engine sees it. The limits are generous for real use: the AP Quality
// Toolkit has 111 questions and a framework a few hundred grade descriptors.
import * as z from 'zod/mini';

export const INPUT_LIMITS = {
  /** Largest file, in bytes of UTF-8 (code `file-too-large`). */
  bytes: 10 * 1024 * 1024,
  /** Deepest nesting of arrays and objects (code `too-deep`). */
  depth: 64,
  /** Values in one document: strings, numbers, booleans, nulls, arrays and objects (code `too-many-values`). */
  values: 200_000,
  /** Items of any one array, or keys of any one object (code `too-big`). */
  items: 10_000,
  /** Problems listed for one document; the rest are counted in one more (code `too-many-problems`). */
  problems: 100,
  /** An evaluation's answers, by question id. */
  answers: 5_000,
  /** An evaluation's descriptor checks, by descriptor id. */
  checks: 5_000,
  /** An evaluation's area records, by area id. */
  areas: 500,
  /** An evaluation's improvement actions. */
  actions: 500,
  /** Reviews of one improvement action. */
  reviews: 500,
  /** Examples of practice an evaluation offers. */
  practice: 100,
  /** Examples in a library of practice. */
  practiceExamples: 10_000,
  /** An evaluation's evaluators. */
  evaluators: 100,
  /** Strengths of one area, priorities of one area, pieces of evidence of one answer: each. */
  listItems: 100,
  /** Items carried over from older framework versions. */
  carriedOver: 5_000,
  /** Values in `extensions`, every namespace together (code `too-many-values`). */
  extensionValues: 50_000,
  /** Characters of text a person types into an evaluation (an answer, a rationale, a note …). */
  userText: 100_000,
  /** Characters of one text of a framework. */
  text: 20_000,
} as const;

/** The number of JSON values in a value, counting it; stops counting once past `limit`. */
export function countJsonValues(root: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count++;
    if (value === null || typeof value !== 'object') continue;
    const children = Array.isArray(value) ? value : Object.values(value);
    if (count + children.length > limit) return count + children.length;
    for (const child of children) stack.push(child);
  }
  return count;
}

/** At most `limit` keys (JSON Schema `maxProperties`): zod has no size check for records. */
export function maxEntries<S extends z.ZodMiniType<Record<string, unknown>>>(schema: S, limit: number): S {
  return schema.check(
    z.meta({ maxProperties: limit }),
    (payload) => {
      const count = Object.keys(payload.value).length;
      if (count > limit) {
        payload.issues.push({ code: 'too_big', origin: 'object', maximum: limit, inclusive: true, input: payload.value, message: `must have at most ${formatCount(limit)} entries (has ${formatCount(count)})` });
      }
    },
  );
}

/** A whole number with thousands separators, `130,000`, without Intl (whose first use is slow in browsers). */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
