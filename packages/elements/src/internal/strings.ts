// SPDX-License-Identifier: MIT
// The interface strings more than one element shows (loading and failures, statuses, answers,
// errors), with English defaults. Each element's own table spreads these and adds its own; the
// page overrides any of them through the element's `strings`. Placeholders are written {name};
// plurals as {count, plural, one {# thing} other {# things}} (see localize.ts).
export { capitalise, format } from './localize.js';

export const COMMON_STRINGS = {
  loading: 'Loading the framework…',
  noFramework: 'No framework has been given yet.',
  loadingFile: 'Loading…',
  frameworkNotRegistered: 'The framework “{id}” {version} is not available on this page.',
  frameworkNotRegisteredHint: 'The page needs to load the file that registers it, {file}, or register it from code with registerFrameworks().',
  frameworkUnreachable: 'The framework file could not be loaded from {src}.',
  frameworkInvalid: 'The framework file at {src} is not a valid framework.',
  frameworkProblemsHeading: 'What is wrong with the file',
  latestVersion: '(latest version)',
  statusNotStarted: 'Not started',
  statusInProgress: 'In progress',
  statusCompleted: 'Completed',
  statusNotApplicable: 'Nothing to answer',
  areaHeading: '{Area} {number}: {title}',
  subAreaHeading: '{letter}. {title}',
  guidance: 'Guidance',
  provisional: 'Provisional wording',
  responseYes: 'Yes',
  responsePartly: 'Partly',
  responseNo: 'No',
  notYetWritten: 'This {area} has not been written yet by the framework’s publisher, so there is nothing to answer here.',
  checkMet: 'Met',
  checkPartlyMet: 'Partly met',
  checkNotMet: 'Not met',
  checkNotAssessed: 'Not assessed',
  notAnswered: 'Not answered',
  none: 'None',
  carriedOverHeading: 'Kept from an earlier version of the framework',
  carriedOverFrom: '{path} in version {version}: {reason}',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
};

export type CommonStrings = typeof COMMON_STRINGS;
