// SPDX-License-Identifier: MIT
// The frameworks a page makes available to `<apq-evaluation-form framework="id" version="x">`.
// The page fills it: the CDN's apq-frameworks.js (or `@ap-quality/elements/frameworks.js`)
// registers the bundled frameworks, and a host can register its own. It lives on globalThis under
// a well-known symbol, so two copies of the library on one page still share one registry.
import type { Catalogue, Framework } from './core.js';

const REGISTRY = Symbol.for('ap-quality.framework-registry');
/** Fired on `document` whenever frameworks are registered. */
export const FRAMEWORKS_REGISTERED_EVENT = 'apq-frameworks-registered';

type RegistryMap = Map<string, Framework>;

/** Kept here (not imported from core) so the CDN's framework files stay free of core's code. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function registry(): RegistryMap {
  const holder = globalThis as unknown as Record<symbol, RegistryMap | undefined>;
  return (holder[REGISTRY] ??= new Map());
}

/** Makes framework versions available by id and version. A later registration of the same id and version wins. */
export function registerFrameworks(frameworks: readonly Framework[]): void {
  const map = registry();
  for (const framework of frameworks) map.set(`${framework.id}@${framework.version}`, framework);
  if (typeof document !== 'undefined') {
    document.dispatchEvent(new CustomEvent(FRAMEWORKS_REGISTERED_EVENT, { detail: { frameworks: [...frameworks] } }));
  }
}

/** The registered versions of an id, oldest first. */
export function registeredVersions(id: string): string[] {
  return [...registry().values()]
    .filter((f) => f.id === id)
    .map((f) => f.version)
    .sort(compareVersions);
}

/** A framework by id and version; without a version, the newest published one (else the newest). */
export function findFramework(id: string, version?: string | null): Framework | undefined {
  const map = registry();
  if (version) return map.get(`${id}@${version}`);
  const all = [...map.values()].filter((f) => f.id === id).sort((a, b) => compareVersions(a.version, b.version));
  return all.filter((f) => f.status === 'published').at(-1) ?? all.at(-1);
}

/** The registry as a core catalogue, for validating and migrating saved drafts. */
export const registryCatalogue: Pick<Catalogue, 'get' | 'versions'> = {
  get: (id, version) => findFramework(id, version),
  versions: registeredVersions,
};
