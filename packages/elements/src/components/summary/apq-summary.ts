// SPDX-License-Identifier: MIT
// Registers <apq-summary>. Import the class from summary.js instead to register it under another
// name or to subclass it.
import { ApqSummary } from './summary.js';

export { ApqSummary };

ApqSummary.define('apq-summary');

declare global {
  interface HTMLElementTagNameMap {
    'apq-summary': ApqSummary;
  }
}
