// SPDX-License-Identifier: MIT
// The frameworks bundled with this package, as typed data. A separate entry point
// (`@ap-quality/core/frameworks`) so that code which fetches frameworks does not ship them.
import { type Catalogue, createCatalogue } from '../model/catalogue.js';
import { BUNDLED_FRAMEWORKS } from './generated/index.js';

export * from './generated/index.js';

/** A catalogue of every framework version bundled with this package. */
export const bundledCatalogue: Catalogue = createCatalogue(BUNDLED_FRAMEWORKS);
