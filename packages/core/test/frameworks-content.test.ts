// SPDX-License-Identifier: MIT
// Each framework's content against the source documents: counts, and every canonical text
// found verbatim in its source (after undoing extraction damage: line breaks, bullets, bold).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { allAreas, descriptorsOfArea, questionsOfArea } from '../src/model/framework-index.js';
import type { Framework } from '../src/schema/framework.js';
import { CORE_DIR } from './helpers.js';

const SOURCES = join(CORE_DIR, '../../../shared/sources');

function source(name: string): string {
  const file = readFileSync(join(SOURCES, name), 'utf8');
  return normalise(file.replace(/^\s*[-·•]\s+/gm, ' ').replace(/^\s*\d+\.\s+/gm, ' '));
}

function normalise(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[¹]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const toolkitSource = () => source('000_2902f11c56b07077.txt');
const webPageSource = () => source('002_86047ad1b0f3dd26.txt');
const leicestershireSource = () => source('004_c276855e527370ac.txt');

function get(id: string, version: string): Framework {
  const framework = bundledCatalogue.get(id, version);
  assert.ok(framework, `${id}@${version} is bundled`);
  return framework;
}

function assertVerbatim(text: string, sourceText: string, what: string): void {
  assert.ok(sourceText.includes(normalise(text)), `${what} is not verbatim in its source: "${text}"`);
}

describe('ap-quality-toolkit@1.0.0 (AP Quality Benchmark Toolkit, 2021)', () => {
  const f = get('ap-quality-toolkit', '1.0.0');

  it('has the 3 categories and 13 benchmarks in order, with sub-areas 3a–d, 7a–c and 12a–c', () => {
    assert.deepEqual(f.categories.map((c) => c.title), ['Community', 'Curriculum', 'Currency']);
    const areas = allAreas(f);
    assert.deepEqual(areas.map((a) => a.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    assert.deepEqual(
      areas.filter((a) => a.subAreas.length > 0).map((a) => `${a.number}${a.subAreas.map((s) => s.letter).join('')}`),
      ['3abcd', '7abc', '12abc'],
    );
    assert.deepEqual(f.categories.map((c) => c.areas.length), [4, 4, 5]);
  });

  it('takes every category description, benchmark description and sub-area title verbatim', () => {
    const text = toolkitSource();
    for (const category of f.categories) assertVerbatim(category.summary!, text, `category ${category.id}`);
    for (const area of allAreas(f)) {
      assertVerbatim(`${area.title}. ${area.summary!}`, text.replace(/(\d+)\.(?=[A-Z])/g, '$1. '), `area ${area.id}`);
      for (const sub of area.subAreas) assertVerbatim(`${sub.letter}) ${sub.title}`, text, `sub-area ${sub.id}`);
    }
    assert.equal(allAreas(f)[0]!.summary, 'Recruiting, retaining and developing high quality staff within a supportive school culture.');
  });

  it('has no questions, uses or scale: the 2021 document gives none', () => {
    assert.equal(allAreas(f).flatMap(questionsOfArea).length, 0);
    assert.equal(f.uses.length, 0);
    assert.equal(f.judgementScale, undefined);
  });
});

describe('ap-quality-toolkit@2.0.0 (AP Quality Toolkit)', () => {
  const f = get('ap-quality-toolkit', '2.0.0');
  const v1 = get('ap-quality-toolkit', '1.0.0');

  it('keeps the same 13 areas and sub-areas, with the same ids, as 1.0.0', () => {
    const shape = (x: Framework) => allAreas(x).map((a) => [a.id, a.number, a.title, a.subAreas.map((s) => s.id)]);
    assert.deepEqual(shape(f), shape(v1));
  });

  it('has 4–8 evaluative questions for every area, and questions for every sub-area, all marked provisional', () => {
    for (const area of allAreas(f)) {
      assert.ok(area.questions.length >= 4 && area.questions.length <= 8, `${area.id} has ${area.questions.length} questions`);
      for (const sub of area.subAreas) assert.ok(sub.questions.length >= 4, `${sub.id} has ${sub.questions.length}`);
      for (const q of questionsOfArea(area)) {
        assert.equal(q.provisional, true, `${q.id} is marked provisional`);
        assert.match(q.text, /\?$/, `${q.id} is a question`);
      }
    }
  });

  it('has the 7 trialled uses, the developmental scale and a crosswalk of every area to the Ofsted 2025 areas', () => {
    assert.deepEqual(f.uses.map((u) => u.id), [
      'self-evaluation',
      'local-authority-quality-assurance',
      'commissioning',
      'placement-review',
      'peer-review',
      'new-provision-review',
      'area-wide-review',
    ]);
    assert.equal(f.judgementScale, 'apq-developmental');
    const crosswalk = f.crosswalks.find((c) => c.id === 'ofsted-2025');
    assert.ok(crosswalk);
    assert.deepEqual(crosswalk.targets.map((t) => t.id), [
      'inclusion',
      'curriculum-and-teaching',
      'achievement',
      'attendance-and-behaviour',
      'personal-development-and-well-being',
      'leadership-and-governance',
      'safeguarding',
    ]);
    assert.deepEqual(new Set(crosswalk.entries.map((e) => e.area)), new Set(allAreas(f).map((a) => a.id)));
  });

  it('marks its own wording as provisional in the provenance', () => {
    assert.ok(f.provenance.some((p) => p.kind === 'provisional' && /question/i.test(p.scope)));
    assert.ok(f.provenance.some((p) => p.kind === 'canonical'));
  });

  it('quotes the web page verbatim on evaluative questions', () => {
    const guidance = f.guidance.find((g) => g.id === 'evaluative-questions');
    assert.ok(guidance);
    assertVerbatim(guidance.text, webPageSource(), 'evaluative-questions guidance');
  });
});

describe('leicestershire-bp-qa@1.0.0', () => {
  const f = get('leicestershire-bp-qa', '1.0.0');
  const strands = allAreas(f);

  it('has the 5 strands, strand 2 kept and marked not yet written', () => {
    assert.deepEqual(strands.map((s) => s.title), [
      'Attendance',
      'Referral, Assessment and Provision Planning',
      'Quality of Provision',
      'Outcomes for Pupils',
      'Leadership and Management',
    ]);
    assert.equal(strands[1]!.status, 'not-yet-written');
    assert.equal(strands[1]!.descriptors, null);
    assert.deepEqual(strands.filter((s) => s.status === 'complete').map((s) => s.number), [1, 3, 4, 5]);
  });

  it('has every grade descriptor at its grade: counts per strand and level', () => {
    const counts = strands.map((s) => (s.descriptors?.levels ?? []).map((l) => `${l.level}:${l.descriptors.length}`).join(' '));
    assert.deepEqual(counts, [
      'outstanding:6 good:5 requires-improvement:1 inadequate:4',
      '',
      'outstanding:8 good:8 requires-improvement:1 inadequate:5',
      'outstanding:7 good:6 requires-improvement:1 inadequate:5',
      'outstanding:15 good:14 requires-improvement:1 inadequate:11',
    ]);
  });

  it('takes every descriptor, lead and sub-point verbatim from the source', () => {
    const text = leicestershireSource();
    for (const strand of strands) {
      for (const level of strand.descriptors?.levels ?? []) {
        if (level.lead) assertVerbatim(level.lead, text, `${strand.id} ${level.level} lead`);
        for (const d of level.descriptors) {
          assertVerbatim(d.text, text, d.id);
          d.items?.forEach((item) => assertVerbatim(item, text, `${d.id} item`));
        }
      }
    }
  });

  it('repairs descriptors broken over two lines into one descriptor', () => {
    const byId = new Map(strands.flatMap(descriptorsOfArea).map((d) => [d.id, d.text]));
    assert.equal(
      byId.get('attendance-2-2'),
      'Aspirational, challenging, achievable attendance targets have been set with individual students, who see them as meaningful and important',
    );
    assert.match(byId.get('quality-of-provision-4-5')!, /spiritual, moral, social and cultural development or their physical well-being/);
  });

  it('keeps sub-bullets inside their descriptor', () => {
    const d = strands[3]!.descriptors!.levels[0]!.descriptors.find((x) => x.id === 'outcomes-for-pupils-1-4')!;
    assert.deepEqual(d.items, ['made progress', 'have improved their rate of progress', 'and have, as a result attained outcomes that are broadly in line with their ability.']);
  });

  it('marks the "inadequate if any of the following apply" lists as limiting, and only those', () => {
    const limiting = strands.flatMap((s) => (s.descriptors?.levels ?? []).filter((l) => l.limiting).map(() => s.id));
    assert.deepEqual(limiting, ['attendance', 'quality-of-provision', 'outcomes-for-pupils']);
    for (const s of strands.filter((x) => limiting.includes(x.id))) {
      assert.ok(s.rules.some((r) => r.strategy === 'limiting' && r.level === 'inadequate'));
    }
  });

  it('carries the best-fit note and the literacy footnote', () => {
    const note = f.guidance.find((g) => g.id === 'best-fit');
    assert.equal(note?.text, "These descriptors should not be used as a checklist. They must be applied adopting a 'best fit' approach that relies on the professional judgement of the inspection team.");
    assert.ok(strands.filter((s) => s.descriptors).every((s) => s.descriptors!.guidance?.includes('best-fit')));
    const footnote = f.footnotes.find((n) => n.id === 'literacy');
    assertVerbatim(footnote!.text, leicestershireSource(), 'literacy footnote');
    assert.ok(strands.flatMap(descriptorsOfArea).some((d) => d.footnotes?.includes('literacy')));
  });
});

describe('the shared rating scales', () => {
  it('ship Ofsted legacy 1–4, the Ofsted 2025 report card with safeguarding, and the developmental scale, best first', async () => {
    const { RATING_SCALES } = await import('../src/frameworks/index.js');
    const levels = Object.fromEntries(RATING_SCALES.map((s) => [s.id, s.levels.map((l) => l.label)]));
    assert.deepEqual(levels, {
      'apq-developmental': ['Embedded', 'Established', 'Developing', 'Emerging'],
      'ofsted-2025-report-card': ['Exceptional', 'Strong standard', 'Expected standard', 'Needs attention', 'Urgent improvement'],
      'ofsted-2025-safeguarding': ['Met', 'Not met'],
      'ofsted-legacy-4': ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'],
    });
    assert.deepEqual(RATING_SCALES.find((s) => s.id === 'ofsted-legacy-4')!.levels.map((l) => l.number), [1, 2, 3, 4]);
  });
});
