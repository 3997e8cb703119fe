// SPDX-License-Identifier: MIT
// The schemas and the checks behind them, on good and bad samples: every problem names its path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { parseJsonText, validateDocument, validateEvaluation, validateFramework } from '../src/validate/index.js';
import { formatProblem, type Problem, type Result } from '../src/validate/problems.js';
import { leicestershire, minimalEvaluation, toolkit } from './fixtures.js';
import { assertCodes } from './helpers.js';

/** The problems as `path: message` lines; every problem must carry a listed code. */
function lines<T>(result: Result<T>): string[] {
  assert.equal(result.ok, false, 'expected the input to be refused');
  return result.ok ? [] : assertCodes(result.problems).map(formatProblem);
}

/** The problems as `[path, code]` pairs. */
function codes<T>(result: Result<T>): Array<[string, string]> {
  assert.equal(result.ok, false, 'expected the input to be refused');
  return result.ok ? [] : assertCodes(result.problems).map((p: Problem) => [p.path, p.code]);
}

describe('validateFramework', () => {
  it('accepts every bundled framework version', () => {
    for (const f of bundledCatalogue.list()) assert.equal(validateFramework(f).ok, true, `${f.id}@${f.version}`);
  });

  it('names the path of a duplicate id', () => {
    const f = toolkit();
    f.categories[1]!.areas[0]!.id = 'workforce-development-and-wellbeing';
    assert.deepEqual(lines(validateFramework(f)).filter((l) => l.includes('duplicate id')), [
      'categories[1].areas[0].id: duplicate id "workforce-development-and-wellbeing" (first used at categories[0].areas[0].id)',
    ]);
    const result = validateFramework(f);
    assert.deepEqual(result.ok ? [] : result.problems.filter((p) => p.code === 'duplicate-id').map((p) => p.params), [
      { id: 'workforce-development-and-wellbeing', first: 'categories[0].areas[0].id' },
    ]);
  });

  it('refuses malformed ids, wrong types deep inside and unknown keys', () => {
    const f = toolkit() as unknown as Record<string, any>;
    f.categories[0].areas[1].questions[2].id = 'Not An Id';
    f.categories[2].areas[0].number = 'nine';
    f.categories[0].colour = 'red';
    assert.deepEqual(lines(validateFramework(f)), [
      'categories[0].areas[1].questions[2].id: must be lowercase kebab-case ASCII (letters, digits and single hyphens), got "Not An Id"',
      'categories[0].colour: unknown key',
      'categories[2].areas[0].number: expected a number, got "nine"',
    ]);
    const result = validateFramework(f);
    assert.deepEqual(
      result.ok ? [] : result.problems.map(({ code, params }) => ({ code, params })),
      [
        { code: 'invalid-format', params: { format: 'regex', pattern: String(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), received: 'string', value: 'Not An Id' } },
        { code: 'unrecognized-key', params: { key: 'colour' } },
        { code: 'invalid-type', params: { expected: 'number', received: 'string', value: 'nine' } },
      ],
    );
  });

  it('refuses references that do not resolve', () => {
    const f = leicestershire();
    f.judgementScale = 'ofsted-2030';
    f.categories[0]!.areas[0]!.descriptors!.levels[0]!.descriptors[0]!.footnotes = ['nope'];
    const out = lines(validateFramework(f));
    assert.ok(out.includes('judgementScale: unknown scale "ofsted-2030" (this framework\'s scales: ofsted-legacy-4)'), out.join('\n'));
    assert.ok(out.includes('categories[0].areas[0].descriptors.levels[0].descriptors[0].footnotes[0]: unknown footnote "nope"'));
    const found = codes(validateFramework(f));
    assert.ok(found.some(([path, code]) => path === 'judgementScale' && code === 'unknown-scale'));
    assert.ok(found.some(([path, code]) => path.endsWith('footnotes[0]') && code === 'unknown-footnote'));
  });

  it('refuses a rule with an unknown operator or a reference to a missing descriptor, on load', () => {
    const f = leicestershire();
    const rules = f.categories[0]!.areas[0]!.rules;
    rules[0]!.when = { method: [{ var: 'checks.attendance-4-1' }, 'toString'] };
    rules[2]!.when = { '>': [{ var: 'checks.attendance-9-9' }, 0] };
    const out = lines(validateFramework(f));
    assert.ok(out.some((l) => l.startsWith('categories[0].areas[0].rules[0].when.method: operator "method" is not allowed')), out.join('\n'));
    assert.ok(out.includes('categories[0].areas[0].rules[2].when[">"][0].var: "checks.attendance-9-9" names a descriptor "attendance-9-9" that is not in this area'), out.join('\n'));
    const found = codes(validateFramework(f));
    assert.ok(found.some(([path, code]) => path === 'categories[0].areas[0].rules[0].when.method' && code === 'operator-not-allowed'));
    assert.ok(found.some(([path, code]) => path === 'categories[0].areas[0].rules[2].when[">"][0].var' && code === 'unknown-fact'));
  });

  it('refuses a not-yet-written area that has content', () => {
    const f = leicestershire();
    f.categories[0]!.areas[1]!.questions.push({ id: 'extra-q', text: 'Why?', answer: 'reflection' });
    assert.ok(lines(validateFramework(f)).includes('categories[0].areas[1].status: an area marked not-yet-written must have no questions, sub-areas, descriptors or rules'));
    assert.ok(codes(validateFramework(f)).some(([path, code]) => path === 'categories[0].areas[1].status' && code === 'unwritten-area-has-content'));
  });

  it('refuses null, arrays and numbers at the top', () => {
    assert.deepEqual(lines(validateFramework(null)), ['(root): expected an object, got null']);
    assert.deepEqual(lines(validateFramework([])), ['(root): expected an object, got a list (array)']);
    assert.deepEqual(lines(validateFramework(42)), ['(root): expected an object, got number 42']);
    const result = validateFramework(null);
    assert.deepEqual(result.ok ? [] : result.problems, [
      { path: '(root)', message: 'expected an object, got null', code: 'invalid-type', params: { expected: 'object', received: 'null' } },
    ]);
  });
});

