// SPDX-License-Identifier: MIT
// Checks that every source map under the given folders can be followed back to its sources: each
// entry of `sources` is a file that exists (relative to the map and its sourceRoot), or the map
// carries that source's text in `sourcesContent`. Run it on a package as installed from its tarball:
//   node scripts/check-sourcemaps.mjs node_modules/@ap-quality/core node_modules/@ap-quality/elements
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function* mapsUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* mapsUnder(path);
    else if (entry.isFile() && entry.name.endsWith('.map')) yield path;
  }
}

/** Problems with one map: sources that neither resolve nor are inlined. */
export function mapProblems(mapPath) {
  let map;
  try {
    map = JSON.parse(readFileSync(mapPath, 'utf8'));
  } catch (error) {
    return [`${mapPath}: not JSON (${error.message})`];
  }
  if (!Array.isArray(map.sources)) return [`${mapPath}: no "sources" array`];
  const base = resolve(dirname(mapPath), map.sourceRoot ?? '');
  return map.sources.flatMap((source, i) => {
    if (typeof map.sourcesContent?.[i] === 'string') return [];
    if (typeof source === 'string' && !/^[a-z]+:/i.test(source) && existsSync(resolve(base, source))) return [];
    return [`${mapPath}: source ${JSON.stringify(source)} is neither shipped nor inlined`];
  });
}

/** Every map under the folders, and the problems found. */
export function checkSourceMaps(dirs) {
  const maps = dirs.flatMap((dir) => [...mapsUnder(dir)]);
  return { maps: maps.length, problems: maps.flatMap(mapProblems) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node scripts/check-sourcemaps.mjs <folder>...');
    process.exit(2);
  }
  const { maps, problems } = checkSourceMaps(dirs);
  for (const problem of problems.slice(0, 20)) console.error(problem);
  if (problems.length > 20) console.error(`… and ${problems.length - 20} more`);
  console.log(`${maps} source maps, ${problems.length} unresolved sources`);
  process.exitCode = maps > 0 && problems.length === 0 ? 0 : 1;
}
