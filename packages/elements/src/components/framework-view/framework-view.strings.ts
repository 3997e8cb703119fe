// SPDX-License-Identifier: MIT
// Every string <apq-framework-view> shows that is not framework content, with English defaults.
// The page overrides any of them through the element's `strings` (JSON in the attribute).
import { COMMON_STRINGS } from '../../internal/strings.js';

export const FRAMEWORK_VIEW_STRINGS = {
  ...COMMON_STRINGS,
  noFramework: 'No framework has been given to this view.',

  // About the framework
  metaPublisher: 'Publisher',
  metaVersion: 'Version',
  metaStatus: 'Status',
  metaReleased: 'Released',
  statusDraft: 'Draft',
  statusPublished: 'Published',
  statusWithdrawn: 'Withdrawn',
  withdrawnNotice: 'The publisher has withdrawn this version of the framework. It is shown for reference only.',
  guidanceHeading: 'Guidance',
  provenanceHeading: 'Where the wording comes from',
  provenanceCanonical: 'Publisher’s wording',
  provenanceSource: 'Source: {source}',

  // Filter
  filterLabel: 'Filter the framework',
  filterHint: 'Type words from a title, question or descriptor. Capital letters and accents do not matter.',
  resultsCount: '{count, plural, one {# result} other {# results}}',
  resultsFor: '{count, plural, one {# result} other {# results}} for “{query}”',
  noResults: 'No results for “{query}”',
  noResultsHint: 'Check the spelling, or try fewer or different words.',

  // Contents and structure
  contentsHeading: 'Contents',
  contentsLabel: 'Contents of the framework',
  questionsHeading: 'Evaluative questions',
  notYetWrittenTag: 'Not yet written',
  areaNotYetWritten: 'The publisher has not written this {area} yet. It keeps its place in the framework.',
  footnoteLink: 'Footnote {marker}',
  footnotesHeading: 'Footnotes',

  // Grade descriptors
  descriptorsHeading: 'Grade descriptors',
  limitingTag: 'Limiting',
  limitingLead: '{level} if any of the following apply.',
  limitingExplanation: 'Each statement in this list is limiting: if any one of them is met, the judgement cannot be better than {level}, whatever else is true.',

  // Uses
  usesHeading: 'Uses',
  useFocusAreas: 'What matters most for this use:',
  useAllAreas: 'Every {area} matters equally for this use.',
  useBannerHeading: 'Shown for: {use}',
  useNarrowed: 'Showing the {shown} {areas} that matter most for this use. The other {hidden} still apply.',
  useShowingAll: 'Showing all {total} {areas}. The {shown} that matter most for this use are marked.',
  useShowAll: 'Show all {total} {areas}',
  useShowFocus: 'Show only the {shown} that matter most',
  useFocusTag: 'Focus for this use',
  useUnknown: 'This framework has no use “{use}”, so every {area} is shown.',

  // Crosswalk
  crosswalkAreaColumn: '{Area}',
  crosswalkTargetsColumn: 'Evaluation areas, and why',

  // Comparison with another version
  compareHeading: 'Compared with version {version}',
  compareIntro: 'Changes since version {version} are marked with tags beside each item. Items removed are listed where they used to be.',
  compareIntroNewer: 'This view shows version {shown}. Differences from version {version} are marked with tags beside each item.',
  compareNone: 'There are no differences in content between the two versions.',
  compareAdded: 'Added',
  compareReworded: 'Reworded',
  compareRemoved: 'Removed',
  compareOther: 'Other changes',
  compareMoved: 'Moved',
  compareRenumbered: 'Renumbered',
  compareChanged: 'Changed',
  compareBreakdownItem: '{item}: {count}',
  comparePrevious: 'Previously: {text}',
  compareRemovedHeading: 'Removed since version {version}',
  compareUnavailable: 'Version {version} of this framework is not available on this page, so the changes cannot be shown.',
  compareFailed: 'The two versions could not be compared.',
  itemFramework: 'The framework itself',
  itemCategory: 'Categories',
  itemArea: '{Areas}',
  itemSubArea: 'Sub-areas',
  itemQuestion: 'Evaluative questions',
  itemGradeDescriptors: 'Sets of grade descriptors',
  itemDescriptorLevel: 'Descriptor levels',
  itemDescriptor: 'Grade descriptors',
  itemRule: 'Rules that suggest a judgement',
  itemScale: 'Rating scales',
  itemScaleLevel: 'Rating scale levels',
  itemUse: 'Uses',
  itemGuidance: 'Guidance',
  itemFootnote: 'Footnotes',
  itemCrosswalk: 'Crosswalks',
  itemCrosswalkTarget: 'Crosswalk target areas',
  itemCrosswalkEntry: 'Crosswalk entries',
  itemExampleOfPractice: 'Examples of practice',
  itemWorkedExample: 'Worked examples',
};

export type FrameworkViewStrings = typeof FRAMEWORK_VIEW_STRINGS;
