// SPDX-License-Identifier: MIT
// A fast path for schemas that only check (no transforms, defaults or coercion), read from the zod
// schema itself, so there is one source of truth. zod's own parse of a large document allocates a
// result and a copy for every value, which cost a cold browser page well over 100 ms for a 300 KB
// aggregate; this walks the value with small closures built once from the schema. A check
// (`z.validate`) walks it once; a parse (`z.safeParse`) walks it, then copies it (the caller's
// object stays the caller's, as zod's parse promises). It never decides that a value is invalid:
// anything it does not accept (a mistake, or merely something it does not model) goes to zod's own
// parser, which finds the same issues as before. So it may be stricter than zod, never looser. It
// builds no code from strings (`new Function`), so it works under a strict Content Security Policy.
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck<unknown>;
/** True only when zod would accept the value and give back an equal value. */
type Accepts = (value: unknown) => boolean;

/** The schema uses something this module does not model; that schema keeps zod's parser alone. */
class Unmodelled extends Error {}

/**
 * The schema, with a fast path for valid values: a parse gives a fresh copy of the value (with its
 * keys in the value's order), a check gives its answer without one. Any other value is parsed by
 * zod as before, with the same issues. A schema with a transform, a default, coercion or a type
 * this module does not model is returned unchanged.
 */
export function withFastPath<S extends z.ZodMiniType>(schema: S): S {
  let accepts: Accepts;
  try {
    accepts = acceptor(schema);
  } catch (error) {
    if (error instanceof Unmodelled) return schema;
    throw error;
  }
  const parser = (input: unknown) => {
    if (!accepts(input)) return z.INVALID;
    const copy = copyOf(input, 0);
    return copy === NOT_COPIED ? z.INVALID : (copy as z.output<S>);
  };
  const fast = z.withParser(schema, parser);
  // zod's `validate` asks the schema's validator, which withParser makes the parser itself; a check
  // needs no copy. (Only when zod kept that arrangement: otherwise the parser answers both.)
  const bag = fast._zod.bag as { validator?: unknown };
  if (bag.validator === parser) bag.validator = (input: unknown) => (accepts(input) ? true : z.INVALID);
  return fast;
}

/** Whether `schema` has a fast path that accepts `value`, without zod (for tests and benchmarks). */
export function fastPathAccepts(schema: Schema, value: unknown): boolean {
  const validator = (schema._zod.bag as { validator?: (input: unknown) => unknown }).validator;
  return validator !== undefined && validator(value) !== z.INVALID;
}

const NOT_COPIED = Symbol('not copied');
/** Deeper than any document the structure check lets through (INPUT_LIMITS.depth is 64). */
const MAX_COPY_DEPTH = 1000;

/**
 * A copy of a value the fast path accepted: its plain objects and arrays copied, anything else as it
 * is. Where the schema says what a value holds, the value has only these; under `z.unknown()` a
 * value may hold anything, even itself or a "__proto__" key: then NOT_COPIED, and zod parses it.
 */
function copyOf(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_COPY_DEPTH) return NOT_COPIED;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = copyOf(value[i], depth + 1);
      if (item === NOT_COPIED) return NOT_COPIED;
      items[i] = item;
    }
    return items;
  }
  if (!isPlainRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const item = key === '__proto__' ? NOT_COPIED : copyOf(value[key], depth + 1);
    if (item === NOT_COPIED) return NOT_COPIED;
    copy[key] = item;
  }
  return copy;
}

function acceptor(schema: Schema): Accepts {
  const zodChecks = checksOf(schema);
  const leaf = leafAcceptor(schema, zodChecks);
  if (leaf !== undefined) return leaf;
  const own = typeAcceptor(schema);
  const checks = zodChecks.map(checkAcceptor);
  if (checks.length === 0) return own;
  if (checks.length === 1) {
    const only = checks[0]!;
    return (value) => own(value) && only(value);
  }
  return (value) => {
    if (!own(value)) return false;
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(value)) return false;
    return true;
  };
}

/** The checks zod runs on a schema's value after its type: the schema itself first when it is one (`z.int()`), then its own. */
function checksOf(schema: Schema): Check[] {
  const def = schema._zod.def;
  const all: Check[] = [...(schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : []), ...((def.checks ?? []) as Check[])];
  const run: Check[] = [];
  for (const check of all) {
    const kind = check._zod.def.check;
    // Descriptions and metadata do nothing when parsing; an overwrite changes the value, which a
    // valid document answered with itself cannot.
    if (kind === 'describe' || kind === 'meta') continue;
    if (kind === 'overwrite') throw new Unmodelled(kind);
    run.push(check);
  }
  return run;
}

type CheckDef = z.core.$ZodCheckDef & {
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  minimum?: number;
  maximum?: number;
  pattern?: RegExp;
};

