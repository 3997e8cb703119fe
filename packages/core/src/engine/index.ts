// SPDX-License-Identifier: MIT
// The engine: pure functions over a framework and evaluations. No DOM, no I/O.
export { ANSWER_FIELDS, DESCRIPTOR_STATS, LEVEL_STATS } from './operators.js';
export { type AnswerFacts, type AreaFacts, type DescriptorFacts, type LevelFacts, checkStatus } from './facts.js';
export { type CompiledArea, type CompiledFramework, type DescriptorInfo, checkLimitingRules, compileFramework } from './compile.js';
export {
  type AreaSuggestion,
  type DescriptorReason,
  type EvaluationSuggestions,
  type PassedOverRule,
  type RuleRef,
  type SuggestionCounts,
  type SuggestionStatus,
  SUGGESTION_STATUSES,
  areaFacts,
  suggest,
  suggestArea,
  suggestLevels,
} from './suggest.js';
export { missingRationales } from './rationale.js';
export { isAnswered } from './answers.js';
export { type AreaSummary, type CategorySummary, type EvaluationSummary, type SummariseOptions, type Tally, summarise } from './summarise.js';
export { type AreaChange, type EvaluationComparison, type EvaluationRef, type JudgementDirection, type SuggestionBrief, compare } from './compare.js';
export { type CopyForwardOptions, copyForward } from './copy-forward.js';
export { type InitOptions, init, newEvaluationId } from './init.js';
export {
  type AggregateDocumentOptions,
  type AggregateOptions,
  type AggregateResult,
  type AggregateDigest,
  type AggregateInput,
  type AreaAggregate,
  type EvaluationFacts,
  type EvaluationHeader,
  type LeftOutCount,
  type LeftOutReason,
  type MigrateEvaluation,
  type PeriodSpec,
  AGGREGATE_DIGEST_VERSION,
  COMMON_PRIORITIES_SHOWN,
  LEFT_OUT_REASONS,
  aggregate,
  aggregateDocument,
  digestForAggregate,
  normalisePriority,
} from './aggregate.js';
export {
  type Cell,
  DEFAULT_DISCLOSURE_KEY,
  DISCLOSURE_METHOD,
  ROUNDING_BASE,
  SUPPRESSED_WORDING,
  SUPPRESSION_THRESHOLD,
  protectCount,
} from './suppression.js';
export { identifySettings, normaliseAuthority, normaliseSettingName, normaliseUrn, sameSetting, settingKey } from './setting.js';
export { type FrameworkLookup, findFramework } from './frameworks.js';
export { SUPPRESSED, aggregateCsv, aggregateDocumentCsv, summaryCsv, toCsv } from './csv.js';
export { ExpectedSuggestion, type LoadedExample, WorkedExample, checkWorkedExample, parseWorkedExample } from './examples.js';
export { type AreaProgress, type ProgressStatus, areaProgress, evaluationProgress, settingProgress } from './progress.js';
export { type SubmissionOptions, submissionProblems } from './submission.js';
export { assertEvaluation, evaluationShapeProblems } from './guard.js';
export { type Day, type PlanArea, type PlanByArea, type PlanPriority, type PlanProgress, type PlanProgressOptions, isOpen, isOverdue, overdueActions, planByArea, planProgress } from './plan.js';
export { type CollectPracticeOptions, type NewPracticeOffer, collectPractice, offerPractice, practiceForArea, withdrawPractice } from './practice.js';
export { isCalendarDate, lastDayOf } from './dates.js';
export {
  type ActionChanges,
  type NewAction,
  type NewReview,
  type SettingKey,
  finalise,
  withAction,
  withActionChanges,
  withActionConfirmed,
  withReview,
  withAnswer,
  withAreaRecord,
  withCheck,
  withJudgement,
  withPriorities,
  withSetting,
  withStrengths,
  withUse,
  withoutAction,
} from './edit.js';
