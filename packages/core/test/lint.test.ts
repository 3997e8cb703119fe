// SPDX-License-Identifier: MIT
// Each data lint check passes on the real data and fails on a copy broken in its own way.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LINT_CHECKS } from '../lint/index.js';
import type { LintCheck } from '../lint/check.js';
import { buildData } from '../scripts/build-data.js';
import { DataFolder } from '../scripts/lib/data-files.js';
import { generatedFiles } from '../scripts/generate.js';
import { DATA_LINT_CODES } from '../lint/codes.js';
import { PROBLEM_CODES } from '../src/validate/problems.js';
import { CORE_DIR, assertCodes, copyOfData, editJson as edit } from './helpers.js';

function check(name: string): LintCheck {
  const found = LINT_CHECKS.find((c) => c.name === name);
  assert.ok(found, `lint check ${name} exists`);
  return found;
}

/** The check's problems as `file: path: message` lines; each must carry a listed code. */
function messages(name: string, data: DataFolder): string[] {
  return assertCodes(check(name).check(data), LINT_CODES).map((p) => `${p.file}: ${p.path}: ${p.message}`);
}

const LINT_CODES = { ...PROBLEM_CODES, ...DATA_LINT_CODES };

const AREA = 'frameworks/ap-quality-toolkit/curriculum/pupil-induction.json';

describe('data lint', () => {
  it('passes every check on the data as committed', () => {
    const data = new DataFolder();
    for (const c of LINT_CHECKS) assert.deepEqual(messages(c.name, data), [], c.name);
  });

  it('schema: names the file and path of a wrong type', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => (a.questions[0].answer = 'essay'));
    assert.deepEqual(messages('schema', data), [
      `${AREA}: questions[0].answer: must be one of "reflection", "rating", "yes-partly-no", "evidence", got "essay"`,
    ]);
  });

  it('filename-matches-id: an area file whose id differs from its name', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => (a.id = 'induction'));
    assert.deepEqual(messages('filename-matches-id', data), [`${AREA}: id: is "induction" but the file's path says "pupil-induction"`]);
  });

  it('formatting: flags an unformatted file, and --fix mends it', () => {
    const data = copyOfData();
    const file = join(data.root, AREA);
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    assert.equal(messages('formatting', data).length, 1);
    check('formatting').fix!(data);
    assert.deepEqual(messages('formatting', data), []);
  });

  it('listed-files: an area file no category lists, and a listed area with no file', () => {
    const data = copyOfData();
    cpSync(join(data.root, AREA), join(data.root, 'frameworks/ap-quality-toolkit/curriculum/stray.json'));
    edit(data, 'frameworks/ap-quality-toolkit/currency/_category.json', (c) => c.areas.push('missing-area'));
    const out = messages('listed-files', data);
    assert.ok(out.includes('frameworks/ap-quality-toolkit/curriculum/stray.json: (root): area file is not listed in curriculum/_category.json'), out.join('\n'));
    assert.ok(out.some((l) => l.includes('lists "missing-area" but frameworks/ap-quality-toolkit/currency/missing-area.json does not exist')), out.join('\n'));
  });

  it('references: a duplicate id and a rule operator outside the allowlist', () => {
    const data = copyOfData();
    edit(data, 'frameworks/leicestershire-bp-qa/strands/attendance.json', (a) => {
      a.descriptors.levels[1].descriptors[0].id = 'attendance-1-1';
      a.rules[2].when = { log: [1] };
    });
    const out = messages('references', data);
    assert.ok(out.some((l) => l.includes('duplicate id "attendance-1-1"')), out.join('\n'));
    assert.ok(out.some((l) => l.includes('operator "log" is not allowed')), out.join('\n'));
  });

  it('scales-match-library: an embedded scale that drifted from data/scales', () => {
    const data = copyOfData();
    edit(data, 'frameworks/leicestershire-bp-qa/framework.json', (f) => (f.scales[0].levels[0].label = 'Excellent'));
    assert.deepEqual(messages('scales-match-library', data), [
      'frameworks/leicestershire-bp-qa/framework.json: scales[0]: differs from data/scales/ofsted-legacy-4.json',
    ]);
  });

  it('tree: a framework folder that is not an id', () => {
    const data = copyOfData();
    mkdirSync(join(data.frameworksDir(), 'Bad_Name'));
    assert.equal(messages('tree', data).length, 1);
  });

  it('released-frozen: a published file edited by one byte, or removed', () => {
    const data = copyOfData();
    const file = data.releasedFile('leicestershire-bp-qa', '1.0.0');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Outstanding', 'Outstanding!'));
    assert.match(messages('released-frozen', data)[0]!, /published version 1\.0\.0 has changed/);
    rmSync(file);
    assert.match(messages('released-frozen', data)[0]!, /published version 1\.0\.0 is missing/);
  });

  it('version-bump: a changed working copy still numbered as a published version', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => (a.questions[0].text = 'How well does induction work for each pupil?'));
    assert.deepEqual(messages('version-bump', data), [
      'frameworks/ap-quality-toolkit/framework.json: version: the working copy has changed since 2.0.0 was published: raise the version (see docs/publishing.md)',
    ]);
    edit(data, 'frameworks/ap-quality-toolkit/framework.json', (f) => (f.version = '2.0.1'));
    assert.deepEqual(messages('version-bump', data), []);
  });
});

describe('build:data (publishing freezes a version)', () => {
  it('freezes a new published version once, holds its hash, and never rewrites it', () => {
    const data = copyOfData();
    edit(data, AREA, (a) => (a.questions[0].text = 'How well does induction work for each pupil?'));
    edit(data, 'frameworks/ap-quality-toolkit/framework.json', (f) => (f.version = '2.0.1'));
    const log: string[] = [];
    assert.equal(buildData(data, (l) => log.push(l)), 0);
    assert.ok(log.includes('ap-quality-toolkit@2.0.1: frozen as frameworks/ap-quality-toolkit/released/2.0.1.json'), log.join('\n'));
    assert.equal(data.heldHashes('ap-quality-toolkit').size, 3);
    assert.deepEqual(messages('released-frozen', data), []);
    edit(data, AREA, (a) => (a.questions[0].text = 'Changed again?'));
    assert.equal(buildData(data, () => {}), 1, 'a changed working copy at a frozen version is refused');
  });
});

describe('generated files', () => {
  it('are up to date: JSON Schemas and typed framework modules match their sources', () => {
    for (const [rel, text] of generatedFiles()) {
      assert.equal(readFileSync(join(CORE_DIR, rel), 'utf8'), text, `${rel} is stale: run npm run gen`);
    }
  });
});
