// SPDX-License-Identifier: MIT
// Part of the build: copies each released framework file to frameworks/<id>-<version>.json,
// the flat layout published in the package for anyone to fetch or pin.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_DIR, DataFolder } from './lib/data-files.js';

const out = join(CORE_DIR, 'frameworks');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const data = new DataFolder();
for (const id of data.frameworkIds()) {
  for (const version of data.releasedVersions(id)) copyFileSync(data.releasedFile(id, version), join(out, `${id}-${version}.json`));
}
