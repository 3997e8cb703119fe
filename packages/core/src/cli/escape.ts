// SPDX-License-Identifier: MIT
// What apq prints for people is escaped, so that text from a file (a setting's name, a priority, a
// file name, a value a problem quotes) cannot move the cursor, clear the screen, set the window
// title, overwrite a line (CR) or reorder what a reader sees (bidi overrides). JSON output stays
// JSON, with the same characters written as \u escapes.

/**
 * Characters escaped in human output: C0 controls (newline and tab included, so one line of output
 * is always one line), DEL, C1 controls, the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), and the line and paragraph separators (U+2028, U+2029).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line of human output, escaped: `\x1b` for ESC, `\r`, `\n`, `\t`, `\x7f`, `\x9b`, `\u202e` …
 * Everything else, backslashes included, is left as it is (the output is for reading, not parsing).
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** Characters JSON.stringify leaves as they are that a terminal acts on: DEL, C1 controls, bidi controls, U+2028/9. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `JSON.stringify(value, null, 2)` with the characters it leaves raw that a terminal would act on
 * written as `\uXXXX` escapes: the same JSON value, safe to print. (C0 controls JSON escapes already.)
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (char) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
