// SPDX-License-Identifier: MIT
// submissionProblems: the one definition of what stops an evaluation being submitted, which
// validation (missingForSubmission), summarise, finalise and the form all use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type AreaSuggestion, init, missingRationales, submissionProblems, suggestArea, summarise } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { indexFramework } from '../src/model/framework-index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { missingForSubmission } from '../src/validate/evaluation-checks.js';
import { CORE_DIR, assertCodes } from './helpers.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const toolkit1 = bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;
const NOW = new Date('2026-11-23T09:00:00Z');

function example(frameworkId: string, id: string): Evaluation {
  const file = join(CORE_DIR, 'data/frameworks', frameworkId, 'examples', `${id}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation;
}

const paths = (problems: ReadonlyArray<{ path: string }>) => problems.map((p) => p.path);
const areasOf = (framework: typeof toolkit) => framework.categories.flatMap((c) => c.areas);

/** Good partnership, with attendance judged outstanding where good is suggested, and no rationale. */
function differing(): Evaluation {
  const evaluation = structuredClone(example('leicestershire-bp-qa', 'good-partnership'));
  evaluation.areas.attendance!.judgement = { level: 'outstanding', suggestedLevel: 'good' };
  return evaluation;
}

describe('submissionProblems', () => {
  it('should list what a new draft lacks in the order a form shows it: use, name, then each judgement in framework order', () => {
    const problems = assertCodes(submissionProblems(toolkit, init(toolkit, undefined, { now: NOW, id: 'e1' })));
    assert.deepEqual(paths(problems), ['use', 'setting.name', ...areasOf(toolkit).map((a) => `areas.${a.id}.judgement.level`)]);
    assert.deepEqual(problems.slice(0, 3), [
      { path: 'use', message: 'choose what this evaluation is for', code: 'use-missing' },
      { path: 'setting.name', message: 'enter the name of the setting', code: 'setting-name-missing' },
      {
        path: 'areas.workforce-development-and-wellbeing.judgement.level',
        message: 'choose a judgement for "Workforce development and wellbeing"',
        code: 'judgement-missing',
        params: { area: 'workforce-development-and-wellbeing', number: 1 },
      },
    ]);
  });

  it('should be empty for a complete evaluation', () => {
    assert.deepEqual(submissionProblems(leicestershire, example('leicestershire-bp-qa', 'good-partnership')), []);
    assert.deepEqual(submissionProblems(toolkit, example('ap-quality-toolkit', 'self-evaluation-complete')), []);
  });

  it('should need no use where the framework has none, and no judgement of an area not yet written', () => {
    const problems = submissionProblems(leicestershire, init(leicestershire, undefined, { now: NOW, id: 'e1' }));
    assert.deepEqual(paths(problems), [
      'setting.name',
      'areas.attendance.judgement.level',
      'areas.quality-of-provision.judgement.level',
      'areas.outcomes-for-pupils.judgement.level',
      'areas.leadership-and-management.judgement.level',
    ]);
    assert.deepEqual(problems[2]!.params, { area: 'quality-of-provision', number: 3 });
  });

  it('should need no judgement where the framework has no judgement scale (toolkit 1.0.0)', () => {
    assert.deepEqual(paths(submissionProblems(toolkit1, init(toolkit1, undefined, { now: NOW, id: 'e1' }))), ['setting.name']);
  });

  it('should refuse a URN that is not 6 or 7 digits once trimmed, and accept none at all', () => {
    const complete = example('leicestershire-bp-qa', 'good-partnership');
    const urn = (value: string) => submissionProblems(leicestershire, { ...complete, setting: { ...complete.setting, urn: value } });
    assert.deepEqual(urn('12345'), [
      { path: 'setting.urn', message: 'must be a unique reference number of 6 or 7 digits, got "12345"', code: 'urn-invalid', params: { value: '12345' } },
    ]);
    assert.deepEqual(paths(urn('12345678')), ['setting.urn']);
    assert.deepEqual(paths(urn('abcdef')), ['setting.urn']);
    assert.deepEqual(urn(' 123456 '), []);
    assert.deepEqual(urn('1234567'), []);
    assert.deepEqual(urn('   '), []);
    assert.deepEqual(urn(''), []);
  });

  it('should place the URN after the name and before the judgements', () => {
    const evaluation = { ...init(toolkit, undefined, { now: NOW, id: 'e1' }), setting: { urn: '12' } };
    assert.deepEqual(paths(submissionProblems(toolkit, evaluation)).slice(0, 4), ['use', 'setting.name', 'setting.urn', 'areas.workforce-development-and-wellbeing.judgement.level']);
  });

  it('should need a rationale where a judgement differs from the suggested level, in place of the area', () => {
    const evaluation = differing();
    assert.deepEqual(submissionProblems(leicestershire, evaluation), [
      {
        path: 'areas.attendance.judgement.rationale',
        message: 'explain why the judgement for "Attendance" (Outstanding) differs from the suggested level (Good)',
        code: 'rationale-missing',
        params: { area: 'attendance', number: 1, level: 'outstanding', suggestedLevel: 'good' },
      },
    ]);
    evaluation.areas.attendance!.judgement!.rationale = ' \n ';
    assert.equal(submissionProblems(leicestershire, evaluation).length, 1, 'whitespace is no rationale');
    evaluation.areas.attendance!.judgement!.rationale = 'Attendance has risen every term.';
    assert.deepEqual(submissionProblems(leicestershire, evaluation), []);
  });

  it('should trust the suggestion it recomputes, not a stale suggestedLevel stored in the evaluation', () => {
    const evaluation = differing();
    evaluation.areas.attendance!.judgement!.suggestedLevel = 'outstanding';
    assert.deepEqual(paths(submissionProblems(leicestershire, evaluation)), ['areas.attendance.judgement.rationale']);
  });

  it('should take the suggestions a caller has memoised, asking only where a judgement lacks a rationale', () => {
    const evaluation = example('leicestershire-bp-qa', 'good-partnership');
    const asked: string[] = [];
    const suggestion = (areaId: string): AreaSuggestion => {
      asked.push(areaId);
      return { ...suggestArea(leicestershire, evaluation, areaId), level: 'requires-improvement', label: 'Requires improvement' };
    };
    const problems = submissionProblems(leicestershire, evaluation, { suggestion });
    assert.deepEqual(asked, ['attendance', 'quality-of-provision', 'outcomes-for-pupils', 'leadership-and-management']);
    assert.deepEqual(paths(problems), asked.map((id) => `areas.${id}.judgement.rationale`));
    assert.equal(problems[0]!.params?.suggestedLevel, 'requires-improvement');
  });

  it('should be what missingForSubmission, missingRationales and summarise report', () => {
    const { submittedAt: _submitted, ...rest } = differing();
    const evaluation: Evaluation = { ...rest, setting: { urn: '999' } };
    const problems = submissionProblems(leicestershire, evaluation);
    assert.deepEqual(paths(problems), ['setting.name', 'setting.urn', 'areas.attendance.judgement.rationale']);
    const missing = missingForSubmission(evaluation, indexFramework(leicestershire));
    assert.deepEqual(missing, [
      ...problems,
      { path: 'submittedAt', message: 'a submitted evaluation needs the date it was submitted', code: 'submitted-at-missing' },
    ]);
    assert.deepEqual(missingForSubmission(evaluation, indexFramework(leicestershire), { rationales: false }).map((p) => p.code), [
      'setting-name-missing',
      'urn-invalid',
      'submitted-at-missing',
    ]);
    assert.deepEqual(missingRationales(evaluation, leicestershire), problems.slice(2));
    const summary = summarise(leicestershire, { ...evaluation, status: 'draft' });
    assert.deepEqual(summary.missing, problems);
    assert.equal(summary.readyToSubmit, false);
  });
});
