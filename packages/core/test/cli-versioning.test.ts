// SPDX-License-Identifier: MIT
// apq diff and apq migrate, run as real processes against the built CLI.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Evaluation } from '../src/schema/evaluation.js';
import type { FrameworkDiff, Migration } from '../src/versioning/index.js';
import { CORE_DIR, runApq, tempFile } from './helpers.js';

const released = (id: string, version: string) => join(CORE_DIR, 'data/frameworks', id, 'released', `${version}.json`);

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

function evaluationFile(parts: Partial<Evaluation>): string {
  const evaluation: Evaluation = {
    format: 'apq-evaluation',
    formatVersion: 2,
    id: 'riverside-2025',
    framework: { id: 'ap-quality-toolkit', version: '1.0.0' },
    status: 'draft',
    setting: { name: 'Riverside Learning Centre' },
    evaluators: [{ name: 'A. Head' }],
    createdAt: '2025-01-01',
    updatedAt: '2025-01-02',
    answers: {},
    checks: {},
    areas: { 'pupil-induction': { evidence: 'Induction plans seen.', strengths: ['Key adult for each pupil'] } },
    actions: [],
    carriedOver: [],
    ...parts,
  };
  return tempFile('evaluation.json', JSON.stringify(evaluation, null, 2));
}

describe('apq diff', () => {
  it('prints what changed from toolkit 1.0.0 to 2.0.0 and the bump it demands', () => {
    const run = runApq(['diff', 'ap-quality-toolkit@1.0.0', 'ap-quality-toolkit@2.0.0']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^ap-quality-toolkit 1\.0\.0 → 2\.0\.0$/m);
    assert.match(run.stdout, /^Demands: a major version \(2\.0\.0 or later\)\. 1\.0\.0 → 2\.0\.0 is a major step: enough\.$/m);
    assert.match(run.stdout, /^ {2}- framework "ap-quality-toolkit" \(judgementScale\) changed: a judgement scale was added/m);
    assert.match(run.stdout, /^Changes: 145 added, 1 reworded, 1 changed, 6 metadata\.$/m);
    assert.match(run.stdout, /^ {2}minor {2}question community\.partnership-working\.partnership-working-q1: /m);
  });

  it('--json prints the diff as data', () => {
    const run = runApq(['diff', 'ap-quality-toolkit@1.0.0', 'ap-quality-toolkit@2.0.0', '--json']);
    assert.equal(run.status, 0, run.stderr);
    const diff = JSON.parse(run.stdout) as FrameworkDiff;
    assert.equal(diff.bump, 'major');
    assert.equal(diff.changes.length, 153);
    assert.deepEqual([diff.framework, diff.from, diff.to, diff.step, diff.sufficient], ['ap-quality-toolkit', '1.0.0', '2.0.0', 'major', true]);
  });

  it('takes a framework file for either side, so a working-copy build can be compared', () => {
    const run = runApq(['diff', 'ap-quality-toolkit@2.0.0', released('ap-quality-toolkit', '2.0.0')]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /No changes: the two versions hold the same content\./);
    const edited = JSON.parse(readFileSync(released('ap-quality-toolkit', '2.0.0'), 'utf8'));
    edited.version = '2.0.1';
    edited.categories[0].areas[0].questions.pop();
    const file = tempFile('build.json', JSON.stringify(edited));
    const diff = runApq(['diff', 'ap-quality-toolkit@2.0.0', file]);
    assert.equal(diff.status, 0, diff.stderr);
    assert.match(diff.stdout, /2\.0\.0 → 2\.0\.1 is only a patch step: NOT ENOUGH\./);
    assert.match(diff.stdout, /^Removed \(1\)$/m);
  });

  it('answers a file that is not a valid framework with path: problem lines and status 1', () => {
    const evaluation = evaluationFile({});
    const run = runApq(['diff', 'ap-quality-toolkit@1.0.0', evaluation]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `${evaluation}: (root): is an evaluation, not a framework\n`);
    const refused = JSON.parse(runApq(['diff', 'ap-quality-toolkit@1.0.0', evaluation, '--json']).stdout) as { problems: Array<{ code: string }> };
    assert.deepEqual(refused.problems.map((p) => p.code), ['not-a-framework']);
    const broken = tempFile('broken.json', '{"schemaVersion": 1, "id": "x"');
    const bad = runApq(['diff', broken, 'ap-quality-toolkit@1.0.0']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^.*broken\.json: \(root\): not valid JSON: /);
    assertNoStackTrace(bad.stderr);
    const json = runApq(['diff', broken, 'ap-quality-toolkit@1.0.0', '--json']);
    assert.equal(json.status, 1);
    const report = JSON.parse(json.stdout) as { valid: boolean; problems: Array<{ code: string }> };
    assert.equal(report.valid, false);
    assert.deepEqual(report.problems.map((p) => p.code), ['invalid-json']);
  });

  it('refuses two different frameworks with status 1', () => {
    const run = runApq(['diff', 'ap-quality-toolkit@1.0.0', 'leicestershire-bp-qa@1.0.0']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^leicestershire-bp-qa@1\.0\.0: id: cannot diff "ap-quality-toolkit" with "leicestershire-bp-qa"/);
  });

  it('is a usage error (status 2) without two versions, or with an unknown one or a missing file', () => {
    for (const args of [['diff'], ['diff', 'ap-quality-toolkit@1.0.0'], ['diff', 'ap-quality-toolkit@1.0.0', 'ap-quality-toolkit@9.9.9'], ['diff', 'ap-quality-toolkit@1.0.0', 'no/such/file.json']]) {
      const run = runApq(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^apq diff: .*\nUsage: apq diff /);
      assertNoStackTrace(run.stderr);
    }
  });
});

