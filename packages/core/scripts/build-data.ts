// SPDX-License-Identifier: MIT
// npm run build:data: assembles each framework's working copy and, where its version is
// published and not yet frozen, writes released/<version>.json and holds its hash. A version
// already frozen is never written again: a changed working copy needs a new version number.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { DataFolder, formatFileProblem, serialiseJson, sha256 } from './lib/data-files.js';

export function buildData(data: DataFolder, log: (line: string) => void = console.log): number {
  let problems = 0;
  for (const id of data.frameworkIds()) {
    if (!existsSync(`${data.frameworkDir(id)}/framework.json`)) continue;
    const { framework, problems: found } = data.assembleWorkingCopy(id);
    if (!framework) {
      found.forEach((p) => log(formatFileProblem(p)));
      problems += found.length;
      continue;
    }
    const text = serialiseJson(framework);
    const file = data.releasedFile(id, framework.version);
    if (existsSync(file)) {
      const same = data.readReleased(id, framework.version).text === text;
      log(same ? `${id}@${framework.version}: published, unchanged` : `${id}@${framework.version}: the working copy differs from the published file; raise the version`);
      if (!same) problems++;
      continue;
    }
    if (framework.status !== 'published') {
      log(`${id}@${framework.version}: ${framework.status}, valid, not frozen`);
      continue;
    }
    mkdirSync(data.releasedDir(id), { recursive: true });
    writeFileSync(file, text);
    appendFileSync(data.hashFile(id), `${sha256(text)}  ${framework.version}.json\n`);
    log(`${id}@${framework.version}: frozen as ${data.rel(file)}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(buildData(new DataFolder()) > 0 ? 1 : 0);
}
