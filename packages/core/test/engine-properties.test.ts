// SPDX-License-Identifier: MIT
// Property-based tests (fast-check) over random evaluations of every bundled framework version and
// of a synthetic all-criteria framework: no function crashes; a limiting descriptor met always
// wins; meeting more descriptors of a better level never makes a suggestion worse; aggregate
// counts add up; no count of fewer than three settings is ever shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tallyAreas, selectEvaluations } from '../src/engine/aggregate.js';
import {
  type AreaSuggestion,
  type Cell,
  ROUNDING_BASE,
  SUPPRESSION_THRESHOLD,
  protectCount,
  aggregate,
  aggregateCsv,
  compare,
  copyForward,
  init,
  suggest,
  summarise,
  summaryCsv,
} from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { allAreas, levelRank, questionsOfArea } from '../src/model/framework-index.js';
import { CHECK_STATUSES, Evaluation, RESPONSES } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import { parseWith, validateEvaluation, validateFramework } from '../src/validate/validate.js';

const RUNS = { numRuns: 150 };

/** An Ofsted-2025-style framework: one limiting level, the rest by all criteria. */
function allCriteriaFramework(): Framework {
  const d = (level: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `inclusion-${level}-${i + 1}`, text: `Criterion ${i + 1}.` }));
  const allMet = (level: string) => ({ '==': [{ var: `levels.${level}.met` }, { var: `levels.${level}.total` }] });
  return {
    schemaVersion: 1,
    id: 'synthetic-all-criteria',
    version: '1.0.0',
    title: 'Synthetic all-criteria framework',
    publisher: 'AP Quality tests',
    status: 'draft',
    locale: 'en-GB',
    description: 'Report-card levels that need every one of their criteria.',
    provenance: [],
    guidance: [],
    footnotes: [],
    judgementScale: 'ofsted-2025-report-card',
    scales: [
      {
        id: 'ofsted-2025-report-card',
        title: 'Report card',
        levels: ['exceptional', 'strong-standard', 'expected-standard', 'needs-attention', 'urgent-improvement'].map((id) => ({ id, label: id })),
      },
    ],
    uses: [{ id: 'self-evaluation', title: 'Self-evaluation' }],
    crosswalks: [],
    examplesOfPractice: [],
    migrations: [],
    categories: [
      {
        id: 'main',
        title: 'Main',
        areas: [
          {
            id: 'inclusion',
            number: 1,
            title: 'Inclusion',
            status: 'complete',
            questions: [{ id: 'inclusion-q1', text: 'How inclusive is the setting?', answer: 'reflection' }],
            subAreas: [],
            descriptors: {
              scale: 'ofsted-2025-report-card',
              levels: [
                { level: 'exceptional', descriptors: d('exceptional', 2) },
                { level: 'strong-standard', descriptors: d('strong-standard', 3) },
                { level: 'expected-standard', descriptors: d('expected-standard', 3) },
                { level: 'urgent-improvement', limiting: true, descriptors: d('urgent-improvement', 2) },
              ],
            },
            rules: [
              {
                id: 'inclusion-urgent',
                strategy: 'limiting',
                level: 'urgent-improvement',
                description: 'Any urgent improvement criterion met.',
                when: { or: [1, 2].map((i) => ({ '==': [{ var: `checks.inclusion-urgent-improvement-${i}` }, 'met'] })) },
              },
              { id: 'inclusion-evidence', strategy: 'insufficient-evidence', level: null, description: 'Too little assessed.', when: { '<': [{ var: 'descriptors.assessed' }, 4] } },
              { id: 'inclusion-exceptional', strategy: 'all-criteria', level: 'exceptional', description: 'All strong and exceptional criteria.', when: { and: [allMet('strong-standard'), allMet('exceptional')] } },
              { id: 'inclusion-strong', strategy: 'all-criteria', level: 'strong-standard', description: 'All strong criteria.', when: allMet('strong-standard') },
              { id: 'inclusion-expected', strategy: 'all-criteria', level: 'expected-standard', description: 'All expected criteria.', when: allMet('expected-standard') },
              { id: 'inclusion-attention', strategy: 'all-criteria', level: 'needs-attention', description: 'Otherwise.', when: true },
            ],
          },
        ],
      },
    ],
  };
}

const synthetic = allCriteriaFramework();
const FRAMEWORKS: Framework[] = [...bundledCatalogue.list(), synthetic];
const lookup = FRAMEWORKS;

const SETTINGS = ['Alder House', 'Beech Centre', 'Cedar Academy', 'Damson Lodge', 'Elm Road Centre'];
const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 30 }), fc.constantFrom('Improve attendance.', 'improve  attendance', 'Speed up referrals'));
const timestamp = fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

