// SPDX-License-Identifier: MIT
export * from './primitives.js';
export * from './scale.js';
export * from './question.js';
export * from './descriptor.js';
export * from './rule.js';
export * from './area.js';
export * from './category.js';
export * from './framework.js';
export * from './evaluation.js';
export * from './aggregate.js';
export * from './practice.js';
export { INPUT_LIMITS } from './limits.js';
