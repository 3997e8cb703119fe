// SPDX-License-Identifier: MIT
// What a schema cannot say about a library of examples of practice: ids unique, each example made
// against the framework version the library names (if it names one), and, for framework versions
// the catalogue knows, areas that exist.
import { indexFramework } from '../model/framework-index.js';
import type { PracticeLibrary } from '../schema/practice.js';
import { type Problem, problem } from './problems.js';

/** Finds framework versions by id (the validation catalogue's `get`). */
interface FrameworkSource {
  get(id: string, version: string): import('../schema/framework.js').Framework | undefined;
}

/** The problems of a library the schema accepts. Without a catalogue, areas are not checked. */
export function checkPracticeLibrary(library: PracticeLibrary, catalogue?: FrameworkSource): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const named = library.framework;
  library.examples.forEach((example, i) => {
    if (ids.has(example.id)) problems.push(problem(['examples', i, 'id'], `duplicate example id "${example.id}"`, 'duplicate-id', { id: example.id }));
    ids.add(example.id);
    const { id, version } = example.framework;
    if (named !== undefined && (named.id !== id || named.version !== version)) {
      problems.push(
        problem(['examples', i, 'framework'], `made against ${id}@${version}, but the library is for ${named.id}@${named.version}`, 'practice-framework-mismatch', {
          framework: `${id}@${version}`,
          expected: `${named.id}@${named.version}`,
        }),
      );
    }
    const framework = catalogue?.get(id, version);
    if (!framework) return;
    const areas = indexFramework(framework).areas;
    example.areas.forEach((areaId, a) => {
      if (!areas.has(areaId)) problems.push(problem(['examples', i, 'areas', a], `unknown area "${areaId}" in ${id}@${version}`, 'unknown-area', { area: areaId }));
    });
  });
  return problems;
}
