// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { type DataFolder, type FileProblem, fileProblem, sha256 } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

/** A published version's file never changes: its SHA-256 is held in released/SHA256SUMS. */
export const releasedFrozenCheck: LintCheck = {
  name: 'released-frozen',
  description: 'Every released/<version>.json has a held hash in released/SHA256SUMS and still matches it byte for byte.',
  scope: 'release',
  check(data: DataFolder): FileProblem[] {
    const problems: FileProblem[] = [];
    for (const id of data.frameworkIds()) {
      const held = data.heldHashes(id);
      const versions = data.releasedVersions(id);
      for (const version of versions) {
        const file = data.rel(data.releasedFile(id, version));
        const hash = held.get(version);
        if (!hash) problems.push(fileProblem(file, '(root)', 'published file has no held hash in SHA256SUMS: publish with npm run build:data', 'hash-missing', { version }));
        else if (hash !== sha256(readFileSync(data.releasedFile(id, version), 'utf8'))) {
          problems.push(
            fileProblem(file, '(root)', `published version ${version} has changed; a published file never changes: restore it and publish a new version instead`, 'published-file-changed', {
              version,
            }),
          );
        }
      }
      for (const version of held.keys()) {
        if (!versions.includes(version)) {
          problems.push(fileProblem(data.rel(data.hashFile(id)), version, `published version ${version} is missing: a published file is never removed`, 'published-version-missing', { version }));
        }
      }
    }
    return problems;
  },
};
