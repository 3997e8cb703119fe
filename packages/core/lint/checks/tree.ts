// SPDX-License-Identifier: MIT
import { type DataFolder, type FileProblem, fileProblem } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

/** Framework ids are unique across the package and each folder is a well-formed id. */
export const treeCheck: LintCheck = {
  name: 'tree',
  description: 'Each framework folder name is a well-formed id, and has at least one released version or a working copy.',
  scope: 'tree',
  check(data: DataFolder): FileProblem[] {
    return data
      .frameworkIds()
      .filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      .map((id) => fileProblem(`frameworks/${id}`, '(root)', 'framework folder names must be lowercase kebab-case ids', 'invalid-folder-name'));
  },
};