/**
 * A schema-valid evaluation of a framework: random checks, answers, judgements, strengths,
 * priorities and actions. With `hostile`, it also carries ids and levels the framework does not
 * know, which validation would refuse but no engine function may crash on.
 */
function evaluationOf(framework: Framework, hostile = false): fc.Arbitrary<Evaluation> {
  const areas = allAreas(framework);
  const descriptorIds = areas.flatMap((a) => (a.descriptors?.levels ?? []).flatMap((l) => l.descriptors.map((d) => d.id)));
  const questions = areas.flatMap(questionsOfArea);
  const levels = framework.scales.find((s) => s.id === framework.judgementScale)?.levels.map((l) => l.id) ?? [];
  const levelArb = levels.length > 0 ? fc.option(fc.constantFrom(...levels)) : fc.constant(null);
  const unknownId = fc.constantFrom('zz-unknown', 'constructor', 'attendance-9-9');
  const checks = fc
    .tuple(
      fc.array(fc.option(fc.constantFrom(...CHECK_STATUSES), { freq: 3 }), { minLength: descriptorIds.length, maxLength: descriptorIds.length }),
      hostile ? fc.dictionary(unknownId, fc.constantFrom(...CHECK_STATUSES)) : fc.constant({}),
    )
    .map(([statuses, extra]) => {
      const out: Evaluation['checks'] = { ...extra };
      descriptorIds.forEach((id, i) => {
        if (statuses[i] !== null && statuses[i] !== undefined) out[id] = statuses[i]!;
      });
      return out;
    });
  const answers = fc.array(fc.option(fc.tuple(text, fc.constantFrom(...RESPONSES), levelArb, fc.boolean()), { freq: 2 }), { minLength: questions.length, maxLength: questions.length }).map((list) => {
    const out: Evaluation['answers'] = {};
    questions.forEach((q, i) => {
      const a = list[i];
      if (!a) return;
      const [t, response, level, evidence] = a;
      if (q.answer === 'reflection') out[q.id] = { text: t };
      else if (q.answer === 'yes-partly-no') out[q.id] = { response };
      else if (q.answer === 'rating' && level !== null) out[q.id] = { level };
      else if (q.answer === 'evidence') out[q.id] = evidence ? { evidence: [{ title: t }] } : { text: t };
    });
    return out;
  });
  const record = fc.record(
    {
      evidence: text,
      strengths: fc.array(text, { maxLength: 2 }),
      priorities: fc.array(text, { maxLength: 2 }),
      judgement: fc.option(fc.record({ level: hostile ? fc.option(fc.constantFrom(...levels, 'not-a-level')) : levelArb, rationale: fc.option(text) })),
    },
    { requiredKeys: [] },
  );
  // An area not yet written cannot be judged (validation refuses it), except in hostile input.
  const levelFor = (area: (typeof areas)[number], level: string | null | undefined) => (area.status === 'not-yet-written' && !hostile ? null : (level ?? null));
  const records = fc.array(fc.option(record), { minLength: areas.length, maxLength: areas.length }).map((list) => {
    const out: Evaluation['areas'] = {};
    const actions: Evaluation['actions'] = [];
    areas.forEach((area, i) => {
      const r = list[i];
      if (!r) return;
      const priorities = (r.priorities ?? []).map((t, n) => ({ id: `${area.id}-p${n}`, text: t }));
      out[area.id] = {
        ...(r.evidence === undefined ? {} : { evidence: r.evidence }),
        ...(r.strengths === undefined ? {} : { strengths: r.strengths }),
        ...(priorities.length > 0 ? { priorities } : {}),
        ...(r.judgement ? { judgement: { level: levelFor(area, r.judgement.level), ...(r.judgement.rationale === null ? {} : { rationale: r.judgement.rationale }) } } : {}),
      };
      priorities.forEach((p, n) => actions.push({ id: `${p.id}-a`, area: area.id, priority: p.id, what: 'Act on it.', status: n % 2 === 0 ? 'not-started' : 'done', createdAt: '2026-01-01T00:00:00Z', reviews: [] }));
    });
    return { areas: out, actions };
  });
  return fc
    .record({
      id: fc.uuid(),
      status: fc.constantFrom('draft' as const, 'submitted' as const),
      use: framework.uses.length > 0 ? fc.option(fc.constantFrom(...framework.uses.map((u) => u.id))) : fc.constant(null),
      setting: fc.record({ name: fc.option(fc.constantFrom(...SETTINGS)), urn: fc.option(fc.constantFrom('999001', '999002')), localAuthority: fc.option(fc.constantFrom('Northshire', 'Southshire')) }),
      dates: fc.tuple(timestamp, timestamp),
      checks,
      answers,
      records,
    })
    .map((r): Evaluation => {
      const setting: Evaluation['setting'] = {};
      if (r.setting.name !== null) setting.name = r.setting.name;
      if (r.setting.urn !== null) setting.urn = r.setting.urn;
      if (r.setting.localAuthority !== null) setting.localAuthority = r.setting.localAuthority;
      return {
        format: 'apq-evaluation',
        formatVersion: 2,
        id: r.id,
        framework: { id: framework.id, version: framework.version },
        status: r.status,
        ...(r.use === null ? {} : { use: r.use }),
        setting,
        evaluators: [],
        createdAt: r.dates[0],
        updatedAt: r.dates[1],
        ...(r.status === 'submitted' ? { submittedAt: r.dates[1] } : {}),
        answers: r.answers,
        checks: r.checks,
        areas: r.records.areas,
        actions: r.records.actions,
        carriedOver: [],
      };
    });
}

