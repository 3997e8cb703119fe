// SPDX-License-Identifier: MIT
// Problem codes: every problem core reports over the bad-input fixtures carries a stable,
// kebab-case code listed in PROBLEM_CODES, and docs/problems.md documents every code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DATA_LINT_CODES } from '../lint/codes.js';
import { checkWorkedExample, parseWorkedExample } from '../src/engine/examples.js';
import { PROBLEM_CODES, type Problem, isProblemCode } from '../src/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { parseJsonText, validateDocument, validateEvaluation, validateFramework } from '../src/validate/index.js';
import { diffFrameworks, migrateEvaluation } from '../src/versioning/index.js';
import { leicestershire, minimalEvaluation, toolkit } from './fixtures.js';
import { CORE_DIR, assertCodes } from './helpers.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function problemsOf(result: { ok: true } | { ok: false; problems: Problem[] }): Problem[] {
  return result.ok ? [] : result.problems;
}

/** Every problem core reports for the bad inputs the other test files use, and a few more. */
function badInputProblems(): Problem[] {
  const out: Problem[] = [];
  const add = (result: { ok: true } | { ok: false; problems: Problem[] }) => out.push(...problemsOf(result));

  // Text
  for (const text of ['', 'hello', '{"id": "x", "cat', '\u0000\u0001', '{"a": 1,}', `${'['.repeat(100)}${']'.repeat(100)}`]) add(parseJsonText(text));
  add(parseJsonText('[1]', { maxBytes: 2 }));
  add(parseJsonText('{"answers":{"__proto__":{}},"setting":{"constructor":{}}}'));
  // Input limits: a list of 200,001 numbers (too-big, too-many-values); 150 wrong answers (too-many-problems)
  add(parseJsonText(`[${'0,'.repeat(200_000)}0]`));
  add(validateEvaluation({ ...minimalEvaluation(), answers: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`q-${i}`, 0])) }, bundledCatalogue));
  // What a document is
  for (const value of [null, [], 7, { hello: 'world' }, { format: 'other' }, { format: 'apq-evaluation' }]) add(validateDocument(value, bundledCatalogue));

  // Frameworks
  const duplicate = toolkit();
  duplicate.categories[1]!.areas[0]!.id = 'workforce-development-and-wellbeing';
  duplicate.categories[1]!.areas[1]!.number = 1;
  add(validateFramework(duplicate));
  const shapes = toolkit() as unknown as Record<string, any>;
  shapes.categories[0].areas[1].questions[2].id = 'Not An Id';
  shapes.categories[2].areas[0].number = 'nine';
  shapes.categories[0].colour = 'red';
  shapes.categories[0].areas[0].status = 'draft';
  shapes.categories[1].areas[0].questions = [];
  add(validateFramework(shapes));
  const references = leicestershire();
  references.judgementScale = 'ofsted-2030';
  references.categories[0]!.areas[0]!.descriptors!.levels[0]!.descriptors[0]!.footnotes = ['nope'];
  references.categories[0]!.areas[0]!.descriptors!.guidance = ['nowhere'];
  add(validateFramework(references));
  const rules = leicestershire();
  const attendance = rules.categories[0]!.areas[0]!;
  attendance.rules[0]!.when = { method: [{ var: 'checks.attendance-4-1' }, 'toString'] };
  attendance.rules[1]!.when = { '>': [{ var: 'checks.attendance-9-9' }, 0], '<': [1, 2] };
  attendance.rules[2]!.when = { var: [{ var: 'x' }] };
  attendance.rules[3]!.level = 'excellent';
  add(validateFramework(rules));
  const limiting = leicestershire();
  limiting.categories[0]!.areas[0]!.rules.reverse();
  add(validateFramework(limiting));
  const unlimited = leicestershire();
  unlimited.categories[0]!.areas[0]!.rules = unlimited.categories[0]!.areas[0]!.rules.filter((r) => r.strategy !== 'limiting');
  add(validateFramework(unlimited));
  const crossed = toolkit();
  const crosswalk = crossed.crosswalks[0]!;
  crosswalk.entries.push({ ...crosswalk.entries[0]!, targets: ['no-such-target'] });
  crossed.migrations.push({ from: 'old-question', to: ['nothing-here'], kind: 'moved', since: '2.0.0' });
  const partnership = crossed.categories.flatMap((c) => c.areas).find((a) => a.id === 'partnership-working')!;
  partnership.subAreas[1]!.letter = 'a';
  crossed.uses[0]!.focusAreas = ['nowhere'];
  add(validateFramework(crossed));
  const levels = leicestershire();
  levels.categories[0]!.areas[0]!.descriptors!.levels[1]!.level = 'outstanding';
  levels.categories[0]!.areas[0]!.rules[4]!.when = { '>': [{ var: 'levels.outstanding.mood' }, 0] };
  add(validateFramework(levels));
  const unscaled = structuredClone(bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!);
  unscaled.categories[0]!.areas[0]!.questions.push({ id: 'rated-q', text: 'How good?', answer: 'rating' });
  unscaled.categories[0]!.areas[0]!.rules.push({ id: 'rated-rule', strategy: 'best-fit', level: 'good', description: 'Always.', when: true });
  add(validateFramework(unscaled));
  const unwritten = leicestershire();
  unwritten.categories[0]!.areas[1]!.questions.push({ id: 'extra-q', text: 'Why?', answer: 'reflection' });
  add(validateFramework(unwritten));
  const costly = leicestershire();
  const costlyRules = costly.categories[0]!.areas[0]!.rules;
  costlyRules[1]!.when = { '<': [{ var: ['descriptors.assessed', { log: 'x' }] }, 2] };
  costlyRules[2]!.when = JSON.parse(`${'{"!":'.repeat(40)}true${'}'.repeat(40)}`);
  costlyRules[3]!.when = { max: Array.from({ length: 600 }, () => 0) };
  costlyRules[4]!.when = { in: ['x'.repeat(300), 'y'] };
  for (let i = 0; i < 50; i++) costlyRules.push({ id: `costly-${i}`, strategy: 'best-fit', level: 'good', description: 'Costly.', when: { max: Array.from({ length: 450 }, () => 0) } });
  add(validateFramework(costly));

  // Evaluations
  add(validateEvaluation(minimalEvaluation({ framework: { id: 'no-such', version: '1.0.0' } }), bundledCatalogue));
  add(validateEvaluation(minimalEvaluation({ framework: { id: 'ap-quality-toolkit', version: '9.0.0' } }), bundledCatalogue));
  add(
    validateEvaluation(
      minimalEvaluation({
        use: 'no-such-use',
        answers: { 'no-such-question': { text: 'x' }, 'pupil-induction-q1': { response: 'yes', level: 'embedded' } },
        checks: { 'attendance-1-1': 'met' },
        areas: { 'pupil-induction': { judgement: { level: 'outstanding' } }, elsewhere: {} },
        actions: [
          { id: 'a1', area: 'pupil-induction', priority: 'missing', what: 'x', status: 'done', createdAt: '2026-01-01T00:00:00Z', reviews: [] },
          { id: 'a1', area: 'nowhere', what: 'x', status: 'done', createdAt: '2026-01-01T00:00:00Z', reviews: [] },
        ],
      }),
      bundledCatalogue,
    ),
  );
  add(validateEvaluation(minimalEvaluation({ status: 'submitted', use: undefined, setting: { urn: '12345' } }), bundledCatalogue));
  add(
    validateEvaluation(
      minimalEvaluation({ framework: { id: 'ap-quality-toolkit', version: '1.0.0' }, use: undefined, answers: {}, areas: { 'pupil-induction': { judgement: { level: 'good' } } }, actions: [] }),
      bundledCatalogue,
    ),
  );
  const differing = JSON.parse(readFileSync(join(CORE_DIR, 'data/frameworks/leicestershire-bp-qa/examples/good-partnership.json'), 'utf8')) as { evaluation: Evaluation };
  differing.evaluation.areas.attendance!.judgement = { level: 'inadequate' };
  add(validateEvaluation(differing.evaluation, bundledCatalogue));
  const keys = minimalEvaluation() as unknown as Record<string, any>;
  keys.answers['Bad Key'] = { text: 'x' };
  keys.id = 'x'.repeat(201);
  add(validateEvaluation(keys, bundledCatalogue));
  add(
    validateEvaluation(
      minimalEvaluation({
        framework: { id: 'leicestershire-bp-qa', version: '1.0.0' },
        use: undefined,
        answers: {},
        areas: { 'referral-assessment-and-provision-planning': { judgement: { level: 'good' } }, attendance: { judgement: { level: 'outstanding' } } },
        actions: [],
        status: 'submitted',
        submittedAt: '2026-11-23',
        checks: Object.fromEntries(['attendance-2-1', 'attendance-2-2', 'attendance-2-3', 'attendance-2-4', 'attendance-2-5'].map((id) => [id, 'met' as const])),
      }),
      bundledCatalogue,
    ),
  );
  const shaped = minimalEvaluation() as unknown as Record<string, any>;
  shaped.updatedAt = 'yesterday';
  shaped.id = '';
  shaped.answers['pupil-induction-q1'].evidence = [{ title: 5 }];
  shaped.areas['pupil-induction'].mood = 'good';
  shaped.status = 'final';
  delete shaped.evaluators;
  add(validateEvaluation(shaped, bundledCatalogue));

  // The improvement plan and examples of practice
  const planned = { id: 'a1', area: 'pupil-induction', what: ' ', status: 'in-progress' as const, due: '2026-02-31', createdAt: '2026-09-01T09:00:00Z', reviews: [{ id: 'r1', on: '2026-08-01', note: 'Early.', status: 'in-progress' as const }] };
  const offered = { id: 'o1', title: 't', summary: 's', areas: ['pupil-induction'], strength: { area: 'pupil-induction', index: 9 }, offeredAt: '2026-12-01' };
  add(validateEvaluation(minimalEvaluation({ actions: [planned], practice: [offered] }), bundledCatalogue));
  const example1 = { id: 'x', title: 't', summary: 's', areas: ['pupil-induction'], offeredAt: '2026-12-01', framework: { id: 'ap-quality-toolkit', version: '2.0.0' } };
  add(validateDocument({ format: 'apq-practice-library', formatVersion: 1, framework: { id: 'ap-quality-toolkit', version: '1.0.0' }, examples: [example1] }, bundledCatalogue));

  // Versions and worked examples
  const framework = toolkit();
  add(migrateEvaluation(minimalEvaluation(), { ...framework, id: 'other' }));
  add(migrateEvaluation(minimalEvaluation(), framework, { now: new Date('yesterday') }));
  add(diffFrameworks(framework, { ...framework, id: 'other' }));

  // Aggregates: a hand-edited file with a small count, an unrounded one and a period with no areas
  const aggregate = JSON.parse(readFileSync(join(CORE_DIR, 'test/fixtures/aggregate-example.json'), 'utf8')) as Record<string, any>;
  aggregate.periods[0].settings = { count: 2, suppressed: false };
  aggregate.periods[0].areas[0].notJudged = { count: 7, suppressed: false };
  aggregate.periods[1].areas = [];
  add(validateDocument(aggregate, bundledCatalogue));
  const file = join(CORE_DIR, 'data/frameworks/leicestershire-bp-qa/examples/good-partnership.json');
  const example = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  delete example.expected.attendance;
  example.expected.elsewhere = { status: 'suggested' };
  add(parseWorkedExample(example, bundledCatalogue));
  const wrong = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  wrong.expected.attendance = { status: 'no-rule-matched', level: 'inadequate', rule: 'nothing' };
  const loaded = parseWorkedExample(wrong, bundledCatalogue);
  if (loaded.ok) out.push(...checkWorkedExample(loaded.value));
  return out;
}

