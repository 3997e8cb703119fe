// SPDX-License-Identifier: MIT
// The person's judgement is final, but where it differs from the engine's suggestion they say why.
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import type { Problem } from '../validate/problems.js';
import { submissionProblems } from './submission.js';

/**
 * One problem (code `rationale-missing`), at `areas.<id>.judgement.rationale`, for each judged
 * area whose level differs from the level the engine suggests and which has no rationale. Only a
 * suggested level counts: with not enough evidence, or no descriptors, there is nothing to differ
 * from. A framework the engine refuses yields none here; its own validation reports it. The
 * rationale part of {@link submissionProblems}.
 */
export function missingRationales(evaluation: Evaluation, framework: Framework): Problem[] {
  return submissionProblems(framework, evaluation).filter((p) => p.code === 'rationale-missing');
}
