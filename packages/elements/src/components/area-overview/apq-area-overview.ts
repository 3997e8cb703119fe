// SPDX-License-Identifier: MIT
// Registers <apq-area-overview>. Import the class from area-overview.js instead to register it
// under another name or to subclass it.
import { ApqAreaOverview } from './area-overview.js';

export { ApqAreaOverview };

ApqAreaOverview.define('apq-area-overview');

declare global {
  interface HTMLElementTagNameMap {
    'apq-area-overview': ApqAreaOverview;
  }
}
