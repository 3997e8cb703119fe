// SPDX-License-Identifier: MIT
import type { Framework } from '../schema/framework.js';
import type { FrameworkCatalogue } from '../validate/validate.js';

/** Where the engine finds framework versions: a catalogue (the bundled one, a vendor's) or a plain list. */
export type FrameworkLookup = FrameworkCatalogue | readonly Framework[];

export function findFramework(lookup: FrameworkLookup, ref: { id: string; version: string }): Framework | undefined {
  if (isList(lookup)) return lookup.find((f) => f.id === ref.id && f.version === ref.version);
  return lookup.get(ref.id, ref.version);
}

function isList(lookup: FrameworkLookup): lookup is readonly Framework[] {
  return Array.isArray(lookup);
}
