// SPDX-License-Identifier: MIT
// Any JSON value, accepted and copied exactly as z.json() does it (strings, finite numbers,
// booleans, null, arrays and plain objects with string keys, all the way down; `__proto__` keys and
// non-enumerable properties are left out of the copy) and failing with the same issue. A check
// rather than z.json()'s recursive union, which would bring zod's lazy and union schemas into
// the elements' CDN file.
import * as z from 'zod/mini';
import { described } from './describe.js';

export type JsonValue = z.core.util.JSONType;

const NOT_JSON = Symbol('not JSON');

/** zod's own test for a record: an object made by `{}`, `Object.create(null)` or another realm. */
function isPlainObject(value: object): boolean {
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return typeof proto === 'object' && proto !== null && !Array.isArray(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

function copyJson(value: unknown): JsonValue | typeof NOT_JSON {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_JSON;
  if (typeof value !== 'object') return NOT_JSON;
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (const item of value) {
      const copy = copyJson(item);
      if (copy === NOT_JSON) return NOT_JSON;
      out.push(copy);
    }
    return out;
  }
  if (!isPlainObject(value)) return NOT_JSON;
  const out: Record<string, JsonValue> = {};
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key === 'symbol') return NOT_JSON;
    const copy = copyJson((value as Record<string, unknown>)[key]);
    if (copy === NOT_JSON) return NOT_JSON;
    out[key] = copy;
  }
  return out;
}

/** A schema for any JSON value (see the top of this file). */
export function jsonValue(): z.ZodMiniType<JsonValue, JsonValue> {
  const schema = z.unknown().check((payload) => {
    const copy = copyJson(payload.value);
    if (copy === NOT_JSON) payload.issues.push({ code: 'invalid_union', errors: [], input: payload.value });
    else payload.value = copy;
  });
  // The check guarantees the type that z.unknown() cannot state.
  return described(schema, 'Any JSON value.') as z.ZodMiniType as z.ZodMiniType<JsonValue, JsonValue>;
}
