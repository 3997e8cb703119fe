// SPDX-License-Identifier: MIT
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './command.js';

/**
 * The JSON files a command is given: each file as named; each folder's .json files, in name order,
 * folders within it too; names starting with a dot left out.
 */
export function jsonFilesIn(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      const isFolder = entry.isDirectory() || (!entry.isFile() && isFolderBehind(child));
      if (isFolder) return jsonFilesIn(child);
      return entry.name.endsWith('.json') ? [child] : [];
    });
}

/** Whether a link (or other entry that is not a plain file) leads to a folder; a link to nothing is taken as a file, which reading then reports. */
function isFolderBehind(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
