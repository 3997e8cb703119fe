// SPDX-License-Identifier: MIT
// Every string <apq-summary> shows that is not framework or evaluation content, with English
// defaults. The page overrides any of them through the element's `strings` (JSON attribute).
import { COMMON_STRINGS } from '../../internal/strings.js';

export const SUMMARY_STRINGS = {
  ...COMMON_STRINGS,

  // Loading and failures
  loadingEvaluation: 'Loading the evaluation…',
  noEvaluation: 'No evaluation has been given to this summary.',
  evaluationUnreachable: 'The evaluation file could not be loaded from {src}.',
  evaluationFileInvalid: 'The evaluation file at {src} is not a valid evaluation.',
  evaluationInvalid: 'The evaluation is not valid.',
  evaluationProblemsHeading: 'What is wrong with the evaluation',
  evaluationOtherFramework: 'The evaluation was made against “{evaluationFramework}”, but the framework given is “{framework}”.',
  evaluationNewerThanFramework: 'The evaluation was made against version {version} of “{id}”, but only version {available} is available.',
  evaluationNotMigrated: 'The evaluation, made against version {from}, could not be shown in version {to} of the framework.',
  previousUnreachable: 'The previous evaluation could not be loaded from {src}, so no changes are shown.',
  previousInvalid: 'The previous evaluation is not valid, so no changes are shown.',
  previousOtherSetting: 'The previous evaluation is of another setting, so no changes are shown.',
  previousOtherSettingProblem: 'names “{previous}”, not “{current}”',
  previousOtherFramework: 'The previous evaluation was made against another framework, so no changes are shown.',
  previousOtherFrameworkProblem: 'names “{previous}”, not “{current}”',
  previousNotCompared: 'The previous evaluation could not be compared with this one, so no changes are shown.',
  previousProblemsHeading: 'What is wrong with the previous evaluation',

  // The header
  caption: '{framework}, version {version}',
  untitledSetting: 'Unnamed setting',
  headerSubmitted: 'Submitted on {date}',
  headerUpdated: 'Last updated on {date}',
  statusDraft: 'Draft',
  statusSubmitted: 'Submitted',
  detailsLabel: 'About this evaluation',
  rowFramework: 'Framework',
  rowFrameworkValue: '{title}, version {version}',
  rowUse: 'What it is for',
  rowStatus: 'Status',
  rowSetting: 'Setting',
  rowUrn: 'URN',
  rowSettingType: 'Type of setting',
  rowLocalAuthority: 'Local authority',
  rowEvaluators: 'Evaluators',
  rowStarted: 'Started',
  rowUpdated: 'Last updated',
  rowSubmitted: 'Submitted on',
  rowCompleted: '{Areas} completed',
  rowCompletedValue: '{done} of {total}',
  rowJudgements: 'Judgements',
  judgementCount: '{label}: {count}',
  draftNotice: 'This evaluation is a draft, so it may still change.',
  migrated: 'This evaluation was made against version {from} of the framework and is shown here in version {to}.',
  migratedKept: '{count, plural, one {# thing entered has} other {# things entered have}} no place in version {to}; see the end of this summary.',

  // Print and downloads
  actionsLabel: 'Print or download',
  print: 'Print this summary',
  downloadCsv: 'Download as a spreadsheet (CSV)',
  downloadJson: 'Download the evaluation (JSON)',
  printedOn: 'Printed on {date}',

  // The chart and its table
  chartHeading: 'Judgements by {area}',
  chartNoScale: 'This framework does not judge {areas} on a scale, so there is no chart of judgements.',
  chartColumnArea: '{Area}',
  chartColumnJudgement: 'Judgement',
  notJudged: 'Not judged',
  notYetWrittenShort: 'Not yet written',
  chartRow: '{Area} {number}: {level}',

  // Changes since the previous evaluation
  comparisonHeading: 'Changes since the previous evaluation',
  comparisonIntro: 'Compared with the evaluation last updated on {date}.',
  comparisonTotals: 'Better: {better}. The same: {same}. Worse: {worse}. New: {new}.',
  comparisonNoLongerInFramework: '{title} (no longer in this version)',
  changeBetter: 'Better',
  changeSame: 'Same',
  changeWorse: 'Worse',
  changeNew: 'New',
  changeChanged: 'Changed',
  changeNoLongerJudged: 'No longer judged',
  changeNotJudged: 'Not judged',

  // Each area
  rowJudgement: 'Judgement',
  carriedForward: 'Carried forward from the previous evaluation and not yet confirmed.',
  rowSuggested: 'Suggested level',
  suggestedDiffers: '{level}: the judgement differs from the suggestion',
  rowRationale: 'Why the judgement differs',
  rowRationalePlain: 'Rationale',
  rowProgress: 'Progress',
  questionsTally: '{done} of {total} questions answered',
  descriptorsTally: '{done} of {total} descriptors checked',
  rowEvidence: 'Evidence seen',
  rowStrengths: 'Strengths',
  rowPriorities: 'Priorities',
  rowActions: 'Actions',
  actionsTally: '{total, plural, one {# action} other {# actions}}, {open} still open',
  rowChange: 'Change since the previous evaluation',
  changeDetail: '{previous} before, {current} now',
  prioritiesCarriedForward: 'Carried forward: {count, plural, one {# priority} other {# priorities}} from the previous evaluation.',
  priorityKept: '(carried forward)',
  focusArea: 'A focus of this use',
  carriedOverValue: 'What was entered: {value}',
};

export type SummaryStrings = typeof SUMMARY_STRINGS;
