// SPDX-License-Identifier: MIT
// The codes of the problems only the data lint reports (contributors' tooling, not shipped);
// everything else it reports carries one of core's PROBLEM_CODES. Listed in docs/problems.md.

export const DATA_LINT_CODES = {
  'listed-file-missing': 'a framework.json or _category.json lists a category or area whose file does not exist',
  'framework-folder-empty': 'a framework folder with neither framework.json nor released versions',
  'category-not-listed': 'a category folder framework.json does not list',
  'area-not-listed': 'an area file its _category.json does not list',
  'unexpected-file': 'a data file where no data file belongs',
  'id-does-not-match-path': 'the id or version inside a file differs from what its path says',
  'not-formatted': 'a file not formatted as JSON.stringify(value, null, 2) plus a newline',
  'unknown-shared-scale': 'a framework embeds a scale that is not in data/scales/',
  'scale-differs-from-library': 'an embedded scale differs from the shared scale of the same id',
  'invalid-folder-name': 'a framework folder whose name is not a well-formed id',
  'hash-missing': 'a published file with no held hash in SHA256SUMS',
  'published-file-changed': 'a published file no longer matches its held hash',
  'published-version-missing': 'a version with a held hash whose file is gone',
  'version-not-raised': 'a working copy that differs from the published version of the same number',
  'version-lower-than-published': 'a working copy numbered below the newest published version',
  'bump-too-small': 'a working copy numbered above the newest published version by less than its changes demand',
} as const satisfies Record<string, string>;

export type DataLintCode = keyof typeof DATA_LINT_CODES;
