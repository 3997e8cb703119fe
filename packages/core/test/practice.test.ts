// SPDX-License-Identifier: MIT
// Examples of practice: offering a strength, collecting offers into a library that names no
// setting, finding the examples of an area, and validating libraries.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { collectPractice, offerPractice, practiceForArea, withdrawPractice } from '../src/engine/practice.js';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { PracticeLibrary } from '../src/schema/practice.js';
import { ApqError } from '../src/validate/problems.js';
import { parseWith, validateDocument, validateEvaluation, validatePracticeLibrary } from '../src/validate/validate.js';
import { minimalEvaluation } from './fixtures.js';
import { CORE_DIR, assertCodes } from './helpers.js';

const NOW = new Date('2026-12-01T10:00:00Z');

const offer = { title: 'Key adult from day one', summary: 'Each new pupil meets their key adult before their first day.', areas: ['pupil-induction'], strength: { area: 'pupil-induction', index: 0 } };

function submitted(overrides: Partial<Evaluation> = {}): Evaluation {
  return minimalEvaluation({ status: 'submitted', submittedAt: '2026-11-30T10:00:00Z', ...overrides });
}

function lines(result: { ok: boolean; problems?: Array<{ path: string; code: string }> }): string[] {
  return result.ok ? [] : assertCodes(result.problems as never).map((p) => `${p.path}: ${p.code}`);
}

describe('offerPractice', () => {
  it('records an offer with an id, the time and the kind of setting, and it validates', () => {
    const e = offerPractice(minimalEvaluation(), offer, NOW);
    assert.deepEqual(e.practice, [{ id: 'pupil-induction-practice-1', title: offer.title, summary: offer.summary, areas: ['pupil-induction'], offeredAt: NOW.toISOString(), settingType: 'Pupil referral unit', strength: { area: 'pupil-induction', index: 0 } }]);
    assert.equal(validateEvaluation(e, bundledCatalogue).ok, true);
    const two = offerPractice(e, { ...offer, settingType: '', contact: 'head@example.org', link: 'https://example.org/induction' }, NOW);
    assert.equal(two.practice!.length, 2);
    assert.equal(two.practice![1]!.id, 'pupil-induction-practice-2');
    assert.equal(two.practice![1]!.settingType, undefined);
    assert.deepEqual(withdrawPractice(two, 'pupil-induction-practice-1', NOW).practice!.map((p) => p.id), ['pupil-induction-practice-2']);
    assert.equal(withdrawPractice(e, 'pupil-induction-practice-1', NOW).practice, undefined);
  });

  it('replaces an offer with the same id, and refuses malformed offers', () => {
    const e = offerPractice(offerPractice(minimalEvaluation(), { ...offer, id: 'x' }, NOW), { ...offer, id: 'x', title: 'New title' }, NOW);
    assert.deepEqual(e.practice!.map((p) => p.title), ['New title']);
    assert.throws(() => offerPractice(minimalEvaluation(), { ...offer, areas: 'pupil-induction' as never }, NOW), ApqError);
  });

  it('is checked against the framework: unknown areas, a strength that is not there, a link that is not https', () => {
    const bad = minimalEvaluation({
      practice: [
        { id: 'x1', title: 't', summary: 's', areas: ['no-such-area'], offeredAt: NOW.toISOString() },
        { id: 'x2', title: 't', summary: 's', areas: ['pupil-induction'], strength: { area: 'pupil-induction', index: 5 }, offeredAt: NOW.toISOString() },
        { id: 'x2', title: 't', summary: 's', areas: [], offeredAt: NOW.toISOString() },
      ],
    });
    assert.deepEqual(lines(validateEvaluation(bad, bundledCatalogue)), ['practice[2].areas: too-small']);
    bad.practice!.pop();
    bad.practice!.push({ id: 'x2', title: 't', summary: 's', areas: ['pupil-induction'], offeredAt: NOW.toISOString() });
    assert.deepEqual(lines(validateEvaluation(bad, bundledCatalogue)), ['practice[0].areas[0]: unknown-area', 'practice[1].strength: unknown-strength', 'practice[2].id: duplicate-id']);
    const link = minimalEvaluation({ practice: [{ id: 'x', title: 't', summary: 's', areas: ['pupil-induction'], link: 'javascript:alert(1)', offeredAt: NOW.toISOString() }] });
    assert.deepEqual(lines(validateEvaluation(link, bundledCatalogue)), ['practice[0].link: invalid-format']);
  });
});

