// SPDX-License-Identifier: MIT
// The attacks of issue 10 on `aggregate`, as tests: differencing (one setting more, or two dates
// over one folder), one setting counted many times under name and URN variants, leaks of totals,
// file names and ids, over-suppression of large counts, and a strand not yet written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type AggregateResult,
  type Cell,
  ROUNDING_BASE,
  SUPPRESSION_THRESHOLD,
  aggregate,
  aggregateDocument,
  identifySettings,
  init,
  protectCount,
} from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';

const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const leicestershire = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;
const LEVELS = ['embedded', 'established', 'developing', 'emerging'] as const;
const AREA = 'pupil-induction';
const THEMES = ['Improve attendance.', 'Speed up referrals.', 'Train staff.'];

const template = init(toolkit, 'self-evaluation', { now: new Date('2027-03-01T09:00:00Z'), id: 'template' });

interface Spec {
  level: (typeof LEVELS)[number] | null;
  theme: number | null;
}

function evaluationOf(index: number, spec: Spec, extra: Partial<Evaluation> = {}): Evaluation {
  const e = structuredClone(template);
  e.id = `evaluation-${index}`;
  e.status = 'submitted';
  e.submittedAt = '2027-03-02T09:00:00Z';
  e.setting = { name: `Setting number ${index}`, urn: String(100_000 + index), localAuthority: 'Northshire' };
  e.areas[AREA] = {
    judgement: { level: spec.level, rationale: 'Agreed.' },
    priorities: spec.theme === null ? [] : [{ id: 'p1', text: THEMES[spec.theme]! }],
  };
  return { ...e, ...extra };
}

const spec = fc.record({ level: fc.constantFrom(...LEVELS, null), theme: fc.option(fc.integer({ min: 0, max: THEMES.length - 1 }), { nil: null }) });

// --- The attacker: knows the method and its parameters, sees two outputs, not the key ---------

type Shown = number | 'S';
const shown = (c: Cell): Shown => (c.suppressed ? 'S' : c.count!);
/** Every value the method can publish for a true count (the draw decides only at multiples of 1/BASE). */
function outputs(count: number): Set<Shown> {
  const out = new Set<Shown>();
  for (let d = 0; d < ROUNDING_BASE; d++) out.add(shown(protectCount(count, (d + 0.5) / ROUNDING_BASE)));
  return out;
}
/** Whether a cell shown as `before` and then `after` can come from true counts that moved by `step`. */
function consistent(before: Shown, after: Shown, step: 0 | 1): boolean {
  const top = Math.max(typeof before === 'number' ? before : 0, typeof after === 'number' ? after : 0) + 2 * ROUNDING_BASE;
  for (let n = 0; n <= top; n++) if (outputs(n).has(before) && outputs(n + step).has(after)) return true;
  return false;
}
/** The levels (and "not judged") an attacker cannot rule out for the added setting in one area. */
function possibleLevels(before: AggregateResult, after: AggregateResult, area: string): string[] {
  const row = (r: AggregateResult) => {
    const a = r.areas.find((x) => x.area === area)!;
    return [...a.judgements.map((j) => [j.level, shown(j.settings)] as const), ['not-judged', shown(a.notJudged)] as const];
  };
  const b = row(before);
  const a = row(after);
  return b.map(([level]) => level).filter((hypothesis) => b.every(([level, p], i) => consistent(p, a[i]![1], level === hypothesis ? 1 : 0)));
}