function rank(framework: Framework, s: AreaSuggestion): number {
  const scaleId = allAreas(framework).find((a) => a.id === s.area)?.descriptors?.scale ?? framework.judgementScale;
  const scale = framework.scales.find((x) => x.id === scaleId)!;
  return levelRank(scale, s.level!);
}

describe('the generators', () => {
  it('should make schema-valid evaluations that fit the framework (drafts validate in full)', () => {
    assert.equal(validateFramework(synthetic).ok, true);
    for (const framework of FRAMEWORKS) {
      fc.assert(
        fc.property(evaluationOf(framework), (e) => {
          assert.equal(parseWith(Evaluation, e).ok, true);
          if (framework !== synthetic && e.status === 'draft') assert.equal(validateEvaluation(e, bundledCatalogue).ok, true);
        }),
        { numRuns: 40 },
      );
    }
  });
});

describe('random evaluations never crash any function', () => {
  for (const framework of FRAMEWORKS) {
    it(`${framework.id}@${framework.version}`, () => {
      fc.assert(
        fc.property(fc.boolean(), fc.array(fc.boolean().chain((h) => evaluationOf(framework, h)), { minLength: 1, maxLength: 6 }), (hostile, list) => {
          const [a, b] = [list[0]!, list.at(-1)!];
          const suggestions = suggest(framework, a);
          assert.equal(suggestions.areas.length, allAreas(framework).length);
          summaryCsv(summarise(framework, a));
          compare(a, b, lookup);
          const next = copyForward(a, { now: new Date('2029-01-01') });
          assert.equal(parseWith(Evaluation, next).ok, parseWith(Evaluation, a).ok, 'a copy of a schema-valid evaluation is schema-valid');
          aggregateCsv(aggregate(framework, list, hostile ? { use: 'self-evaluation', from: '2026', to: '2027-06' } : {}));
          validateEvaluation(a, bundledCatalogue);
          JSON.stringify(suggestions);
        }),
        RUNS,
      );
    });
  }

  it('init for every framework and use', () => {
    for (const framework of FRAMEWORKS) {
      for (const use of [undefined, ...framework.uses.map((u) => u.id)]) assert.equal(parseWith(Evaluation, init(framework, use)).ok, true);
    }
  });
});

describe('a limiting descriptor met always wins', () => {
  for (const framework of [bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!, synthetic]) {
    const limiting = allAreas(framework).flatMap((area) =>
      (area.descriptors?.levels ?? []).filter((l) => l.limiting).flatMap((l) => l.descriptors.map((d) => ({ area: area.id, level: l.level, id: d.id }))),
    );
    it(`${framework.id}: ${limiting.length} limiting descriptors`, () => {
      assert.ok(limiting.length > 0);
      fc.assert(
        fc.property(evaluationOf(framework), fc.constantFrom(...limiting), (e, d) => {
          e.checks[d.id] = 'met';
          const s = suggest(framework, e).areas.find((x) => x.area === d.area)!;
          assert.equal(s.status, 'suggested');
          assert.equal(s.level, d.level);
          assert.equal(s.rule?.strategy, 'limiting');
          assert.ok(s.descriptors.some((x) => x.id === d.id && x.status === 'met'));
        }),
        RUNS,
      );
    });
  }
});