describe('collectPractice', () => {
  const a = offerPractice(submitted({ id: 'riverside-2026' }), offer, NOW);
  const b = offerPractice(submitted({ id: 'hillside-2026', setting: { name: 'Hillside School', urn: '654321', type: 'AP academy' } }), { ...offer, title: 'A calm start', areas: ['pupil-induction', 'attendance-and-engagement'] }, NOW);
  const draft = offerPractice(minimalEvaluation({ id: 'draft-1' }), { ...offer, title: 'Not yet confirmed' }, NOW);

  it('collects the offers of submitted evaluations, with nothing that names a setting or an evaluation', () => {
    const library = collectPractice([a, b, draft, a]);
    assert.equal(parseWith(PracticeLibrary, library).ok, true);
    assert.deepEqual(library.examples.map((x) => x.title), ['A calm start', 'Key adult from day one']);
    assert.deepEqual(library.framework, { id: 'ap-quality-toolkit', version: '2.0.0' });
    assert.deepEqual(new Set(library.examples.map((x) => x.id)).size, 2);
    const text = JSON.stringify(library);
    for (const secret of ['Riverside', 'Hillside', '123456', '654321', 'riverside-2026', 'hillside-2026', 'Blackpool', 'strength']) assert.ok(!text.includes(secret), `no "${secret}"`);
    assert.equal(collectPractice([a, b, draft], { includeDrafts: true }).examples.length, 3);
    assert.equal(collectPractice([a], { framework: 'leicestershire-bp-qa' }).examples.length, 0);
    const marked = collectPractice([a], { title: 'Demo library', illustrative: true });
    assert.equal(marked.title, 'Demo library');
    assert.equal(marked.illustrative, true);
  });

  it('keeps ids unique when two settings offered under the same id', () => {
    const library = collectPractice([a, offerPractice(submitted({ id: 'e2' }), { ...offer, title: 'Other' }, NOW)]);
    assert.deepEqual(library.examples.map((x) => x.id).sort(), ['pupil-induction-practice-1', 'pupil-induction-practice-1-2']);
  });

  it('finds the examples of an area', () => {
    const library = collectPractice([a, b]);
    assert.deepEqual(practiceForArea(library, 'attendance-and-engagement').map((x) => x.title), ['A calm start']);
    assert.equal(practiceForArea(library, 'pupil-induction').length, 2);
    assert.equal(practiceForArea(library, 'pupil-induction', 'leicestershire-bp-qa').length, 0);
    assert.throws(() => practiceForArea({} as never, 'x'), ApqError);
  });

  it('throws an ApqError for input that is not a list of evaluations', () => {
    assert.throws(() => collectPractice({} as never), ApqError);
    assert.throws(() => collectPractice([{}] as never), ApqError);
  });
});

describe('libraries of practice', () => {
  const example = (overrides: Record<string, unknown> = {}) => ({ id: 'x1', title: 't', summary: 's', areas: ['pupil-induction'], offeredAt: '2026-12-01', framework: { id: 'ap-quality-toolkit', version: '2.0.0' }, ...overrides });
  const library = (examples: unknown[], more: Record<string, unknown> = {}) => ({ format: 'apq-practice-library', formatVersion: 1, examples, ...more });

  it('validates a good library, told apart from other documents by its format', () => {
    const result = validateDocument(library([example()], { illustrative: true, title: 'Demo' }), bundledCatalogue);
    assert.equal(result.ok && result.value.kind, 'practice-library');
  });

  it('answers each bad library with path: problem', () => {
    assert.deepEqual(lines(validatePracticeLibrary(library([example({ settingName: 'Riverside' })]))), ['examples[0].settingName: unrecognized-key']);
    assert.deepEqual(lines(validatePracticeLibrary(library([example({ strength: { area: 'pupil-induction', index: 0 } })]))), ['examples[0].strength: unrecognized-key']);
    assert.deepEqual(lines(validatePracticeLibrary({ ...library([example()]), urn: '123456' })), ['urn: unrecognized-key']);
    assert.deepEqual(lines(validatePracticeLibrary(library([example(), example({ areas: ['nowhere'] })]), bundledCatalogue)), ['examples[1].id: duplicate-id', 'examples[1].areas[0]: unknown-area']);
    assert.deepEqual(
      lines(validatePracticeLibrary(library([example()], { framework: { id: 'leicestershire-bp-qa', version: '1.0.0' } }))),
      ['examples[0].framework: practice-framework-mismatch'],
    );
    assert.deepEqual(lines(validatePracticeLibrary(library([example({ areas: [] })]))), ['examples[0].areas: too-small']);
  });

  it('has a generated JSON Schema, as the evaluation formats have', () => {
    for (const name of ['practice-library', 'evaluation', 'evaluation-1']) assert.ok(existsSync(join(CORE_DIR, 'schemas', `${name}.schema.json`)), name);
    const schema = JSON.parse(readFileSync(join(CORE_DIR, 'schemas/practice-library.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'format', 'formatVersion', 'title', 'illustrative', 'framework', 'examples']);
  });
});
