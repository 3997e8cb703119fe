// SPDX-License-Identifier: MIT
import { basename, dirname } from 'node:path';
import { AreaSource } from '../../src/schema/area.js';
import { CategorySource } from '../../src/schema/category.js';
import { FrameworkSource } from '../../src/schema/framework.js';
import { RatingScaleSource } from '../../src/schema/scale.js';
import { type DataFolder, type FileProblem, fileProblem } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

/** Every data file matches the schema for what its path says it is. */
export const schemaCheck: LintCheck = {
  name: 'schema',
  description: 'Each data file is valid against the schema of its kind (framework, category, area, scale, released framework).',
  scope: 'file',
  check(data: DataFolder): FileProblem[] {
    const problems: FileProblem[] = [];
    for (const file of data.jsonFiles()) {
      const rel = data.rel(file);
      const parts = rel.split('/');
      if (parts[0] === 'scales') problems.push(...data.readWith(RatingScaleSource, file).problems);
      else if (parts[0] !== 'frameworks') problems.push(fileProblem(rel, '(root)', 'data files live under frameworks/ or scales/', 'unexpected-file'));
      else if (parts[2] === 'released') {
        const [id, version] = [parts[1]!, basename(file, '.json')];
        problems.push(...data.readReleased(id, version).problems);
      } else if (parts[2] === 'examples') continue; // checked by the engine's example tests
      else if (parts.length === 3 && parts[2] === 'framework.json') problems.push(...data.readWith(FrameworkSource, file).problems);
      else if (parts.length === 4 && parts[3] === '_category.json') problems.push(...data.readWith(CategorySource, file).problems);
      else if (parts.length === 4) problems.push(...data.readWith(AreaSource, file).problems);
      else problems.push(fileProblem(rel, '(root)', `unexpected file in ${dirname(rel)}`, 'unexpected-file'));
    }
    return problems;
  },
};
