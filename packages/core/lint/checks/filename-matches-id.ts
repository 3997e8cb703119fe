// SPDX-License-Identifier: MIT
import { basename } from 'node:path';
import { type DataFolder, type FileProblem, fileProblem } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

/** A file holds exactly the unit its path names. */
export const filenameMatchesIdCheck: LintCheck = {
  name: 'filename-matches-id',
  description: 'The id inside each file matches its path: frameworks/<id>/, <category-id>/_category.json, <area-id>.json, scales/<id>.json, released/<version>.json.',
  scope: 'file',
  check(data: DataFolder): FileProblem[] {
    const problems: FileProblem[] = [];
    for (const file of data.jsonFiles()) {
      const rel = data.rel(file);
      const parts = rel.split('/');
      if (parts[2] === 'examples') continue;
      const value = data.readJson(file).value;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue; // the schema check reports it
      const record = value as Record<string, unknown>;
      const expect = (key: string, wanted: string) => {
        if (record[key] !== wanted) {
          problems.push(fileProblem(rel, key, `is ${JSON.stringify(record[key])} but the file's path says "${wanted}"`, 'id-does-not-match-path', { expected: wanted }));
        }
      };
      if (parts[0] === 'scales') expect('id', basename(file, '.json'));
      else if (parts[2] === 'released') {
        expect('id', parts[1]!);
        expect('version', basename(file, '.json'));
      } else if (parts[2] === 'framework.json') expect('id', parts[1]!);
      else if (parts[3] === '_category.json') expect('id', parts[2]!);
      else if (parts.length === 4) expect('id', basename(file, '.json'));
    }
    return problems;
  },
};
