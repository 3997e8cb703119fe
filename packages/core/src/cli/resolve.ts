// SPDX-License-Identifier: MIT
import type { Catalogue } from '../model/catalogue.js';
import { parseFrameworkSpec } from '../model/catalogue.js';
import type { Framework } from '../schema/framework.js';
import { UsageError } from './command.js';

/** Finds `id` (latest version) or `id@version` in the catalogue, or explains what exists. */
export function frameworkFromSpec(spec: string | undefined, catalogue: Catalogue): Framework {
  if (!spec) throw new UsageError('name a framework, e.g. ap-quality-toolkit or ap-quality-toolkit@2.0.0');
  const { id, version } = parseFrameworkSpec(spec);
  const versions = catalogue.versions(id);
  if (versions.length === 0) {
    const ids = [...new Set(catalogue.list().map((f) => f.id))].join(', ');
    throw new UsageError(`unknown framework "${id}" (known: ${ids})`);
  }
  const framework = version === undefined ? catalogue.latest(id) : catalogue.get(id, version);
  if (!framework) throw new UsageError(`unknown version "${version}" of ${id} (known: ${versions.join(', ')})`);
  return framework;
}
