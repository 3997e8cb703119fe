// SPDX-License-Identifier: MIT
// @ap-quality/core: framework and evaluation schemas, validation and the engine.
// The bundled frameworks are a separate entry point: @ap-quality/core/frameworks.
export * from './schema/index.js';
export * from './validate/index.js';
export { type Catalogue, compareVersions, createCatalogue, parseFrameworkSpec } from './model/catalogue.js';
export {
  type DescriptorEntry,
  type FrameworkIndex,
  type QuestionEntry,
  allAreas,
  descriptorsOfArea,
  indexFramework,
  levelRank,
  questionsOfArea,
} from './model/framework-index.js';
export { ALLOWED_OPERATORS, RULE_LIMITS } from './engine/operators.js';
export * from './engine/index.js';
export * from './versioning/index.js';
