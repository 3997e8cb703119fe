// SPDX-License-Identifier: MIT
// Rules as data: every strategy (limiting, insufficient evidence, best fit, all criteria), rules over
// answers, the statuses of areas without a suggestion, and frameworks refused before a rule runs.
// A small synthetic framework, in the shape of Ofsted's 2025 report cards, covers what no
// bundled framework uses yet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaFacts, compileFramework, suggest, suggestArea } from '../src/engine/index.js';
import type { QualityArea } from '../src/schema/area.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import type { Rule } from '../src/schema/rule.js';
import { ApqValidationError, formatProblem } from '../src/validate/problems.js';
import { validateFramework } from '../src/validate/validate.js';

const REPORT_CARD = {
  id: 'ofsted-2025-report-card',
  title: 'Ofsted report card grades',
  levels: [
    { id: 'exceptional', label: 'Exceptional' },
    { id: 'strong-standard', label: 'Strong standard' },
    { id: 'expected-standard', label: 'Expected standard' },
    { id: 'needs-attention', label: 'Needs attention' },
    { id: 'urgent-improvement', label: 'Urgent improvement' },
  ],
};

const met = (id: string) => ({ '==': [{ var: `checks.${id}` }, 'met'] });
const allMet = (level: string) => ({ '==': [{ var: `levels.${level}.met` }, { var: `levels.${level}.total` }] });

function area(id: string, number: number, parts: Partial<QualityArea> = {}): QualityArea {
  return { id, number, title: `Area ${id}`, status: 'complete', questions: [], subAreas: [], descriptors: null, rules: [], ...parts };
}

/** An Ofsted-2025-style area: urgent improvement is limiting; every other level needs all of its criteria. */
function inclusion(): QualityArea {
  const d = (level: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `inclusion-${level}-${i + 1}`, text: `Inclusion ${level} criterion ${i + 1}.` }));
  return area('inclusion', 1, {
    descriptors: {
      scale: 'ofsted-2025-report-card',
      levels: [
        { level: 'exceptional', descriptors: d('exceptional', 2) },
        { level: 'strong-standard', descriptors: d('strong-standard', 3) },
        { level: 'expected-standard', descriptors: d('expected-standard', 3) },
        { level: 'urgent-improvement', lead: 'Inclusion needs urgent improvement if any of the following apply.', limiting: true, descriptors: d('urgent-improvement', 2) },
      ],
    },
    rules: [
      { id: 'inclusion-urgent', strategy: 'limiting', level: 'urgent-improvement', description: 'Any urgent improvement criterion met decides.', when: { or: [met('inclusion-urgent-improvement-1'), met('inclusion-urgent-improvement-2')] } },
      { id: 'inclusion-evidence', strategy: 'insufficient-evidence', level: null, description: 'Too few criteria assessed.', when: { '<': [{ var: 'descriptors.assessed' }, 5] } },
      { id: 'inclusion-exceptional', strategy: 'all-criteria', level: 'exceptional', description: 'Every strong standard and exceptional criterion is met.', when: { and: [allMet('strong-standard'), allMet('exceptional')] } },
      { id: 'inclusion-strong', strategy: 'all-criteria', level: 'strong-standard', description: 'Every strong standard criterion is met.', when: allMet('strong-standard') },
      { id: 'inclusion-expected', strategy: 'all-criteria', level: 'expected-standard', description: 'Every expected standard criterion is met.', when: allMet('expected-standard') },
      { id: 'inclusion-needs-attention', strategy: 'all-criteria', level: 'needs-attention', description: 'The expected standard is not met in full.', when: true },
    ],
  });
}

