// SPDX-License-Identifier: MIT
// aggregate: per area, the distribution of judgements across settings and the priorities most
// often named; the latest submitted evaluation per setting; filters; other framework versions
// migrated or left out (counted by reason); every count rounded to base 5 and small ones
// suppressed (ADR 0008). The populations here are multiples of 5, which the rounding keeps exact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AggregateResult, type Cell, SUPPRESSION_THRESHOLD, aggregate, aggregateCsv, init } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;

let serial = 0;
function evaluation(settingName: string, judgements: Record<string, string | null>, extra: Partial<Evaluation> = {}): Evaluation {
  const e = init(toolkit, 'self-evaluation', { now: new Date('2027-03-01T09:00:00Z'), id: `e${++serial}` });
  e.status = 'submitted';
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

const exact = (count: number): Cell => ({ count, suppressed: false });
const SUPPRESSED: Cell = { count: null, suppressed: true };
/** `count` settings named `<prefix> <i>`, each judged `level` in pupil induction. */
const many = (prefix: string, count: number, level: string | null) => Array.from({ length: count }, (_, i) => evaluation(`${prefix} ${i + 1}`, { 'pupil-induction': level }));

describe('aggregate', () => {
  const evaluations = [...many('Embedded', 5, 'embedded'), ...many('Established', 10, 'established'), ...many('Developing', 2, 'developing'), ...many('Emerging', 1, 'emerging'), ...many('Blank', 2, null)];

  it('should count settings by level per area: multiples of 5 as they are, small counts suppressed', () => {
    const result = aggregate(toolkit, evaluations);
    assert.equal(SUPPRESSION_THRESHOLD, 3);
    assert.deepEqual(result.settings, exact(20));
    assert.deepEqual(counts(result, 'pupil-induction'), { embedded: 5, established: 10, developing: 'suppressed', emerging: 'suppressed', 'not-judged': 'suppressed' });
    assert.deepEqual(counts(result, 'qualifications'), { embedded: 'suppressed', established: 'suppressed', developing: 'suppressed', emerging: 'suppressed', 'not-judged': 20 });
    assert.deepEqual(result.disclosure, {
      method: 'fixed-random-rounding',
      threshold: 3,
      parameters: { base: 5, rounding: 'unbiased, fixed by a keyed cell key', key: 'public default' },
      wording: 'fewer than 5',
    });
  });

  it('should not suppress a large count because another in its row is small', () => {
    // Before: a "not judged" of 0 made the smallest shown count suppressed too.
    const result = aggregate(toolkit, [...many('Embedded', 15, 'embedded'), ...many('Established', 5, 'established')]);
    assert.deepEqual(counts(result, 'pupil-induction'), { embedded: 15, established: 5, developing: 'suppressed', emerging: 'suppressed', 'not-judged': 'suppressed' });
  });

  it('should count the latest submitted evaluation of each setting once, and say how many were superseded', () => {
    const earlier = evaluation('Embedded 1', { 'pupil-induction': 'emerging' }, { updatedAt: '2026-12-01T09:00:00Z' });
    const sameUrnA = evaluation('Old name', { 'pupil-induction': 'emerging' }, { setting: { name: 'Old name', urn: '999222' }, updatedAt: '2027-01-01' });
    const sameUrnB = evaluation('New name', { 'pupil-induction': 'embedded' }, { setting: { name: 'New name', urn: '999222' }, updatedAt: '2027-02-01' });
    const laterDraft = evaluation('New name', { 'pupil-induction': 'emerging' }, { setting: { urn: '999222' }, status: 'draft', updatedAt: '2027-03-01' });
    const result = aggregate(toolkit, [earlier, ...evaluations.slice(0, 19), sameUrnB, sameUrnA, laterDraft]);
    assert.deepEqual(result.evaluations, { received: exact(25), counted: exact(20), superseded: SUPPRESSED, filteredOut: SUPPRESSED, leftOut: SUPPRESSED, migrated: SUPPRESSED });
    assert.equal(counts(result, 'pupil-induction').embedded, 5, 'five: the setting under URN 999222 counts as embedded (its newer submission)');
  });

  it('should filter by use, status and date', () => {
    const mixed = [
      ...many('Spring', 10, 'embedded'),
      ...Array.from({ length: 5 }, (_, i) => evaluation(`Commissioned ${i}`, {}, { use: 'commissioning', updatedAt: '2027-05-02T10:00:00Z', submittedAt: '2027-05-02T10:00:00Z' })),
      ...Array.from({ length: 5 }, (_, i) => evaluation(`Draft ${i}`, {}, { status: 'draft' })),
      ...Array.from({ length: 5 }, (_, i) => evaluation(`Last year ${i}`, {}, { submittedAt: '2026-07-20' })),
    ];
    assert.deepEqual(aggregate(toolkit, mixed, { use: 'commissioning' }).settings, exact(5));
    assert.deepEqual(aggregate(toolkit, mixed, { use: ['commissioning', 'self-evaluation'] }).settings, exact(20));
    assert.deepEqual(aggregate(toolkit, mixed).settings, exact(20), 'submitted only, by default');
    assert.deepEqual(aggregate(toolkit, mixed, { status: 'any' }).settings, exact(25));
    assert.deepEqual(aggregate(toolkit, mixed, { status: 'draft' }).settings, exact(5));
    const spring = aggregate(toolkit, mixed, { from: '2027-03', to: '2027-03-31' });
    assert.deepEqual([spring.settings, spring.evaluations.filteredOut], [exact(10), exact(15)]);
    assert.deepEqual(spring.filters, { use: null, from: '2027-03', to: '2027-03-31', status: 'submitted' });
    assert.deepEqual(aggregate(toolkit, mixed, { to: '2026' }).settings, exact(5), 'the submission date counts when there is one');
    assert.throws(() => aggregate(toolkit, mixed, { from: 'last week' }), /options.from must be a date/);
  });

  it('should leave out evaluations of another framework or version, counting them by reason, unless they can be migrated', () => {
    const older = Array.from({ length: 5 }, (_, i) => ({ ...evaluation(`Older ${i}`, {}), framework: { id: 'ap-quality-toolkit', version: '1.0.0' } }));
    const other = Array.from({ length: 5 }, (_, i) => ({ ...init(leicestershire, undefined, { id: `leic-${i}` }), status: 'submitted' as const }));
    const left = aggregate(toolkit, [...evaluations, ...older, ...other]);
    assert.deepEqual(left.leftOut, [
      { reason: 'other-framework', evaluations: exact(5) },
      { reason: 'other-version', evaluations: exact(5) },
    ]);
    assert.deepEqual(left.settings, exact(20));

    const migrated = aggregate(toolkit, [...evaluations, ...older, ...other], {
      migrate: (e, to) => ({ ...e, framework: { id: to.id, version: to.version } }),
    });
    assert.deepEqual([migrated.settings, migrated.evaluations.migrated, migrated.evaluations.leftOut], [exact(25), exact(5), exact(5)]);

    const failing = aggregate(toolkit, older, {
      migrate: () => {
        throw new Error('no migration path');
      },
    });
    assert.deepEqual(failing.leftOut, [{ reason: 'migration-failed', evaluations: exact(5) }]);
  });

  it('should leave out an evaluation whose judgement is not on the scale', () => {
    const odd = Array.from({ length: 5 }, (_, i) => evaluation(`Odd ${i}`, { 'pupil-induction': 'outstanding' }));
    const result = aggregate(toolkit, [...evaluations, ...odd]);
    assert.deepEqual(result.leftOut, [{ reason: 'invalid', evaluations: exact(5) }]);
    assert.deepEqual(result.settings, exact(20));
  });

  it('should show only priorities named by enough settings, most often named first, with no count of the others', () => {
    const named = Array.from({ length: 10 }, (_, i) => {
      const e = evaluation(`Setting ${i}`, {});
      const texts = ['Reduce persistent absence in Year 11.', i < 5 ? 'reduce  persistent absence in year 11' : 'Speed up referrals', i === 0 ? 'Fix the minibus at the Elm Road site' : ''];
      e.areas['attendance-and-engagement'] = { priorities: texts.filter(Boolean).map((text, n) => ({ id: `p${n}`, text })) };
      return e;
    });
    const result = aggregate(toolkit, named).areas.find((a) => a.area === 'attendance-and-engagement')!;
    assert.deepEqual(result.priorities, {
      named: exact(10),
      common: [
        { text: 'Reduce persistent absence in Year 11.', settings: exact(10) },
        { text: 'Speed up referrals', settings: exact(5) },
      ],
    });
    assert.ok(!JSON.stringify(result).includes('minibus'), 'a priority of fewer than three settings is never shown');
  });

  it('should never name a setting or give settings an order', () => {
    const text = JSON.stringify(aggregate(toolkit, evaluations));
    for (const e of evaluations) assert.ok(!text.includes(`"${e.setting.name}"`) && !text.includes(e.id), e.setting.name);
    assert.ok(!text.includes('Northshire'));
  });

  it('should suppress everything when there are fewer than three settings', () => {
    const result = aggregate(toolkit, evaluations.slice(0, 2));
    assert.deepEqual(result.settings, SUPPRESSED);
    for (const a of result.areas) {
      assert.ok([...a.judgements.map((j) => j.settings), a.notJudged].every((c) => c.suppressed));
    }
  });

  it('should write CSV rows per area and level with "suppressed" in place of small counts', () => {
    const csv = aggregateCsv(aggregate(toolkit, evaluations)).split('\n');
    assert.equal(csv[0], 'Category,Area number,Area,Level,Settings');
    assert.equal(csv.length, 1 + 13 * 5);
    assert.ok(csv.includes('Curriculum,5,Pupil induction,Embedded,5'));
    assert.ok(csv.includes('Curriculum,5,Pupil induction,Developing,suppressed'));
    assert.ok(csv.includes('Curriculum,5,Pupil induction,Not judged,suppressed'));
    assert.ok(!csv.some((row) => /,[1-4]$/.test(row)));
  });
});