describe('aggregate: differencing', () => {
  it('should never reveal the judgement of a setting added to a population (aggregate(S) vs aggregate(S ∪ {x}))', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 0, maxLength: 40 }), spec, fc.string({ maxLength: 12 }), (others, added, key) => {
        const population = others.map((s, i) => evaluationOf(i, s));
        const before = aggregate(toolkit, population, { key });
        const after = aggregate(toolkit, [...population, evaluationOf(others.length, added)], { key });
        const possible = possibleLevels(before, after, AREA);
        const truth = added.level ?? 'not-judged';
        assert.ok(possible.includes(truth), 'the attacker model must admit the truth');
        // Every level stays possible: the two outputs say nothing of where the seventh setting stands.
        assert.deepEqual(possible, [...LEVELS, 'not-judged']);
      }),
      { numRuns: 200 },
    );
  });

  it('should never reveal whether the added setting named a priority, nor which', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 0, maxLength: 40 }), spec, (others, added) => {
        const population = others.map((s, i) => evaluationOf(i, s));
        const before = aggregate(toolkit, population).areas.find((a) => a.area === AREA)!;
        const after = aggregate(toolkit, [...population, evaluationOf(others.length, added)]).areas.find((a) => a.area === AREA)!;
        const themeCell = (a: typeof before, text: string): Shown => shown(a.priorities.common.find((c) => c.text === text)?.settings ?? { count: null, suppressed: true });
        for (const text of THEMES) {
          const p = themeCell(before, text);
          const q = themeCell(after, text);
          assert.ok(consistent(p, q, 0) && consistent(p, q, 1), `theme "${text}": ${p} then ${q}`);
        }
        const named = [shown(before.priorities.named), shown(after.priorities.named)] as const;
        assert.ok(consistent(...named, 0) && consistent(...named, 1));
        assert.equal('others' in before.priorities, false, 'no count of other priorities');
      }),
      { numRuns: 200 },
    );
  });

  it('should redraw every cell when the population changes, and give the same figures for the same population', () => {
    const population = Array.from({ length: 30 }, (_, i) => evaluationOf(i, { level: LEVELS[i % 4]!, theme: null }));
    const once = aggregate(toolkit, population, { key: 'council' });
    assert.deepEqual(aggregate(toolkit, [...population].reverse(), { key: 'council' }).areas, once.areas, 'order does not matter');
    // Two --to dates over one folder: the later one takes one more setting.
    const later = evaluationOf(30, { level: 'emerging', theme: 0 }, { submittedAt: '2027-04-02T09:00:00Z' });
    const march = aggregate(toolkit, [...population, later], { key: 'council', to: '2027-03' });
    assert.deepEqual(march.areas, once.areas, 'the same settings in the period give the same figures');
    const april = aggregate(toolkit, [...population, later], { key: 'council', to: '2027-04' });
    assert.deepEqual(possibleLevels(march, april, AREA), [...LEVELS, 'not-judged']);
  });
});

describe('aggregate: settings counted once', () => {
  const variants: Array<Evaluation['setting']> = [
    { name: 'Oakwood P.R.U.', urn: '123456', localAuthority: 'Leicestershire' },
    { name: 'Oakwood PRU', localAuthority: 'Leics' },
    { name: 'oakwood pupil referral unit', localAuthority: 'Leicestershire County Council' },
    { name: 'OAKWOOD  P.R.U', urn: ' 123 456 ' },
    { name: 'Oakwood PRU.' },
  ];

  it('should count "Oakwood P.R.U." under name and URN variants as one setting', () => {
    const evaluations = variants.map((setting, i) => ({ ...evaluationOf(i, { level: 'emerging', theme: 0 }), setting }));
    assert.equal(new Set(identifySettings(evaluations)).size, 1);
    fc.assert(
      fc.property(fc.shuffledSubarray(evaluations, { minLength: 1 }), (some) => {
        assert.equal(new Set(identifySettings(some)).size, 1);
      }),
    );
    // With nine other settings, its priority is named by one setting, never "by 5 settings".
    const others = Array.from({ length: 9 }, (_, i) => evaluationOf(100 + i, { level: 'embedded', theme: null }));
    const result = aggregate(toolkit, [...evaluations, ...others]);
    const area = result.areas.find((a) => a.area === AREA)!;
    assert.deepEqual(area.priorities.common, []);
    assert.deepEqual(area.judgements.find((j) => j.level === 'emerging')!.settings, { count: null, suppressed: true });
    assert.ok(result.settings.count === 10 || result.settings.count === 10, 'ten settings, a multiple of 5');
  });

  it('should keep settings with different URNs apart, whatever their names', () => {
    const a = { ...evaluationOf(1, { level: null, theme: null }), setting: { name: 'Oakwood PRU', urn: '123456' } };
    const b = { ...evaluationOf(2, { level: null, theme: null }), setting: { name: 'Oakwood PRU', urn: '654321' } };
    const c = { ...evaluationOf(3, { level: null, theme: null }), setting: { name: 'Oakwood PRU' } };
    const ids = identifySettings([a, b, c]);
    assert.notEqual(ids[0], ids[1]);
    assert.equal(new Set(ids).size, 3, 'a name two URNs share cannot be matched to either');
  });

  it('should count the latest submitted evaluation of each setting, and report duplicates only as a count', () => {
    const older = evaluationOf(1, { level: 'emerging', theme: null }, { updatedAt: '2027-01-01T09:00:00Z' });
    const newer = { ...evaluationOf(2, { level: 'embedded', theme: null }), setting: older.setting, updatedAt: '2027-02-01T09:00:00Z' };
    const draft = { ...evaluationOf(3, { level: 'developing', theme: null }), setting: older.setting, status: 'draft' as const, updatedAt: '2027-03-01T09:00:00Z' };
    const others = Array.from({ length: 6 }, (_, i) => evaluationOf(10 + i, { level: 'embedded', theme: null }));
    const result = aggregate(toolkit, [older, newer, draft, ...others]);
    const area = result.areas.find((a) => a.area === AREA)!;
    const embedded = area.judgements.find((j) => j.level === 'embedded')!.settings;
    assert.ok(embedded.count === 5 || embedded.count === 10, 'seven settings judged embedded: the newer submission counts');
    assert.equal(JSON.stringify(result).includes(older.setting.name!), false);
  });
});

