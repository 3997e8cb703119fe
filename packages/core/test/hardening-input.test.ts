// SPDX-License-Identifier: MIT
// Core hardening, input: the priority normaliser is linear (defect 2); a huge array is answered
// with problems, never a stack overflow (defect 3); what a file may hold is bounded by
// INPUT_LIMITS, so any file under the size limit is answered quickly (defect 4); and every public
// function of the engine throws an ApqError, never a TypeError, for input that did not go through
// validation (defect 7). The CLI tests run the built CLI (`npm run build` first).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ApqError,
  INPUT_LIMITS,
  PROBLEM_CODES,
  type Problem,
  aggregate,
  areaFacts,
  areaProgress,
  assertEvaluation,
  checkEvaluationAgainstFramework,
  compare,
  diffFrameworks,
  evaluationProgress,
  evaluationShapeProblems,
  finalise,
  indexFramework,
  missingForSubmission,
  missingRationales,
  normalisePriority,
  parseJsonText,
  parseWith,
  sameSetting,
  settingKey,
  settingProgress,
  submissionProblems,
  suggest,
  suggestArea,
  suggestLevels,
  summarise,
  validateDocument,
  validateDocumentText,
  validateEvaluation,
  validateFramework,
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
} from '../src/index.js';
import { WORKED_EXAMPLES, bundledCatalogue } from '../src/frameworks/index.js';
import { detailedEvaluationShapeProblems } from '../src/engine/guard.js';
import { Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import { CLI, CORE_DIR, runApq, tempDir, tempFile } from './helpers.js';
import { minimalEvaluation } from './fixtures.js';

const TOOLKIT = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;
const LEICESTERSHIRE = bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!;
const NOW = new Date('2027-01-01T00:00:00Z');
/** Some hostile-input tests would have run for minutes before the fixes: make them fail instead. */
const BOUNDED = { timeout: 20_000 };

function problemsOf(result: { ok: boolean; problems?: Problem[] }): Problem[] {
  assert.equal(result.ok, false, 'refused');
  return result.problems!;
}

function codesAt(problems: Problem[]): string[] {
  return problems.map((p) => `${p.path} ${p.code}`);
}

/** An evaluation text with `field` set to the raw JSON `raw`, built as text so that no array of millions is ever made. */
function evaluationText(field: string, raw: string): string {
  const base: Record<string, unknown> = { ...minimalEvaluation() };
  delete base[field];
  return `${JSON.stringify(base).slice(0, -1)},${JSON.stringify(field)}:${raw}}`;
}

/** `n` copies of `item`, comma-separated, built without an array of n strings. */
function repeated(item: string, n: number): string {
  return `${item},`.repeat(n).slice(0, -1);
}

describe('defect 2: the priority normaliser is linear', () => {
  // 300,000 dots and an "x": `/[.!]+$/` tried every run of dots, minutes of work; now a scan.
  const dots = `${'.'.repeat(300_000)}x`;
  /** The longest priority a file may hold (INPUT_LIMITS.userText): 99,999 dots and an "x". */
  const longest = `${'.'.repeat(INPUT_LIMITS.userText - 1)}x`;

  it('normalises 300,000 dots and an "x" (run in a child process, stopped after 15 s: a slow normaliser fails)', BOUNDED, async () => {
    const module = pathToFileURL(join(CORE_DIR, 'dist/index.js')).href;
    const code = `import { normalisePriority } from ${JSON.stringify(module)}; const text = '.'.repeat(300000) + 'x'; process.stdout.write(String(normalisePriority(text) === text));`;
    const run = await runBounded(['--input-type=module', '-e', code]);
    assert.equal(run.signal, null, 'finished within the bound');
    assert.equal(run.stdout, 'true', run.stderr);
    assert.equal(normalisePriority(dots), dots);
    assert.equal(normalisePriority('!'.repeat(1_000_000)), '');
  });

  it('lets apq aggregate count five settings naming that priority (a real process, stopped after 15 s)', BOUNDED, async () => {
    const dir = tempDir();
    for (const n of [1, 2, 3, 4, 5]) {
      // 30 such priorities each: seconds apiece for the old normaliser, far beyond the bound.
      const priorities = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, text: longest }));
      const e = minimalEvaluation({ id: `e${n}`, setting: { name: `Setting ${n}`, urn: `10000${n}` }, areas: { 'pupil-induction': { priorities } }, actions: [] });
      writeFileSync(join(dir, `e${n}.json`), JSON.stringify(e));
    }
    const run = await runBounded([CLI, 'aggregate', dir, '--json', '--status', 'any']);
    assert.equal(run.signal, null, 'finished within the bound');
    assert.equal(run.status, 0, run.stderr);
    const area = (JSON.parse(run.stdout) as { periods: Array<{ areas: Array<{ area: string; priorities: { common: unknown[] } }> }> }).periods[0]!.areas.find((a) => a.area === 'pupil-induction')!;
    assert.deepEqual(area.priorities.common, [{ text: longest, settings: { count: 5, suppressed: false } }]);
  });

  it('still ignores case, spacing and closing full stops and exclamation marks', () => {
    assert.equal(normalisePriority('  Improve   attendance\tin Year 11. '), 'improve attendance in year 11');
    assert.equal(normalisePriority('Speed up referrals!!.'), 'speed up referrals');
    assert.equal(normalisePriority('Keep the dots... in the middle'), 'keep the dots... in the middle');
    assert.equal(normalisePriority('Ends with a space .'), 'ends with a space ');
    assert.equal(normalisePriority('...'), '');
  });

  it('has no other regular expression that slows down on long user text', BOUNDED, () => {
    const long = 'a'.repeat(200_000);
    const digits = '1'.repeat(100_000);
    const e = minimalEvaluation({
      id: 'x'.repeat(200),
      setting: { name: `${' '.repeat(99_000)}x`, urn: `${digits}x`, localAuthority: ` \t`.repeat(40_000) },
      createdAt: `2026-01-01T00:00:00.${digits}x`,
      updatedAt: `2026-01-01T00:00:00.${digits}`,
      use: `${long}!`,
      extensions: { [`${long}!`]: 1 },
      answers: { [`${long}-`]: { text: `${'.'.repeat(99_999)}x`, level: `${long}!` } },
    });
    const problems = problemsOf(validateEvaluation(e, bundledCatalogue));
    assert.ok(problems.some((p) => p.code === 'invalid-format'));
    assert.equal(settingKey(e).startsWith('name:'), true);
    assert.equal(sameSetting(e.setting, e.setting), true);
    problemsOf(parseJsonText(`{"a":"${'\\\\'.repeat(1_000_000)}"`));
  });
});

