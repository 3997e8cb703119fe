// SPDX-License-Identifier: MIT
import type { DataFolder, FileProblem } from '../scripts/lib/data-files.js';

export type LintScope = 'file' | 'framework' | 'tree' | 'release';

export interface LintCheck {
  name: string;
  description: string;
  scope: LintScope;
  check(data: DataFolder): FileProblem[];
  /** Mends what the check reports, where that is mechanical. */
  fix?(data: DataFolder): void;
}
