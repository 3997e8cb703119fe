// SPDX-License-Identifier: MIT
// Saving text the element made (a CSV, a JSON file) as a file, when the person asks: a Blob and an
// object URL made on the click and released just after, so nothing is held while the page is open.
// Works under a strict CSP with Trusted Types: a blob: URL on a link is no script and no HTML.

/** How long the URL stays valid after the click: the browser reads it when the download starts. */
const RELEASE_AFTER_MS = 10_000;

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}

/** Lowercase ASCII words joined by hyphens, for file names: "Autumn term 2026" → "autumn-term-2026". */
export function fileSlug(text: string | undefined, maxLength = 60): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
