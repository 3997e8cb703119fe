// SPDX-License-Identifier: MIT
// Part of the build: copies each released framework file to frameworks/<id>-<version>.json, the
// flat layout published in the package for anyone to fetch or pin, and each shared rating scale to
// frameworks/scales/<id>.json.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_DIR, DataFolder, serialiseJson } from './lib/data-files.js';

const out = join(CORE_DIR, 'frameworks');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
const data = new DataFolder();
for (const id of data.frameworkIds()) {
  for (const version of data.releasedVersions(id)) copyFileSync(data.releasedFile(id, version), join(out, `${id}-${version}.json`));
}
mkdirSync(join(out, 'scales'));
for (const { file, value } of data.readScales()) {
  if (!value) throw new Error(`${file} is not a valid scale: run npm run lint:data`);
  const { $schema: _schema, ...scale } = value; // its relative $schema path does not hold in the package
  writeFileSync(join(out, 'scales', basename(file)), serialiseJson(scale));
}
