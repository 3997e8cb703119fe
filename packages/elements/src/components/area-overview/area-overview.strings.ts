// SPDX-License-Identifier: MIT
// Every string <apq-area-overview> shows that is not aggregate content, with English defaults.
// The page overrides any of them through the element's `strings` (JSON attribute).
import { COMMON_STRINGS } from '../../internal/strings.js';

export const AREA_OVERVIEW_STRINGS = {
  ...COMMON_STRINGS,

  // Loading and failures
  loadingAggregate: 'Loading the area overview…',
  noAggregate: 'No aggregate has been given to this overview.',
  aggregateUnreachable: 'The aggregate file could not be loaded from {src}.',
  aggregateFileInvalid: 'The file at {src} is not a valid aggregate.',
  aggregateInvalid: 'The aggregate is not valid.',
  aggregateProblemsHeading: 'What is wrong with the aggregate',
  rawEvaluation: 'This is an evaluation of one setting, not an aggregate, so it is not shown here.',
  rawEvaluations: 'These are {count, plural, one {# evaluation} other {# evaluations}} of settings, not an aggregate, so they are not shown here.',
  rawEvaluationsHint:
    'The area overview shows only figures that protect each setting. Aggregate the evaluations first, on your own server: run “npx apq aggregate <folder of evaluations> --framework <id>@<version> --json > aggregate.json” (or call aggregateDocument from @ap-quality/core), then give this element the aggregate it writes.',

  // The header
  caption: '{framework}, version {version}',
  heading: 'Area overview',
  generatedOn: 'Figures made on {date}.',
  filterUse: 'Evaluations for: {uses}.',
  filterStatusSubmitted: 'Submitted evaluations only.',
  filterStatusDraft: 'Draft evaluations only.',
  disclosure:
    'To protect each setting, a count from fewer than {threshold} settings is not shown: it reads “{wording}”. Counts may have been adjusted slightly, so small differences are not meaningful.',
  settingsCounted: 'Settings counted',
  /** A count as the page's language writes it ("1,234" in English). */
  figure: '{count, plural, other {#}}',
  periodRow: 'Period',
  periodDates: '{from} to {to}',
  noSettings: 'No settings were counted in this period for this group.',

  // Controls
  controlsLabel: 'What the figures show',
  periodLegend: 'Period',
  groupLegend: 'Settings',
  groupAll: 'All settings',
  groupByUse: 'For: {label}',
  groupBySettingType: 'Type of setting: {label}',
  showing: 'Showing {period}, {group}.',
  groupMissing: 'There are no figures for this group in {period}.',

  // Print and download
  actionsLabel: 'Print or download',
  print: 'Print this overview',
  downloadCsv: 'Download the figures as a spreadsheet (CSV)',
  printedOn: 'Printed on {date}',

  // Each area
  judgementsHeading: 'Judgements',
  tableCaption: 'Judgements in {area}, {period}',
  columnJudgement: 'Judgement',
  columnSettings: 'Settings',
  columnChange: 'Change since {period}',
  notJudged: 'Not judged',
  changeUp: '{count} more',
  changeDown: '{count} fewer',
  changeNone: 'No change',
  changeUnknown: 'Not known',
  changeUnknownNote: 'A change is “Not known” when a count in either period is not shown, or the {area} was not in the earlier period.',
  completionHeading: 'Completion',
  completed: 'Completed',
  inProgress: 'In progress',
  notStarted: 'Not started',
  prioritiesHeading: 'Common priorities',
  prioritiesNamed: 'Settings that named a priority: {value}',
  priorityNamedBy: 'named by {value} settings',
  noCommonPriorities: 'No priority was named by {threshold} or more settings.',

  // The CSV
  csvPeriod: 'Period',
  csvGroup: 'Settings',
  csvCategory: 'Category',
  csvAreaNumber: 'Area number',
  csvArea: 'Area',
  csvMeasure: 'Measure',
  csvValue: 'Value',
  csvSettings: 'Settings',
  csvMeasureSettings: 'Settings counted',
  csvMeasureJudgement: 'Judgement',
  csvMeasureCompletion: 'Completion',
  csvMeasurePrioritiesNamed: 'Named a priority',
  csvMeasurePriority: 'Common priority',
};

export type AreaOverviewStrings = typeof AREA_OVERVIEW_STRINGS;