describe('defect 3: a huge array is answered with problems, never a stack overflow', () => {
  const zeros = evaluationText('actions', `[${repeated('0', 130_000)}]`);

  it('validateEvaluation answers "actions": 130,000 zeros with one problem at actions', () => {
    const problems = problemsOf(validateEvaluation(JSON.parse(zeros), bundledCatalogue));
    assert.deepEqual(codesAt(problems), ['actions too-big']);
    assert.deepEqual(problems[0]!.params, { maximum: INPUT_LIMITS.items, origin: 'array', count: 130_000 });
    assert.deepEqual(codesAt(problemsOf(parseJsonText(zeros))), ['actions too-big']);
  });

  it('apq validate answers it as bad input (exit 1, one path: problem line), not an internal error', () => {
    const file = tempFile('zeros.json', zeros);
    const run = runApq(['validate', file]);
    assert.equal(run.status, 1, run.stderr);
    // validate lists what it finds on stdout; the other commands report bad input on stderr.
    assert.equal(run.stdout.trim(), `${file}: actions: has 130,000 items; at most 10,000 are allowed in any one list`);
    assert.equal(run.stderr, '');
  });

  it('lists at most 100 problems, then says how many more, for 190,000 mistakes within every limit (zod alone overflowed)', BOUNDED, () => {
    const answers: Record<string, unknown> = {};
    for (let i = 0; i < 1_900; i++) answers[`q-${i}`] = { evidence: Array.from({ length: 100 }, () => ({})) };
    const problems = problemsOf(validateEvaluation(minimalEvaluation({ answers } as never), bundledCatalogue));
    assert.equal(problems.length, INPUT_LIMITS.problems + 1);
    assert.deepEqual(problems[0], { path: 'answers.q-0.evidence[0].title', message: 'is missing: expected a string', code: 'missing', params: { expected: 'string' } });
    assert.equal(problems.at(-1)!.code, 'too-many-problems');
    assert.equal(problems.at(-1)!.path, '(root)');
  });

  it('counts the problems it leaves out when it has them all', () => {
    const answers = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`q-${i}`, 0]));
    const problems = problemsOf(validateEvaluation(minimalEvaluation({ answers } as never), bundledCatalogue));
    assert.equal(problems.length, 101);
    assert.deepEqual(problems.at(-1), {
      path: '(root)',
      message: '50 more problems not listed (only the first 100 are)',
      code: 'too-many-problems',
      params: { shown: 100, more: 50 },
    });
  });
});