describe('meeting more descriptors of a better level never makes a suggestion worse', () => {
  for (const framework of [bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!, synthetic]) {
    it(framework.id, () => {
      const candidates = allAreas(framework).flatMap((area) =>
        (area.descriptors?.levels ?? []).filter((l) => !l.limiting).flatMap((l) => l.descriptors.map((d) => ({ area: area.id, level: l.level, id: d.id }))),
      );
      let compared = 0;
      fc.assert(
        fc.property(evaluationOf(framework), fc.constantFrom(...candidates), (e, d) => {
          const before = suggest(framework, e).areas.find((x) => x.area === d.area)!;
          if (before.status !== 'suggested' || e.checks[d.id] === 'met') return;
          const levelRankOf = rank(framework, { ...before, level: d.level });
          if (levelRankOf > rank(framework, before)) return;
          e.checks[d.id] = 'met';
          const after = suggest(framework, e).areas.find((x) => x.area === d.area)!;
          compared++;
          assert.equal(after.status, 'suggested');
          assert.ok(rank(framework, after) <= rank(framework, before), `${before.level} became ${after.level} after meeting ${d.id}`);
        }),
        { numRuns: 400 },
      );
      assert.ok(compared > 20, `only ${compared} cases compared`);
    });
  }
});

describe('aggregate counts add up', () => {
  for (const framework of FRAMEWORKS) {
    it(framework.id + '@' + framework.version, () => {
      const others = FRAMEWORKS.filter((f) => f !== framework);
      const anyEvaluation = fc.oneof({ weight: 4, arbitrary: evaluationOf(framework) }, { weight: 1, arbitrary: fc.constantFrom(...others).chain((f) => evaluationOf(f)) });
      fc.assert(
        fc.property(fc.array(anyEvaluation, { maxLength: 25 }), fc.option(fc.constantFrom('draft' as const, 'submitted' as const, 'any' as const)), (list, status) => {
          const options = status === null ? {} : { status };
          const result = aggregate(framework, list, options);
          const e = selectEvaluations(framework, list, options);
          assert.equal(e.included.length + e.superseded + e.filteredOut + e.leftOut, list.length);
          // Each published cell is its raw count rounded to base 5 (or suppressed).
          const near = (c: Cell, raw: number) => assert.ok(c.suppressed ? raw < ROUNDING_BASE : Math.abs(c.count! - raw) < ROUNDING_BASE, `${JSON.stringify(c)} for ${raw}`);
          near(result.settings, e.included.length);
          near(result.evaluations.received, list.length);
          const tallies = tallyAreas(framework, e.included);
          assert.equal(tallies.length, result.areas.length, 'one row per written area');
          tallies.forEach((tally, i) => {
            assert.equal(tally.levels.reduce((n, l) => n + l.count, 0) + tally.notJudged, e.included.length, tally.area);
            const c = tally.completion;
            assert.equal(c.completed + c.inProgress + c.notStarted, e.included.length);
            assert.ok(tally.named <= e.included.length);
            const a = result.areas[i]!;
            tally.levels.forEach((l, j) => near(a.judgements[j]!.settings, l.count));
            near(a.notJudged, tally.notJudged);
          });
        }),
        RUNS,
      );
    });
  }
});

describe('suppression never lets a count of fewer than three settings through', () => {
  function cells(result: ReturnType<typeof aggregate>): Cell[] {
    return [result.settings, ...result.areas.flatMap((a) => [...a.judgements.map((j) => j.settings), a.notJudged, a.priorities.named, ...a.priorities.common.map((p) => p.settings)])];
  }

  it('in aggregate, its JSON and its CSV', () => {
    const toolkit = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
    fc.assert(
      fc.property(fc.array(evaluationOf(toolkit), { maxLength: 30 }), (list) => {
        const result = aggregate(toolkit, list);
        for (const c of cells(result)) {
          assert.ok(c.suppressed ? c.count === null : c.count !== null && c.count >= SUPPRESSION_THRESHOLD, JSON.stringify(c));
        }
        for (const row of aggregateCsv(result).split('\n').slice(1)) {
          const value = row.split(',').at(-1)!;
          assert.ok(value === 'suppressed' || Number(value) >= SUPPRESSION_THRESHOLD, row);
        }
      }),
      RUNS,
    );
  });

  it('in any count, whatever the draw, and a count from 5 settings on is never suppressed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 50 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (count, draw) => {
        const c = protectCount(count, draw);
        assert.ok(c.suppressed || count >= SUPPRESSION_THRESHOLD);
        if (!c.suppressed) assert.equal(c.count! % ROUNDING_BASE, 0);
        if (count >= ROUNDING_BASE) assert.equal(c.suppressed, false);
      }),
      { numRuns: 500 },
    );
  });
});
