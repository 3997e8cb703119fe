// SPDX-License-Identifier: MIT
// Registers <apq-evaluation-form>. Import the class from evaluation-form.js instead to register
// it under another name or to subclass it.
import { ApqEvaluationForm } from './evaluation-form.js';

export { ApqEvaluationForm };

if (!customElements.get('apq-evaluation-form')) customElements.define('apq-evaluation-form', ApqEvaluationForm);

declare global {
  interface HTMLElementTagNameMap {
    'apq-evaluation-form': ApqEvaluationForm;
  }
}
