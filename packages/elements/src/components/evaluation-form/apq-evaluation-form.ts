// SPDX-License-Identifier: MIT
// Registers <apq-evaluation-form>. Import the class from evaluation-form.js instead to register
// it under another name or to subclass it.
import { ApqEvaluationForm } from './evaluation-form.js';

export { ApqEvaluationForm };

ApqEvaluationForm.define('apq-evaluation-form');

declare global {
  interface HTMLElementTagNameMap {
    'apq-evaluation-form': ApqEvaluationForm;
  }
}
