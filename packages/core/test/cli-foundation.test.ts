// SPDX-License-Identifier: MIT
// apq frameworks | show | validate | schema, run as real processes against the built CLI.
import assert from 'node:assert/strict';
import { openSync, closeSync, ftruncateSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Problem } from '../src/validate/problems.js';
import { CORE_DIR, assertCodes, runApq, tempFile } from './helpers.js';
import { leicestershire, minimalEvaluation } from './fixtures.js';

const released = (id: string, version: string) => join(CORE_DIR, 'data/frameworks', id, 'released', `${version}.json`);

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

describe('apq frameworks', () => {
  it('lists every bundled id and version, readably and as JSON', () => {
    const human = runApq(['frameworks']);
    assert.equal(human.status, 0);
    assert.match(human.stdout, /^ap-quality-toolkit@1\.0\.0 .*AP Quality Benchmark Toolkit$/m);
    assert.match(human.stdout, /^leicestershire-bp-qa@1\.0\.0 /m);
    const json = JSON.parse(runApq(['frameworks', '--json']).stdout) as Array<{ id: string; version: string }>;
    assert.deepEqual(json.map((f) => `${f.id}@${f.version}`), ['ap-quality-toolkit@1.0.0', 'ap-quality-toolkit@2.0.0', 'leicestershire-bp-qa@1.0.0']);
  });
});

describe('apq show', () => {
  it('prints the latest version of the toolkit when no version is given', () => {
    const run = runApq(['show', 'ap-quality-toolkit']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^AP Quality Toolkit \(ap-quality-toolkit@2\.0\.0\)$/m);
    assert.match(run.stdout, /Quality area 13\. Post-16 destinations/);
    assert.match(run.stdout, /12c\) Specialist provision/);
  });

  it('--json prints the framework exactly as its published JSON file', () => {
    for (const [id, version] of [['leicestershire-bp-qa', '1.0.0'], ['ap-quality-toolkit', '1.0.0'], ['ap-quality-toolkit', '2.0.0']] as const) {
      const run = runApq(['show', `${id}@${version}`, '--json']);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, readFileSync(released(id, version), 'utf8'));
    }
  });

  it('leicestershire --json holds all strands and descriptors', () => {
    const f = JSON.parse(runApq(['show', 'leicestershire-bp-qa', '--json']).stdout) as ReturnType<typeof leicestershire>;
    const areas = f.categories.flatMap((c) => c.areas);
    assert.equal(areas.length, 5);
    assert.equal(areas.flatMap((a) => (a.descriptors?.levels ?? []).flatMap((l) => l.descriptors)).length, 98);
  });

  it('answers an unknown framework or version with a usage error', () => {
    const unknown = runApq(['show', 'nope']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown framework "nope" \(known: ap-quality-toolkit, leicestershire-bp-qa\)/);
    const version = runApq(['show', 'ap-quality-toolkit@3.0.0']);
    assert.equal(version.status, 2);
    assert.match(version.stderr, /unknown version "3\.0\.0" of ap-quality-toolkit \(known: 1\.0\.0, 2\.0\.0\)/);
  });
});