describe('aggregate: no leaks', () => {
  it('should not give away a suppressed number of settings through its book-keeping', () => {
    const two = [evaluationOf(1, { level: 'embedded', theme: 0 }), evaluationOf(2, { level: 'embedded', theme: 0 })];
    const result = aggregate(toolkit, two);
    assert.deepEqual(result.settings, { count: null, suppressed: true });
    for (const [name, cell] of Object.entries(result.evaluations)) assert.equal(cell.suppressed, true, `evaluations.${name}`);
  });

  it('should name no setting, evaluation id or file, and count those left out by reason only', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 15 }), fc.nat({ max: 3 }), (specs, foreign) => {
        const evaluations = [
          ...specs.map((s, i) => evaluationOf(i, s)),
          ...Array.from({ length: foreign }, (_, i) => ({ ...evaluationOf(500 + i, { level: null, theme: null }), framework: { id: 'ap-quality-toolkit', version: '1.0.0' } })),
        ];
        const result = aggregate(toolkit, evaluations);
        const document = aggregateDocument(toolkit, evaluations);
        const text = JSON.stringify([result, document]);
        assert.doesNotMatch(text, /evaluation-\d|Setting number|10\d{4}/);
        for (const l of result.leftOut) assert.deepEqual(Object.keys(l).sort(), ['evaluations', 'reason']);
      }),
      { numRuns: 50 },
    );
  });
});

describe('aggregate: no over-suppression', () => {
  it('should show a count of 4,902 rounded, not suppressed, when "not judged" is 0', () => {
    for (let d = 0; d < 1; d += 0.05) assert.ok([4900, 4905].includes(protectCount(4902, d).count!));
    const many = Array.from({ length: 5000 }, (_, i) => evaluationOf(i, { level: i < 4902 ? 'established' : 'embedded', theme: null }));
    const area = aggregate(toolkit, many).areas.find((a) => a.area === AREA)!;
    const established = area.judgements.find((j) => j.level === 'established')!.settings;
    assert.ok(established.count === 4900 || established.count === 4905, `got ${JSON.stringify(established)}`);
    assert.deepEqual(area.notJudged, { count: null, suppressed: true });
    assert.equal(area.judgements.find((j) => j.level === 'embedded')!.settings.count, 100);
  });

  it('should suppress every count under the threshold and show only multiples of the base', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (count, draw) => {
        const cell = protectCount(count, draw);
        if (count < SUPPRESSION_THRESHOLD) assert.equal(cell.suppressed, true);
        if (!cell.suppressed) {
          assert.equal(cell.count! % ROUNDING_BASE, 0);
          assert.ok(Math.abs(cell.count! - count) < ROUNDING_BASE);
        }
        if (count >= ROUNDING_BASE) assert.equal(cell.suppressed, false);
      }),
    );
  });
});

describe('aggregate: areas not yet written', () => {
  it('should never aggregate a strand that is not yet written, even where an evaluation judges it', () => {
    const strand = leicestershire.categories.flatMap((c) => c.areas).find((a) => a.status === 'not-yet-written')!;
    const base = init(leicestershire, undefined, { now: new Date('2027-03-01T09:00:00Z'), id: 'x' });
    const evaluations = Array.from({ length: 5 }, (_, i): Evaluation => ({
      ...structuredClone(base),
      id: `l-${i}`,
      setting: { name: `Strand setting ${i}` },
      areas: { [strand.id]: { judgement: { level: leicestershire.scales[0]!.levels[2]!.id } } },
    }));
    const result = aggregate(leicestershire, evaluations, { status: 'any' });
    assert.equal(result.areas.some((a) => a.area === strand.id), false);
    assert.equal(aggregateDocument(leicestershire, evaluations, { status: 'any' }).periods[0]!.areas.some((a) => a.area === strand.id), false);
  });
});