/**
 * One check. The common ones are answered directly where the answer is certain, the way zod's own
 * check function answers them (a string's length counts code points, at most its UTF-16 units and
 * at least half of them); everything else, and every case in doubt, is zod's own check function.
 */
function checkAcceptor(check: Check): Accepts {
  const def = check._zod.def as CheckDef;
  const exact = zodCheck(check);
  switch (def.check) {
    case 'number_format':
      // z.int(): a whole number within the safe range, which is exactly what isSafeInteger says.
      if (def.format !== 'safeint') return exact;
      return (value) => Number.isSafeInteger(value);
    case 'greater_than':
    case 'less_than': {
      const limit = def.value;
      if (typeof limit !== 'number') return exact;
      const above = def.check === 'greater_than';
      const inclusive = def.inclusive === true;
      return (value) => {
        if (typeof value !== 'number') return exact(value);
        if (above) return inclusive ? value >= limit : value > limit;
        return inclusive ? value <= limit : value < limit;
      };
    }
    case 'max_length': {
      const maximum = def.maximum!;
      return (value) => ((typeof value === 'string' || Array.isArray(value)) && value.length <= maximum) || exact(value);
    }
    case 'min_length': {
      const minimum = def.minimum!;
      return (value) => (Array.isArray(value) && value.length >= minimum) || (typeof value === 'string' && value.length >= 2 * minimum) || exact(value);
    }
    case 'string_format': {
      const pattern = def.pattern;
      // Only a plain regex check: other formats (email, url …) have more to them than a pattern.
      if (!(check._zod as { traits?: Set<string> }).traits?.has('$ZodCheckRegex') || pattern === undefined) return exact;
      return (value) => {
        if (typeof value !== 'string') return exact(value);
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    default:
      return exact;
  }
}

/**
 * A string or a number with only the checks nearly every value of a document has (a whole number
 * in a range; a string of a length, matching patterns) as one function rather than one per check:
 * most of the values of a document are such leaves. Undefined for anything else.
 */
function leafAcceptor(schema: Schema, checks: readonly Check[]): Accepts | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  if (def.coerce) return undefined;
  const kinds = checks.map((check) => (check._zod.def as CheckDef).check);
  // Patterns may be several; any other check once at most.
  const once = kinds.filter((kind) => kind !== 'string_format');
  if (new Set(once).size !== once.length) return undefined;
  const find = (kind: string) => checks.find((check) => check._zod.def.check === kind);
  if (def.type === 'number') {
    if (!kinds.every((kind) => kind === 'number_format' || kind === 'greater_than' || kind === 'less_than')) return undefined;
    const format = find('number_format')?._zod.def as CheckDef | undefined;
    const low = find('greater_than')?._zod.def as CheckDef | undefined;
    const high = find('less_than')?._zod.def as CheckDef | undefined;
    if ((format && format.format !== 'safeint') || (low && typeof low.value !== 'number') || (high && typeof high.value !== 'number')) return undefined;
    const whole = format !== undefined;
    const min = low ? (low.value as number) : Number.NEGATIVE_INFINITY;
    const max = high ? (high.value as number) : Number.POSITIVE_INFINITY;
    const minIncluded = low ? low.inclusive === true : true;
    const maxIncluded = high ? high.inclusive === true : true;
    return (value) =>
      typeof value === 'number' &&
      (whole ? Number.isSafeInteger(value) : Number.isFinite(value)) &&
      (value > min || (minIncluded && value === min)) &&
      (value < max || (maxIncluded && value === max));
  }
  if (def.type === 'string') {
    if (!kinds.every((kind) => kind === 'max_length' || kind === 'min_length' || kind === 'string_format')) return undefined;
    const patterns: RegExp[] = [];
    for (const check of checks) {
      const d = check._zod.def as CheckDef;
      if (d.check !== 'string_format') continue;
      if (!(check._zod as { traits?: Set<string> }).traits?.has('$ZodCheckRegex') || d.pattern === undefined) return undefined;
      patterns.push(d.pattern);
    }
    const longest = find('max_length');
    const shortest = find('min_length');
    const max = longest ? (longest._zod.def as CheckDef).maximum! : Number.POSITIVE_INFINITY;
    const min = shortest ? (shortest._zod.def as CheckDef).minimum! : 0;
    // A length in code points is at most the UTF-16 length and at least half of it; in between, zod's own check counts.
    const exactMax = longest ? zodCheck(longest) : undefined;
    const exactMin = shortest ? zodCheck(shortest) : undefined;
    return (value) => {
      if (typeof value !== 'string') return false;
      const units = value.length;
      if (units > max && !exactMax!(value)) return false;
      if (units < 2 * min && !exactMin!(value)) return false;
      for (let i = 0; i < patterns.length; i++) {
        const pattern = patterns[i]!;
        pattern.lastIndex = 0;
        if (!pattern.test(value)) return false;
      }
      return true;
    };
  }
  return undefined;
}

/** zod's own check function, run as zod runs it: does it pass the value, unchanged, without an issue? */
function zodCheck(check: Check): Accepts {
  // One payload for every call (rather than one per value), unless a check runs this one again.
  const shared = { value: undefined as unknown, issues: [] as z.core.$ZodRawIssue[] };
  let busy = false;
  return (value) => {
    let payload = shared;
    if (busy) payload = { value, issues: [] };
    else {
      shared.value = value;
      busy = true;
    }
    try {
      const when = check._zod.def.when;
      if (when && !when(payload as z.core.ParsePayload)) return true;
      const result: unknown = check._zod.check(payload as z.core.ParsePayload);
      // An asynchronous check, an issue, or a check that changed the value: zod decides.
      return !(result instanceof Promise) && payload.issues.length === 0 && payload.value === value;
    } finally {
      if (payload === shared) {
        busy = false;
        shared.value = undefined;
        if (shared.issues.length > 0) shared.issues = [];
      }
    }
  };
}

/** A plain object as JSON.parse makes it, or with no prototype; anything else goes to zod. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function typeAcceptor(schema: Schema): Accepts {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  if (def.coerce) throw new Unmodelled('coercion');
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'unknown':
      // Any value (zod passes it on as it is), but for the checks the schema carries, run after this as zod runs them.
      return () => true;
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (values === undefined) throw new Unmodelled(def.type);
      return (value) => values.has(value as z.core.util.Primitive);
    }
    case 'nullable': {
      const inner = acceptor((def as z.core.$ZodNullableDef).innerType);
      return (value) => value === null || inner(value);
    }
    case 'optional': {
      const innerType = (def as z.core.$ZodOptionalDef).innerType;
      if (schema._zod.traits.has('$ZodExactOptional') || innerType._zod.optin === 'defaulted') throw new Unmodelled('optional');
      const inner = acceptor(innerType);
      return (value) => value === undefined || inner(value);
    }
    case 'object':
      return objectAcceptor(def as z.core.$ZodObjectDef);
    case 'array': {
      const element = acceptor((def as z.core.$ZodArrayDef).element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'record':
      return recordAcceptor(def as z.core.$ZodRecordDef);
    case 'union': {
      if ((def as z.core.$ZodUnionDef).inclusive === false || schema._zod.traits.has('$ZodDiscriminatedUnion')) throw new Unmodelled('exclusive union');
      const options = (def as z.core.$ZodUnionDef).options.map(acceptor);
      return (value) => {
        for (let i = 0; i < options.length; i++) if (options[i]!(value)) return true;
        return false;
      };
    }
    default:
      throw new Unmodelled(def.type);
  }
}

/**
 * A strict object (unknown keys are zod's issue) or a stripping one (unknown keys are dropped from
 * zod's copy, so the value with them is not its own result): either way, unknown keys go to zod.
 */
function objectAcceptor(def: z.core.$ZodObjectDef): Accepts {
  if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') throw new Unmodelled('catchall');
  const shape = def.shape;
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unmodelled('symbol keys');
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) throw new Unmodelled('__proto__ key');
  const count = keys.length;
  const accepts = keys.map((key) => acceptor(shape[key]!));
  // zod lets a key be absent only for an optional field (`optin` and `optout` both "optional").
  const mayBeAbsent = keys.map((key) => shape[key]!._zod.optin === 'optional' && shape[key]!._zod.optout === 'optional');
  // A key that every object inherits ("constructor", "toString" …) is read only when it is the
  // value's own; any other is the value's own when it reads as anything but undefined.
  const inherited = keys.map((key) => key in Object.prototype);
  const known: Record<string, true> = Object.create(null);
  for (const key of keys) known[key] = true;
  return (value) => {
    if (!isPlainRecord(value)) return false;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const item = inherited[i] && !Object.hasOwn(value, key) ? undefined : value[key];
      if (item !== undefined || Object.hasOwn(value, key)) {
        if (!accepts[i]!(item)) return false;
      } else if (!mayBeAbsent[i] || key in value) return false;
    }
    for (const key in value) if (known[key] !== true) return false;
    return true;
  };
}

/** A record whose keys are checked one by one (not an enum of keys, which zod makes exhaustive). */
function recordAcceptor(def: z.core.$ZodRecordDef): Accepts {
  if (def.keyType._zod.values !== undefined) throw new Unmodelled('record of enumerated keys');
  const key = acceptor(def.keyType);
  const item = acceptor(def.valueType);
  return (value) => {
    if (!isPlainRecord(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
    for (const k of Object.keys(value)) {
      // zod leaves a "__proto__" key out of its copy: the value is then not its own result.
      if (k === '__proto__' || !key(k) || !item(value[k])) return false;
    }
    return true;
  };
}