describe('defect 4: what a file may hold is bounded', () => {
  const action = (i: number) => ({ id: `a-${i}`, area: 'pupil-induction', what: 'Do it', status: 'not-started', createdAt: '2026-01-01T00:00:00Z', reviews: [] });
  const carried = (i: number) => ({ from: { framework: { id: 'ap-quality-toolkit', version: '1.0.0' }, path: `answers.q${i}` }, value: i, reason: 'no home' });
  const over = (n: number) => n + 1;
  const cases: Array<{ name: string; evaluation: () => unknown; path: string; code: string; params: Record<string, unknown> }> = [
    { name: 'answers', evaluation: () => ({ answers: Object.fromEntries(Array.from({ length: over(INPUT_LIMITS.answers) }, (_, i) => [`q-${i}`, {}])) }), path: 'answers', code: 'too-big', params: { maximum: INPUT_LIMITS.answers, origin: 'object' } },
    { name: 'checks', evaluation: () => ({ checks: Object.fromEntries(Array.from({ length: over(INPUT_LIMITS.checks) }, (_, i) => [`d-${i}`, 'met'])) }), path: 'checks', code: 'too-big', params: { maximum: INPUT_LIMITS.checks, origin: 'object' } },
    { name: 'areas', evaluation: () => ({ areas: Object.fromEntries(Array.from({ length: over(INPUT_LIMITS.areas) }, (_, i) => [`area-${i}`, {}])) }), path: 'areas', code: 'too-big', params: { maximum: INPUT_LIMITS.areas, origin: 'object' } },
    { name: 'actions', evaluation: () => ({ actions: Array.from({ length: over(INPUT_LIMITS.actions) }, (_, i) => action(i)) }), path: 'actions', code: 'too-big', params: { maximum: INPUT_LIMITS.actions, origin: 'array' } },
    { name: 'evaluators', evaluation: () => ({ evaluators: Array.from({ length: over(INPUT_LIMITS.evaluators) }, () => ({ name: 'A' })) }), path: 'evaluators', code: 'too-big', params: { maximum: INPUT_LIMITS.evaluators, origin: 'array' } },
    { name: 'strengths', evaluation: () => ({ areas: { 'pupil-induction': { strengths: new Array(over(INPUT_LIMITS.listItems)).fill('s') } } }), path: 'areas.pupil-induction.strengths', code: 'too-big', params: { maximum: INPUT_LIMITS.listItems, origin: 'array' } },
    { name: 'priorities', evaluation: () => ({ areas: { 'pupil-induction': { priorities: Array.from({ length: over(INPUT_LIMITS.listItems) }, (_, i) => ({ id: `p-${i}`, text: 'p' })) } }, actions: [] }), path: 'areas.pupil-induction.priorities', code: 'too-big', params: { maximum: INPUT_LIMITS.listItems, origin: 'array' } },
    { name: 'evidence', evaluation: () => ({ answers: { 'pupil-induction-q1': { evidence: new Array(over(INPUT_LIMITS.listItems)).fill({ title: 'e' }) } } }), path: 'answers.pupil-induction-q1.evidence', code: 'too-big', params: { maximum: INPUT_LIMITS.listItems, origin: 'array' } },
    { name: 'carried-over items', evaluation: () => ({ carriedOver: Array.from({ length: over(INPUT_LIMITS.carriedOver) }, (_, i) => carried(i)) }), path: 'carriedOver', code: 'too-big', params: { maximum: INPUT_LIMITS.carriedOver, origin: 'array' } },
    { name: 'extensions', evaluation: () => ({ extensions: { acme: Array.from({ length: 6 }, () => new Array(9_000).fill(0)) } }), path: 'extensions', code: 'too-many-values', params: { limit: INPUT_LIMITS.extensionValues } },
    { name: 'typed text', evaluation: () => ({ notes: 'n'.repeat(over(INPUT_LIMITS.userText)) }), path: 'notes', code: 'too-big', params: { maximum: INPUT_LIMITS.userText, origin: 'string' } },
  ];

  for (const c of cases) {
    it(`refuses more ${c.name} than INPUT_LIMITS allow, at ${c.path} (${c.code})`, () => {
      const e = { ...minimalEvaluation(), ...(c.evaluation() as object) };
      const problems = problemsOf(validateDocumentText(JSON.stringify(e), bundledCatalogue));
      const found = problems.find((p) => p.path === c.path && p.code === c.code);
      assert.ok(found, `${c.path} ${c.code} in ${JSON.stringify(codesAt(problems))}`);
      for (const [key, value] of Object.entries(c.params)) assert.equal(found.params?.[key], value, key);
    });
  }

  it('allows exactly as many as INPUT_LIMITS allow', () => {
    const e = minimalEvaluation({
      actions: Array.from({ length: INPUT_LIMITS.actions }, (_, i) => ({ ...action(i), status: 'not-started' as const })),
      carriedOver: Array.from({ length: INPUT_LIMITS.carriedOver }, (_, i) => carried(i)),
      areas: { 'pupil-induction': { strengths: new Array(INPUT_LIMITS.listItems).fill('s'), priorities: [] } },
      // 50,000 values in all: the object, 5 lists and 49,994 numbers.
      extensions: { acme: Array.from({ length: 5 }, (_, i) => new Array(i === 0 ? 9_994 : 10_000).fill(0)) },
    });
    const result = validateEvaluation(JSON.parse(JSON.stringify(e)), bundledCatalogue);
    assert.equal(result.ok, true, JSON.stringify(result.ok ? [] : result.problems.slice(0, 3)));
  });

  it('refuses any one array or object of more than INPUT_LIMITS.items, and a document of more than INPUT_LIMITS.values, before parsing it', () => {
    assert.deepEqual(codesAt(problemsOf(parseJsonText(`{"a":{"b":[1,[${repeated('0', 10_001)}]]}}`))), ['a.b[1] too-big']);
    assert.deepEqual(problemsOf(parseJsonText(`{"x":{${Array.from({ length: 10_001 }, (_, i) => `"k${i}":0`).join(',')}}}`))[0]!.params, { maximum: 10_000, origin: 'object', count: 10_001 });
    const many = `[${repeated(`[${repeated('0', 10_000)}]`, 20)}]`;
    const problems = problemsOf(parseJsonText(many));
    assert.deepEqual(problems, [
      { path: '(root)', message: 'holds 200,021 values (strings, numbers, lists and objects); at most 200,000 are allowed in one file', code: 'too-many-values', params: { limit: 200_000, count: 200_021 } },
    ]);
    // The same limits hold for a value given to validation as it is.
    assert.deepEqual(codesAt(problemsOf(validateDocument(JSON.parse(many), bundledCatalogue))), ['(root) too-many-values']);
    assert.deepEqual(codesAt(problemsOf(parseWith(Evaluation, { ...minimalEvaluation(), actions: new Array(10_001).fill(0) }))), ['actions too-big']);
    // Keys with escaped quotes are decoded in the path; a string of brackets is not counted.
    assert.deepEqual(codesAt(problemsOf(parseJsonText(`{"a\\"b":[${repeated('"[{,"', 10_001)}]}`))), ['["a\\"b"] too-big']);
  });

  it('still leaves syntax, depth and prototype keys to the checks that report them', () => {
    assert.deepEqual(codesAt(problemsOf(parseJsonText('{"a": [1, 2'))), ['(root) invalid-json']);
    assert.equal(problemsOf(parseJsonText(`${'['.repeat(100)}${']'.repeat(100)}`))[0]!.code, 'too-deep');
    assert.deepEqual(codesAt(problemsOf(parseJsonText('{"__proto__": {}}'))), ['__proto__ forbidden-key']);
  });

  it('answers a file just under the size limit holding millions of values with problems, not a hang', BOUNDED, () => {
    const room = INPUT_LIMITS.bytes - evaluationText('actions', '[]').length;
    for (const item of ['0', '{}', '[]', '""']) {
      const text = evaluationText('actions', `[${repeated(item, Math.floor(room / (item.length + 1)))}]`);
      assert.ok(text.length <= INPUT_LIMITS.bytes && text.length > INPUT_LIMITS.bytes - 1024, String(text.length));
      const problems = problemsOf(validateDocumentText(text, bundledCatalogue));
      assert.deepEqual(codesAt(problems), ['(root) too-many-values', 'actions too-big'], item);
    }
    const keys = `{${Array.from({ length: 900_000 }, (_, i) => `"${i.toString(36)}":0`).join(',')}}`;
    assert.deepEqual(codesAt(problemsOf(validateDocumentText(evaluationText('answers', keys), bundledCatalogue))), ['(root) too-many-values', 'answers too-big']);
  });

  it('answers such a file from every command of the CLI as bad input (exit 1; real processes, each stopped after 15 s)', { timeout: 90_000 }, async () => {
    const text = evaluationText('actions', `[${repeated('{}', Math.floor((INPUT_LIMITS.bytes - evaluationText('actions', '[]').length) / 3))}]`);
    const file = tempFile('millions.json', text);
    for (const args of [['validate', file], ['summary', file], ['suggest', file], ['compare', file, file], ['aggregate', file]]) {
      const run = await runBounded([CLI, ...args]);
      const output = `${run.stdout}${run.stderr}`;
      assert.equal(run.signal, null, `${args[0]} finished within the bound`);
      assert.equal(run.status, 1, `${args[0]}: ${output}`);
      assert.match(output, /: actions: has 3,49\d,\d\d\d items; at most 10,000 are allowed in any one list$/m, args[0]);
      assert.doesNotMatch(output, /internal error/);
    }
  });

  it('exports the limits, documents them, and states them in the JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(CORE_DIR, 'schemas/evaluation.schema.json'), 'utf8'));
    assert.equal(schema.properties.actions.maxItems, INPUT_LIMITS.actions);
    assert.equal(schema.properties.carriedOver.maxItems, INPUT_LIMITS.carriedOver);
    assert.equal(schema.properties.answers.maxProperties, INPUT_LIMITS.answers);
    assert.equal(schema.properties.checks.maxProperties, INPUT_LIMITS.checks);
    assert.equal(schema.properties.areas.maxProperties, INPUT_LIMITS.areas);
    const readme = readFileSync(join(CORE_DIR, 'README.md'), 'utf8');
    assert.match(readme, /^## Limits$[\s\S]*^### Input files$/m);
    for (const code of ['too-many-values', 'too-many-problems']) {
      assert.ok(Object.hasOwn(PROBLEM_CODES, code), code);
      assert.match(readFileSync(join(CORE_DIR, 'docs/problems.md'), 'utf8'), new RegExp(`^\\| \`${code}\` \\|`, 'm'));
    }
  });
});

