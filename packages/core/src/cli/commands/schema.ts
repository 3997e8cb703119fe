// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { type Command, UsageError } from '../command.js';
import { packageFile } from '../package-file.js';

const KINDS = ['framework', 'evaluation', 'evaluation-1', 'practice-library'] as const;

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'apq schema framework|evaluation|evaluation-1|practice-library',
  summary: 'print the JSON Schema of a framework, an evaluation (format 2, or 1) or a library of practice',
  options: {},
  run({ positionals, data }) {
    const kind = positionals[0];
    if (!KINDS.includes(kind as (typeof KINDS)[number])) throw new UsageError(`name a schema: ${KINDS.join(', ')}`);
    // The shipped file, so what is printed is exactly what vendors download.
    data(readFileSync(packageFile(`schemas/${kind}.schema.json`), 'utf8').trimEnd());
    return 0;
  },
};
