// SPDX-License-Identifier: MIT
// The immutable edit helpers: each returns a new evaluation stamped with the clock it is given,
// never changes its input, and keeps no empty strings, lists or objects.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  type AreaSuggestion,
  finalise,
  init,
  submissionProblems,
  suggestArea,
  withAction,
  withAnswer,
  withAreaRecord,
  withCheck,
  withJudgement,
  withPriorities,
  withSetting,
  withStrengths,
  withUse,
  withoutAction,
} from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { validateEvaluation } from '../src/validate/validate.js';
import { CORE_DIR } from './helpers.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;
const CREATED = new Date('2026-11-23T09:00:00Z');
const NOW = new Date('2026-11-24T15:30:00.000Z');

function example(frameworkId: string, id: string): Evaluation {
  const file = join(CORE_DIR, 'data/frameworks', frameworkId, 'examples', `${id}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Runs an edit on a frozen copy of `input` (so any mutation throws), checks the input is unchanged
 * and the result is a new object stamped with NOW, and returns the result.
 */
function edited(input: Evaluation, edit: (e: Evaluation) => Evaluation): Evaluation {
  const before = structuredClone(input);
  const frozen = deepFreeze(structuredClone(input));
  const out = edit(frozen);
  assert.deepEqual(frozen, before, 'the input is unchanged');
  assert.notEqual(out, frozen, 'a new evaluation');
  assert.equal(out.updatedAt, NOW.toISOString(), 'updatedAt is the clock passed in');
  return out;
}

const toolkitDraft = () => init(toolkit, 'self-evaluation', { now: CREATED, id: 'e1' });
const leicestershireDraft = () => init(leicestershire, undefined, { now: CREATED, id: 'e2' });

describe('withSetting and withUse', () => {
  it('should keep a value as typed and remove a field set to the empty string', () => {
    const typed = edited(toolkitDraft(), (e) => withSetting(e, 'urn', ' 12345 ', NOW));
    assert.deepEqual(typed.setting, { urn: ' 12345 ' });
    const named = edited(typed, (e) => withSetting(e, 'name', 'Riverside', NOW));
    assert.deepEqual(named.setting, { urn: ' 12345 ', name: 'Riverside' });
    const cleared = edited(named, (e) => withSetting(e, 'urn', '', NOW));
    assert.deepEqual(cleared.setting, { name: 'Riverside' });
    assert.equal(validateEvaluation(typed, bundledCatalogue).ok, true, 'a draft keeps a URN that is not yet 6 digits');
  });

  it('should set the use, and remove it for undefined', () => {
    const chosen = edited(toolkitDraft(), (e) => withUse(e, 'peer-review', NOW));
    assert.equal(chosen.use, 'peer-review');
    const removed = edited(chosen, (e) => withUse(e, undefined, NOW));
    assert.equal(Object.hasOwn(removed, 'use'), false);
  });
});

describe('withAnswer and withCheck', () => {
  it('should merge a patch, drop undefined and empty fields, and remove an empty answer', () => {
    const first = edited(toolkitDraft(), (e) => withAnswer(e, 'pupil-induction-q1', { text: 'Meetings with families.' }, NOW));
    assert.deepEqual(first.answers, { 'pupil-induction-q1': { text: 'Meetings with families.' } });
    const more = edited(first, (e) => withAnswer(e, 'pupil-induction-q1', { evidence: [{ title: 'Induction pack' }] }, NOW));
    assert.deepEqual(more.answers['pupil-induction-q1'], { text: 'Meetings with families.', evidence: [{ title: 'Induction pack' }] });
    const less = edited(more, (e) => withAnswer(e, 'pupil-induction-q1', { text: undefined, evidence: [] }, NOW));
    assert.deepEqual(less.answers, {});
    const blank = edited(first, (e) => withAnswer(e, 'pupil-induction-q1', { text: '' }, NOW));
    assert.deepEqual(blank.answers, {});
    const spaces = edited(first, (e) => withAnswer(e, 'pupil-induction-q1', { text: '  ' }, NOW));
    assert.deepEqual(spaces.answers, { 'pupil-induction-q1': { text: '  ' } }, 'text is kept as typed');
  });

  it('should record a check and remove it when set back to not-assessed', () => {
    const met = edited(leicestershireDraft(), (e) => withCheck(e, 'attendance-1-1', 'met', NOW));
    assert.deepEqual(met.checks, { 'attendance-1-1': 'met' });
    const cleared = edited(met, (e) => withCheck(e, 'attendance-1-1', 'not-assessed', NOW));
    assert.deepEqual(cleared.checks, {});
  });

  it('should store an id that names a prototype key as plain data, reaching no prototype', () => {
    const out = withAnswer(toolkitDraft(), '__proto__', { text: 'x' }, NOW);
    assert.equal(Object.hasOwn(out.answers, '__proto__'), true);
    assert.equal(Object.getPrototypeOf(out.answers), Object.prototype);
    assert.equal(({} as Record<string, unknown>).text, undefined);
  });
});

describe('withAreaRecord, withStrengths and withPriorities', () => {
  it('should merge into the record, drop empty fields and remove an empty record', () => {
    const noted = edited(toolkitDraft(), (e) => withAreaRecord(e, 'pupil-induction', { evidence: 'Seen the pack.' }, NOW));
    assert.deepEqual(noted.areas, { 'pupil-induction': { evidence: 'Seen the pack.' } });
    const emptied = edited(noted, (e) => withAreaRecord(e, 'pupil-induction', { evidence: '', strengths: [] }, NOW));
    assert.deepEqual(emptied.areas, {});
  });

  it('should set strengths as typed, and remove them for an empty list', () => {
    const items = ['Key adults', ''];
    const out = edited(toolkitDraft(), (e) => withStrengths(e, 'pupil-induction', items, NOW));
    assert.deepEqual(out.areas['pupil-induction'], { strengths: ['Key adults', ''] });
    assert.notEqual(out.areas['pupil-induction']!.strengths, items, 'not the caller’s array');
    assert.deepEqual(edited(out, (e) => withStrengths(e, 'pupil-induction', [], NOW)).areas, {});
  });

  it('should give new priorities ids unique in the evaluation and keep the ids given', () => {
    const start = { ...toolkitDraft(), areas: { 'attendance-and-engagement': { priorities: [{ id: 'pupil-induction-priority-1', text: 'Moved here earlier' }] } } };
    const out = edited(start, (e) =>
      withPriorities(e, 'pupil-induction', [{ text: 'Faster referrals' }, { id: 'pupil-induction-priority-2', text: 'Kept' }, { text: 'A third' }], NOW),
    );
    assert.deepEqual(out.areas['pupil-induction']!.priorities, [
      { id: 'pupil-induction-priority-3', text: 'Faster referrals' },
      { id: 'pupil-induction-priority-2', text: 'Kept' },
      { id: 'pupil-induction-priority-4', text: 'A third' },
    ]);
    const ids = Object.values(out.areas).flatMap((r) => (r.priorities ?? []).map((p) => p.id));
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(validateEvaluation(out, bundledCatalogue).ok, true);
    assert.deepEqual(edited(out, (e) => withPriorities(e, 'pupil-induction', [], NOW)).areas['pupil-induction'], undefined);
  });
});

describe('withJudgement', () => {
  const suggestion = (evaluation: Evaluation): AreaSuggestion => suggestArea(leicestershire, evaluation, 'attendance');

  it('should record a level with the time, the suggestion beside it, and no carried-forward mark', () => {
    const start: Evaluation = {
      ...leicestershireDraft(),
      areas: { attendance: { evidence: 'Registers.', judgement: { level: 'good', rationale: 'As last term.', carriedForward: true, suggestedLevel: 'good' } } },
    };
    const out = edited(start, (e) => withJudgement(e, 'attendance', { level: 'requires-improvement' }, NOW, suggestion(e)));
    assert.deepEqual(out.areas.attendance, {
      evidence: 'Registers.',
      judgement: { level: 'requires-improvement', rationale: 'As last term.', suggestedLevel: null, decidedAt: NOW.toISOString() },
    });
  });

  it('should confirm a carried-forward judgement when the same level is chosen again', () => {
    const start: Evaluation = { ...leicestershireDraft(), areas: { attendance: { judgement: { level: 'good', carriedForward: true } } } };
    const out = edited(start, (e) => withJudgement(e, 'attendance', { level: 'good' }, NOW));
    assert.deepEqual(out.areas.attendance!.judgement, { level: 'good', decidedAt: NOW.toISOString() });
  });

  it('should set and remove the rationale as typed, keeping the level and when it was decided', () => {
    const decided = withJudgement(leicestershireDraft(), 'attendance', { level: 'good' }, CREATED);
    const explained = edited(decided, (e) => withJudgement(e, 'attendance', { rationale: ' Because. ' }, NOW));
    assert.deepEqual(explained.areas.attendance!.judgement, { level: 'good', decidedAt: CREATED.toISOString(), rationale: ' Because. ' });
    const removed = edited(explained, (e) => withJudgement(e, 'attendance', { rationale: '' }, NOW));
    assert.deepEqual(removed.areas.attendance!.judgement, { level: 'good', decidedAt: CREATED.toISOString() });
  });

  it('should drop a judgement left with no level and no rationale', () => {
    const decided = withJudgement(leicestershireDraft(), 'attendance', { level: 'good' }, CREATED);
    assert.deepEqual(edited(decided, (e) => withJudgement(e, 'attendance', { level: null }, NOW)).areas, {});
    const kept = edited(decided, (e) => withJudgement(e, 'attendance', { level: null, rationale: 'Not decided yet.' }, NOW));
    assert.deepEqual(kept.areas.attendance!.judgement, { level: null, decidedAt: NOW.toISOString(), rationale: 'Not decided yet.' });
  });
});

describe('withAction and withoutAction', () => {
  const action = { area: 'pupil-induction', what: 'Agree a referral form', status: 'not-started' as const };

  it('should add actions with ids unique in the evaluation, leaving out empty optional fields', () => {
    const old = { id: 'pupil-induction-action-1', area: 'pupil-induction', what: 'Old', status: 'done' as const, createdAt: CREATED.toISOString(), reviews: [] };
    const start: Evaluation = { ...toolkitDraft(), actions: [old] };
    const one = edited(start, (e) => withAction(e, { ...action, who: '', due: undefined }, NOW));
    const two = edited(one, (e) => withAction(e, { ...action, what: 'Visit every family', who: 'Key adult' }, NOW));
    const created = NOW.toISOString();
    assert.deepEqual(two.actions, [
      old,
      { id: 'pupil-induction-action-2', area: 'pupil-induction', what: 'Agree a referral form', status: 'not-started', createdAt: created, reviews: [] },
      { id: 'pupil-induction-action-3', area: 'pupil-induction', what: 'Visit every family', who: 'Key adult', status: 'not-started', createdAt: created, reviews: [] },
    ]);
    assert.equal(validateEvaluation(two, bundledCatalogue).ok, true);
  });

  it('should replace an action by id, in place', () => {
    const start = withAction(withAction(toolkitDraft(), action, CREATED), { ...action, what: 'Second' }, CREATED);
    const out = edited(start, (e) => withAction(e, { id: 'pupil-induction-action-1', area: 'pupil-induction', what: 'Agreed', status: 'done' }, NOW));
    assert.deepEqual(out.actions.map((a) => [a.id, a.what, a.status]), [
      ['pupil-induction-action-1', 'Agreed', 'done'],
      ['pupil-induction-action-2', 'Second', 'not-started'],
    ]);
  });

  it('should remove an action by id', () => {
    const start = withAction(withAction(toolkitDraft(), action, CREATED), { ...action, what: 'Second' }, CREATED);
    const out = edited(start, (e) => withoutAction(e, 'pupil-induction-action-1', NOW));
    assert.deepEqual(out.actions.map((a) => a.id), ['pupil-induction-action-2']);
    assert.deepEqual(edited(out, (e) => withoutAction(e, 'no-such-action', NOW)).actions, out.actions);
  });
});

describe('finalise', () => {
  it('should refuse, with the submission problems, an evaluation that is not ready', () => {
    const draft = toolkitDraft();
    const result = finalise(toolkit, deepFreeze(structuredClone(draft)), NOW);
    assert.deepEqual(result, { ok: false, problems: submissionProblems(toolkit, draft) });
  });

  it('should submit: status, dates, suggestions beside judgements, blank items dropped, the setting trimmed', () => {
    const ready = structuredClone(example('leicestershire-bp-qa', 'good-partnership'));
    const { submittedAt: _s, ...draftParts } = ready;
    const draft: Evaluation = {
      ...draftParts,
      status: 'draft',
      setting: { name: '  Fernhill Behaviour Partnership ', urn: '  ', type: ' Behaviour partnership', localAuthority: '' },
      areas: {
        ...ready.areas,
        attendance: {
          ...ready.areas.attendance,
          judgement: { level: 'good', suggestedLevel: 'outstanding' },
          strengths: ['Registers are checked daily', '  '],
          priorities: [{ id: 'p-blank', text: ' ' }, { id: 'p-named', text: '' }, { id: 'p-kept', text: 'Fewer absences' }],
        },
        'quality-of-provision': { ...ready.areas['quality-of-provision'], strengths: [' '], priorities: [{ id: 'p-gone', text: '' }] },
      },
      actions: [{ id: 'a1', area: 'attendance', priority: 'p-named', what: 'Plan it', status: 'not-started', createdAt: '2026-01-01T00:00:00Z', reviews: [] }],
    };
    const frozen = deepFreeze(structuredClone(draft));
    const result = finalise(leicestershire, frozen, NOW);
    assert.deepEqual(frozen, draft, 'the input is unchanged');
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.problems));
    const out = result.value;
    assert.equal(out.status, 'submitted');
    assert.equal(out.submittedAt, NOW.toISOString());
    assert.equal(out.updatedAt, NOW.toISOString());
    assert.deepEqual(out.setting, { name: 'Fernhill Behaviour Partnership', type: 'Behaviour partnership' });
    assert.deepEqual(out.areas.attendance!.judgement, { level: 'good', suggestedLevel: 'good' }, 'the suggestion now, not a stale one');
    assert.deepEqual(out.areas.attendance!.strengths, ['Registers are checked daily']);
    assert.deepEqual(out.areas.attendance!.priorities, [{ id: 'p-named', text: '' }, { id: 'p-kept', text: 'Fewer absences' }], 'a priority an action names is kept');
    assert.equal(Object.hasOwn(out.areas['quality-of-provision']!, 'strengths'), false);
    assert.equal(Object.hasOwn(out.areas['quality-of-provision']!, 'priorities'), false);
    assert.equal(validateEvaluation(out, bundledCatalogue).ok, true);
  });

  it('should take the caller’s suggestions for the check and for suggestedLevel', () => {
    const { submittedAt: _s, ...ready } = example('leicestershire-bp-qa', 'good-partnership');
    const draft: Evaluation = { ...ready, status: 'draft' };
    const suggestion = (areaId: string): AreaSuggestion => ({ ...suggestArea(leicestershire, draft, areaId), level: 'outstanding', label: 'Outstanding' });
    const refused = finalise(leicestershire, draft, NOW, { suggestion });
    assert.deepEqual(refused.ok ? [] : refused.problems.map((p) => p.code), ['rationale-missing', 'rationale-missing', 'rationale-missing', 'rationale-missing']);
    const agreeing = (areaId: string): AreaSuggestion => ({ ...suggestArea(leicestershire, draft, areaId), level: 'good', label: 'Good' });
    const result = finalise(leicestershire, draft, NOW, { suggestion: agreeing });
    assert.ok(result.ok);
    assert.deepEqual(Object.values(result.value.areas).map((r) => r.judgement?.suggestedLevel), ['good', 'good', 'good', 'good']);
  });
});

describe('the edits together', () => {
  it('should build, from a new draft, an evaluation that validates and finalises', () => {
    let e = leicestershireDraft();
    e = withSetting(e, 'name', 'Fernhill', NOW);
    for (const area of leicestershire.categories.flatMap((c) => c.areas)) {
      if (area.status !== 'complete') continue;
      e = withJudgement(e, area.id, { level: 'requires-improvement' }, NOW, suggestArea(leicestershire, e, area.id));
      e = withStrengths(e, area.id, ['A start'], NOW);
      e = withPriorities(e, area.id, [{ text: 'Everything' }], NOW);
    }
    e = withAction(e, { area: 'attendance', priority: 'attendance-priority-1', what: 'Begin', status: 'in-progress' }, NOW);
    assert.equal(validateEvaluation(e, bundledCatalogue).ok, true);
    const result = finalise(leicestershire, e, NOW);
    assert.ok(result.ok);
    const validated = validateEvaluation(result.value, bundledCatalogue);
    assert.equal(validated.ok, true, validated.ok ? '' : JSON.stringify(validated.problems));
  });
});