describe('defect 7: the engine throws an ApqError, never a TypeError, for input that did not go through validation', () => {
  it('refuses an empty object as an evaluation with the problems, each at its path', () => {
    const error = catchError(() => suggest(TOOLKIT, {} as never));
    assert.ok(error instanceof ApqError && 'problems' in error, String(error));
    assert.deepEqual(codesAt((error as ApqError & { problems: Problem[] }).problems).slice(0, 3), ['id missing', 'framework missing', 'status missing']);
    assert.match(error.message, /^evaluation is not valid:\nid: is missing: expected string\n/);
  });

  it('refuses what is not a framework, and a catalogue that is not one', () => {
    const e = minimalEvaluation();
    for (const call of [() => summarise({} as never, e), () => suggest(null as never, e), () => validateEvaluation(e, {} as never), () => compare(e, e, 7 as never), () => aggregate(TOOLKIT, [e], null as never)]) {
      const error = catchError(call);
      assert.ok(error instanceof ApqError, String(error));
    }
  });

  it('accepts every worked example and the evaluations validation gives', () => {
    for (const example of WORKED_EXAMPLES) {
      assert.deepEqual(evaluationShapeProblems(example.evaluation), [], example.id);
      const result = validateEvaluation(JSON.parse(JSON.stringify(example.evaluation)), bundledCatalogue);
      assert.ok(result.ok);
      assertEvaluation(result.value.evaluation);
    }
  });

  describe('random input through every public function', () => {
    const examples = WORKED_EXAMPLES.map((x) => x.evaluation);
    const frameworkOf = (e: unknown): Framework => {
      const ref = (e as { framework?: { id?: unknown; version?: unknown } } | null)?.framework;
      return (typeof ref?.id === 'string' && typeof ref.version === 'string' && bundledCatalogue.get(ref.id, ref.version)) || TOOLKIT;
    };
    const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'pupil-induction', 'attendance', 'pupil-induction-q1', 'name', 'id', 'text', 'level'];
    const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
    // Values as JSON.parse makes them: `__proto__` is then an own key, as in a file.
    const json = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

    /** A copy of `root` with holes: values removed or replaced by random JSON along random paths. */
    function withHoles(root: unknown, edits: Array<{ steps: number[]; key: string; value: unknown; remove: boolean }>): unknown {
      const copy = JSON.parse(JSON.stringify(root)) as unknown;
      for (const edit of edits) {
        let at: unknown = copy;
        for (const step of edit.steps) {
          if (at === null || typeof at !== 'object') break;
          const keys = Object.keys(at);
          if (keys.length === 0) break;
          const next = (at as Record<string, unknown>)[keys[step % keys.length]!];
          if (next === null || typeof next !== 'object') break;
          at = next;
        }
        if (at === null || typeof at !== 'object') continue;
        const keys = Object.keys(at);
        // An array only ever has items (as in JSON): an existing one, or one more.
        const name = Array.isArray(at) ? String(edit.steps.length % (at.length + 1)) : keys.length > 0 && edit.steps.length % 2 === 0 ? keys[edit.steps.length % keys.length]! : edit.key;
        if (Array.isArray(at) && edit.remove) {
          at.splice(Number(name), 1);
          continue;
        }
        if (edit.remove) delete (at as Record<string, unknown>)[name];
        else Object.defineProperty(at, name, { value: edit.value, enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    const edits = fc.array(fc.record({ steps: fc.array(fc.nat(40), { maxLength: 6 }), key, value: json, remove: fc.boolean() }), { minLength: 1, maxLength: 4 });
    const evaluationWithHoles = fc.tuple(fc.constantFrom(...examples), edits).map(([e, list]) => withHoles(e, list));
    const frameworkWithHoles = fc.tuple(fc.constantFrom(TOOLKIT, LEICESTERSHIRE), edits).map(([f, list]) => withHoles(f, list));
    const anyValue = fc.oneof(json, fc.constantFrom<unknown>(undefined, NOW, new Date(Number.NaN), 'pupil-induction', 'attendance', 'name'));
    const evaluationish = fc.oneof({ weight: 1, arbitrary: anyValue }, { weight: 4, arbitrary: evaluationWithHoles });

    /** Every public function of the engine and validation, with these arguments. */
    function calls(e: unknown, other: unknown, f: unknown, x: unknown, y: unknown): Array<[string, () => unknown]> {
      const ev = e as never;
      const fw = f as never;
      const a = x as never;
      const b = y as never;
      return [
        ['suggest', () => suggest(fw, ev)],
        ['suggestArea', () => suggestArea(fw, ev, a)],
        ['areaFacts', () => areaFacts(fw, ev, a)],
        ['suggestLevels', () => suggestLevels(fw, ev)],
        ['summarise', () => summarise(fw, ev)],
        ['compare', () => compare(ev, other as never, b)],
        ['compare (catalogue)', () => compare(ev, other as never, bundledCatalogue)],
        ['aggregate', () => aggregate(fw, [ev, other as never], b)],
        ['aggregate (list)', () => aggregate(fw, a)],
        ['areaProgress', () => areaProgress(fw, ev, a, b)],
        ['settingProgress', () => settingProgress(fw, ev)],
        ['evaluationProgress', () => evaluationProgress(fw, ev)],
        ['submissionProblems', () => submissionProblems(fw, ev, b)],
        ['missingRationales', () => missingRationales(ev, fw)],
        ['withSetting', () => withSetting(ev, a, b, NOW)],
        ['withUse', () => withUse(ev, a, b)],
        ['withAnswer', () => withAnswer(ev, a, b, NOW)],
        ['withCheck', () => withCheck(ev, a, b, NOW)],
        ['withAreaRecord', () => withAreaRecord(ev, a, b, NOW)],
        ['withJudgement', () => withJudgement(ev, a, b, NOW, other as never)],
        ['withPriorities', () => withPriorities(ev, a, b, NOW)],
        ['withStrengths', () => withStrengths(ev, a, b, NOW)],
        ['withAction', () => withAction(ev, a, b)],
        ['withoutAction', () => withoutAction(ev, a, b)],
        ['finalise', () => finalise(fw, ev, NOW, b)],
        ['diffFrameworks', () => diffFrameworks(fw, a, b)],
        ['normalisePriority', () => normalisePriority(a)],
        ['settingKey', () => settingKey(ev)],
        ['sameSetting', () => sameSetting(a, b)],
        ['validateEvaluation', () => validateEvaluation(e, bundledCatalogue)],
        ['validateDocument', () => validateDocument(e, bundledCatalogue)],
        ['validateFramework', () => validateFramework(f)],
        ['parseJsonText', () => parseJsonText(a, b)],
        ['checkEvaluationAgainstFramework', () => checkEvaluationAgainstFramework(ev, fw)],
        ['missingForSubmission', () => missingForSubmission(ev, (f && typeof f === 'object' && Object.hasOwn(f, 'categories') ? indexFramework(TOOLKIT) : x) as never)],
      ];
    }

    function assertOnlyApqErrors(e: unknown, other: unknown, f: unknown, x: unknown, y: unknown): void {
      // The engine's quick shape check and the one that says what is wrong agree.
      for (const value of [e, other]) assert.equal(evaluationShapeProblems(value).length === 0, detailedEvaluationShapeProblems(value).length === 0, JSON.stringify(value));
      for (const [name, call] of calls(e, other, f, x, y)) {
        // Most calls throw: without stack traces they cost a tenth as much (one is taken to report a failure).
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
          call();
        } catch (error) {
          if (!(error instanceof ApqError)) {
            Error.stackTraceLimit = limit;
            try {
              call();
            } catch (again) {
              assert.fail(`${name} threw ${again instanceof Error ? again.stack : String(again)}`);
            }
            assert.fail(`${name} threw ${String(error)}`);
          }
        } finally {
          Error.stackTraceLimit = limit;
        }
      }
      assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).filter((k) => !PROTOTYPE_KEYS.has(k)), [], 'Object.prototype is unchanged');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    }
    const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

    it('any JSON values: 10,000 runs', BOUNDED, () => {
      fc.assert(
        fc.property(anyValue, anyValue, anyValue, anyValue, anyValue, (e, other, f, x, y) => assertOnlyApqErrors(e, other, f, x, y)),
        { numRuns: 10_000 },
      );
    });

    it('evaluations with random holes, with a bundled framework: 2,000 runs', BOUNDED, () => {
      fc.assert(
        fc.property(evaluationish, evaluationish, anyValue, anyValue, (e, other, x, y) => assertOnlyApqErrors(e, other, frameworkOf(e), x, y)),
        { numRuns: 2_000 },
      );
    });

    it('frameworks with random holes: 300 runs', BOUNDED, () => {
      fc.assert(
        fc.property(frameworkWithHoles, fc.constantFrom(...examples), anyValue, (f, e, x) => assertOnlyApqErrors(e, e, f, x, f)),
        { numRuns: 300 },
      );
    });
  });
});

/**
 * Runs node with these arguments, asynchronously so that a test's timeout can fire, and kills it
 * after 15 s (node:test cannot stop a test that blocks in synchronous code).
 */
function runBounded(args: string[]): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: CORE_DIR, timeout: 15_000, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

function catchError(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  assert.fail('expected a throw');
}