describe('validateEvaluation', () => {
  it('accepts a minimal draft and checks it against its framework version', () => {
    const result = validateEvaluation(minimalEvaluation(), bundledCatalogue);
    assert.equal(result.ok, true, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  });

  it('refuses an unknown framework or version, naming what exists', () => {
    assert.deepEqual(lines(validateEvaluation(minimalEvaluation({ framework: { id: 'no-such', version: '1.0.0' } }), bundledCatalogue)), [
      'framework.id: unknown framework "no-such"',
    ]);
    assert.deepEqual(lines(validateEvaluation(minimalEvaluation({ framework: { id: 'ap-quality-toolkit', version: '9.0.0' } }), bundledCatalogue)), [
      'framework.version: unknown version "9.0.0" of framework "ap-quality-toolkit" (known: 1.0.0, 2.0.0)',
    ]);
    const unknown = validateEvaluation(minimalEvaluation({ framework: { id: 'ap-quality-toolkit', version: '9.0.0' } }), bundledCatalogue);
    assert.deepEqual(unknown.ok ? undefined : unknown.problems[0], {
      path: 'framework.version',
      message: 'unknown version "9.0.0" of framework "ap-quality-toolkit" (known: 1.0.0, 2.0.0)',
      code: 'unknown-framework-version',
      params: { framework: 'ap-quality-toolkit', version: '9.0.0', known: '1.0.0, 2.0.0' },
    });
  });

  it('refuses answers, checks, levels and actions that do not fit the framework', () => {
    const evaluation = minimalEvaluation({
      answers: { 'no-such-question': { text: 'x' }, 'pupil-induction-q1': { response: 'yes' } },
      checks: { 'attendance-1-1': 'met' },
      areas: { 'pupil-induction': { judgement: { level: 'outstanding' } } },
      actions: [{ id: 'a1', area: 'pupil-induction', priority: 'missing', what: 'x', status: 'done', createdAt: '2026-01-01T00:00:00Z', reviews: [] }],
    });
    assert.deepEqual(lines(validateEvaluation(evaluation, bundledCatalogue)), [
      'answers.no-such-question: unknown question "no-such-question" in ap-quality-toolkit@2.0.0',
      'answers.pupil-induction-q1.response: question "pupil-induction-q1" takes a reflection answer, not yes/partly/no',
      'checks.attendance-1-1: unknown grade descriptor "attendance-1-1" in ap-quality-toolkit@2.0.0',
      'areas.pupil-induction.judgement.level: unknown level "outstanding" of scale "apq-developmental" (embedded, established, developing, emerging)',
      'actions[0].priority: no priority "missing" in area "pupil-induction"',
    ]);
    assert.deepEqual(codes(validateEvaluation(evaluation, bundledCatalogue)), [
      ['answers.no-such-question', 'unknown-question'],
      ['answers.pupil-induction-q1.response', 'answer-kind-mismatch'],
      ['checks.attendance-1-1', 'unknown-descriptor'],
      ['areas.pupil-induction.judgement.level', 'unknown-level'],
      ['actions[0].priority', 'unknown-priority'],
    ]);
  });

  it('refuses a judgement of an area that is not yet written, even in a draft', () => {
    const evaluation = minimalEvaluation({
      framework: { id: 'leicestershire-bp-qa', version: '1.0.0' },
      use: undefined,
      answers: {},
      areas: { 'referral-assessment-and-provision-planning': { judgement: { level: 'good' } } },
      actions: [],
    });
    const result = validateEvaluation(evaluation, bundledCatalogue);
    assert.deepEqual(result.ok ? [] : result.problems.map(({ path, code, params }) => ({ path, code, params })), [
      { path: 'areas.referral-assessment-and-provision-planning.judgement.level', code: 'area-not-written', params: { area: 'referral-assessment-and-provision-planning' } },
    ]);
    const undecided = minimalEvaluation({ ...evaluation, areas: { 'referral-assessment-and-provision-planning': { judgement: { level: null, rationale: 'Not yet.' } } } });
    assert.equal(validateEvaluation(undecided, bundledCatalogue).ok, true);
  });

  it('requires the setting, use and every judgement once submitted, but not in a draft', () => {
    const evaluation = minimalEvaluation({ status: 'submitted', setting: {} });
    const out = lines(validateEvaluation(evaluation, bundledCatalogue));
    assert.ok(out.includes('setting.name: enter the name of the setting'));
    assert.ok(out.includes('submittedAt: a submitted evaluation needs the date it was submitted'));
    assert.equal(out.filter((l) => l.endsWith('judgement.level: choose a judgement for "Pupil induction"')).length, 1);
    assert.equal(validateEvaluation(minimalEvaluation({ setting: {} }), bundledCatalogue).ok, true);
    const found = codes(validateEvaluation(evaluation, bundledCatalogue));
    assert.deepEqual(found[0], ['setting.name', 'setting-name-missing']);
    assert.ok(found.some(([path, code]) => path === 'areas.pupil-induction.judgement.level' && code === 'judgement-missing'));
    assert.deepEqual(found.at(-1), ['submittedAt', 'submitted-at-missing']);
  });

  it('keeps in a draft whatever was typed as the URN, and refuses one that is not 6 or 7 digits on submission', () => {
    const draft = minimalEvaluation({ setting: { name: 'Riverside Learning Centre', urn: '12345' } });
    assert.equal(validateEvaluation(draft, bundledCatalogue).ok, true);
    assert.equal(validateEvaluation(minimalEvaluation({ setting: { urn: 'not a number' } }), bundledCatalogue).ok, true);
    const submitted = { ...draft, status: 'submitted' as const, submittedAt: '2026-11-23T10:00:00Z' };
    const result = validateEvaluation(submitted, bundledCatalogue);
    assert.equal(result.ok, false);
    const urn = result.ok ? [] : result.problems.filter((p) => p.path === 'setting.urn');
    assert.deepEqual(urn, [{ path: 'setting.urn', message: 'must be a unique reference number of 6 or 7 digits, got "12345"', code: 'urn-invalid', params: { value: '12345' } }]);
    for (const ok of ['123456', '1234567', ' 123456 ']) {
      const fine = validateEvaluation({ ...submitted, setting: { ...submitted.setting, urn: ok } }, bundledCatalogue);
      assert.ok(fine.ok || !fine.problems.some((p) => p.path === 'setting.urn'), ok);
    }
  });

  it('names wrong types, unknown keys and bad formats deep inside', () => {
    const evaluation = minimalEvaluation() as unknown as Record<string, any>;
    evaluation.updatedAt = 'yesterday';
    evaluation.answers['pupil-induction-q1'].evidence = [{ title: 5 }];
    evaluation.areas['pupil-induction'].mood = 'good';
    assert.deepEqual(lines(validateEvaluation(evaluation, bundledCatalogue)), [
      'updatedAt: must be an ISO 8601 date or date-time such as 2026-11-23T09:30:00Z, got "yesterday"',
      'answers.pupil-induction-q1.evidence[0].title: expected a string, got number 5',
      'areas.pupil-induction.mood: unknown key',
    ]);
    assert.deepEqual(codes(validateEvaluation(evaluation, bundledCatalogue)).map(([, code]) => code), ['invalid-format', 'invalid-type', 'unrecognized-key']);
  });
});

describe('hostile input', () => {
  it('rejects __proto__ and constructor keys anywhere, and pollutes nothing', () => {
    const text = '{"format":"apq-evaluation","answers":{"__proto__":{"polluted":true}},"setting":{"constructor":{"prototype":{"polluted":true}}}}';
    const parsed = parseJsonText(text);
    assert.deepEqual(lines(parsed), ['answers.__proto__: key "__proto__" is not allowed', 'setting.constructor: key "constructor" is not allowed']);
    assert.deepEqual(parsed.ok ? [] : parsed.problems.map((p) => [p.code, p.params]), [
      ['forbidden-key', { key: '__proto__' }],
      ['forbidden-key', { key: 'constructor' }],
    ]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  it('rejects nesting 100,000 levels deep without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const out = lines(parseJsonText(deep));
    assert.equal(out.length, 1);
    assert.match(out[0]!, /: nested more than 64 levels deep$/);
    assert.deepEqual(codes(parseJsonText(deep))[0]![1], 'too-deep');
    const value = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    assert.match(lines(validateDocument(value, bundledCatalogue))[0]!, /nested more than 64 levels deep/);
  });

  it('rejects empty, truncated, binary and oversized text with one line each', () => {
    assert.deepEqual(lines(parseJsonText('')), ['(root): file is empty: expected a JSON document']);
    assert.match(lines(parseJsonText('{"id": "x", "cat'))[0]!, /^\(root\): not valid JSON: .*\(line 1, column \d+\)$/);
    assert.deepEqual(lines(parseJsonText('\u0000\u0001\u00ff')), ['(root): not valid JSON: the file contains binary data (NUL bytes)']);
    assert.deepEqual(lines(parseJsonText('[1]', { maxBytes: 2 })), ['(root): file is 3 bytes, larger than the 2 bytes limit']);
    assert.deepEqual(
      ['', '{"id": "x", "cat', '\u0000', '{"a": 1,}'].map((text) => codes(parseJsonText(text))[0]![1]),
      ['file-empty', 'invalid-json', 'file-binary', 'invalid-json'],
    );
    const big = parseJsonText('[1]', { maxBytes: 2 });
    assert.deepEqual(big.ok ? undefined : big.problems[0]!.params, { bytes: 3, limit: 2 });
    const syntax = parseJsonText('{\n  "a": 1,\n}');
    assert.deepEqual(syntax.ok ? undefined : syntax.problems[0]!.params, { line: 3, column: 1 });
  });

  it('tells frameworks and evaluations apart by content, and refuses what is neither', () => {
    assert.deepEqual(lines(validateDocument({ hello: 'world' }, bundledCatalogue)), [
      '(root): not a framework (no "schemaVersion") nor an evaluation (no "format": "apq-evaluation")',
    ]);
    assert.deepEqual(lines(validateDocument({ format: 'other' }, bundledCatalogue)), ['format: unknown format "other": expected "apq-evaluation"']);
    assert.deepEqual(codes(validateDocument({ hello: 'world' }, bundledCatalogue)), [['(root)', 'unknown-document-kind']]);
    assert.deepEqual(codes(validateDocument({ format: 'other' }, bundledCatalogue)), [['format', 'unknown-format']]);
    const doc = validateDocument(minimalEvaluation(), bundledCatalogue);
    assert.equal(doc.ok && doc.value.kind, 'evaluation');
  });
});
