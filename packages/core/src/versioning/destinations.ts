// SPDX-License-Identifier: MIT
// Where an item of an older version lives in a newer one: by its stable id, or by the
// migration notes the newer version carries.
import { compareVersions } from '../model/catalogue.js';
import type { Framework, MigrationNote } from '../schema/framework.js';

export interface Destination {
  /** The ids the item's data goes to; empty when it has no home. */
  targets: string[];
  /** The note that decided it, if one did. */
  note?: MigrationNote;
  /** Why the item has no home (set when `targets` is empty). */
  reason?: string;
}

/**
 * The target's migration notes that apply to an evaluation made against `fromVersion`: those
 * since a version after it, up to the target. A note an evaluation already went through
 * (since ≤ its version) does not apply again. Later notes win over earlier ones for one id.
 */
export function applicableNotes(target: Framework, fromVersion: string): Map<string, MigrationNote> {
  const notes = new Map<string, MigrationNote>();
  const applicable = target.migrations
    .filter((n) => compareVersions(n.since, fromVersion) > 0 && compareVersions(n.since, target.version) <= 0)
    .sort((a, b) => compareVersions(a.since, b.since));
  for (const note of applicable) notes.set(note.from, note);
  return notes;
}

/** `noun` names the kind of item in reasons ("question", "grade descriptor", "area"). */
export function destinationOf(
  id: string,
  exists: (id: string) => boolean,
  notes: ReadonlyMap<string, MigrationNote>,
  noun: string,
  where: string,
): Destination {
  const note = notes.get(id);
  if (note) {
    const detail = note.notes?.length ? ` ${note.notes.join(' ')}` : '';
    if (note.kind === 'removed') return { targets: [], note, reason: `${noun} "${id}" was removed in ${where.split('@')[0]}@${note.since}.${detail}` };
    const targets = note.to.filter(exists);
    if (targets.length === 0) {
      return { targets, note, reason: `${noun} "${id}" was ${note.kind} (since ${note.since}) into ${note.to.map((t) => `"${t}"`).join(', ')}, none of which is a ${noun} of ${where}.${detail}` };
    }
    return { targets, note };
  }
  if (exists(id)) return { targets: [id] };
  return { targets: [], reason: `no ${noun} "${id}" in ${where}` };
}
