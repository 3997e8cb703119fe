// SPDX-License-Identifier: MIT
// diffFrameworks: every change by stable id, with the bump it demands and why.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bundledCatalogue } from '../src/frameworks/index.js';
import { allAreas } from '../src/model/framework-index.js';
import type { QualityArea } from '../src/schema/area.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';
import { validateFramework } from '../src/validate/validate.js';
import { type Change, type DiffOptions, type FrameworkDiff, diffFrameworks, renderDiff } from '../src/versioning/index.js';
import { applyChanges, arbitraryChange, suggestByRules as suggest, synthFramework } from './versioning-fixtures.js';

function diff(a: Framework, b: Framework, options?: DiffOptions): FrameworkDiff {
  const valid = validateFramework(b);
  assert.ok(valid.ok, valid.ok ? '' : valid.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const result = diffFrameworks(a, b, options);
  assert.ok(result.ok);
  return result.value;
}

/** The next version of the synthetic framework, edited by hand. */
function edited(edit: (f: Framework) => void, version = '2.0.0'): Framework {
  const f = structuredClone(synthFramework());
  f.version = version;
  edit(f);
  return f;
}

const area = (f: Framework, id: string): QualityArea => allAreas(f).find((a) => a.id === id)!;
const brief = (changes: Change[]) => changes.map((c) => `${c.kind} ${c.item} ${c.id} ${c.bump}`);

function example(id: string, checks: Evaluation['checks']) {
  const f = synthFramework();
  const evaluation: Evaluation = {
    format: 'apq-evaluation',
    formatVersion: 2,
    id,
    framework: { id: f.id, version: f.version },
    status: 'draft',
    setting: {},
    evaluators: [],
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
    answers: {},
    checks,
    areas: {},
    actions: [],
    carriedOver: [],
  };
  return { id, title: `Example ${id}`, evaluation };
}

describe('diffFrameworks on the AP Quality Toolkit', () => {
  const v1 = bundledCatalogue.get('ap-quality-toolkit', '1.0.0')!;
  const v2 = bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!;

  it('1.0.0 → 2.0.0 demands major: a judgement scale was added', () => {
    const d = diff(v1, v2);
    assert.equal(d.bump, 'major');
    assert.equal(d.step, 'major');
    assert.equal(d.sufficient, true);
    assert.equal(d.nextVersion, '2.0.0');
    assert.deepEqual(d.counts, { added: 145, removed: 0, reworded: 1, moved: 0, reordered: 0, renumbered: 0, changed: 1, metadata: 6 });
    assert.equal(d.reasons.length, 1);
    assert.match(d.reasons[0]!, /^framework "ap-quality-toolkit" \(judgementScale\) changed: a judgement scale was added \("apq-developmental"\)/);
    const added: Record<string, number> = {};
    for (const c of d.changes.filter((x) => x.kind === 'added')) added[c.item] = (added[c.item] ?? 0) + 1;
    assert.deepEqual(added, { guidance: 1, scale: 1, 'scale-level': 4, use: 7, crosswalk: 1, 'crosswalk-target': 7, 'crosswalk-entry': 13, question: 111 });
    assert.ok(d.changes.filter((c) => c.kind === 'added').every((c) => c.bump === 'minor'), 'the levels of a new scale are additions, not changes to a scale');
    const reworded = d.changes.find((c) => c.kind === 'reworded')!;
    assert.deepEqual(reworded.fields!.map((f) => f.field), ['title', 'shortTitle', 'description', 'terminology']);
    assert.equal(reworded.bump, 'patch');
  });

  it('a version compared with itself has no changes', () => {
    for (const f of bundledCatalogue.list()) {
      const d = diff(f, f);
      assert.deepEqual([d.changes, d.bump, d.reasons], [[], 'none', []], `${f.id}@${f.version}`);
    }
  });

  it('refuses to compare two different frameworks', () => {
    const result = diffFrameworks(v1, bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!);
    assert.equal(result.ok, false);
  });
});

describe('diffFrameworks on synthetic changes', () => {
  const v1 = synthFramework();

  it('rewording is a patch, with the text before and after', () => {
    const d = diff(v1, edited((f) => (area(f, 'area-a').questions[0]!.text = 'How well, really?')));
    assert.deepEqual(brief(d.changes), ['reworded question a-q1 patch']);
    assert.deepEqual(d.changes[0]!.fields, [{ field: 'text', before: 'Question a-q1?', after: 'How well, really?' }]);
    assert.equal(d.changes[0]!.path, 'synth.cat-a.area-a.a-q1');
    assert.equal(d.bump, 'patch');
  });

  it('a rename is a removal and an addition: major, naming the migration note', () => {
    const d = diff(v1, applyChanges(v1, [{ name: 'rename-question', i: 0, j: 0, note: false }]));
    assert.deepEqual(brief(d.changes), ['added question a-q1-n minor', 'removed question a-q1 major', 'metadata framework synth none']);
    assert.deepEqual(d.changes[2]!.fields!.map((f) => f.field), ['migrations'], 'the migration note itself is metadata');
    assert.deepEqual(d.changes[1]!.migration, { kind: 'renamed', to: ['a-q1-n'] });
    assert.match(d.changes[1]!.reason, /the migration note sends its answers to a-q1-n \(renamed\)/);
    assert.equal(d.bump, 'major');
  });

  it('a question moved to another area is a minor change with both places', () => {
    const d = diff(v1, applyChanges(v1, [{ name: 'move-question', i: 0, j: 2, note: false }]));
    assert.deepEqual(brief(d.changes), ['moved question a-q1 minor']);
    assert.equal(d.changes[0]!.previousPath, 'synth.cat-a.area-a.a-q1');
    assert.equal(d.changes[0]!.path, 'synth.cat-b.area-c.a-q1');
  });

  it('a question moved into a sub-area of its own area is a move too', () => {
    const d = diff(v1, edited((f) => area(f, 'area-a').subAreas[0]!.questions.push(area(f, 'area-a').questions.shift()!)));
    assert.deepEqual(brief(d.changes), ['moved question a-q1 minor']);
  });

  it('an area moved to another category is minor; a category retitled is a patch', () => {
    const d = diff(
      v1,
      edited((f) => {
        f.categories[1]!.areas.push(f.categories[0]!.areas.pop()!);
        f.categories[1]!.title = 'Category B, renamed';
      }),
    );
    assert.deepEqual(brief(d.changes), ['reworded category cat-b patch', 'moved area area-b minor']);
  });

  it('a removal is major, an addition minor', () => {
    assert.equal(diff(v1, applyChanges(v1, [{ name: 'remove-question', i: 3, j: 0, note: true }])).bump, 'major');
    const d = diff(v1, edited((f) => area(f, 'area-c').questions.push({ id: 'c-q3', text: 'New?', answer: 'reflection' })));
    assert.deepEqual(brief(d.changes), ['added question c-q3 minor']);
  });

  it('order and numbering are patches', () => {
    const d = diff(
      v1,
      edited((f) => {
        area(f, 'area-a').questions.reverse();
        area(f, 'area-c').number = 9;
        area(f, 'area-a').subAreas[0]!.letter = 'z';
      }),
    );
    assert.deepEqual(brief(d.changes), ['reordered area area-a patch', 'renumbered sub-area area-a-sub patch', 'renumbered area area-c patch']);
    assert.deepEqual(d.changes[0]!.fields, [{ field: 'questions', before: ['a-q1', 'a-q2', 'a-q3', 'a-q4'], after: ['a-q4', 'a-q3', 'a-q2', 'a-q1'] }]);
  });

  it('a scale change is major: a level relabelled, removed or reordered', () => {
    const relabel = diff(v1, edited((f) => (f.scales[0]!.levels[1]!.label = 'Higher')));
    assert.deepEqual(brief(relabel.changes), ['changed scale-level high major']);
    assert.equal(diff(v1, applyChanges(v1, [{ name: 'remove-scale-level', i: 0, j: 0, note: false }])).bump, 'major');
    const reorder = diff(v1, edited((f) => f.scales[0]!.levels.reverse()));
    assert.deepEqual(brief(reorder.changes), ['reordered scale four major']);
    const described = diff(v1, edited((f) => (f.scales[0]!.levels[0]!.description = 'The best.')));
    assert.deepEqual(brief(described.changes), ['reworded scale-level top patch']);
  });

  it('a new judgement scale is major; a new scale alone is minor', () => {
    const switched = diff(v1, applyChanges(v1, [{ name: 'switch-judgement-scale', i: 0, j: 0, note: false }]));
    assert.equal(switched.bump, 'major');
    assert.match(switched.reasons.join('\n'), /the judgement scale changed from "four" to "three"/);
    const added = diff(v1, edited((f) => f.scales.push({ id: 'two', title: 'Two', levels: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] })));
    assert.equal(added.bump, 'minor');
  });

  it('uses: added minor, removed major, focus changed minor, reworded patch', () => {
    const bumpOf = (edit: (f: Framework) => void) => diff(v1, edited(edit)).bump;
    assert.equal(bumpOf((f) => f.uses.push({ id: 'commissioning', title: 'Commissioning' })), 'minor');
    assert.equal(bumpOf((f) => f.uses.pop()), 'major');
    assert.equal(bumpOf((f) => (f.uses[1]!.focusAreas = ['area-b'])), 'minor');
    assert.equal(bumpOf((f) => (f.uses[0]!.description = 'For a setting of itself.')), 'patch');
  });

  it('a question that takes another kind of answer is major', () => {
    const d = diff(v1, applyChanges(v1, [{ name: 'change-answer-kind', i: 0, j: 0, note: false }]));
    assert.deepEqual(brief(d.changes), ['changed question a-q1 major']);
  });

  it('an area withdrawn to not-yet-written is major', () => {
    const d = diff(
      v1,
      edited((f) => {
        const c = area(f, 'area-c');
        c.questions = [];
        c.status = 'not-yet-written';
      }),
    );
    assert.ok(d.changes.some((c) => c.kind === 'changed' && c.item === 'area' && c.bump === 'major'));
  });

  it('metadata alone demands no bump', () => {
    const d = diff(
      v1,
      edited((f) => {
        f.status = 'withdrawn';
        f.released = '2027-01-01';
        f.notes = ['A note for reviewers.'];
        f.provenance = [{ scope: 'All', source: 'Tests', kind: 'provisional' }];
        area(f, 'area-a').questions[0]!.provisional = true;
      }),
    );
    assert.equal(d.bump, 'none');
    assert.deepEqual(d.reasons, []);
    assert.ok(d.changes.every((c) => c.kind === 'metadata'));
  });

  it('says when the version step is too small', () => {
    const d = diff(v1, edited((f) => area(f, 'area-c').questions.push({ id: 'c-q3', text: 'New?', answer: 'reflection' }), '1.0.1'));
    assert.deepEqual([d.bump, d.step, d.sufficient, d.nextVersion], ['minor', 'patch', false, '1.1.0']);
    assert.match(renderDiff(d).join('\n'), /1\.0\.0 → 1\.0\.1 is only a patch step: NOT ENOUGH/);
  });
});

