// SPDX-License-Identifier: MIT
// Every string <apq-evaluation-form> shows that is not framework content, with English defaults.
import { COMMON_STRINGS } from '../../internal/strings.js';

export const FORM_STRINGS = {
  ...COMMON_STRINGS,
  noFramework: 'No framework has been given to this form.',

  // Loading and failures
  loadingDraft: 'Loading your saved draft…',

  // Navigation and progress
  navLabel: 'Sections of the evaluation',
  navHeading: 'Sections',
  overallProgress: 'You have completed {done} of {total} {areas}.',
  settingStepNav: 'Use and setting',
  reviewStepNav: 'Check your answers',
  areaProgress: '{answered} of {total} answered',
  descriptorProgress: '{count, plural, one {# descriptor} other {# descriptors}} assessed',
  previous: 'Previous',
  continue: 'Continue',
  saveAndContinue: 'Save and continue',
  continueToReview: 'Continue to check your answers',
  returnToReview: 'Save and return to check your answers',

  // Setting step
  settingHeading: 'About this evaluation',
  useLegend: 'What is this evaluation for?',
  settingLegend: 'The setting being evaluated',
  settingName: 'Name of the setting',
  settingUrn: 'Unique reference number (URN)',
  settingUrnHint: 'The 6 or 7 digit number on Get Information about Schools. Leave blank if the setting does not have one.',
  settingType: 'Type of setting',
  settingTypeHint: 'For example, pupil referral unit, AP academy or independent provider.',
  settingLocalAuthority: 'Local authority',
  optional: '(optional)',

  // Questions
  evidenceItemTitle: 'Evidence {n}',
  evidenceItemReference: 'Where to find evidence {n}',
  evidenceItemReferenceHint: 'A document name, a location or a link.',
  addEvidence: 'Add evidence',
  removeEvidence: 'Remove evidence {n}',
  noEvidence: 'No evidence added yet.',

  // Area record
  areaRecordHeading: 'Your evaluation of this {area}',
  areaEvidence: 'Evidence seen',
  areaEvidenceHint: 'What you saw, read and heard that supports your judgement.',
  strengths: 'Strengths',
  strengthItem: 'Strength {n}',
  addStrength: 'Add a strength',
  removeStrength: 'Remove strength {n}',
  priorities: 'Priorities for improvement',
  priorityItem: 'Priority {n}',
  addPriority: 'Add a priority',
  removePriority: 'Remove priority {n}',
  noItems: 'None added yet.',

  // Descriptors and suggestion
  descriptorsHeading: 'Grade descriptors',
  descriptorsIntro: 'Use the descriptors as a best-fit aid to your professional judgement, not as a checklist to pass. Record which describe the setting; you can leave any you have no evidence for.',
  suggestionHeading: 'Suggested judgement',
  suggestionNone: 'No suggestion yet',
  suggestionReasons: 'Why this was suggested',
  suggestionAssessed: '{assessed} of {total} descriptors assessed so far.',
  suggestionNotEnoughEvidence: 'Not enough evidence yet to suggest a judgement.',
  suggestionNoRuleMatched: 'None of the rules applies to the descriptors checked so far.',
  suggestionNoRules: 'The judgement is yours: there are no rules to suggest one here.',
  suggestionAnnouncement: 'Suggested judgement for {area}: {level}.',
  suggestionAnnouncementNone: 'No judgement suggested for {area} yet.',
  descriptorLegendPrefix: '{level}:',
  descriptorSummary: '{met} met, {partly} partly met, {notMet} not met, {notAssessed} not assessed',

  // Judgement
  judgementLegend: 'Your judgement for {area}',
  judgementHint: 'The judgement is yours. The suggestion is there to help.',
  suggestedTag: 'suggested',
  rationale: 'Why did you make this judgement?',
  rationaleOptionalHint: 'Explain the judgement in a sentence or two.',
  rationaleRequiredHint: 'Your judgement differs from the suggested judgement ({level}), so explain why.',

  // Review
  reviewHeading: 'Check your answers before submitting',
  reviewIntro: 'Check every answer. Use the change links to go back to any answer.',
  change: 'Change',
  unansweredGroup: 'Not answered yet',
  unansweredShow: '{count, plural, one {Show the # answer still to give} other {Show the # answers still to give}}',
  changeHidden: ' {what}',
  submit: 'Submit evaluation',
  submittedHeading: 'Evaluation submitted',
  submittedBody: 'The evaluation of {setting} has been submitted.',
  downloadCopy: 'Download a copy of the evaluation (JSON)',
  readonlyNotice: 'This evaluation cannot be changed here.',

  // Errors
  errorSettingName: 'Enter the name of the setting',
  errorSettingUrn: 'Enter a URN of 6 or 7 digits, or leave it blank',
  errorUse: 'Choose what this evaluation is for',
  errorJudgement: 'Choose a judgement for {area}',
  errorRationale: 'Explain why your judgement for {area} differs from the suggested judgement',
  invalidForForm: 'The evaluation is not complete: {count, plural, one {# thing needs} other {# things need}} attention.',

  // Saving
  savedAt: 'Draft saved at {time}',
  resumedNotice: 'We found your draft from {time} and have put you back where you were.',
  storageFull: 'Your answers can no longer be saved in this browser because its storage is full.',
  storageUnavailable: 'Your answers cannot be saved in this browser because it does not allow this page to store data.',
  storageFailed: 'Your answers could not be saved.',
  storageAdvice: 'Keep this page open and download your draft so that nothing is lost.',
  downloadDraft: 'Download your draft',
  draftUnreadable: 'A draft saved earlier could not be read, so a new evaluation has been started.',
  downloadUnreadableDraft: 'Download the unreadable draft',
  migratedHeading: 'Your draft has been updated to a newer version',
  migratedBody: 'Your draft was started with version {from} of {framework}. It has been updated to version {to}.',
  migratedMoved: '{count, plural, one {# answer} other {# answers}} moved to their new place.',
  migratedNewlyUnanswered: '{count, plural, one {# new or changed question needs} other {# new or changed questions need}} an answer.',
  migratedCarriedOver: 'These answers have no place in version {to}. They are kept with the evaluation, and shown here so you can use them:',
  dismiss: 'Dismiss',

};

export type ApqStrings = typeof FORM_STRINGS;
