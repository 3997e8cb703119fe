// SPDX-License-Identifier: MIT
// Shared state through @lit/context: the form provides the framework and the evaluation as the
// person fills it in, so elements placed inside it (a summary in its `submitted` slot, a host's
// own progress widget) follow along without listening to events.
import { createContext } from '@lit/context';
import type { Evaluation, Framework } from './core.js';

export interface EvaluationContextValue {
  framework: Framework;
  evaluation: Evaluation;
}

export const evaluationContext = createContext<EvaluationContextValue | undefined>(Symbol.for('ap-quality.evaluation'));
