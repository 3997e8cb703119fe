// SPDX-License-Identifier: MIT
// Every schema description goes through this one module: the texts stay beside the schemas they
// describe (their single source, for the generated JSON Schemas), while the elements' CDN build
// swaps the module for one that returns the schema as it is (rollup.config.mjs), so browsers,
// which never read a description, do not download them.
import * as z from 'zod/mini';

/** The schema, with `text` as its description (the JSON Schema `description`). */
export function described<S extends z.ZodMiniType>(schema: S, text: string): S {
  return schema.check(z.describe(text));
}
