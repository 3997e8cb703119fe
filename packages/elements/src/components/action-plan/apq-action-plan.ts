// SPDX-License-Identifier: MIT
// Registers <apq-action-plan>. Import the class from action-plan.js instead to register it under
// another name or to subclass it.
import { ApqActionPlan } from './action-plan.js';

export { ApqActionPlan };

ApqActionPlan.define('apq-action-plan');

declare global {
  interface HTMLElementTagNameMap {
    'apq-action-plan': ApqActionPlan;
  }
}
