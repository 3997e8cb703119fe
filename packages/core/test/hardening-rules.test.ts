// SPDX-License-Identifier: MIT
// Core hardening, defect 1: a rule is inspected node by node, every argument of every operator
// (the default of `var` included), and what it may cost is bounded when the framework is loaded
// (RULE_LIMITS: depth, nodes per rule and per framework, string length; no iteration), so a
// hostile framework is refused with the path of the offending rule before any rule of it runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALLOWED_OPERATORS, RULE_LIMITS } from '../src/index.js';
import { compileFramework, suggest } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { CHECK_STATUSES, type Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import type { Rule } from '../src/schema/rule.js';
import { inspectJsonLogic } from '../src/validate/json-logic.js';
import { ApqError, ApqValidationError, type PathSegment, type Problem, formatPath } from '../src/validate/problems.js';
import { validateFramework } from '../src/validate/validate.js';
import { leicestershire } from './fixtures.js';
import { CLI, CORE_DIR, tempDir } from './helpers.js';

const PUBLISHED = join(CORE_DIR, 'data/frameworks/leicestershire-bp-qa/released/1.0.0.json');
const RULE_AT = ['categories', 0, 'areas', 0, 'rules'] as const;
/** `categories[0].areas[0].rules[<r>].when` followed by the segments given. */
const at = (r: number, ...rest: PathSegment[]) => formatPath([...RULE_AT, r, 'when', ...rest]);

function problemsOf(result: { ok: true } | { ok: false; problems: Problem[] }): Problem[] {
  return result.ok ? [] : result.problems;
}

function has(problems: Problem[], path: string, code: string): boolean {
  return problems.some((p) => p.path === path && p.code === code);
}

function show(problems: Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message} [${p.code}]`).join('\n');
}

/** Three `reduce`s nested in each other's logic: 100^3 steps, each step a fresh array. */
function nestedReduce(levels: number): unknown {
  const items = Array.from({ length: 100 }, (_, i) => i);
  let logic: unknown = { var: 'current' };
  for (let i = 0; i < levels; i++) logic = { reduce: [items, { '+': [{ var: 'accumulator' }, logic] }, 0] };
  return logic;
}

/** Leicestershire with the attendance best-fit rule (rules[2]) reading a `var` whose default is `hidden`. */
function hiding(hidden: unknown): Framework {
  const f = leicestershire();
  f.categories[0]!.areas[0]!.rules[2]!.when = { '>': [{ var: ['levels.outstanding.score', hidden] }, 0.5] } as Rule['when'];
  return f;
}

/** A rule exactly `depth` levels deep (the `when` value is level 1): `!` wrapped round `true`. */
function deepRule(depth: number): unknown {
  let logic: unknown = true;
  for (let i = 1; i < depth; i++) logic = { '!': logic };
  return logic;
}

/** A rule of exactly `nodes` JSON values (objects, arrays and scalars all count). */
function ruleOfNodes(nodes: number): unknown {
  if (nodes === 1) return true;
  if (nodes === 2) return { '!': false };
  return { max: Array.from({ length: nodes - 2 }, () => 0) };
}

/** Counts every JSON value of a rule and its depth, independently of core. */
function measure(value: unknown): { nodes: number; depth: number } {
  if (value === null || typeof value !== 'object') return { nodes: 1, depth: 1 };
  const children = Array.isArray(value) ? value : Object.values(value);
  let nodes = 1;
  let depth = 0;
  for (const child of children) {
    const m = measure(child);
    nodes += m.nodes;
    depth = Math.max(depth, m.depth);
  }
  return { nodes, depth: depth + 1 };
}

function longestString(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  return Math.max(0, ...(Array.isArray(value) ? value : Object.values(value)).map(longestString));
}

function ruleNodesOf(framework: Framework): number {
  return framework.categories.flatMap((c) => c.areas).flatMap((a) => a.rules).reduce((n, r) => n + measure(r.when).nodes, 0);
}

function filler(id: string, when: unknown): Rule {
  return { id, strategy: 'best-fit', level: 'good', description: 'Filler for the limits tests.', when: when as Rule['when'] };
}

function exampleEvaluation(): Evaluation {
  const file = join(CORE_DIR, 'data/frameworks/leicestershire-bp-qa/examples/good-partnership.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { evaluation: Evaluation }).evaluation;
}

/** `apq` as a real process, killed after 20 s so that a hang fails the test rather than CI. */
function apq(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: CORE_DIR, encoding: 'utf8', timeout: 20000, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeFramework(name: string, framework: unknown): string {
  const file = join(tempDir('apq-hardening-'), name);
  writeFileSync(file, JSON.stringify(framework, null, 2));
  return file;
}

describe('rules: every node is inspected', () => {
  it('refuses `log` hidden in the default of a var', () => {
    const problems = problemsOf(validateFramework(hiding({ log: 'INJECTED' })));
    assert.ok(has(problems, at(2, '>', 0, 'var', 1, 'log'), 'operator-not-allowed'), show(problems));
    assert.ok(has(problems, at(2, '>', 0, 'var', 1), 'var-default-not-literal'), show(problems));
    assert.equal(compileFramework(hiding({ log: 'INJECTED' })).ok, false);
  });

  it('refuses a nested reduce hidden in the default of a var', () => {
    const problems = problemsOf(validateFramework(hiding(nestedReduce(2))));
    assert.ok(has(problems, at(2, '>', 0, 'var', 1, 'reduce'), 'operator-not-allowed'), show(problems));
  });

  it('refuses three nested reduces at load, so suggest never runs them', { timeout: 20000 }, () => {
    const framework = hiding(nestedReduce(3));
    const problems = problemsOf(validateFramework(framework));
    assert.ok(has(problems, at(2, '>', 0, 'var', 1, 'reduce'), 'operator-not-allowed'), show(problems));
    assert.throws(() => suggest(framework, exampleEvaluation()), ApqValidationError);
  });

  it('refuses an operator wherever it is: in a var name, deep in an argument list, in an if branch', () => {
    const f = leicestershire();
    const rules = f.categories[0]!.areas[0]!.rules;
    rules[1]!.when = { var: [{ log: 'x' }] };
    rules[2]!.when = { and: [true, { or: [false, { if: [true, { '!': { cat: ['a', 'b'] } }, false] }] }] };
    rules[3]!.when = { '==': [1, { method: ['x', 'toString'] }] };
    const problems = problemsOf(validateFramework(f));
    assert.ok(has(problems, at(1, 'var'), 'var-not-literal'), show(problems));
    assert.ok(has(problems, at(1, 'var', 0, 'log'), 'operator-not-allowed'), show(problems));
    assert.ok(has(problems, at(2, 'and', 1, 'or', 1, 'if', 1, '!', 'cat'), 'operator-not-allowed'), show(problems));
    assert.ok(has(problems, at(3, '==', 1, 'method'), 'operator-not-allowed'), show(problems));
  });

  it('refuses every iteration operator and log, wherever they appear', () => {
    for (const operator of ['log', 'map', 'filter', 'reduce', 'all', 'some', 'none', 'method']) {
      assert.equal(ALLOWED_OPERATORS.has(operator), false, operator);
      const problems = problemsOf(validateFramework(hiding({ [operator]: [[1, 2], { var: 'current' }] })));
      assert.ok(has(problems, at(2, '>', 0, 'var', 1, operator), 'operator-not-allowed'), `${operator}\n${show(problems)}`);
    }
  });

  it('refuses a var whose default is not a literal, or that has more than a name and a default', () => {
    for (const hidden of [{ '+': [1, 2] }, { var: 'descriptors.met' }, [1, 2], {}]) {
      const problems = problemsOf(validateFramework(hiding(hidden)));
      assert.ok(has(problems, at(2, '>', 0, 'var', 1), 'var-default-not-literal'), `${JSON.stringify(hidden)}\n${show(problems)}`);
    }
    const extra = leicestershire();
    extra.categories[0]!.areas[0]!.rules[2]!.when = { '>': [{ var: ['levels.outstanding.score', 0, { log: 'x' }] }, 0.5] };
    const problems = problemsOf(validateFramework(extra));
    assert.ok(has(problems, at(2, '>', 0, 'var', 2), 'var-default-not-literal'), show(problems));
    assert.ok(has(problems, at(2, '>', 0, 'var', 2, 'log'), 'operator-not-allowed'), show(problems));
    const empty = leicestershire();
    empty.categories[0]!.areas[0]!.rules[2]!.when = { var: [] };
    assert.ok(has(problemsOf(validateFramework(empty)), at(2, 'var'), 'var-not-literal'));
  });

  it('accepts a var with a literal default of each JSON scalar type', () => {
    for (const literal of ['x', 0, 1.5, true, false, null]) assert.equal(validateFramework(hiding(literal)).ok, true, JSON.stringify(literal));
  });
});

describe('rules: what a rule may cost is bounded at load', () => {
  it('exports limits the bundled frameworks keep to comfortably', () => {
    assert.deepEqual(Object.keys(RULE_LIMITS).sort(), ['maxDepth', 'maxFrameworkNodes', 'maxNodes', 'maxStringLength']);
    for (const { id, version } of bundledCatalogue.list()) {
      const framework = bundledCatalogue.get(id, version)!;
      for (const rule of framework.categories.flatMap((c) => c.areas).flatMap((a) => a.rules)) {
        const m = measure(rule.when);
        assert.ok(m.depth * 4 <= RULE_LIMITS.maxDepth, `${id}@${version} ${rule.id} depth ${m.depth}`);
        assert.ok(m.nodes * 10 <= RULE_LIMITS.maxNodes, `${id}@${version} ${rule.id} nodes ${m.nodes}`);
        assert.ok(longestString(rule.when) * 4 <= RULE_LIMITS.maxStringLength, `${id}@${version} ${rule.id} strings`);
      }
      assert.ok(ruleNodesOf(framework) * 50 <= RULE_LIMITS.maxFrameworkNodes, `${id}@${version}`);
      assert.equal(compileFramework(framework).ok, true, `${id}@${version}`);
    }
  });

  it('accepts a rule exactly at the depth limit and refuses one level more, naming the first node too deep', () => {
    const f = leicestershire();
    f.categories[0]!.areas[0]!.rules[2]!.when = deepRule(RULE_LIMITS.maxDepth) as Rule['when'];
    assert.equal(measure(f.categories[0]!.areas[0]!.rules[2]!.when).depth, RULE_LIMITS.maxDepth);
    assert.deepEqual(problemsOf(validateFramework(f)), []);
    f.categories[0]!.areas[0]!.rules[2]!.when = deepRule(RULE_LIMITS.maxDepth + 1) as Rule['when'];
    const problems = problemsOf(validateFramework(f));
    const path = at(2, ...Array.from({ length: RULE_LIMITS.maxDepth }, () => '!'));
    assert.deepEqual(
      problems.map((p) => [p.path, p.code, p.params]),
      [[path, 'rule-too-deep', { limit: RULE_LIMITS.maxDepth }]],
    );
  });

  it('accepts a rule of exactly the node limit and refuses one node more, naming the rule', () => {
    const f = leicestershire();
    f.categories[0]!.areas[0]!.rules[2]!.when = ruleOfNodes(RULE_LIMITS.maxNodes) as Rule['when'];
    assert.deepEqual(problemsOf(validateFramework(f)), []);
    f.categories[0]!.areas[0]!.rules[2]!.when = ruleOfNodes(RULE_LIMITS.maxNodes + 1) as Rule['when'];
    const problems = problemsOf(validateFramework(f));
    assert.deepEqual(
      problems.map((p) => [p.path, p.code, p.params]),
      [[at(2), 'rule-too-large', { limit: RULE_LIMITS.maxNodes }]],
    );
  });

  it('accepts strings of exactly the length limit and refuses one character more, naming the first such string', () => {
    const f = leicestershire();
    const rules = f.categories[0]!.areas[0]!.rules;
    const at200 = 'x'.repeat(RULE_LIMITS.maxStringLength);
    rules[2]!.when = { in: [at200, at200] };
    assert.deepEqual(problemsOf(validateFramework(f)), []);
    rules[2]!.when = { or: [{ in: ['a', 'abc'] }, { in: [`${at200}b`, `${at200}bb`] }] };
    assert.deepEqual(
      problemsOf(validateFramework(f)).map((p) => [p.path, p.code, p.params]),
      [[at(2, 'or', 1, 'in', 1), 'rule-string-too-long', { limit: RULE_LIMITS.maxStringLength, length: RULE_LIMITS.maxStringLength + 2 }]],
    );
    // A long fact name is refused for its length as well as for naming no fact.
    rules[2]!.when = { var: `checks.${'x'.repeat(RULE_LIMITS.maxStringLength)}` };
    const codes = problemsOf(validateFramework(f)).map((p) => p.code);
    assert.ok(codes.includes('rule-string-too-long') && codes.includes('unknown-fact'), codes.join(' '));
  });

  it('refuses a huge rule once, without a problem per node', { timeout: 20000 }, () => {
    const f = leicestershire();
    const reads = Array.from({ length: 200_000 }, () => ({ '==': [{ var: 'checks.nowhere' }, 'met'] }));
    f.categories[0]!.areas[0]!.rules[2]!.when = { or: reads } as Rule['when'];
    const problems = problemsOf(compileFramework(f));
    assert.deepEqual(problems.filter((p) => p.code === 'rule-too-large').map((p) => p.path), [at(2)]);
    assert.ok(problems.length < 10, show(problems));
  });

  it('accepts a framework whose rules have exactly the framework node limit, and refuses one node more', () => {
    const f = leicestershire();
    // The last area with rules, so that the rule added last is the one that passes the limit.
    const areas = f.categories[0]!.areas;
    const a = areas.map((area) => area.rules.length > 0).lastIndexOf(true);
    const rules = areas[a]!.rules;
    let left = RULE_LIMITS.maxFrameworkNodes - ruleNodesOf(f);
    for (let i = 1; left > 0; i++) {
      const n = Math.min(left, RULE_LIMITS.maxNodes);
      rules.push(filler(`filler-${i}`, ruleOfNodes(n)));
      left -= n;
    }
    assert.equal(ruleNodesOf(f), RULE_LIMITS.maxFrameworkNodes);
    assert.deepEqual(problemsOf(validateFramework(f)), []);
    rules.push(filler('one-too-many', true));
    const problems = problemsOf(validateFramework(f));
    assert.deepEqual(
      problems.map((p) => [p.path, p.code, p.params]),
      [[formatPath(['categories', 0, 'areas', a, 'rules', rules.length - 1, 'when']), 'framework-rules-too-large', { limit: RULE_LIMITS.maxFrameworkNodes }]],
    );
  });

  it('inspects without recursion: a rule far deeper than the limit is refused, not a stack overflow', () => {
    let deep: unknown = true;
    for (let i = 0; i < 10_000; i++) deep = { '!': deep };
    const { problems } = inspectJsonLogic(deep, ['when']);
    assert.deepEqual(problems.map((p) => p.code), ['rule-too-deep']);
  });
});

describe('rules: the CLI refuses a hostile framework', () => {
  const logFile = writeFramework('log.json', hiding({ log: 'INJECTED' }));
  const reduceFile = writeFramework('reduce.json', hiding(nestedReduce(3)));

  it('apq validate exits 1 with the path of the hidden operator', { timeout: 20000 }, () => {
    const run = apq(['validate', logFile]);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout + run.stderr;
    assert.ok(lines.includes(`${logFile}: ${at(2, '>', 0, 'var', 1, 'log')}: operator "log" is not allowed`), lines);
    assert.ok(!run.stdout.includes('INJECTED') && !run.stderr.includes('INJECTED'));
  });

  it('apq diff <published> <hostile> --json prints JSON only, no injected text, and exits 1', { timeout: 20000 }, () => {
    const run = apq(['diff', PUBLISHED, logFile, '--json']);
    assert.equal(run.status, 1, run.stderr);
    assert.ok(!run.stdout.includes('INJECTED') && !run.stderr.includes('INJECTED'), run.stdout.slice(0, 200));
    const json = JSON.parse(run.stdout) as { valid: boolean; problems: Array<Problem & { file: string }> };
    assert.equal(json.valid, false);
    assert.ok(json.problems.some((p) => p.file === logFile && p.path === at(2, '>', 0, 'var', 1, 'log') && p.code === 'operator-not-allowed'));
  });

  it('apq diff and apq validate refuse three nested reduces at once, never running them', { timeout: 20000 }, () => {
    const diff = apq(['diff', PUBLISHED, reduceFile, '--json']);
    assert.equal(diff.status, 1, `killed after 20 s? ${diff.stderr}`);
    const json = JSON.parse(diff.stdout) as { problems: Problem[] };
    assert.ok(json.problems.some((p) => p.path === at(2, '>', 0, 'var', 1, 'reduce') && p.code === 'operator-not-allowed'));
    const validate = apq(['validate', reduceFile]);
    assert.equal(validate.status, 1, validate.stderr);
    assert.ok((validate.stdout + validate.stderr).includes(`${reduceFile}: ${at(2, '>', 0, 'var', 1, 'reduce')}: operator "reduce"`), validate.stdout);
  });
});

describe('rules: random JSON Logic within the limits (fast-check, 1,000 cases)', () => {
  const LEVELS = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
  const DESCRIPTORS = ['p-1', 'p-2', 'p-3', 'p-4'];
  const FACTS = [
    ...DESCRIPTORS.map((d) => `checks.${d}`),
    ...LEVELS.flatMap((l) => ['total', 'met', 'partlyMet', 'notMet', 'assessed', 'score'].map((s) => `levels.${l}.${s}`)),
    ...['total', 'assessed', 'met', 'partlyMet', 'notMet'].map((s) => `descriptors.${s}`),
    'answers.p-q1.response',
    'answers.p-q1.level',
  ];
  const OPERATORS = [...ALLOWED_OPERATORS].filter((op) => op !== 'var');

  function framework(when: unknown): Framework {
    return {
      schemaVersion: 1,
      id: 'random-rules',
      version: '1.0.0',
      title: 'Random rules',
      publisher: 'AP Quality tests',
      status: 'draft',
      locale: 'en-GB',
      description: 'One area whose rule is random.',
      provenance: [],
      guidance: [],
      footnotes: [],
      judgementScale: 'ofsted-legacy-4',
      scales: [{ id: 'ofsted-legacy-4', title: 'Ofsted', levels: LEVELS.map((id) => ({ id, label: id })) }],
      uses: [],
      crosswalks: [],
      examplesOfPractice: [],
      migrations: [],
      categories: [
        {
          id: 'main',
          title: 'Main',
          areas: [
            {
              id: 'p',
              number: 1,
              title: 'P',
              status: 'complete',
              questions: [{ id: 'p-q1', text: 'How is it?', answer: 'rating' }],
              subAreas: [],
              descriptors: {
                scale: 'ofsted-legacy-4',
                levels: [
                  { level: 'outstanding', descriptors: [{ id: 'p-1', text: 'One.' }, { id: 'p-2', text: 'Two.' }] },
                  { level: 'good', descriptors: [{ id: 'p-3', text: 'Three.' }, { id: 'p-4', text: 'Four.' }] },
                ],
              },
              rules: [filler('random', when)],
            },
          ],
        },
      ],
    };
  }

  const literal = fc.oneof(
    fc.integer({ min: -3, max: 5 }),
    fc.constantFrom(0.5, -0.25, 1e9),
    fc.constantFrom('met', 'partly-met', 'not-met', 'not-assessed', 'yes', 'good', '', '1'),
    fc.boolean(),
    fc.constant(null),
  );
  const fact = fc.constantFrom(...FACTS);
  const leaf = fc.oneof(
    literal,
    fact.map((name) => ({ var: name })),
    fc.tuple(fact, literal).map(([name, fallback]) => ({ var: [name, fallback] })),
    fc.array(literal, { maxLength: 4 }),
  );
  const { tree } = fc.letrec<{ tree: unknown; operation: unknown }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, tie('operation')),
    operation: fc
      .tuple(fc.constantFrom(...OPERATORS), fc.oneof(fc.array(tie('tree'), { minLength: 0, maxLength: 4 }), tie('tree')))
      .map(([op, args]) => ({ [op]: args })),
  }));
  /** A random tree, sometimes wrapped deep in `!` and padded with `max`, to reach either side of each limit. */
  const padding = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: fc.integer({ min: RULE_LIMITS.maxNodes - 40, max: RULE_LIMITS.maxNodes + 10 }), weight: 1 },
  );
  const rule = fc.tuple(tree, fc.nat(RULE_LIMITS.maxDepth + 4), padding).map(([logic, wraps, pad]) => {
    let when: unknown = logic;
    for (let i = 0; i < wraps; i++) when = { '!': when };
    return pad === undefined ? when : { or: [when, { max: Array.from({ length: pad }, () => 0) }] };
  });
  const checks = fc.dictionary(fc.constantFrom(...DESCRIPTORS), fc.constantFrom(...CHECK_STATUSES));
  const answer = fc.record({ response: fc.constantFrom('yes', 'partly', 'no'), level: fc.constantFrom(...LEVELS) }, { requiredKeys: [] });

  it('compile iff within the limits, and evaluate on random facts without throwing', () => {
    fc.assert(
      fc.property(rule, checks, fc.option(answer, { nil: undefined }), (when, checked, answered) => {
        const f = framework(when);
        const m = measure(when);
        const within = m.depth <= RULE_LIMITS.maxDepth && m.nodes <= RULE_LIMITS.maxNodes;
        const result = validateFramework(f);
        assert.equal(result.ok, within, `${JSON.stringify(m)}\n${show(problemsOf(result))}`);
        const evaluation = {
          format: 'apq-evaluation',
          formatVersion: 1,
          id: 'random',
          framework: { id: 'random-rules', version: '1.0.0' },
          status: 'draft',
          setting: {},
          evaluators: [],
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
          answers: answered ? { 'p-q1': answered } : {},
          checks: checked,
          areas: {},
          actions: [],
          carriedOver: [],
        } as unknown as Evaluation;
        try {
          const out = suggest(f, evaluation);
          assert.ok(within);
          assert.equal(out.areas.length, 1);
        } catch (error) {
          if (!(error instanceof ApqError) || within) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
