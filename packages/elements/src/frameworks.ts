// SPDX-License-Identifier: MIT
// Registers every framework bundled with @ap-quality/core, so that
// <apq-evaluation-form framework="ap-quality-toolkit" version="2.0.0"> finds it. A separate entry
// (and, on the CDN, a separate file) so pages that load frameworks by `src` do not download them.
import { BUNDLED_FRAMEWORKS } from '@ap-quality/core/frameworks';
import { registerFrameworks } from './internal/registry.js';

registerFrameworks(BUNDLED_FRAMEWORKS);

export { BUNDLED_FRAMEWORKS };
