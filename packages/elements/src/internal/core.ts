// SPDX-License-Identifier: MIT
// The one place the elements import @ap-quality/core from, so a change in core's public API
// touches one file.
export {
  type Answer,
  type AreaProgress,
  type AreaRecord,
  type AreaSuggestion,
  type CarriedOverItem,
  type Catalogue,
  type CheckStatus,
  type EvaluationSummary,
  type EvaluativeQuestion,
  type Evaluation,
  type Framework,
  type FrameworkIndex,
  type GradeDescriptor,
  type Judgement,
  type Migration,
  type MigrationReport,
  type Problem,
  type ProgressStatus,
  type QualityArea,
  type RatingScale,
  type Response,
  type Result,
  type SubArea,
  type SuggestionStatus,
  CHECK_STATUSES,
  Evaluation as EvaluationSchema,
  RESPONSES,
  allAreas,
  checkEvaluationAgainstFramework,
  compareVersions,
  compileFramework,
  formatProblem,
  indexFramework,
  init,
  isAnswered,
  migrateEvaluation,
  parseJsonText,
  parseWith,
  questionsOfArea,
  areaProgress,
  finalise,
  settingProgress,
  submissionProblems,
  suggestArea,
  summarise,
  validateFramework,
  withAnswer,
  withAreaRecord,
  withCheck,
  withJudgement,
  withPriorities,
  withSetting,
  withStrengths,
  withUse,
} from '@ap-quality/core';

// Added for <apq-summary>: comparing two evaluations, CSV export, telling settings apart.
export {
  type AreaChange,
  type AreaSummary,
  type CategorySummary,
  type EvaluationComparison,
  type FrameworkLookup,
  type JudgementDirection,
  type Setting,
  compare,
  levelRank,
  sameSetting,
  summaryCsv,
} from '@ap-quality/core';

// Added for <apq-framework-view>: the framework's parts it draws, and the diff of two versions for `compare-to`.
export {
  type Category,
  type Change,
  type ChangeKind,
  type Crosswalk,
  type DescriptorLevel,
  type Footnote,
  type FrameworkDiff,
  type Guidance,
  type ItemKind,
  type Use,
  ITEM_KINDS,
  diffFrameworks,
} from '@ap-quality/core';

// Added for <apq-area-overview>: the aggregate format it shows, and CSV (formula-safe) for its download.
export {
  type AggregateAreaFigures,
  type AggregateCell,
  type AggregateDocument,
  type AggregatePeriod,
  ROOT_PATH,
  toCsv,
  validateAggregate,
} from '@ap-quality/core';

// Added for <apq-action-plan> and examples of practice: the plan's actions and reviews, the edits
// that keep them, overdue and progress, copying forward, and libraries of practice.
export {
  type Action,
  type PlanArea,
  type PracticeExample,
  PracticeLibrary,
  copyForward,
  isOverdue,
  planByArea,
  planProgress,
  withAction,
  withActionChanges,
  withActionConfirmed,
  withReview,
} from '@ap-quality/core';

// Added for reading drafts saved in an older evaluation format (fit-evaluation.ts): read by the
// schema of their own format and upgraded to the current one with nothing lost.
export { parseEvaluation } from '@ap-quality/core';