describe('diffFrameworks: rule changes and worked examples', () => {
  const v1 = synthFramework();
  const stricter = edited((f) => (area(f, 'area-a').rules[1]!.when = { '>': [{ var: 'levels.top.score' }, 0.9] }));

  it('a rule change with no worked examples demands major, on the safe side', () => {
    const d = diff(v1, stricter);
    assert.deepEqual(brief(d.changes), ['changed rule a-best-fit-top major']);
    assert.match(d.changes[0]!.reason, /no worked examples were given to show otherwise, so major on the safe side/);
  });

  it('is minor when worked examples exercising the area keep their suggestions', () => {
    const examples = [example('all-top', { 'a-1-1': 'met', 'a-1-2': 'met' })];
    const d = diff(v1, stricter, { examples, suggest });
    assert.deepEqual(brief(d.changes), ['changed rule a-best-fit-top minor']);
    assert.equal(d.examplesCompared, 1);
    assert.equal(d.bump, 'minor');
  });

  it('is major when a worked example gets a different suggestion, and says which', () => {
    const examples = [example('all-top', { 'a-1-1': 'met', 'a-1-2': 'met' }), example('half-top', { 'a-1-1': 'met', 'a-1-2': 'not-met' })];
    const loosened = edited((f) => (area(f, 'area-a').rules[1]!.when = { '>=': [{ var: 'levels.top.score' }, 0.5] }));
    const d = diff(v1, loosened, { examples, suggest });
    assert.equal(d.bump, 'major');
    const changed = d.changes.filter((c) => c.item === 'worked-example');
    assert.deepEqual(brief(changed), ['changed worked-example half-top major']);
    assert.deepEqual(changed[0]!.fields, [{ field: 'areas.area-a.suggestedLevel', before: 'mid', after: 'top' }]);
  });

  it('is major when no worked example exercises the area', () => {
    const d = diff(v1, stricter, { examples: [example('b-only', { 'b-2-1': 'met' })], suggest });
    assert.match(d.changes[0]!.reason, /which no worked example exercises/);
    assert.equal(d.bump, 'major');
  });

  it('reordering rules is a rule change', () => {
    // The limiting rule stays first (a framework where it does not is refused); the others swap.
    const d = diff(v1, edited((f) => {
      const rules = area(f, 'area-a').rules;
      rules.splice(1, rules.length - 1, ...rules.slice(1).reverse());
    }));
    assert.deepEqual(brief(d.changes), ['reordered area area-a major']);
  });

  it('a descriptor added where rules count descriptors is major without examples; where no rules read them, minor', () => {
    const inA = diff(v1, edited((f) => area(f, 'area-a').descriptors!.levels[0]!.descriptors.push({ id: 'a-1-3', text: 'Top three.' })));
    assert.deepEqual(brief(inA.changes), ['added descriptor a-1-3 major']);
    const inB = diff(v1, edited((f) => area(f, 'area-b').descriptors!.levels[0]!.descriptors.push({ id: 'b-2-3', text: 'High three.' })));
    assert.deepEqual(brief(inB.changes), ['added descriptor b-2-3 minor']);
  });

  it('a descriptor reworded is a patch even where rules read it; the limiting flag is a rule change', () => {
    assert.equal(diff(v1, edited((f) => (area(f, 'area-a').descriptors!.levels[0]!.descriptors[0]!.text = 'Top, reworded.'))).bump, 'patch');
    assert.equal(diff(v1, edited((f) => delete area(f, 'area-a').descriptors!.levels[2]!.limiting)).bump, 'major');
  });

  it('a whole new area with rules is an addition: no existing suggestion can change', () => {
    const d = diff(
      v1,
      edited((f) => {
        const copy = structuredClone(area(f, 'area-a'));
        const rename = (id: string) => id.replace(/^a-/, 'd-').replace(/^area-a/, 'area-d');
        copy.id = 'area-d';
        copy.number = 4;
        copy.questions.forEach((q) => (q.id = rename(q.id)));
        copy.subAreas.forEach((s) => ((s.id = rename(s.id)), s.questions.forEach((q) => (q.id = rename(q.id)))));
        copy.descriptors!.levels.forEach((l) => l.descriptors.forEach((x) => (x.id = rename(x.id))));
        copy.rules.forEach((r) => (r.id = rename(r.id)));
        f.categories[1]!.areas.push(copy);
      }),
    );
    assert.equal(d.bump, 'minor');
  });
});

describe('diffFrameworks properties', () => {
  it('for any synthetic changes, the bump is the largest of the changes\' bumps and the counts add up', () => {
    const v1 = synthFramework();
    fc.assert(
      fc.property(fc.array(arbitraryChange, { minLength: 1, maxLength: 4 }), (changes) => {
        const d = diff(v1, applyChanges(v1, changes));
        const order = ['none', 'patch', 'minor', 'major'];
        assert.equal(order.indexOf(d.bump), Math.max(0, ...d.changes.map((c) => order.indexOf(c.bump))));
        assert.equal(Object.values(d.counts).reduce((x, y) => x + y, 0), d.changes.length);
        assert.equal(d.reasons.length > 0, d.bump !== 'none');
      }),
      { numRuns: 200 },
    );
  });

  it('removing anything a person may have answered demands major', () => {
    const v1 = synthFramework();
    const removals = fc.constantFrom('remove-question', 'remove-area', 'remove-descriptor' as const);
    fc.assert(
      fc.property(removals, fc.nat({ max: 20 }), (name, i) => {
        assert.equal(diff(v1, applyChanges(v1, [{ name, i, j: 0, note: true }])).bump, 'major');
      }),
    );
  });
});
