// SPDX-License-Identifier: MIT
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type DataFolder, type FileProblem, fileProblem } from '../../scripts/lib/data-files.js';
import type { LintCheck } from '../check.js';

const RESERVED = new Set(['released', 'examples']);

/** Every file is listed by its parent, and every listed child exists (checked when assembling). */
export const listedFilesCheck: LintCheck = {
  name: 'listed-files',
  description: 'Every category folder is listed in framework.json and every area file in its _category.json; order comes from those lists.',
  scope: 'framework',
  check(data: DataFolder): FileProblem[] {
    const problems: FileProblem[] = [];
    for (const id of data.frameworkIds()) {
      const dir = data.frameworkDir(id);
      if (!existsSync(join(dir, 'framework.json'))) {
        if (data.releasedVersions(id).length === 0) problems.push(fileProblem(data.rel(dir), '(root)', 'a framework folder needs framework.json or released versions', 'framework-folder-empty'));
        continue;
      }
      const head = data.readJson(join(dir, 'framework.json')).value as { categories?: unknown } | undefined;
      const listed = new Set(Array.isArray(head?.categories) ? head.categories.filter((c): c is string => typeof c === 'string') : []);
      for (const name of readdirSync(dir).sort()) {
        const sub = join(dir, name);
        if (!statSync(sub).isDirectory() || RESERVED.has(name)) continue;
        if (!listed.has(name)) problems.push(fileProblem(data.rel(sub), '(root)', `category folder "${name}" is not listed in framework.json`, 'category-not-listed', { category: name }));
        const category = data.readJson(join(sub, '_category.json')).value as { areas?: unknown } | undefined;
        const areas = new Set(Array.isArray(category?.areas) ? category.areas.filter((a): a is string => typeof a === 'string') : []);
        for (const file of readdirSync(sub).sort()) {
          if (!file.endsWith('.json') || file === '_category.json') continue;
          if (!areas.has(file.slice(0, -5))) {
            problems.push(fileProblem(data.rel(join(sub, file)), '(root)', `area file is not listed in ${name}/_category.json`, 'area-not-listed', { area: file.slice(0, -5) }));
          }
        }
      }
      problems.push(...data.assembleWorkingCopy(id).problems.filter((p) => p.code === 'listed-file-missing'));
    }
    return problems;
  },
};
