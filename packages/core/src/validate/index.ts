// SPDX-License-Identifier: MIT
export * from './problems.js';
export * from './json-text.js';
export * from './validate.js';
export { checkFramework } from './framework-checks.js';
export { type MissingForSubmissionOptions, checkEvaluationAgainstFramework, missingForSubmission } from './evaluation-checks.js';
export { inspectJsonLogic } from './json-logic.js';
export { planProblems } from './plan-checks.js';
