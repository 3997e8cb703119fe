// SPDX-License-Identifier: MIT
// The worked examples under data/frameworks/<id>/examples/: each is a valid evaluation, and the
// engine makes exactly the suggestions it expects. Elements' tests and stories use the same files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { checkWorkedExample, type LoadedExample, parseWorkedExample, suggest } from '../src/engine/index.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { formatProblem } from '../src/validate/problems.js';
import { CORE_DIR, assertCodes } from './helpers.js';

const FRAMEWORKS_DIR = join(CORE_DIR, 'data/frameworks');

function exampleFiles(frameworkId: string): string[] {
  const dir = join(FRAMEWORKS_DIR, frameworkId, 'examples');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
}

const files = readdirSync(FRAMEWORKS_DIR).flatMap(exampleFiles);

function load(file: string): LoadedExample {
  const result = parseWorkedExample(JSON.parse(readFileSync(file, 'utf8')), bundledCatalogue);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('worked examples', () => {
  it('should exist for Leicestershire and the toolkit', () => {
    assert.ok(exampleFiles('leicestershire-bp-qa').length >= 5);
    assert.ok(exampleFiles('ap-quality-toolkit').length >= 2);
  });

  for (const file of files) {
    const name = `${basename(join(file, '..', '..'))}/examples/${basename(file)}`;
    describe(name, () => {
      it('should be a valid example of a valid evaluation, named by its id and formatted', () => {
        const text = readFileSync(file, 'utf8');
        const { example, framework } = load(file);
        assert.equal(basename(file, '.json'), example.id);
        assert.equal(basename(join(file, '..', '..')), framework.id);
        assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      });

      it('should get exactly the suggestions it expects', () => {
        const loaded = load(file);
        assert.deepEqual(checkWorkedExample(loaded).map(formatProblem), []);
      });
    });
  }

  it('should give each evaluation its own id', () => {
    const ids = files.map((f) => load(f).example.evaluation.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('what the Leicestershire examples cover', () => {
  const examples = exampleFiles('leicestershire-bp-qa').map(load);
  const outcomes = new Set<string>();
  for (const { example, framework } of examples) {
    for (const s of suggest(framework, example.evaluation).areas) {
      outcomes.add(`${s.area}:${s.status}:${s.level ?? '-'}:${s.rule?.strategy ?? '-'}`);
    }
  }
  const strands = ['attendance', 'quality-of-provision', 'outcomes-for-pupils', 'leadership-and-management'];

  it('should reach every level, and not enough evidence, in every strand with descriptors', () => {
    for (const strand of strands) {
      for (const level of ['outstanding', 'good', 'requires-improvement', 'inadequate']) {
        assert.ok([...outcomes].some((o) => o.startsWith(`${strand}:suggested:${level}:`)), `${strand} ${level}`);
      }
      assert.ok(outcomes.has(`${strand}:not-enough-evidence:-:insufficient-evidence`), `${strand} not enough evidence`);
    }
  });

  it('should reach inadequate by limiting in strands 1, 3 and 4, and by best fit in strand 5', () => {
    for (const strand of strands.slice(0, 3)) assert.ok(outcomes.has(`${strand}:suggested:inadequate:limiting`), strand);
    assert.ok(outcomes.has('leadership-and-management:suggested:inadequate:best-fit'));
  });

  it('should show strand 2 as not yet written in every example', () => {
    assert.deepEqual([...outcomes].filter((o) => o.startsWith('referral-assessment-and-provision-planning:')), ['referral-assessment-and-provision-planning:not-yet-written:-:-']);
  });

  it('should include a submitted judgement that differs from its suggestion and gives a rationale', () => {
    const differing = examples.flatMap(({ example, framework }) =>
      suggest(framework, example.evaluation).areas.filter((s) => {
        const j = example.evaluation.areas[s.area]?.judgement;
        return example.evaluation.status === 'submitted' && s.level !== null && j?.level && j.level !== s.level && j.rationale;
      }),
    );
    assert.ok(differing.length > 0);
  });
});

describe('what the toolkit examples cover', () => {
  const examples = exampleFiles('ap-quality-toolkit').map(load);

  it('should include a partly filled draft and a complete submission, both on 2.0.0', () => {
    assert.ok(examples.some(({ example }) => example.evaluation.status === 'draft'));
    assert.ok(examples.some(({ example }) => example.evaluation.status === 'submitted'));
    assert.ok(examples.every(({ framework }) => framework.version === '2.0.0'));
  });

  it('should suggest nothing for any quality area, saying there are no descriptors', () => {
    for (const { example, framework } of examples) {
      assert.ok(suggest(framework, example.evaluation).areas.every((s) => s.status === 'no-descriptors' && s.level === null));
    }
  });
});

describe('parseWorkedExample', () => {
  const file = exampleFiles('leicestershire-bp-qa')[0]!;
  const raw = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

  it('should name the path of a problem inside the evaluation', () => {
    const bad = raw();
    bad.evaluation.checks['attendance-9-9'] = 'met';
    const result = parseWorkedExample(bad, bundledCatalogue);
    assert.equal(result.ok, false);
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), ['evaluation.checks.attendance-9-9: unknown grade descriptor "attendance-9-9" in leicestershire-bp-qa@1.0.0']);
    assert.deepEqual(result.ok ? [] : assertCodes(result.problems).map((p) => [p.code, p.params]), [['unknown-descriptor', { descriptor: 'attendance-9-9' }]]);
  });

  it('should need an expectation for every area and refuse one for an unknown area', () => {
    const bad = raw();
    delete bad.expected.attendance;
    bad.expected.elsewhere = { status: 'suggested', level: 'good' };
    const result = parseWorkedExample(bad, bundledCatalogue);
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [
      'expected.attendance: is missing: every area of leicestershire-bp-qa@1.0.0 needs an expectation',
      'expected.elsewhere: unknown area "elsewhere" in leicestershire-bp-qa@1.0.0',
    ]);
    assert.deepEqual(result.ok ? [] : assertCodes(result.problems).map((p) => p.code), ['expectation-missing', 'unknown-area']);
  });

  it('should report where the engine and the expectation differ', () => {
    const bad = raw();
    const area = Object.keys(bad.expected).find((id) => bad.expected[id].status === 'suggested')!;
    bad.expected[area] = { status: 'no-rule-matched', level: 'no-such-level', rule: 'nothing' };
    const result = parseWorkedExample(bad, bundledCatalogue);
    assert.ok(result.ok);
    const lines = checkWorkedExample(result.value).map(formatProblem);
    assert.equal(lines.length, 3);
    assert.deepEqual(assertCodes(checkWorkedExample(result.value)).map((p) => [p.code, p.params?.field]), [
      ['example-mismatch', 'status'],
      ['example-mismatch', 'level'],
      ['example-mismatch', 'rule'],
    ]);
    assert.match(lines[0]!, new RegExp(`^expected\\.${area}\\.status: expected "no-rule-matched", the engine gives "suggested"`));
  });
});
