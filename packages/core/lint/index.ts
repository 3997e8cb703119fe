// SPDX-License-Identifier: MIT
import type { LintCheck } from './check.js';
import { bumpMatchesDiffCheck } from './checks/bump-matches-diff.js';
import { filenameMatchesIdCheck } from './checks/filename-matches-id.js';
import { formattingCheck } from './checks/formatting.js';
import { listedFilesCheck } from './checks/listed-files.js';
import { referencesCheck } from './checks/references.js';
import { releasedFrozenCheck } from './checks/released-frozen.js';
import { scalesMatchLibraryCheck } from './checks/scales-match-library.js';
import { schemaCheck } from './checks/schema.js';
import { treeCheck } from './checks/tree.js';
import { versionBumpCheck } from './checks/version-bump.js';

export const LINT_CHECKS: readonly LintCheck[] = [
  schemaCheck,
  filenameMatchesIdCheck,
  formattingCheck,
  listedFilesCheck,
  referencesCheck,
  scalesMatchLibraryCheck,
  treeCheck,
  releasedFrozenCheck,
  versionBumpCheck,
  bumpMatchesDiffCheck,
];
