// SPDX-License-Identifier: MIT
import { type DataFolder, type FileProblem, fileProblem, serialiseJson } from '../../scripts/lib/data-files.js';
import { compareVersions } from '../../src/model/catalogue.js';
import type { LintCheck } from '../check.js';

/** A working copy that differs from a published version must carry a new, higher version number. */
export const versionBumpCheck: LintCheck = {
  name: 'version-bump',
  description: 'A changed working copy has a version number that is not yet published and is above every published one.',
  scope: 'release',
  check(data: DataFolder): FileProblem[] {
    const problems: FileProblem[] = [];
    for (const id of data.frameworkIds()) {
      const { framework } = data.assembleWorkingCopy(id);
      if (!framework) continue;
      const file = `frameworks/${id}/framework.json`;
      const published = data.releasedVersions(id);
      if (published.includes(framework.version)) {
        const released = data.readReleased(id, framework.version).text;
        if (released !== serialiseJson(framework)) {
          problems.push(
            fileProblem(file, 'version', `the working copy has changed since ${framework.version} was published: raise the version (see docs/publishing.md)`, 'version-not-raised', {
              version: framework.version,
            }),
          );
        }
        continue;
      }
      const newest = published.at(-1);
      if (newest && compareVersions(framework.version, newest) < 0) {
        problems.push(
          fileProblem(file, 'version', `${framework.version} is lower than the newest published version ${newest}`, 'version-lower-than-published', { version: framework.version, newest }),
        );
      }
    }
    return problems;
  },
};
