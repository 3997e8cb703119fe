// SPDX-License-Identifier: MIT
// summarise: completion by area and category, judgements beside suggestions, strengths and
// priorities, what a submission still needs (including a rationale where a judgement differs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { missingRationales, summarise, summaryCsv } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { formatProblem } from '../src/validate/problems.js';
import { validateEvaluation } from '../src/validate/validate.js';
import { CORE_DIR } from './helpers.js';

function example(frameworkId: string, id: string): Evaluation {
  const file = join(CORE_DIR, 'data/frameworks', frameworkId, 'examples', `${id}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation;
}

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;

describe('summarise: a toolkit self-evaluation in progress', () => {
  const evaluation = example('ap-quality-toolkit', 'self-evaluation-in-progress');
  const summary = summarise(toolkit, evaluation);
  const area = (id: string) => summary.categories.flatMap((c) => c.areas).find((a) => a.id === id)!;

  it('should count answered questions by area, category and overall', () => {
    assert.deepEqual(area('workforce-development-and-wellbeing').questions, { done: 3, total: 6, unanswered: ['workforce-development-and-wellbeing-q4', 'workforce-development-and-wellbeing-q5', 'workforce-development-and-wellbeing-q6'] });
    assert.deepEqual(summary.categories.map((c) => [c.id, c.questions.done, c.questions.total]), [
      ['community', 6, 39],
      ['curriculum', 14, 34],
      ['currency', 0, 38],
    ]);
    assert.deepEqual(summary.completion.questions, { done: 20, total: 111 });
    assert.deepEqual(summary.completion.judgements, { done: 2, total: 13 });
    assert.deepEqual(summary.completion.areas, { done: 0, total: 13 });
  });

  it('should not count whitespace as an answer', () => {
    const blank = structuredClone(evaluation);
    blank.answers['workforce-development-and-wellbeing-q1'] = { text: '   ' };
    assert.equal(summarise(toolkit, blank).completion.questions.done, 19);
  });

  it('should give judgements with labels, no suggestion for any area, and the distribution', () => {
    assert.deepEqual(area('attendance-and-engagement').judgement, { level: 'developing', label: 'Developing', rationale: null, carriedForward: false, differsFromSuggestion: false });
    assert.deepEqual(area('attendance-and-engagement').suggestion, { status: 'no-descriptors', level: null, label: null });
    assert.deepEqual(summary.judgements.map((j) => `${j.label} ${j.count}`), ['Embedded 0', 'Established 1', 'Developing 1', 'Emerging 0']);
  });

  it('should list strengths and priorities by area, with the actions per priority', () => {
    assert.deepEqual(summary.strengths.map((s) => s.area), ['workforce-development-and-wellbeing', 'workforce-development-and-wellbeing']);
    assert.deepEqual(summary.priorities.map((p) => [p.area, p.id, p.actions]), [
      ['pupil-induction', 'pi-referral-information', 1],
      ['attendance-and-engagement', 'ae-year-11', 1],
    ]);
    assert.deepEqual(area('attendance-and-engagement').actions, { total: 1, open: 1 });
  });

  it('should mark the focus areas of the use', () => {
    const commissioning = summarise(toolkit, { ...evaluation, use: 'commissioning' });
    const focus = commissioning.categories.flatMap((c) => c.areas).filter((a) => a.focus).map((a) => a.id);
    assert.deepEqual(focus, ['partnership-working', 'pupil-induction', 'attendance-and-engagement', 'supporting-pupils-needs', 'quality-of-education', 'appropriate-transition']);
    assert.ok(summary.categories.flatMap((c) => c.areas).every((a) => !a.focus), 'self-evaluation has no focus areas');
  });

  it('should list what submission still needs, by area, without the submission date', () => {
    assert.equal(summary.readyToSubmit, false);
    assert.equal(summary.missing.length, 11);
    assert.ok(summary.missing.every((p) => /^areas\.[a-z0-9-]+\.judgement\.level$/.test(p.path)));
    assert.deepEqual(area('pupil-induction').missing.map(formatProblem), ['areas.pupil-induction.judgement.level: choose a judgement for "Pupil induction"']);
  });
});

describe('summarise: a complete submission', () => {
  it('should be complete in every area and ready', () => {
    const summary = summarise(toolkit, example('ap-quality-toolkit', 'self-evaluation-complete'));
    assert.deepEqual(summary.completion.questions, { done: 111, total: 111 });
    assert.deepEqual(summary.completion.areas, { done: 13, total: 13 });
    assert.deepEqual(summary.missing, []);
    assert.equal(summary.readyToSubmit, true);
    assert.equal(summary.evaluation.useTitle, 'Self-evaluation');
  });
});

describe('summarise: Leicestershire', () => {
  it('should count descriptors assessed and leave strand 2 out of the judgements needed', () => {
    const summary = summarise(leicestershire, example('leicestershire-bp-qa', 'not-enough-evidence'));
    assert.deepEqual(summary.completion.descriptors, { done: 20, total: 98 });
    assert.deepEqual(summary.completion.judgements, { done: 0, total: 4 });
    assert.deepEqual(summary.completion.areas, { done: 0, total: 4 });
    const strand2 = summary.categories[0]!.areas[1]!;
    assert.equal(strand2.status, 'not-yet-written');
    assert.equal(strand2.suggestion.status, 'not-yet-written');
    assert.deepEqual(strand2.missing, []);
  });

  it('should flag a judgement that differs from its suggestion', () => {
    const summary = summarise(leicestershire, example('leicestershire-bp-qa', 'mixed-with-rationale'));
    const outcomes = summary.categories[0]!.areas.find((a) => a.id === 'outcomes-for-pupils')!;
    assert.equal(outcomes.judgement.differsFromSuggestion, true);
    assert.equal(outcomes.suggestion.label, 'Requires improvement');
    assert.match(outcomes.judgement.rationale ?? '', /provisional results/);
    assert.deepEqual(summary.missing, []);
  });
});

describe('a judgement that differs from the suggestion needs a rationale', () => {
  const mixed = example('leicestershire-bp-qa', 'mixed-with-rationale');
  const withoutRationale = structuredClone(mixed);
  delete withoutRationale.areas['outcomes-for-pupils']!.judgement!.rationale;
  const expected = 'areas.outcomes-for-pupils.judgement.rationale: explain why the judgement for "Outcomes for Pupils" (Good) differs from the suggested level (Requires improvement)';

  it('should be refused by validation once submitted', () => {
    const result = validateEvaluation(withoutRationale, bundledCatalogue);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [expected]);
  });

  it('should count a rationale of spaces as none', () => {
    const spaces = structuredClone(mixed);
    spaces.areas['outcomes-for-pupils']!.judgement!.rationale = '  ';
    assert.deepEqual(missingRationales(spaces, leicestershire).map(formatProblem), [expected]);
  });

  it('should be listed as still needed in a draft, which validation accepts', () => {
    const draft = { ...withoutRationale, status: 'draft' as const };
    delete draft.submittedAt;
    assert.equal(validateEvaluation(draft, bundledCatalogue).ok, true);
    assert.deepEqual(summarise(leicestershire, draft).missing.map(formatProblem), [expected]);
  });

  it('should not be needed where the judgement agrees, or where there is no suggested level', () => {
    const agrees = structuredClone(withoutRationale);
    agrees.areas['outcomes-for-pupils']!.judgement!.level = 'requires-improvement';
    assert.deepEqual(missingRationales(agrees, leicestershire), []);
    const noEvidence = structuredClone(example('leicestershire-bp-qa', 'not-enough-evidence'));
    noEvidence.areas['attendance'] = { judgement: { level: 'good' } };
    assert.deepEqual(missingRationales(noEvidence, leicestershire), []);
    const toolkitJudged = example('ap-quality-toolkit', 'self-evaluation-in-progress');
    assert.deepEqual(missingRationales(toolkitJudged, toolkit), []);
  });
});

describe('summaryCsv', () => {
  it('should write one row per area with the agreed columns', () => {
    const csv = summaryCsv(summarise(toolkit, example('ap-quality-toolkit', 'self-evaluation-in-progress'))).split('\n');
    assert.equal(csv[0], 'Category,Area number,Area,Questions answered,Questions total,Judgement,Suggested,Strengths,Priorities');
    assert.equal(csv.length, 14);
    assert.equal(csv[1], 'Community,1,Workforce development and wellbeing,3,6,Established,no descriptors,2,0');
    assert.equal(csv[7], 'Curriculum,7,Supporting pupils\' needs,8,16,,no descriptors,0,0');
  });

  it('should quote commas and keep a leading = from running as a formula', () => {
    const summary = summarise(leicestershire, example('leicestershire-bp-qa', 'good-partnership'));
    summary.categories[0]!.areas[0]!.title = '=HYPERLINK("x"), attendance';
    const row = summaryCsv(summary).split('\n')[1]!;
    assert.equal(row, 'The five strands,1,"\'=HYPERLINK(""x""), attendance",0,0,Good,Good,0,0');
  });
});
