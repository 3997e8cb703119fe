// SPDX-License-Identifier: MIT
// Versioning: the semantic diff of two framework versions with the bump it demands, and the
// migration of an evaluation from one version to another with nothing lost.
export { BUMPS, type Bump, type VersionStep, bumpBetween, compareBumps, maxBump, nextVersion, stepAllows } from './bump.js';
export { CHANGE_KINDS, ITEM_KINDS, type Change, type ChangeKind, type FieldChange, type ItemKind } from './change.js';
export { type DiffOptions, type FrameworkDiff, diffFrameworks } from './diff.js';
export { type ExampleComparison, type SuggestLevels, type DiffExample, compareExamples } from './examples.js';
export { type MigrateOptions, type Migration, type MigrationReport, type MovedItem, type RestoredItem, migrateEvaluation, migrateEvaluationOrThrow } from './migrate.js';
export { renderDiff, renderMigrationReport } from './render.js';
export { FORMAT_2_EXTENSION, currentFormat, downgradeEvaluation, isFormatV1, upgradeEvaluation } from './format.js';
