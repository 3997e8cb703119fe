// SPDX-License-Identifier: MIT
// The entry of the CDN file apq-elements.js: every element (registered), the registry, and the
// few core functions a page needs beside the form, all in one module with lit and core inside.
export * from './index.js';
export { copyForward, init, migrateEvaluation, summarise, validateFramework } from './internal/core.js';
