// SPDX-License-Identifier: MIT
// aggregate: per area, the distribution of judgements across settings and the priorities most
// often named; the latest evaluation per setting; filters; other framework versions migrated or
// left out; every count drawn from fewer than three settings suppressed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AggregateResult, SUPPRESSION_THRESHOLD, aggregate, aggregateCsv, init, suppressRow } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;

let serial = 0;
function evaluation(settingName: string, judgements: Record<string, string | null>, extra: Partial<Evaluation> = {}): Evaluation {
  const e = init(toolkit, 'self-evaluation', { now: new Date('2027-03-01T09:00:00Z'), id: `e${++serial}` });
  e.setting = { name: settingName, localAuthority: 'Northshire' };
  for (const [area, level] of Object.entries(judgements)) e.areas[area] = { judgement: { level } };
  return { ...e, ...extra };
}

function counts(result: AggregateResult, area: string): Record<string, number | 'suppressed'> {
  const a = result.areas.find((x) => x.area === area)!;
  const out: Record<string, number | 'suppressed'> = {};
  for (const j of a.judgements) out[j.level] = j.settings.suppressed ? 'suppressed' : j.settings.count!;
  out['not-judged'] = a.notJudged.suppressed ? 'suppressed' : a.notJudged.count!;
  return out;
}

