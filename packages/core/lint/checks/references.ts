// SPDX-License-Identifier: MIT
import type { DataFolder, FileProblem } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

/**
 * Ids unique, every reference resolving, rules using only allowed operators and existing facts:
 * on each working copy as a whole (released files get the same checks in the schema check).
 */
export const referencesCheck: LintCheck = {
  name: 'references',
  description: 'Each working copy assembles into a valid framework: ids unique and well formed, scales, levels, footnotes, guidance, areas, crosswalk targets and rule facts all resolve; rules use only allowed JSON Logic operators.',
  scope: 'framework',
  check(data: DataFolder): FileProblem[] {
    return data.frameworkIds().flatMap((id) => data.assembleWorkingCopy(id).problems.filter((p) => p.code !== 'listed-file-missing'));
  },
};