function synthetic(extra: QualityArea[] = []): Framework {
  return {
    schemaVersion: 1,
    id: 'synthetic',
    version: '1.0.0',
    title: 'Synthetic framework for engine tests',
    publisher: 'AP Quality tests',
    status: 'draft',
    locale: 'en-GB',
    description: 'Areas that exercise every rule strategy.',
    provenance: [],
    guidance: [],
    footnotes: [],
    judgementScale: 'ofsted-2025-report-card',
    scales: [REPORT_CARD],
    uses: [],
    crosswalks: [],
    examplesOfPractice: [],
    migrations: [],
    categories: [
      {
        id: 'main',
        title: 'Main',
        areas: [
          inclusion(),
          area('answered', 2, {
            questions: [
              { id: 'answered-q1', text: 'Is the offer in place?', answer: 'yes-partly-no' },
              { id: 'answered-q2', text: 'How would you rate it?', answer: 'rating' },
            ],
            rules: [
              { id: 'answered-in-number', strategy: 'best-fit', level: 'exceptional', description: 'Never holds: in over a number.', when: { in: ['x', { var: 'descriptors.total' }] } },
              { id: 'answered-strong', strategy: 'best-fit', level: 'strong-standard', description: 'In place and rated strong.', when: { and: [{ '==': [{ var: 'answers.answered-q1.response' }, 'yes'] }, { '==': [{ var: 'answers.answered-q2.level' }, 'strong-standard'] }] } },
              { id: 'answered-attention', strategy: 'best-fit', level: 'needs-attention', description: 'Not in place.', when: { '==': [{ var: 'answers.answered-q1.response' }, 'no'] } },
            ],
          }),
          area('plain', 3, { questions: [{ id: 'plain-q1', text: 'What works well?', answer: 'reflection' }] }),
          area('listed', 4, { descriptors: { scale: 'ofsted-2025-report-card', levels: [{ level: 'expected-standard', descriptors: [{ id: 'listed-1', text: 'Listed.' }] }] } }),
          area('later', 5, { status: 'not-yet-written' }),
          ...extra,
        ],
      },
    ],
  };
}

function evaluation(checks: Evaluation['checks'] = {}, answers: Evaluation['answers'] = {}): Evaluation {
  return {
    format: 'apq-evaluation',
    formatVersion: 2,
    id: 'synthetic-1',
    framework: { id: 'synthetic', version: '1.0.0' },
    status: 'draft',
    setting: {},
    evaluators: [],
    createdAt: '2027-01-01',
    updatedAt: '2027-01-01',
    answers,
    checks,
    areas: {},
    actions: [],
    carriedOver: [],
  };
}

function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
}

function checksOf(entries: Array<[string[], Evaluation['checks'][string]]>): Evaluation['checks'] {
  return Object.fromEntries(entries.flatMap(([list, status]) => list.map((id) => [id, status])));
}

