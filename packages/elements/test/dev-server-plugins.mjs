// SPDX-License-Identifier: MIT
// Dev-server plugins shared by the test runner and the demo server.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every worked example of every framework, from packages/core/data/frameworks/<id>/examples/*.json. */
export function readExamples(rootDir) {
  const base = join(rootDir, 'packages/core/data/frameworks');
  const examples = [];
  for (const frameworkId of existsSync(base) ? readdirSync(base).sort() : []) {
    const dir = join(base, frameworkId, 'examples');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      try {
        const example = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        examples.push({ frameworkId, file, ...example });
      } catch {
        // A file being written by someone else right now: the core data lint reports it, not us.
      }
    }
  }
  return examples;
}

/** Serves the examples as the module `virtual:apq-examples` (at /__apq/examples.js), read afresh on every request. */
export function examplesPlugin(rootDir) {
  return {
    name: 'apq-examples',
    resolveImport({ source }) {
      return source === 'virtual:apq-examples' ? '/__apq/examples.js' : undefined;
    },
    serve(context) {
      if (context.path === '/__apq/examples.js') {
        return { body: `export const examples = ${JSON.stringify(readExamples(rootDir))};\n`, type: 'js' };
      }
      return undefined;
    },
  };
}
