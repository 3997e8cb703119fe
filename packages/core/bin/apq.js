#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// The `apq` command. A committed file, so that npm links it when the package is installed, before
// anything is built (in a fresh clone `npm install` links bins before `dist/` exists); it runs the
// built CLI (the bundle, which starts in a fraction of the time the ~150 modules tsc emits take),
// and says what to do when that has not been built yet.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli-bundle/apq.js', import.meta.url);
const cli = existsSync(bundle) ? bundle : new URL('../dist/cli/bin.js', import.meta.url);

if (!existsSync(cli)) {
  process.stderr.write('apq: the command line has not been built yet. Run `npm run build` first (from the repository root).\n');
  process.exit(1);
}

await import(cli.href);