describe('the synthetic framework', () => {
  it('is a valid framework the engine accepts', () => {
    const result = validateFramework(synthetic());
    assert.equal(result.ok, true, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    assert.equal(compileFramework(synthetic()).ok, true);
  });
});

describe('all criteria (Ofsted 2025 style)', () => {
  const strong = ids('inclusion-strong-standard', 3);
  const expected = ids('inclusion-expected-standard', 3);
  const exceptional = ids('inclusion-exceptional', 2);

  it('should suggest a level only when every one of its criteria is met', () => {
    const f = synthetic();
    const all = suggestArea(f, evaluation(checksOf([[strong, 'met'], [expected, 'met'], [exceptional, 'not-met']])), 'inclusion');
    assert.equal(all.level, 'strong-standard');
    assert.equal(all.rule?.id, 'inclusion-strong');
    assert.equal(all.rule?.strategy, 'all-criteria');
    const oneShort = suggestArea(f, evaluation(checksOf([[strong, 'met'], [expected, 'met'], [exceptional, 'not-met'], [['inclusion-strong-standard-3'], 'partly-met']])), 'inclusion');
    assert.equal(oneShort.level, 'expected-standard');
  });

  it('should need strong standard in full before exceptional', () => {
    const f = synthetic();
    const s = suggestArea(f, evaluation(checksOf([[strong, 'met'], [expected, 'met'], [exceptional, 'met']])), 'inclusion');
    assert.equal(s.level, 'exceptional');
    const notStrong = suggestArea(f, evaluation(checksOf([[strong, 'not-met'], [expected, 'met'], [exceptional, 'met']])), 'inclusion');
    assert.equal(notStrong.level, 'expected-standard');
  });

  it('should give the suggested level\'s criteria with their statuses as reasons', () => {
    const s = suggestArea(synthetic(), evaluation(checksOf([[strong, 'met'], [expected, 'met'], [exceptional, 'partly-met']])), 'inclusion');
    assert.deepEqual(
      s.descriptors.map((d) => `${d.id}:${d.status}`),
      strong.map((id) => `${id}:met`),
    );
    assert.deepEqual(s.passedOver.map((r) => r.id), ['inclusion-urgent', 'inclusion-evidence', 'inclusion-exceptional']);
    assert.equal(s.rule?.position, 3);
    assert.equal(s.counts?.levels['exceptional']?.partlyMet, 2);
    assert.equal(s.counts?.levels['needs-attention']?.total, 0, 'a level of the scale without descriptors reads as empty');
    assert.match(s.explanation, /^Suggested: Strong standard\. Every strong standard criterion is met\. Strong standard descriptors: 3 met, 0 partly met, 0 not met, 0 not assessed, of 3\.$/);
  });

  it('should fall through to the catch-all when the expected standard is not met in full', () => {
    const s = suggestArea(synthetic(), evaluation(checksOf([[strong, 'not-met'], [expected, 'partly-met']])), 'inclusion');
    assert.equal(s.level, 'needs-attention');
    assert.equal(s.rule?.id, 'inclusion-needs-attention');
  });
});

describe('limiting', () => {
  it('should force the limiting level when any one of its descriptors is met, whatever else is met', () => {
    const everything = checksOf([[ids('inclusion-strong-standard', 3), 'met'], [ids('inclusion-expected-standard', 3), 'met'], [ids('inclusion-exceptional', 2), 'met'], [['inclusion-urgent-improvement-2'], 'met']]);
    const s = suggestArea(synthetic(), evaluation(everything), 'inclusion');
    assert.equal(s.level, 'urgent-improvement');
    assert.equal(s.rule?.strategy, 'limiting');
    assert.deepEqual(s.descriptors, [{ id: 'inclusion-urgent-improvement-2', level: 'urgent-improvement', status: 'met', limiting: true }]);
    assert.equal(s.explanation, 'Suggested: Urgent improvement. Any urgent improvement criterion met decides. Met: “Inclusion urgent-improvement criterion 2.”.');
  });

  it('should decide even before there is enough evidence for anything else', () => {
    const s = suggestArea(synthetic(), evaluation({ 'inclusion-urgent-improvement-1': 'met' }), 'inclusion');
    assert.equal(s.status, 'suggested');
    assert.equal(s.level, 'urgent-improvement');
  });

  it('should not be decided by a partly met or not met limiting descriptor', () => {
    const s = suggestArea(synthetic(), evaluation({ 'inclusion-urgent-improvement-1': 'partly-met', 'inclusion-urgent-improvement-2': 'not-met' }), 'inclusion');
    assert.notEqual(s.level, 'urgent-improvement');
  });
});

describe('not enough evidence', () => {
  it('should say so with level null, the rule, and the descriptors still to assess', () => {
    const s = suggestArea(synthetic(), evaluation({ 'inclusion-strong-standard-1': 'met' }), 'inclusion');
    assert.equal(s.status, 'not-enough-evidence');
    assert.equal(s.level, null);
    assert.equal(s.label, null);
    assert.equal(s.rule?.id, 'inclusion-evidence');
    assert.equal(s.descriptors.length, 9);
    assert.ok(s.descriptors.every((d) => d.status === 'not-assessed'));
    assert.equal(s.explanation, 'No level suggested: not enough evidence. Too few criteria assessed. 1 of 10 descriptors assessed.');
  });

  it('should read an explicit not-assessed check as not assessed', () => {
    const s = suggestArea(synthetic(), evaluation(checksOf([[ids('inclusion-strong-standard', 3), 'not-assessed'], [ids('inclusion-expected-standard', 3), 'not-assessed']])), 'inclusion');
    assert.equal(s.status, 'not-enough-evidence');
    assert.equal(s.counts?.descriptors.assessed, 0);
  });
});

describe('rules over answers', () => {
  it('should read answers.<question>.response and .level', () => {
    const f = synthetic();
    const strong = suggestArea(f, evaluation({}, { 'answered-q1': { response: 'yes' }, 'answered-q2': { level: 'strong-standard' } }), 'answered');
    assert.equal(strong.level, 'strong-standard');
    const attention = suggestArea(f, evaluation({}, { 'answered-q1': { response: 'no' } }), 'answered');
    assert.equal(attention.level, 'needs-attention');
    assert.deepEqual(areaFacts(f, evaluation({}, { 'answered-q1': { response: 'partly' } }), 'answered').answers, {
      'answered-q1': { response: 'partly', level: null },
      'answered-q2': { response: null, level: null },
    });
  });

  it('should report no rule matched, with every rule passed over', () => {
    const s = suggestArea(synthetic(), evaluation({}, { 'answered-q1': { response: 'partly' } }), 'answered');
    assert.equal(s.status, 'no-rule-matched');
    assert.equal(s.level, null);
    assert.equal(s.rule, null);
    assert.deepEqual(s.passedOver.map((r) => r.id), ['answered-in-number', 'answered-strong', 'answered-attention']);
    assert.ok(s.passedOver.every((r) => r.error === undefined));
    assert.match(s.explanation, /none of the 3 rules for area 2 \(Area answered\) applies/);
  });
});

describe('areas without a suggestion', () => {
  it('should say why: no descriptors, descriptors without rules, not yet written', () => {
    const byArea = Object.fromEntries(suggest(synthetic(), evaluation()).areas.map((s) => [s.area, s]));
    assert.equal(byArea['plain']?.status, 'no-descriptors');
    assert.equal(byArea['listed']?.status, 'no-rules');
    assert.equal(byArea['later']?.status, 'not-yet-written');
    for (const id of ['plain', 'listed', 'later']) {
      assert.equal(byArea[id]?.level, null);
      assert.match(byArea[id]!.explanation, /^No level suggested: /);
    }
    assert.equal(byArea['plain']?.counts, null);
    assert.equal(byArea['listed']?.counts?.descriptors.total, 1);
  });

  it('should list every area in framework order', () => {
    assert.deepEqual(suggest(synthetic(), evaluation()).areas.map((s) => s.area), ['inclusion', 'answered', 'plain', 'listed', 'later']);
  });

  it('should refuse an area the framework does not have', () => {
    assert.throws(() => suggestArea(synthetic(), evaluation(), 'nowhere'), /unknown area "nowhere" in synthetic@1\.0\.0/);
  });
});

describe('frameworks the engine refuses when they load', () => {
  function withRules(rules: Rule[]): Framework {
    const f = synthetic();
    f.categories[0]!.areas[0]!.rules = rules;
    return f;
  }
  const catchAll: Rule = { id: 'inclusion-catch-all', strategy: 'best-fit', level: 'needs-attention', description: 'Otherwise.', when: true };
  const limiting = inclusion().rules[0]!;

  function refusal(f: Framework): string[] {
    const compiled = compileFramework(f);
    assert.equal(compiled.ok, false);
    assert.throws(() => suggest(f, evaluation()), ApqValidationError);
    return compiled.ok ? [] : compiled.problems.map(formatProblem);
  }

  it('should refuse an operator outside the allowlist before any rule runs', () => {
    const f = withRules([limiting, { ...catchAll, when: { method: [{ var: 'checks.inclusion-exceptional-1' }, 'toString'] } }]);
    assert.equal(validateFramework(f).ok, false);
    assert.ok(refusal(f).some((l) => l.startsWith('categories[0].areas[0].rules[1].when.method: operator "method" is not allowed')));
  });

  it('should refuse a rule that reads a descriptor the area does not have', () => {
    const f = withRules([limiting, { ...catchAll, when: met('inclusion-exceptional-9') }]);
    assert.equal(validateFramework(f).ok, false);
    assert.ok(refusal(f).some((l) => l.includes('"checks.inclusion-exceptional-9" names a descriptor "inclusion-exceptional-9" that is not in this area')));
  });

  it('should refuse a limiting level without a limiting rule', () => {
    assert.ok(refusal(withRules([catchAll])).some((l) => l === 'categories[0].areas[0].descriptors.levels[3].limiting: level "urgent-improvement" is limiting, so it needs a rule with strategy "limiting" and level "urgent-improvement"'));
  });

  it('should refuse any other rule deciding before a limiting one', () => {
    assert.ok(refusal(withRules([catchAll, limiting])).some((l) => l.startsWith('categories[0].areas[0].rules[0]: rule "inclusion-catch-all" comes before "inclusion-urgent"')));
  });

  it('should refuse a limiting rule that leaves one of the limiting descriptors unread', () => {
    const partial: Rule = { ...limiting, when: met('inclusion-urgent-improvement-1') };
    assert.ok(refusal(withRules([partial, catchAll])).some((l) => l.includes('limiting descriptor "inclusion-urgent-improvement-2" is not read by any limiting rule')));
  });
});
