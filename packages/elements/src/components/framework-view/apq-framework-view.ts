// SPDX-License-Identifier: MIT
// Registers <apq-framework-view>. Import the class from framework-view.js instead to register
// it under another name or to subclass it.
import { ApqFrameworkView } from './framework-view.js';

export { ApqFrameworkView };

ApqFrameworkView.define('apq-framework-view');

declare global {
  interface HTMLElementTagNameMap {
    'apq-framework-view': ApqFrameworkView;
  }
}