describe('apq validate', () => {
  it('accepts published frameworks and a valid evaluation, telling them apart', () => {
    const evaluation = tempFile('evaluation.json', JSON.stringify(minimalEvaluation()));
    const run = runApq(['validate', released('leicestershire-bp-qa', '1.0.0'), evaluation]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1\.0\.0\.json: valid framework leicestershire-bp-qa@1\.0\.0/);
    assert.match(run.stdout, /evaluation\.json: valid evaluation made against ap-quality-toolkit@2\.0\.0/);
  });

  const bad: Array<[string, string | Buffer, RegExp]> = [
    ['not JSON', 'hello', /: \(root\): not valid JSON: /],
    ['an empty file', '', /: \(root\): file is empty/],
    ['a truncated file', JSON.stringify(minimalEvaluation()).slice(0, 200), /: \(root\): not valid JSON: .*line 1/],
    ['binary garbage', Buffer.from([0, 159, 146, 150, 255, 0, 1]), /: \(root\): not valid JSON/],
    ['null at the top', 'null', /: \(root\): expected a framework or an evaluation object, got null/],
    ['an array at the top', '[1,2]', /: \(root\): expected a framework or an evaluation object, got a list/],
    ['a number at the top', '7', /: \(root\): expected a framework or an evaluation object, got number 7/],
    ['wrong types deep inside', JSON.stringify({ ...minimalEvaluation(), areas: { 'pupil-induction': { strengths: [1] } } }), /: areas\.pupil-induction\.strengths\[0\]: expected a string, got number 1/],
    ['unknown keys', JSON.stringify({ ...minimalEvaluation(), colour: 'red' }), /: colour: unknown key/],
    ['an unknown framework', JSON.stringify({ ...minimalEvaluation(), framework: { id: 'nope', version: '1.0.0' } }), /: framework\.id: unknown framework "nope"/],
    ['an unknown version', JSON.stringify({ ...minimalEvaluation(), framework: { id: 'ap-quality-toolkit', version: '0.9.0' } }), /: framework\.version: unknown version "0\.9\.0"/],
    ['a __proto__ key', '{"format":"apq-evaluation","__proto__":{"x":1}}', /: __proto__: key "__proto__" is not allowed/],
    ['a constructor key', '{"schemaVersion":1,"constructor":{"prototype":{}}}', /: constructor: key "constructor" is not allowed/],
    ['nesting 100,000 levels deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /: nested more than 64 levels deep/],
  ];
  for (const [what, content, expected] of bad) {
    it(`answers ${what} with exit 1 and path: problem lines`, () => {
      const file = tempFile('input.json', content);
      const run = runApq(['validate', file]);
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, expected);
      for (const line of run.stdout.trim().split('\n')) assert.ok(line.startsWith(`${file}: `), line);
      assertNoStackTrace(run.stdout + run.stderr);
    });
  }

  it('answers duplicate ids in a framework with the path of the duplicate', () => {
    const f = leicestershire();
    f.categories[0]!.areas[2]!.id = 'attendance';
    const run = runApq(['validate', tempFile('framework.json', JSON.stringify(f))]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /: categories\[0\]\.areas\[2\]\.id: duplicate id "attendance" \(first used at categories\[0\]\.areas\[0\]\.id\)/);
  });

  it('refuses a 50 MB file without reading it', () => {
    const file = tempFile('big.json', '');
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const run = runApq(['validate', file]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /: \(root\): file is 50\.0 MiB, larger than the 10 MiB limit/);
  });

  it('reports each file, and --json gives the problems as data', () => {
    const good = tempFile('good.json', JSON.stringify(minimalEvaluation()));
    const badFile = tempFile('bad.json', '{"format":"apq-evaluation"}');
    const run = runApq(['validate', good, badFile, '--json']);
    assert.equal(run.status, 1);
    const reports = JSON.parse(run.stdout) as Array<{ file: string; valid: boolean; problems: Problem[] }>;
    assert.deepEqual(reports.map((r) => r.valid), [true, false]);
    assert.ok(reports[1]!.problems.some((p) => p.path === 'formatVersion'));
    assertCodes(reports[1]!.problems);
    assert.deepEqual(
      reports[1]!.problems.find((p) => p.path === 'formatVersion'),
      { path: 'formatVersion', message: 'must be one of 1, 2, got missing', code: 'missing', params: { expected: '1, 2' } },
    );
  });

  it('treats a missing file and a missing argument as usage errors (exit 2)', () => {
    const missing = runApq(['validate', '/no/such/file.json']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read \/no\/such\/file\.json: no such file/);
    assert.equal(runApq(['validate']).status, 2);
    assertNoStackTrace(missing.stderr);
  });
});

describe('apq schema and usage', () => {
  it('prints the shipped JSON Schemas', () => {
    for (const kind of ['framework', 'evaluation']) {
      const run = runApq(['schema', kind]);
      assert.equal(run.status, 0);
      assert.equal(`${run.stdout}`, readFileSync(join(CORE_DIR, 'schemas', `${kind}.schema.json`), 'utf8'));
    }
    assert.equal(runApq(['schema', 'pizza']).status, 2);
  });

  it('answers an unknown command or option with exit 2 and the usage', () => {
    const unknown = runApq(['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    const option = runApq(['frameworks', '--colour']);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Usage: apq frameworks/);
    assert.equal(runApq([]).status, 2);
    assert.equal(runApq(['--help']).status, 0);
  });
});
