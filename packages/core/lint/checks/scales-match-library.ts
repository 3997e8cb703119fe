// SPDX-License-Identifier: MIT
import { isDeepStrictEqual } from 'node:util';
import { type DataFolder, type FileProblem, fileProblem } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

/** A framework embeds the scales it uses; each copy must equal the one in data/scales/. */
export const scalesMatchLibraryCheck: LintCheck = {
  name: 'scales-match-library',
  description: 'Scales embedded in a working copy are identical to the shared scale of the same id in data/scales/.',
  scope: 'framework',
  check(data: DataFolder): FileProblem[] {
    const library = new Map<string, unknown>();
    for (const { value } of data.readScales()) {
      if (!value) continue;
      const { $schema: _s, ...scale } = value;
      library.set(scale.id, scale);
    }
    const problems: FileProblem[] = [];
    for (const id of data.frameworkIds()) {
      const framework = data.assembleWorkingCopy(id).framework;
      framework?.scales.forEach((scale, i) => {
        const shared = library.get(scale.id);
        const file = `frameworks/${id}/framework.json`;
        if (!shared) problems.push(fileProblem(file, `scales[${i}].id`, `no shared scale "${scale.id}" in data/scales/`, 'unknown-shared-scale', { scale: scale.id }));
        else if (!isDeepStrictEqual(shared, scale)) {
          problems.push(fileProblem(file, `scales[${i}]`, `differs from data/scales/${scale.id}.json`, 'scale-differs-from-library', { scale: scale.id }));
        }
      });
    }
    return problems;
  },
};