describe('apq migrate', () => {
  it('prints the migrated evaluation on stdout and the report on stderr', () => {
    const file = evaluationFile({ use: 'annual-review' });
    const run = runApq(['migrate', file, '--to', '2.0.0', '--now', '2026-12-01T10:00:00Z']);
    assert.equal(run.status, 0, run.stderr);
    const migrated = JSON.parse(run.stdout) as Evaluation;
    assert.deepEqual(migrated.framework, { id: 'ap-quality-toolkit', version: '2.0.0' });
    assert.equal(migrated.updatedAt, '2026-12-01T10:00:00.000Z');
    assert.deepEqual(migrated.carriedOver.map((c) => [c.from.path, c.value]), [['use', 'annual-review']]);
    assert.match(run.stderr, /^Migrated from ap-quality-toolkit 1\.0\.0 to 2\.0\.0\.$/m);
    assert.match(run.stderr, /^Carried over, kept in the evaluation's carriedOver \(1\):\n {2}use: no use "annual-review" in ap-quality-toolkit@2\.0\.0/m);
    assert.match(run.stderr, /^Newly unanswered \(124\):$/m);
    const check = runApq(['validate', tempFile('migrated.json', run.stdout)]);
    assert.equal(check.status, 0, check.stdout);
  });

  it('--json prints the evaluation and the report together', () => {
    const run = runApq(['migrate', evaluationFile({}), '--to', 'ap-quality-toolkit@2.0.0', '--json']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const { evaluation, report } = JSON.parse(run.stdout) as Migration;
    assert.equal(evaluation.framework.version, '2.0.0');
    assert.deepEqual([report.from, report.to, report.unchanged, report.newlyUnanswered.length], ['1.0.0', '2.0.0', 1, 124]);
  });

  it('--to latest migrates to the newest published version; the same version changes nothing', () => {
    const file = evaluationFile({});
    const latest = runApq(['migrate', file, '--to', 'latest', '--json']);
    assert.equal((JSON.parse(latest.stdout) as Migration).report.to, '2.0.0');
    const same = runApq(['migrate', file, '--to', '1.0.0']);
    assert.equal(same.status, 0, same.stderr);
    assert.deepEqual(JSON.parse(same.stdout), JSON.parse(readFileSync(file, 'utf8')));
  });

  it('answers an invalid evaluation with path: problem lines and status 1', () => {
    const file = tempFile('bad.json', JSON.stringify({ format: 'apq-evaluation', formatVersion: 1 }));
    const run = runApq(['migrate', file, '--to', '2.0.0']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /bad\.json: id: is missing/);
    assertNoStackTrace(run.stderr);
    const framework = runApq(['migrate', released('ap-quality-toolkit', '1.0.0'), '--to', '2.0.0']);
    assert.equal(framework.status, 1);
    assert.match(framework.stderr, /: \(root\): this is a framework, not an evaluation$/m);
  });

  it('refuses another framework (status 1) and a bad time (status 1)', () => {
    const other = runApq(['migrate', evaluationFile({}), '--to', 'leicestershire-bp-qa@1.0.0']);
    assert.equal(other.status, 1);
    assert.match(other.stderr, /framework\.id: cannot migrate an evaluation of "ap-quality-toolkit" to "leicestershire-bp-qa"/);
    const time = runApq(['migrate', evaluationFile({}), '--to', '2.0.0', '--now', 'tomorrow']);
    assert.equal(time.status, 1);
    assert.match(time.stderr, /now: must be an ISO 8601 date-time, got "tomorrow"/);
  });

  it('is a usage error (status 2) with an empty --to, an unknown version, or without a file', () => {
    for (const args of [['migrate', evaluationFile({}), '--to', ''], ['migrate', evaluationFile({}), '--to', '9.0.0'], ['migrate', '--to', '2.0.0'], ['migrate', 'missing.json', '--to', '2.0.0']]) {
      const run = runApq(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^apq migrate: .*\nUsage: apq migrate /);
    }
  });
});
