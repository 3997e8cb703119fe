// SPDX-License-Identifier: MIT
// The bump-matches-diff lint check, and npm run diff:data (the same module run directly).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bumpMatchesDiffCheck, createBumpMatchesDiffCheck, workingCopyDiffs } from '../lint/checks/bump-matches-diff.js';
import { LINT_CHECKS } from '../lint/index.js';
import { DataFolder, serialiseJson } from '../scripts/lib/data-files.js';
import { DATA_LINT_CODES } from '../lint/codes.js';
import { PROBLEM_CODES } from '../src/validate/problems.js';
import { CORE_DIR, assertCodes, copyOfData, editJson as edit } from './helpers.js';
import { suggestByRules } from './versioning-fixtures.js';

const AREA = 'frameworks/ap-quality-toolkit/curriculum/pupil-induction.json';
const TOOLKIT = 'frameworks/ap-quality-toolkit/framework.json';
const ATTENDANCE = 'frameworks/leicestershire-bp-qa/strands/attendance.json';
const LEICESTERSHIRE = 'frameworks/leicestershire-bp-qa/framework.json';

const messages = (data: DataFolder, check = bumpMatchesDiffCheck) =>
  assertCodes(check.check(data), { ...PROBLEM_CODES, ...DATA_LINT_CODES }).map((p) => `${p.file}: ${p.path}: ${p.message}`);
const setVersion = (data: DataFolder, rel: string, version: string) => edit(data, rel, (f) => (f.version = version));

describe('lint: bump-matches-diff', () => {
  it('is registered, and passes on the data as committed', () => {
    assert.ok(LINT_CHECKS.includes(bumpMatchesDiffCheck));
    assert.deepEqual(messages(new DataFolder()), []);
  });

  it('a reworded question needs a patch', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => (a.questions[0].text = 'How well does induction work for each pupil?'));
    setVersion(data, TOOLKIT, '2.0.1');
    assert.deepEqual(messages(data), []);
  });

  it('a new question needs a minor version; a patch is refused', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => a.questions.push({ id: 'pupil-induction-q7', text: 'How well are families told what to expect?', answer: 'reflection', provisional: true }));
    setVersion(data, TOOLKIT, '2.0.1');
    assert.deepEqual(messages(data), [
      `${TOOLKIT}: version: 2.0.0 → 2.0.1 is a patch step, but the changes demand minor (2.1.0 or later): question "pupil-induction-q7" added: a new question: evaluations made against the older version leave it unanswered; npm run diff:data shows every change`,
    ]);
    setVersion(data, TOOLKIT, '2.1.0');
    assert.deepEqual(messages(data), []);
  });

  it('a removed question needs a major version', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => a.questions.pop());
    setVersion(data, TOOLKIT, '2.1.0');
    assert.match(messages(data)[0]!, /2\.0\.0 → 2\.1\.0 is a minor step, but the changes demand major \(3\.0\.0 or later\): question "pupil-induction-q6" removed/);
    setVersion(data, TOOLKIT, '3.0.0');
    assert.deepEqual(messages(data), []);
  });

  it('leaves a changed working copy still at the published number to the version-bump check', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => a.questions.pop());
    assert.deepEqual(messages(data), []);
    assert.equal(LINT_CHECKS.find((c) => c.name === 'version-bump')!.check(data).length, 1);
  });

  it('a rule change needs major without the engine; with worked examples that keep their suggestions, minor', () => {
    const data = copyOfData();
    edit(data, ATTENDANCE, (a) => (a.rules[2].when = { '>': [{ var: 'levels.outstanding.score' }, 0.6] }));
    setVersion(data, LEICESTERSHIRE, '1.1.0');
    assert.match(messages(data, createBumpMatchesDiffCheck())[0]!, /the changes demand major \(2\.0\.0 or later\): rule "attendance-best-fit-outstanding" changed: a rule's logic changed: it may change the suggestion for "attendance"/);

    const released = JSON.parse(readFileSync(data.releasedFile('leicestershire-bp-qa', '1.0.0'), 'utf8'));
    const outstanding = released.categories[0].areas[0].descriptors.levels[0].descriptors.map((d: { id: string }) => d.id);
    // Only this example, so the outcome does not hang on the examples the engine ships.
    rmSync(join(data.frameworkDir('leicestershire-bp-qa'), 'examples'), { recursive: true, force: true });
    mkdirSync(join(data.frameworkDir('leicestershire-bp-qa'), 'examples'));
    writeFileSync(
      join(data.frameworkDir('leicestershire-bp-qa'), 'examples', 'attendance-outstanding.json'),
      serialiseJson({
        id: 'attendance-outstanding',
        title: 'Every outstanding descriptor met',
        evaluation: {
          format: 'apq-evaluation',
          formatVersion: 2,
          id: 'example-attendance-outstanding',
          framework: { id: 'leicestershire-bp-qa', version: '1.0.0' },
          status: 'draft',
          setting: {},
          evaluators: [],
          createdAt: '2026-01-01',
          updatedAt: '2026-01-01',
          answers: {},
          checks: Object.fromEntries(outstanding.map((id: string) => [id, 'met'])),
          areas: {},
          actions: [],
          carriedOver: [],
        },
      }),
    );
    assert.deepEqual(messages(data, createBumpMatchesDiffCheck({ suggest: suggestByRules })), []);
    const [diff] = workingCopyDiffs(data, { suggest: suggestByRules }).filter((d) => d.id === 'leicestershire-bp-qa');
    assert.equal(diff!.diff!.examplesCompared, 1);
  });

  it('npm run diff:data prints each working copy against its newest published version', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'lint/checks/bump-matches-diff.ts'], { cwd: CORE_DIR, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^== ap-quality-toolkit: working copy against the newest published version\nap-quality-toolkit 2\.0\.0 → 2\.0\.0\nNo changes/m);
    assert.match(run.stdout, /^== leicestershire-bp-qa: /m);
    const json = spawnSync(process.execPath, ['--import', 'tsx', 'lint/checks/bump-matches-diff.ts', '--json'], { cwd: CORE_DIR, encoding: 'utf8' });
    const parsed = JSON.parse(json.stdout) as Array<{ id: string; diff: { bump: string } }>;
    assert.deepEqual(parsed.map((d) => [d.id, d.diff.bump]), [['ap-quality-toolkit', 'none'], ['leicestershire-bp-qa', 'none']]);
  });
});