describe('aggregate', () => {
  const settings = Array.from({ length: 10 }, (_, i) => `Setting ${i + 1}`);
  const levels = ['embedded', 'embedded', 'embedded', 'established', 'established', 'established', 'established', 'developing', 'emerging', null];
  const evaluations = settings.map((name, i) => evaluation(name, { 'pupil-induction': levels[i]! }));

  it('should count settings by level per area, suppressing counts under the threshold', () => {
    const result = aggregate(toolkit, evaluations);
    assert.equal(SUPPRESSION_THRESHOLD, 3);
    assert.deepEqual(result.settings, { count: 10, suppressed: false });
    assert.deepEqual(counts(result, 'pupil-induction'), { embedded: 3, established: 4, developing: 'suppressed', emerging: 'suppressed', 'not-judged': 'suppressed' });
    assert.deepEqual(counts(result, 'qualifications'), { embedded: 'suppressed', established: 'suppressed', developing: 'suppressed', emerging: 'suppressed', 'not-judged': 10 });
  });

  it('should suppress a further count where subtraction from the total would reveal a suppressed one', () => {
    // 3 + 3 + 3 + 3 shown of 13 settings would give away the one setting not judged.
    const spread = ['embedded', 'established', 'developing', 'emerging'].flatMap((level, l) =>
      [0, 1, 2].map((i) => evaluation(`Spread ${l}-${i}`, { 'pupil-induction': level })),
    );
    const result = aggregate(toolkit, [...spread, evaluation('Spread lone', {})]);
    const row = counts(result, 'pupil-induction');
    assert.equal(row['not-judged'], 'suppressed');
    assert.equal(Object.values(row).filter((v) => v === 'suppressed').length, 2);
    assert.deepEqual(suppressRow([5, 4, 1]).map((c) => c.suppressed), [false, true, true]);
    assert.deepEqual(suppressRow([6, 2, 2]).map((c) => c.suppressed), [true, true, true], 'two hidden that could only be 2 each');
    assert.deepEqual(suppressRow([6, 2, 1, 4]).map((c) => c.suppressed), [false, true, true, false]);
  });

  it('should count the latest evaluation of each setting once, and say how many were superseded', () => {
    const earlier = evaluation('Setting 1', { 'pupil-induction': 'emerging' }, { updatedAt: '2026-12-01T09:00:00Z' });
    const sameUrnA = evaluation('Old name', { 'pupil-induction': 'emerging' }, { setting: { name: 'Old name', urn: '999222' }, updatedAt: '2027-01-01' });
    const sameUrnB = evaluation('New name', { 'pupil-induction': 'embedded' }, { setting: { name: 'New name', urn: '999222' }, updatedAt: '2027-02-01' });
    const result = aggregate(toolkit, [earlier, ...evaluations, sameUrnB, sameUrnA]);
    assert.deepEqual(result.evaluations, { received: 13, included: 11, superseded: 2, filteredOut: 0, leftOut: 0, migrated: 0 });
    assert.deepEqual(counts(result, 'pupil-induction'), { embedded: 4, established: 4, developing: 'suppressed', emerging: 'suppressed', 'not-judged': 'suppressed' });
  });

  it('should filter by use, status and date', () => {
    const mixed = [
      ...evaluations,
      evaluation('Setting 11', {}, { use: 'commissioning', updatedAt: '2027-05-02T10:00:00Z' }),
      evaluation('Setting 12', {}, { status: 'submitted', submittedAt: '2026-07-20', setting: { name: 'Setting 12' } }),
    ];
    assert.equal(aggregate(toolkit, mixed, { use: 'commissioning' }).evaluations.included, 1);
    assert.equal(aggregate(toolkit, mixed, { use: ['commissioning', 'self-evaluation'] }).evaluations.included, 12);
    assert.equal(aggregate(toolkit, mixed, { status: 'submitted' }).evaluations.included, 1);
    const spring = aggregate(toolkit, mixed, { from: '2027-03', to: '2027-03-31' });
    assert.deepEqual([spring.evaluations.included, spring.evaluations.filteredOut], [10, 2]);
    assert.deepEqual(spring.filters, { use: null, from: '2027-03', to: '2027-03-31', status: null });
    assert.equal(aggregate(toolkit, mixed, { to: '2026' }).evaluations.included, 1, 'the submission date counts when there is one');
  });

  it('should leave out evaluations of another framework or version, saying why, unless they can be migrated', () => {
    const older = { ...evaluation('Setting 20', {}), framework: { id: 'ap-quality-toolkit', version: '1.0.0' } };
    const other = init(leicestershire, undefined, { id: 'leic-1' });
    const left = aggregate(toolkit, [...evaluations, older, other]);
    assert.deepEqual(
      left.leftOut.map((x) => [x.index, x.reason, x.message]),
      [
        [10, 'other-version', 'made against ap-quality-toolkit@1.0.0, not ap-quality-toolkit@2.0.0; migrate it first'],
        [11, 'other-framework', 'made against leicestershire-bp-qa@1.0.0, not ap-quality-toolkit'],
      ],
    );
    assert.equal(left.evaluations.included, 10);

    const migrated = aggregate(toolkit, [...evaluations, older, other], {
      migrate: (e, to) => ({ ...e, framework: { id: to.id, version: to.version } }),
    });
    assert.deepEqual([migrated.evaluations.included, migrated.evaluations.migrated, migrated.evaluations.leftOut], [11, 1, 1]);

    const failing = aggregate(toolkit, [older], {
      migrate: () => {
        throw new Error('no migration path');
      },
    });
    assert.deepEqual(failing.leftOut.map((x) => [x.reason, x.message]), [['migration-failed', 'could not be migrated from ap-quality-toolkit@1.0.0 to ap-quality-toolkit@2.0.0: no migration path']]);
  });

  it('should leave out an evaluation whose judgement is not on the scale', () => {
    const odd = evaluation('Setting 30', { 'pupil-induction': 'outstanding' });
    const result = aggregate(toolkit, [...evaluations, odd]);
    assert.deepEqual(result.leftOut.map((x) => x.reason), ['invalid']);
    assert.equal(result.leftOut[0]!.problems?.[0]?.path, 'areas.pupil-induction.judgement.level');
  });

  it('should show only priorities named by at least three settings, most often named first', () => {
    const named = settings.map((name, i) => {
      const e = evaluation(name, {});
      const texts = ['Reduce persistent absence in Year 11.', i < 4 ? 'reduce  persistent absence in year 11' : 'Speed up referrals', i === 0 ? 'Fix the minibus at the Elm Road site' : ''];
      e.areas['attendance-and-engagement'] = { priorities: texts.filter(Boolean).map((text, n) => ({ id: `p${n}`, text })) };
      return e;
    });
    const result = aggregate(toolkit, named).areas.find((a) => a.area === 'attendance-and-engagement')!;
    assert.deepEqual(result.priorities.common, [
      { text: 'Reduce persistent absence in Year 11.', settings: { count: 10, suppressed: false } },
      { text: 'Speed up referrals', settings: { count: 6, suppressed: false } },
    ]);
    assert.equal(result.priorities.others, 1);
    assert.deepEqual(result.priorities.named, { count: 10, suppressed: false });
    assert.ok(!JSON.stringify(result).includes('minibus'), 'a priority of fewer than three settings is never shown');
  });

  it('should never name a setting or give settings an order', () => {
    const result = aggregate(toolkit, evaluations);
    const text = JSON.stringify(result);
    for (const name of settings) assert.ok(!text.includes(`"${name}"`), name);
    assert.ok(!text.includes('Northshire'));
  });

  it('should suppress everything when there are fewer than three settings', () => {
    const result = aggregate(toolkit, evaluations.slice(0, 2));
    assert.deepEqual(result.settings, { count: null, suppressed: true });
    for (const a of result.areas) {
      assert.ok([...a.judgements.map((j) => j.settings), a.notJudged].every((c) => c.suppressed));
    }
  });

  it('should write CSV rows per area and level with "suppressed" in place of small counts', () => {
    const csv = aggregateCsv(aggregate(toolkit, evaluations)).split('\n');
    assert.equal(csv[0], 'Category,Area number,Area,Level,Settings');
    assert.equal(csv.length, 1 + 13 * 5);
    assert.ok(csv.includes('Curriculum,5,Pupil induction,Embedded,3'));
    assert.ok(csv.includes('Curriculum,5,Pupil induction,Developing,suppressed'));
    assert.ok(csv.includes('Curriculum,5,Pupil induction,Not judged,suppressed'));
    assert.ok(!csv.some((row) => /,[12]$/.test(row)));
  });
});
