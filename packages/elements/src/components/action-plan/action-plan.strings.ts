// SPDX-License-Identifier: MIT
// Every string <apq-action-plan> shows that is not framework or evaluation content, with English
// defaults. The page overrides any of them through the element's `strings` (JSON attribute).
import { COMMON_STRINGS } from '../../internal/strings.js';

export const ACTION_PLAN_STRINGS = {
  ...COMMON_STRINGS,

  // Loading and failures
  loadingEvaluation: 'Loading the evaluation…',
  loadingPlan: 'Loading the plan…',
  noEvaluation: 'No evaluation has been given to this plan.',
  evaluationUnreachable: 'The evaluation file could not be loaded from {src}.',
  evaluationFileInvalid: 'The evaluation file at {src} is not a valid evaluation.',
  evaluationInvalid: 'The evaluation is not valid, so its plan cannot be shown.',
  evaluationProblemsHeading: 'What is wrong with the evaluation',
  draftUnreadable: 'A saved draft of this plan could not be read. It has been set aside; you can download it.',
  draftDownload: 'Download the unreadable draft',
  resumed: 'You are carrying on from where you left off ({time}).',
  todayInvalid: 'The date given for today, “{value}”, is not a date written as YYYY-MM-DD, so today’s real date is used.',
  storageFull: 'Your changes could not be saved in this browser because its storage is full.',
  storageUnavailable: 'Your changes cannot be saved in this browser.',
  storageFailed: 'Your changes could not be saved.',
  storageDownload: 'Download the plan as it stands',
  savedAt: 'Draft saved at {time}',

  // The header
  heading: 'Improvement plan',
  caption: '{setting}: {framework}, version {version}',
  untitledSetting: 'Unnamed setting',
  progress:
    '{total, plural, =0 {No actions yet.} one {# action:} other {# actions:}} {notStarted} not started, {inProgress} in progress, {done} done, {dropped} dropped.',
  progressEmpty: 'No actions yet. Add actions to the priorities below.',
  progressOverdue: '{count, plural, =0 {None overdue} one {# overdue} other {# overdue}} on {date}.',
  print: 'Print the plan',
  printedOn: 'Printed on {date}. Overdue as of {today}.',

  // Carried forward
  carriedForwardHeading: 'Actions carried forward',
  carriedForwardBody:
    '{count, plural, one {# open action was} other {# open actions were}} carried forward from the previous evaluation with {count, plural, one {its} other {their}} reviews. Check each one: confirm it, change it or drop it.',

  // Filters
  filtersHeading: 'Filter the actions',
  filterArea: '{Area}',
  filterAreaAll: 'All {areas}',
  filterOwner: 'Owner',
  filterOwnerAll: 'All owners',
  filterOwnerNone: 'No owner given',
  filterStatus: 'Status',
  filterStatusAll: 'All statuses',
  filterOverdue: 'Only overdue actions',
  clearFilters: 'Clear filters',
  showing: 'Showing {shown} of {total, plural, one {# action} other {# actions}}.',
  noneMatch: 'No actions match these filters.',

  // Areas and priorities
  priorityHeading: 'Priority: {text}',
  otherActionsHeading: 'Other actions for this {area}',
  noPriorities: 'No priorities were recorded for this {area}.',
  noActions: 'No actions yet.',
  addAction: 'Add an action',
  addActionHidden: 'to the priority “{priority}”',
  addActionHiddenArea: 'to {area}',
  showMore: 'Show {count} more',
  showMoreHidden: 'actions ({shown} of {total} shown)',

  // One action
  statusNotStarted: 'Not started',
  statusInProgress: 'In progress',
  statusDone: 'Done',
  statusDropped: 'Dropped',
  overdue: 'Overdue',
  carriedForwardTag: 'Carried forward: to confirm',
  rowStatus: 'Status',
  rowOwner: 'Owner',
  rowDue: 'Due',
  rowSuccess: 'How we will know it worked',
  rowCreated: 'Added on',
  dueMonth: 'by the end of {date}',
  change: 'Change',
  review: 'Record a review',
  drop: 'Drop',
  confirm: 'Confirm',
  actionHidden: 'the action “{what}”',
  reviewsHeading: 'Reviews',
  noReviews: 'Not reviewed yet.',
  reviewLine: '{date}{by}: moved to',
  reviewBy: ', by {by}',
  reviewEvidence: 'Evidence of impact: {evidence}',

  // Editing an action
  newActionLegend: 'New action',
  editActionLegend: 'Change the action',
  fieldWhat: 'What will be done',
  fieldWhatHint: 'One clear step. Do not include pupils’ names or other personal data.',
  fieldWho: 'Owner (optional)',
  fieldWhoHint: 'A name or a role, such as “Head of centre”.',
  fieldDue: 'Due date (optional)',
  fieldDueHint: 'For example, 27 3 2027. Leave the day out for the end of a month, or the day and month for the end of a year.',
  fieldSuccess: 'How we will know it worked (optional)',
  saveAction: 'Save the action',
  cancel: 'Cancel',
  cancelHidden: 'and keep the plan as it was',
  dateDay: 'Day',
  dateMonth: 'Month',
  dateYear: 'Year',

  // Recording a review
  reviewLegend: 'Review of “{what}”',
  fieldOn: 'Date of the review',
  fieldOnHint: 'For example, {example}.',
  fieldBy: 'Reviewed by (optional)',
  fieldNote: 'What the review found',
  fieldStatus: 'Status after this review',
  fieldEvidence: 'Evidence of impact (optional)',
  fieldEvidenceHint: 'What has changed for pupils or staff, and how you know.',
  saveReview: 'Save the review',
  reviewFinal: 'A review cannot be changed once it is saved.',

  // Dropping
  dropQuestion: 'Drop the action “{what}”?',
  dropBody: 'It stays in the plan, marked as dropped, with its reviews. You can still review it later.',
  dropYes: 'Yes, drop this action',
  dropNo: 'No, keep it',

  // Errors
  errorWhat: 'Enter what will be done',
  errorNote: 'Enter what the review found',
  errorDateRequired: 'Enter the {field}',
  errorDateReal: 'The {field} must be a real date',
  errorDateYear: 'The {field} must include a year with 4 numbers',
  errorDateMissing: 'The {field} must include a {part}',
  errorDateFull: 'The {field} must include a day, month and year',
  errorReviewBeforeCreated: 'The date of the review must be the same as or after {date}, when the action was added',
  dueDateName: 'due date',
  reviewDateName: 'date of the review',
  partDay: 'day',
  partMonth: 'month',
  partYear: 'year',

  // Announcements
  announceAdded: 'Action added: {what}.',
  announceSaved: 'Action saved: {what}.',
  announceReviewed: 'Review saved for {what}. Status: {status}.',
  announceDropped: 'Action dropped: {what}.',
  announceConfirmed: 'Action confirmed: {what}.',
};

export type ActionPlanStrings = typeof ACTION_PLAN_STRINGS;
