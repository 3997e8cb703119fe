// SPDX-License-Identifier: MIT
// Putting the data of one item into the place of another, field by field, without losing any:
// what cannot take its place is returned for the caller to carry over.
import { jsonEqual } from './json-equal.js';

/**
 * Copies each field of `incoming` into `target` where the target has none or the same value;
 * list fields are joined (items already there are not repeated). Returns the fields that found
 * no place because the target already holds a different value.
 */
export function mergeFields(target: Record<string, unknown>, incoming: Record<string, unknown>, listFields: ReadonlySet<string>): string[] {
  const rejected: string[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    const current = target[field];
    if (current === undefined) target[field] = structuredClone(value);
    else if (jsonEqual(current, value)) continue;
    else if (listFields.has(field) && Array.isArray(current) && Array.isArray(value)) {
      for (const item of value) if (!current.some((c) => jsonEqual(c, item))) current.push(structuredClone(item));
    } else rejected.push(field);
  }
  return rejected;
}
