// SPDX-License-Identifier: MIT
import type { Framework } from '../schema/framework.js';
import type { FrameworkCatalogue } from '../validate/validate.js';

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface Catalogue extends FrameworkCatalogue {
  /** Every framework version held, by id then version, oldest first. */
  list(): Framework[];
  /** The newest published version of an id (or the newest of any status when none is published). */
  latest(id: string): Framework | undefined;
}

/** A catalogue over a fixed set of framework versions: the bundled ones, or a vendor's own. */
export function createCatalogue(frameworks: readonly Framework[]): Catalogue {
  const sorted = [...frameworks].sort((a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version));
  const byKey = new Map(sorted.map((f) => [`${f.id}@${f.version}`, f]));
  return {
    get: (id, version) => byKey.get(`${id}@${version}`),
    versions: (id) => sorted.filter((f) => f.id === id).map((f) => f.version),
    list: () => [...sorted],
    latest(id) {
      const versions = sorted.filter((f) => f.id === id);
      return versions.filter((f) => f.status === 'published').at(-1) ?? versions.at(-1);
    },
  };
}

/** Splits `id@version` (version optional). */
export function parseFrameworkSpec(spec: string): { id: string; version?: string } {
  const at = spec.indexOf('@');
  if (at < 0) return { id: spec };
  return { id: spec.slice(0, at), version: spec.slice(at + 1) };
}