describe('PROBLEM_CODES', () => {
  it('should list kebab-case codes, each with a one-line meaning, apart from the data lint’s own', () => {
    for (const [code, meaning] of [...Object.entries(PROBLEM_CODES), ...Object.entries(DATA_LINT_CODES)]) {
      assert.match(code, KEBAB, code);
      assert.ok(meaning.length > 0 && !meaning.includes('\n'), code);
    }
    assert.deepEqual(Object.keys(DATA_LINT_CODES).filter((code) => isProblemCode(code)), []);
    assert.equal(isProblemCode('urn-invalid'), true);
    assert.equal(isProblemCode('constructor'), false);
  });

  it('should be documented, every one of them and no other, in docs/problems.md', () => {
    const doc = readFileSync(join(CORE_DIR, 'docs/problems.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
    assert.deepEqual([...documented].sort(), [...Object.keys(PROBLEM_CODES), ...Object.keys(DATA_LINT_CODES)].sort());
    assert.equal(new Set(documented).size, documented.length, 'each code once');
  });
});

describe('problem codes over the bad-input fixtures', () => {
  const problems = badInputProblems();

  it('should give every problem a listed code and params of strings and numbers', () => {
    assert.ok(problems.length > 50, `${problems.length} problems`);
    assertCodes(problems);
  });

  it('should reach every code but those only the CLI, or a zod check no schema uses with JSON input, can give', () => {
    const seen = new Set(problems.map((p) => p.code));
    const unseen = Object.keys(PROBLEM_CODES).filter((code) => !seen.has(code));
    // not-an-evaluation and not-a-framework: the CLI tests; invalid-union, not-multiple-of and
    // invalid: no schema gives them for a value parsed from JSON today.
    assert.deepEqual(unseen.sort(), ['invalid', 'invalid-union', 'not-a-framework', 'not-an-evaluation', 'not-multiple-of']);
  });
});
