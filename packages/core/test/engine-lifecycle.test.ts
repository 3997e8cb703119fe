// SPDX-License-Identifier: MIT
// An evaluation's life: init starts one, copyForward starts the next from the last, compare says
// what changed between two of one setting.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compare, copyForward, init, sameSetting, settingKey, summarise } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { ApqError, formatProblem } from '../src/validate/problems.js';
import { validateEvaluation } from '../src/validate/validate.js';
import { CORE_DIR } from './helpers.js';

function example(frameworkId: string, id: string): Evaluation {
  const file = join(CORE_DIR, 'data/frameworks', frameworkId, 'examples', `${id}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation;
}

function assertValid(evaluation: Evaluation): void {
  const result = validateEvaluation(evaluation, bundledCatalogue);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
}

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;
const NOW = new Date('2027-04-01T08:00:00Z');

describe('init', () => {
  it('should make a valid, empty draft of every bundled framework version', () => {
    for (const framework of bundledCatalogue.list()) {
      const evaluation = init(framework);
      assertValid(evaluation);
      assert.equal(evaluation.status, 'draft');
      assert.deepEqual(evaluation.framework, { id: framework.id, version: framework.version });
      assert.deepEqual([evaluation.answers, evaluation.checks, evaluation.areas, evaluation.actions, evaluation.carriedOver], [{}, {}, {}, [], []]);
    }
  });

  it('should take its time and id from the caller, or make a fresh UUID', () => {
    const fixed = init(toolkit, 'commissioning', { now: NOW, id: 'eval-42' });
    assert.deepEqual([fixed.id, fixed.createdAt, fixed.updatedAt, fixed.use], ['eval-42', '2027-04-01T08:00:00.000Z', '2027-04-01T08:00:00.000Z', 'commissioning']);
    const a = init(toolkit);
    const b = init(toolkit);
    assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a.id, b.id);
  });

  it('should refuse a use the framework does not have', () => {
    assert.throws(() => init(toolkit, 'inspection'), (e: unknown) => e instanceof ApqError && /unknown use "inspection" of ap-quality-toolkit@2\.0\.0 \(self-evaluation, /.test(e.message));
    assert.throws(() => init(leicestershire, 'self-evaluation'), /it names no uses/);
  });
});

describe('copyForward', () => {
  const previous = example('ap-quality-toolkit', 'self-evaluation-complete');
  const next = copyForward(previous, { now: NOW, id: 'next-term' });

  it('should start a valid draft with a new id and fresh dates', () => {
    assertValid(next);
    assert.deepEqual([next.id, next.status, next.createdAt, next.updatedAt, next.submittedAt], ['next-term', 'draft', NOW.toISOString(), NOW.toISOString(), undefined]);
  });

  it('should carry answers, evidence, strengths, priorities, open actions, setting and use', () => {
    assert.deepEqual(next.answers, previous.answers);
    // Open actions, with their history, to confirm; done and dropped ones stay in the previous evaluation.
    assert.deepEqual(
      next.actions,
      previous.actions.filter((a) => a.status === 'not-started' || a.status === 'in-progress').map((a) => ({ ...a, carriedForward: true })),
    );
    assert.ok(next.actions.length > 0 && next.actions.length < previous.actions.length);
    assert.deepEqual(next.setting, previous.setting);
    assert.equal(next.use, previous.use);
    for (const [id, record] of Object.entries(previous.areas)) {
      assert.equal(next.areas[id]?.evidence, record.evidence);
      assert.deepEqual(next.areas[id]?.strengths, record.strengths);
      assert.deepEqual(next.areas[id]?.priorities, record.priorities);
    }
  });

  it('should carry each judgement as a proposal to confirm', () => {
    const before = previous.areas['research-and-innovation']!.judgement!;
    const after = next.areas['research-and-innovation']!.judgement!;
    assert.deepEqual(after, { level: before.level, carriedForward: true });
    assert.equal(summarise(toolkit, next).categories[0]!.areas[3]!.judgement.carriedForward, true);
  });

  it('should keep descriptor checks and carried-over items, and leave the previous evaluation untouched', () => {
    const leic = example('leicestershire-bp-qa', 'mixed-with-rationale');
    const copy = copyForward(leic, { now: NOW });
    assert.deepEqual(copy.checks, leic.checks);
    assert.equal(copy.areas['outcomes-for-pupils']!.judgement!.rationale, leic.areas['outcomes-for-pupils']!.judgement!.rationale);
    assertValid(copy);
    copy.areas['attendance']!.strengths!.push('changed');
    assert.equal(leic.areas['attendance']!.strengths!.length, 1);
    assert.equal(leic.status, 'submitted');
  });
});

describe('compare', () => {
  const previous = example('ap-quality-toolkit', 'self-evaluation-in-progress');
  const current = example('ap-quality-toolkit', 'self-evaluation-complete');
  const result = compare(previous, current, bundledCatalogue);
  const area = (id: string) => result.areas.find((a) => a.area === id)!;

  it('should compare every area of the current framework, in order, for the same setting', () => {
    assert.equal(result.areas.length, 13);
    assert.equal(result.sameSetting, true);
    assert.equal(result.sameFrameworkVersion, true);
    assert.deepEqual(result.warnings, []);
  });

  it('should tell first judgements from unchanged ones, and count them', () => {
    assert.equal(area('attendance-and-engagement').judgement.direction, 'unchanged');
    assert.equal(area('home-and-family-engagement').judgement.direction, 'first-judged');
    assert.equal(result.totals['first-judged'], 11);
    assert.equal(result.totals.unchanged, 2);
  });

  it('should list answers added, strengths and priorities added or removed, and action status changes', () => {
    const induction = area('pupil-induction');
    assert.deepEqual(induction.answers.added, ['pupil-induction-q4', 'pupil-induction-q5', 'pupil-induction-q6']);
    assert.deepEqual(induction.priorities.removed.map((p) => p.id), ['pi-referral-information']);
    assert.deepEqual(induction.actions, [{ id: 'pi-referral-form', what: 'Draft a referral form and take it to the fair access panel.', previous: 'not-started', current: null }]);
    assert.deepEqual(area('attendance-and-engagement').actions.map((a) => `${a.id}:${a.previous}->${a.current}`), ['ae-year-11-mentors:in-progress->done']);
    assert.deepEqual(area('attendance-and-engagement').priorities.kept.map((p) => p.id), ['ae-year-11']);
  });

  it('should give improvement and decline as steps on the scale', () => {
    const better = copyForward(current, { now: NOW });
    better.areas['research-and-innovation']!.judgement = { level: 'embedded' };
    better.areas['home-and-family-engagement']!.judgement = { level: 'emerging' };
    const c = compare(current, better, [toolkit]);
    const r = c.areas.find((a) => a.area === 'research-and-innovation')!;
    assert.deepEqual([r.judgement.direction, r.judgement.steps, r.judgement.previousLabel, r.judgement.currentLabel], ['improved', 2, 'Developing', 'Embedded']);
    const h = c.areas.find((a) => a.area === 'home-and-family-engagement')!;
    assert.deepEqual([h.judgement.direction, h.judgement.steps], ['declined', -3]);
    const unchanged = c.areas.find((a) => a.area === 'qualifications')!;
    assert.equal(unchanged.changed, false);
  });

  it('should follow descriptor checks and suggestions in Leicestershire', () => {
    const before = example('leicestershire-bp-qa', 'not-enough-evidence');
    const after = example('leicestershire-bp-qa', 'outstanding-partnership');
    const c = compare(before, after, bundledCatalogue);
    const attendance = c.areas.find((a) => a.area === 'attendance')!;
    assert.deepEqual(attendance.suggestion, { previous: { status: 'not-enough-evidence', level: null }, current: { status: 'suggested', level: 'outstanding' } });
    assert.ok(attendance.checks.some((x) => x.descriptor === 'attendance-4-1' && x.previous === 'not-assessed' && x.current === 'not-met'));
    assert.equal(c.sameSetting, true);
  });

  it('should warn, not refuse, when the settings or the order differ', () => {
    const other = example('leicestershire-bp-qa', 'good-partnership');
    const first = example('leicestershire-bp-qa', 'outstanding-partnership');
    const c = compare(other, first, bundledCatalogue);
    assert.equal(c.sameSetting, false);
    assert.ok(c.warnings.some((w) => w.includes('do not name the same setting')));
    assert.ok(c.warnings.some((w) => w.includes('last updated before')));
  });

  it('should tell settings apart by a URN only when it is 6 or 7 digits once trimmed', () => {
    const at = (setting: Evaluation['setting']) => ({ id: 'e', setting });
    assert.equal(settingKey(at({ urn: ' 123456 ', name: 'A' })), 'urn:123456');
    assert.equal(settingKey(at({ urn: '12345', name: 'Alder  House', localAuthority: 'North' })), 'name:alder house|north');
    assert.equal(settingKey(at({ urn: '  ' })), 'evaluation:e');
    assert.equal(sameSetting({ urn: '123456' }, { urn: '123456 ' }), true);
    assert.equal(sameSetting({ urn: '12345', name: 'Alder House' }, { urn: '123456', name: 'alder house' }), true, 'a partial URN does not count');
    assert.equal(sameSetting({ urn: '123456', name: 'A' }, { urn: '654321', name: 'A' }), false);
  });

  it('should match areas by id across framework versions and keep areas the newer version lacks', () => {
    const older = { ...init(toolkit, undefined, { now: NOW }), framework: { id: 'ap-quality-toolkit', version: '1.0.0' } };
    older.areas['retired-area'] = { strengths: ['Kept from long ago'] };
    const c = compare(older, current, bundledCatalogue);
    assert.ok(c.warnings.some((w) => w.includes('different versions of ap-quality-toolkit (1.0.0, 2.0.0)')));
    const retired = c.areas.at(-1)!;
    assert.deepEqual([retired.area, retired.inCurrentFramework, retired.strengths.removed], ['retired-area', false, ['Kept from long ago']]);
  });

  it('should refuse when the current evaluation\'s framework version is not given', () => {
    assert.throws(() => compare(previous, current, [leicestershire]), /framework ap-quality-toolkit@2\.0\.0 of the current evaluation is not available/);
  });
});
