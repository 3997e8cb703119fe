// SPDX-License-Identifier: MIT
// areaProgress, settingProgress and evaluationProgress: the one definition of how far an
// evaluation has got, which summarise and every element use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  type AreaSuggestion,
  areaProgress,
  evaluationProgress,
  init,
  settingProgress,
  suggestArea,
  summarise,
} from '../src/engine/index.js';
import { requireCompiled } from '../src/engine/compile.js';
import { progressStatusOf, progressStatusesOf } from '../src/engine/progress.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Answer, Evaluation } from '../src/schema/evaluation.js';
import { ApqError } from '../src/validate/problems.js';
import { CORE_DIR } from './helpers.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const toolkit1 = bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;
const NOW = new Date('2026-11-23T09:00:00Z');

function example(frameworkId: string, id: string): Evaluation {
  const file = join(CORE_DIR, 'data/frameworks', frameworkId, 'examples', `${id}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation;
}

function draft(framework = leicestershire, parts: Partial<Evaluation> = {}): Evaluation {
  return { ...init(framework, undefined, { now: NOW, id: 'e1' }), ...parts };
}

const attendanceIds = () => leicestershire.categories.flatMap((c) => c.areas).find((a) => a.id === 'attendance')!.descriptors!.levels.flatMap((l) => l.descriptors.map((d) => d.id));
const questionsOf = (areaId: string) => {
  const area = toolkit.categories.flatMap((c) => c.areas).find((a) => a.id === areaId)!;
  return [...area.questions, ...area.subAreas.flatMap((s) => s.questions)];
};
const questionIds = (areaId: string) => questionsOf(areaId).map((q) => q.id);
/** An answer that holds what the question asks for. */
const answerFor = (kind: string): Answer =>
  kind === 'rating' ? { level: 'established' } : kind === 'yes-partly-no' ? { response: 'yes' } : { text: 'Done.' };

describe('areaProgress', () => {
  it('should be not-applicable, with nothing counted or required, for an area not yet written', () => {
    assert.deepEqual(areaProgress(leicestershire, draft(), 'referral-assessment-and-provision-planning'), {
      status: 'not-applicable',
      questions: { done: 0, total: 0 },
      descriptors: { done: 0, total: 0 },
      judgement: { required: false, made: false, rationaleNeeded: false },
      started: false,
    });
  });

  it('should be not-started when nothing is recorded', () => {
    assert.deepEqual(areaProgress(leicestershire, draft(), 'attendance'), {
      status: 'not-started',
      questions: { done: 0, total: 0 },
      descriptors: { done: 0, total: 16 },
      judgement: { required: true, made: false, rationaleNeeded: false },
      started: false,
    });
  });

  it('should be in-progress with 12 descriptors checked and no judgement (Leicestershire)', () => {
    const checks = Object.fromEntries(attendanceIds().slice(0, 12).map((id) => [id, 'met' as const]));
    const progress = areaProgress(leicestershire, draft(leicestershire, { checks }), 'attendance');
    assert.equal(progress.status, 'in-progress');
    assert.deepEqual(progress.descriptors, { done: 12, total: 16 });
    assert.deepEqual(progress.judgement, { required: true, made: false, rationaleNeeded: false });
    assert.equal(progress.started, true);
  });

  it('should count only descriptors checked as something other than not-assessed', () => {
    const [a, b] = attendanceIds();
    const progress = areaProgress(leicestershire, draft(leicestershire, { checks: { [a!]: 'not-assessed', [b!]: 'not-met' } }), 'attendance');
    assert.deepEqual(progress.descriptors, { done: 1, total: 16 });
  });

  it('should be completed when the judgement agrees with the suggestion', () => {
    const evaluation = example('leicestershire-bp-qa', 'good-partnership');
    const progress = areaProgress(leicestershire, evaluation, 'attendance');
    assert.equal(progress.status, 'completed');
    assert.deepEqual(progress.judgement, { required: true, made: true, rationaleNeeded: false });
  });

  it('should stay in-progress while a judgement that differs from the suggestion has no rationale', () => {
    const evaluation = structuredClone(example('leicestershire-bp-qa', 'good-partnership'));
    evaluation.areas.attendance!.judgement = { level: 'outstanding' };
    assert.equal(suggestArea(leicestershire, evaluation, 'attendance').level, 'good');
    const missing = areaProgress(leicestershire, evaluation, 'attendance');
    assert.equal(missing.status, 'in-progress');
    assert.deepEqual(missing.judgement, { required: true, made: true, rationaleNeeded: true });
    evaluation.areas.attendance!.judgement.rationale = '   ';
    assert.equal(areaProgress(leicestershire, evaluation, 'attendance').judgement.rationaleNeeded, true, 'whitespace is no rationale');
    evaluation.areas.attendance!.judgement.rationale = 'The attendance officer’s records show more than the checklist.';
    assert.equal(areaProgress(leicestershire, evaluation, 'attendance').status, 'completed');
  });

  it('should need no rationale where nothing is suggested (not enough evidence)', () => {
    const evaluation = draft(leicestershire, { areas: { attendance: { judgement: { level: 'good' } } } });
    assert.equal(suggestArea(leicestershire, evaluation, 'attendance').status, 'not-enough-evidence');
    const progress = areaProgress(leicestershire, evaluation, 'attendance');
    assert.equal(progress.status, 'completed');
    assert.deepEqual(progress.judgement, { required: true, made: true, rationaleNeeded: false });
  });

  it('should use the suggestion it is given rather than compute one', () => {
    const evaluation = example('leicestershire-bp-qa', 'good-partnership');
    const computed = suggestArea(leicestershire, evaluation, 'attendance');
    const given: AreaSuggestion = { ...computed, level: 'outstanding', label: 'Outstanding' };
    assert.equal(areaProgress(leicestershire, evaluation, 'attendance', computed).status, 'completed');
    assert.equal(areaProgress(leicestershire, evaluation, 'attendance', given).judgement.rationaleNeeded, true);
  });

  it('should need every question answered and a judgement (toolkit 2.0.0)', () => {
    const ids = questionIds('pupil-induction');
    const answers = Object.fromEntries(questionsOf('pupil-induction').map((q) => [q.id, answerFor(q.answer)]));
    const allAnswered = draft(toolkit, { answers });
    assert.deepEqual(areaProgress(toolkit, allAnswered, 'pupil-induction'), {
      status: 'in-progress',
      questions: { done: ids.length, total: ids.length },
      descriptors: { done: 0, total: 0 },
      judgement: { required: true, made: false, rationaleNeeded: false },
      started: true,
    });
    const judged = { ...allAnswered, areas: { 'pupil-induction': { judgement: { level: 'established' } } } };
    assert.equal(areaProgress(toolkit, judged, 'pupil-induction').status, 'completed');
    const oneShort = { ...judged, answers: { ...answers, [ids[0]!]: { text: '  ' } } };
    assert.equal(questionsOf('pupil-induction')[0]!.answer, 'reflection');
    const progress = areaProgress(toolkit, oneShort, 'pupil-induction');
    assert.equal(progress.status, 'in-progress');
    assert.deepEqual(progress.questions, { done: ids.length - 1, total: ids.length });
  });

  it('should count as started anything recorded, but not whitespace', () => {
    const started = (parts: Partial<Evaluation>) => areaProgress(toolkit, draft(toolkit, parts), 'pupil-induction').status;
    const q = questionIds('pupil-induction')[0]!;
    assert.equal(started({ answers: { [q]: { text: '   ' } } }), 'not-started');
    assert.equal(started({ areas: { 'pupil-induction': { evidence: ' ', strengths: [''], priorities: [{ id: 'p1', text: ' ' }] } } }), 'not-started');
    assert.equal(started({ answers: { [q]: { text: 'Yes' } } }), 'in-progress');
    assert.equal(started({ answers: { [q]: { evidence: [{ title: 'Induction pack' }] } } }), 'in-progress');
    assert.equal(started({ areas: { 'pupil-induction': { evidence: 'Seen the pack.' } } }), 'in-progress');
    assert.equal(started({ areas: { 'pupil-induction': { strengths: ['Key adults'] } } }), 'in-progress');
    assert.equal(started({ areas: { 'pupil-induction': { priorities: [{ id: 'p1', text: 'Faster' }] } } }), 'in-progress');
    assert.equal(started({ areas: { 'pupil-induction': { judgement: { level: null, rationale: 'Waiting for the visit.' } } } }), 'in-progress');
    assert.equal(started({ areas: { 'pupil-induction': { judgement: { level: 'emerging' } } } }), 'in-progress');
  });

  it('should complete an area that asks for nothing once anything is recorded (toolkit 1.0.0)', () => {
    const empty = draft(toolkit1);
    assert.equal(areaProgress(toolkit1, empty, 'pupil-induction').status, 'not-started');
    const blank = { ...empty, areas: { 'pupil-induction': { evidence: '  ' } } };
    assert.equal(areaProgress(toolkit1, blank, 'pupil-induction').status, 'not-started');
    const noted = { ...empty, areas: { 'pupil-induction': { evidence: 'Induction meetings with every family.' } } };
    assert.deepEqual(areaProgress(toolkit1, noted, 'pupil-induction'), {
      status: 'completed',
      questions: { done: 0, total: 0 },
      descriptors: { done: 0, total: 0 },
      judgement: { required: false, made: false, rationaleNeeded: false },
      started: true,
    });
  });

  it('should throw an ApqError for an area the framework does not have', () => {
    assert.throws(() => areaProgress(leicestershire, draft(), 'nowhere'), ApqError);
    assert.throws(() => areaProgress(leicestershire, draft(), 'constructor'), ApqError);
  });
});

describe('progressStatusesOf (every area in one pass, for aggregating)', () => {
  const compiled = () => requireCompiled(toolkit).areaList;
  const statusesOneByOne = (evaluation: Evaluation) => compiled().map((c) => progressStatusOf(toolkit, evaluation, c.area.id));

  it('should give what progressStatusOf gives area by area, for the worked examples', () => {
    for (const file of ['self-evaluation-complete', 'self-evaluation-in-progress']) {
      const evaluation = example('ap-quality-toolkit', file);
      assert.deepEqual(progressStatusesOf(toolkit, evaluation), statusesOneByOne(evaluation));
    }
    const answered = draft(toolkit, { answers: Object.fromEntries(questionsOf(compiled()[0]!.area.id).map((q) => [q.id, { text: 'Done', response: 'yes' as const, level: 'x', evidence: [{ title: 'Minutes' }] }])) });
    assert.deepEqual(progressStatusesOf(toolkit, answered), statusesOneByOne(answered));
  });

  it('should not count an answer an evaluation only inherits, even when Object.prototype has been given one', () => {
    const areaId = compiled()[0]!.area.id;
    const [first, ...rest] = questionsOf(areaId);
    // Every question of the first area answered but one, which the answers only inherit.
    const own = Object.fromEntries(rest.map((q) => [q.id, { text: 'Done', response: 'yes' as const, level: 'x', evidence: [{ title: 'Minutes' }] }]));
    // Judged with a reason: the area is completed exactly when every question is answered.
    const level = toolkit.scales.find((sc) => sc.id === toolkit.judgementScale)!.levels[0]!.id;
    const areas = { [areaId]: { judgement: { level, rationale: 'Seen in the termly review.' } } };
    const inheriting = draft(toolkit, { areas, answers: Object.assign(Object.create({ [first!.id]: { text: 'Inherited' } }), own) });
    assert.deepEqual(progressStatusesOf(toolkit, inheriting), statusesOneByOne(inheriting));
    assert.equal(progressStatusesOf(toolkit, inheriting)[0], 'in-progress');
    const plain = draft(toolkit, { areas, answers: own });
    const before = progressStatusesOf(toolkit, plain);
    assert.equal(before[0], 'in-progress');
    assert.equal(progressStatusesOf(toolkit, draft(toolkit, { areas, answers: { ...own, [first!.id]: { text: 'Own' } } }))[0], 'completed');
    const prototype = Object.prototype as Record<string, unknown>;
    prototype[first!.id] = { text: 'Inherited' };
    try {
      assert.deepEqual(progressStatusesOf(toolkit, plain), statusesOneByOne(plain));
      assert.deepEqual(progressStatusesOf(toolkit, plain), before, 'what Object.prototype holds is not the evaluation\'s');
    } finally {
      delete prototype[first!.id];
    }
  });
});

describe('settingProgress', () => {
  it('should be not-started with nothing filled in, whitespace included', () => {
    assert.equal(settingProgress(toolkit, draft(toolkit)), 'not-started');
    assert.equal(settingProgress(toolkit, draft(toolkit, { setting: { name: '  ' } })), 'not-started');
  });

  it('should be in-progress once anything is filled in', () => {
    assert.equal(settingProgress(toolkit, draft(toolkit, { setting: { type: 'Pupil referral unit' } })), 'in-progress');
    assert.equal(settingProgress(toolkit, draft(toolkit, { setting: { localAuthority: 'Blackpool' } })), 'in-progress');
    assert.equal(settingProgress(toolkit, draft(toolkit, { use: 'self-evaluation' })), 'in-progress');
    assert.equal(settingProgress(toolkit, draft(toolkit, { setting: { name: 'Riverside' } })), 'in-progress', 'the toolkit needs a use');
  });

  it('should be completed with a name and a use, and stay in-progress while the URN is not 6 or 7 digits', () => {
    const named = draft(toolkit, { use: 'self-evaluation', setting: { name: 'Riverside' } });
    assert.equal(settingProgress(toolkit, named), 'completed');
    assert.equal(settingProgress(toolkit, { ...named, setting: { ...named.setting, urn: '12345' } }), 'in-progress');
    assert.equal(settingProgress(toolkit, { ...named, setting: { ...named.setting, urn: ' 1234567 ' } }), 'completed');
  });

  it('should need no use where the framework has none', () => {
    assert.equal(settingProgress(leicestershire, draft(leicestershire, { setting: { name: 'Fernhill' } })), 'completed');
  });
});

describe('evaluationProgress', () => {
  it('should count the completed areas of the written ones', () => {
    assert.deepEqual(evaluationProgress(leicestershire, draft()), { areas: { done: 0, total: 4 } });
    assert.deepEqual(evaluationProgress(leicestershire, example('leicestershire-bp-qa', 'good-partnership')), { areas: { done: 4, total: 4 } });
    assert.deepEqual(evaluationProgress(toolkit, example('ap-quality-toolkit', 'self-evaluation-complete')), { areas: { done: 13, total: 13 } });
  });
});

describe('summarise uses areaProgress', () => {
  it('should give each area its progress, and call it complete only when areaProgress does', () => {
    const evaluation = structuredClone(example('leicestershire-bp-qa', 'good-partnership'));
    evaluation.areas.attendance!.judgement = { level: 'outstanding' };
    const summary = summarise(leicestershire, evaluation);
    for (const area of summary.categories.flatMap((c) => c.areas)) {
      const progress = areaProgress(leicestershire, evaluation, area.id);
      assert.deepEqual(area.progress, progress, area.id);
      assert.equal(area.complete, progress.status === 'completed', area.id);
      assert.equal(area.descriptors.done, progress.descriptors.done, area.id);
    }
    const attendance = summary.categories.flatMap((c) => c.areas).find((a) => a.id === 'attendance')!;
    assert.equal(attendance.complete, false, 'a judgement that differs with no rationale is not complete');
    assert.deepEqual(summary.completion.areas, evaluationProgress(leicestershire, evaluation).areas);
    assert.deepEqual(summary.completion.areas, { done: 3, total: 4 });
  });
});
