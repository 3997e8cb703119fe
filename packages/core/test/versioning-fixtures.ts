// SPDX-License-Identifier: MIT
// A small synthetic framework, the synthetic changes a publisher makes between versions (each
// leaving a valid framework with the migration notes it needs), and arbitrary evaluations.
import fc from 'fast-check';
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import type { QualityArea } from '../src/schema/area.js';
import type { AreaRecord, Evaluation } from '../src/schema/evaluation.js';
import type { Framework, MigrationNote } from '../src/schema/framework.js';
import type { AnswerKind, EvaluativeQuestion } from '../src/schema/question.js';
import { allAreas, indexFramework, questionsOfArea } from '../src/model/framework-index.js';
import type { SuggestLevels } from '../src/versioning/index.js';

const q = (id: string, answer: AnswerKind): EvaluativeQuestion => ({ id, text: `Question ${id}?`, answer });

export function synthFramework(): Framework {
  return {
    schemaVersion: 1,
    id: 'synth',
    version: '1.0.0',
    title: 'Synthetic framework',
    publisher: 'Tests',
    status: 'published',
    locale: 'en-GB',
    description: 'A small framework for versioning tests.',
    provenance: [],
    guidance: [],
    footnotes: [],
    judgementScale: 'four',
    scales: [
      {
        id: 'four',
        title: 'Four levels',
        levels: [
          { id: 'top', label: 'Top' },
          { id: 'high', label: 'High' },
          { id: 'mid', label: 'Mid' },
          { id: 'low', label: 'Low' },
        ],
      },
    ],
    uses: [
      { id: 'self-evaluation', title: 'Self-evaluation' },
      { id: 'peer-review', title: 'Peer review', focusAreas: ['area-a'] },
    ],
    crosswalks: [],
    examplesOfPractice: [],
    migrations: [],
    categories: [
      {
        id: 'cat-a',
        title: 'Category A',
        areas: [
          {
            id: 'area-a',
            number: 1,
            title: 'Area A',
            status: 'complete',
            questions: [q('a-q1', 'reflection'), q('a-q2', 'rating'), q('a-q3', 'yes-partly-no'), q('a-q4', 'evidence')],
            subAreas: [{ id: 'area-a-sub', letter: 'a', title: 'Sub-area of A', questions: [q('a-sub-q1', 'reflection'), q('a-sub-q2', 'rating')] }],
            descriptors: {
              scale: 'four',
              levels: [
                { level: 'top', descriptors: [{ id: 'a-1-1', text: 'Top one.' }, { id: 'a-1-2', text: 'Top two.' }] },
                { level: 'mid', descriptors: [{ id: 'a-3-1', text: 'Mid one.' }] },
                { level: 'low', limiting: true, descriptors: [{ id: 'a-4-1', text: 'Low one.' }] },
              ],
            },
            rules: [
              { id: 'a-limiting', strategy: 'limiting', level: 'low', description: 'Any low descriptor met.', when: { '>': [{ var: 'levels.low.met' }, 0] } },
              { id: 'a-best-fit-top', strategy: 'best-fit', level: 'top', description: 'Most top descriptors met.', when: { '>': [{ var: 'levels.top.score' }, 0.5] } },
              { id: 'a-catch-all', strategy: 'best-fit', level: 'mid', description: 'Otherwise mid.', when: true },
            ],
          },
          {
            id: 'area-b',
            number: 2,
            title: 'Area B',
            status: 'complete',
            questions: [q('b-q1', 'reflection'), q('b-q2', 'rating')],
            subAreas: [],
            descriptors: { scale: 'four', levels: [{ level: 'high', descriptors: [{ id: 'b-2-1', text: 'High one.' }, { id: 'b-2-2', text: 'High two.' }] }] },
            rules: [],
          },
        ],
      },
      {
        id: 'cat-b',
        title: 'Category B',
        areas: [
          { id: 'area-c', number: 3, title: 'Area C', status: 'complete', questions: [q('c-q1', 'yes-partly-no'), q('c-q2', 'reflection')], subAreas: [], descriptors: null, rules: [] },
        ],
      },
    ],
  };
}

export const CHANGE_NAMES = [
  'rename-question',
  'move-question',
  'remove-question',
  'split-question',
  'merge-questions',
  'change-answer-kind',
  'remove-area',
  'rename-area',
  'merge-areas',
  'rename-descriptor',
  'remove-descriptor',
  'remove-scale-level',
  'switch-judgement-scale',
] as const;
export type ChangeName = (typeof CHANGE_NAMES)[number];

/** A synthetic change; `i` and `j` pick items modulo what the framework holds when it is applied. */
export interface SynthChange {
  name: ChangeName;
  i: number;
  j: number;
  note: boolean;
}

export const arbitraryChange: fc.Arbitrary<SynthChange> = fc.record({
  name: fc.constantFrom(...CHANGE_NAMES),
  i: fc.nat({ max: 50 }),
  j: fc.nat({ max: 50 }),
  note: fc.boolean(),
});

/** The next version of a framework after the changes, with migration notes as a publisher keeps them. */
export function applyChanges(framework: Framework, changes: readonly SynthChange[], version = '2.0.0'): Framework {
  const f = structuredClone(framework);
  f.version = version;
  for (const change of changes) applyChange(f, change, version);
  return f;
}

interface QuestionSlot {
  list: EvaluativeQuestion[];
  index: number;
  area: QualityArea;
}

function questionSlots(f: Framework): QuestionSlot[] {
  return allAreas(f).flatMap((area) => [
    ...area.questions.map((_, index) => ({ list: area.questions, index, area })),
    ...area.subAreas.flatMap((s) => s.questions.map((_, index) => ({ list: s.questions, index, area }))),
  ]);
}

function freshId(f: Framework, base: string): string {
  const taken = new Set([
    ...allAreas(f).flatMap((a) => [a.id, ...questionsOfArea(a).map((x) => x.id), ...a.subAreas.map((s) => s.id), ...(a.descriptors?.levels.flatMap((l) => l.descriptors.map((d) => d.id)) ?? [])]),
    ...f.categories.map((c) => c.id),
  ]);
  let id = `${base}-n`;
  while (taken.has(id)) id += 'n';
  return id;
}

/** Keeps earlier notes pointing at ids that exist: what a publisher does when an id moves on. */
function retarget(f: Framework, from: string, to: string[]): void {
  for (const note of f.migrations) {
    if (!note.to.includes(from)) continue;
    note.to = [...new Set(note.to.flatMap((t) => (t === from ? to : [t])))];
    if (note.to.length === 0) note.kind = 'removed';
  }
}

function addNote(f: Framework, note: Omit<MigrationNote, 'since'>, since: string): void {
  f.migrations = f.migrations.filter((n) => n.from !== note.from);
  f.migrations.push({ ...note, since });
}

function applyChange(f: Framework, change: SynthChange, since: string): void {
  const slots = questionSlots(f);
  const areas = allAreas(f);
  const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
  switch (change.name) {
    case 'rename-question': {
      const slot = pick(slots, change.i);
      if (!slot) return;
      const question = slot.list[slot.index]!;
      const to = freshId(f, question.id);
      retarget(f, question.id, [to]);
      addNote(f, { from: question.id, to: [to], kind: 'renamed' }, since);
      question.id = to;
      return;
    }
    case 'move-question': {
      const slot = pick(slots, change.i);
      const area = pick(areas, change.j);
      if (!slot || !area || area.status !== 'complete') return;
      const [question] = slot.list.splice(slot.index, 1);
      area.questions.push(question!);
      if (change.note) addNote(f, { from: question!.id, to: [question!.id], kind: 'moved' }, since);
      return;
    }
    case 'remove-question': {
      const slot = pick(slots, change.i);
      if (!slot) return;
      const [question] = slot.list.splice(slot.index, 1);
      retarget(f, question!.id, []);
      if (change.note) addNote(f, { from: question!.id, to: [], kind: 'removed' }, since);
      return;
    }
    case 'split-question': {
      const slot = pick(slots, change.i);
      if (!slot) return;
      const question = slot.list[slot.index]!;
      const first = { ...question, id: freshId(f, `${question.id}-s1`) };
      const second = { ...question, id: freshId(f, `${question.id}-s2`) };
      slot.list.splice(slot.index, 1, first, second);
      retarget(f, question.id, [first.id, second.id]);
      addNote(f, { from: question.id, to: [first.id, second.id], kind: 'split' }, since);
      return;
    }
    case 'merge-questions': {
      const from = pick(slots, change.i);
      const into = pick(slots, change.j);
      if (!from || !into || (from.list === into.list && from.index === into.index)) return;
      const target = into.list[into.index]!;
      const [merged] = from.list.splice(from.index, 1);
      retarget(f, merged!.id, [target.id]);
      addNote(f, { from: merged!.id, to: [target.id], kind: 'merged' }, since);
      return;
    }
    case 'change-answer-kind': {
      const slot = pick(slots, change.i);
      if (!slot) return;
      const question = slot.list[slot.index]!;
      const kinds: AnswerKind[] = ['reflection', 'rating', 'yes-partly-no', 'evidence'];
      question.answer = pick(kinds.filter((k) => k !== question.answer), change.j)!;
      return;
    }
    case 'remove-area': {
      const area = pick(areas, change.i);
      if (!area || areas.length < 2) return;
      removeArea(f, area.id);
      for (const id of idsInArea(area)) retarget(f, id, []);
      if (change.note) addNote(f, { from: area.id, to: [], kind: 'removed' }, since);
      return;
    }
    case 'rename-area': {
      const area = pick(areas, change.i);
      if (!area) return;
      const to = freshId(f, area.id);
      renameAreaReferences(f, area.id, to);
      retarget(f, area.id, [to]);
      addNote(f, { from: area.id, to: [to], kind: 'renamed' }, since);
      area.id = to;
      return;
    }
    case 'merge-areas': {
      const from = pick(areas, change.i);
      const into = pick(areas, change.j);
      if (!from || !into || from === into || into.status !== 'complete') return;
      into.questions.push(...from.questions);
      into.subAreas.push(...from.subAreas);
      into.subAreas.forEach((s, n) => (s.letter = String.fromCharCode(97 + (n % 26))));
      for (const d of from.descriptors?.levels.flatMap((l) => l.descriptors) ?? []) retarget(f, d.id, []);
      removeArea(f, from.id);
      retarget(f, from.id, [into.id]);
      addNote(f, { from: from.id, to: [into.id], kind: 'merged' }, since);
      return;
    }
    case 'rename-descriptor': {
      const descriptors = areas.flatMap((a) => a.descriptors?.levels.flatMap((l) => l.descriptors) ?? []);
      const descriptor = pick(descriptors, change.i);
      if (!descriptor) return;
      const to = freshId(f, descriptor.id);
      retarget(f, descriptor.id, [to]);
      addNote(f, { from: descriptor.id, to: [to], kind: 'renamed' }, since);
      descriptor.id = to;
      return;
    }
    case 'remove-descriptor': {
      const owners = areas.flatMap((area) => area.descriptors?.levels.flatMap((level) => level.descriptors.map((d) => ({ area, level, d }))) ?? []);
      const owner = pick(owners, change.i);
      if (!owner) return;
      owner.level.descriptors = owner.level.descriptors.filter((d) => d !== owner.d);
      if (owner.level.descriptors.length === 0) dropLevelBlock(owner.area, owner.level.level);
      retarget(f, owner.d.id, []);
      if (change.note) addNote(f, { from: owner.d.id, to: [], kind: 'removed' }, since);
      return;
    }
    case 'remove-scale-level': {
      const scale = f.scales.find((s) => s.id === 'four')!;
      // Rules read levels "top" and "low"; the other two can go.
      const removable = scale.levels.filter((l) => l.id === 'high' || l.id === 'mid');
      const level = pick(removable, change.i);
      if (!level) return;
      scale.levels = scale.levels.filter((l) => l !== level);
      for (const area of areas) {
        const dropped = area.descriptors?.levels.find((l) => l.level === level.id)?.descriptors ?? [];
        dropLevelBlock(area, level.id);
        for (const d of dropped) retarget(f, d.id, []);
        for (const rule of area.rules) if (rule.level === level.id) rule.level = 'low';
      }
      return;
    }
    case 'switch-judgement-scale': {
      if (!f.scales.some((s) => s.id === 'three')) {
        f.scales.push({ id: 'three', title: 'Three levels', levels: [{ id: 'strong', label: 'Strong' }, { id: 'ok', label: 'OK' }, { id: 'weak', label: 'Weak' }] });
      }
      f.judgementScale = 'three';
      // A rule without descriptors would suggest on the judgement scale; these suggest on "four".
      for (const area of areas) if (!area.descriptors) area.rules = [];
      return;
    }
  }
}

function dropLevelBlock(area: QualityArea, level: string): void {
  if (!area.descriptors) return;
  area.descriptors.levels = area.descriptors.levels.filter((l) => l.level !== level);
  if (area.descriptors.levels.length === 0) {
    area.descriptors = null;
    area.rules = [];
  }
}

function idsInArea(area: QualityArea): string[] {
  return [area.id, ...area.subAreas.map((s) => s.id), ...questionsOfArea(area).map((x) => x.id), ...(area.descriptors?.levels.flatMap((l) => l.descriptors.map((d) => d.id)) ?? [])];
}

function removeArea(f: Framework, id: string): void {
  for (const category of f.categories) category.areas = category.areas.filter((a) => a.id !== id);
  f.categories = f.categories.filter((c) => c.areas.length > 0);
  for (const use of f.uses) if (use.focusAreas) use.focusAreas = use.focusAreas.filter((a) => a !== id);
}

function renameAreaReferences(f: Framework, from: string, to: string): void {
  for (const use of f.uses) if (use.focusAreas) use.focusAreas = use.focusAreas.map((a) => (a === from ? to : a));
}

// ---- Arbitrary evaluations of a framework ----

const text = fc.string({ minLength: 1, maxLength: 12 });

export function arbitraryEvaluation(framework: Framework): fc.Arbitrary<Evaluation> {
  const index = indexFramework(framework);
  const levels = index.judgementScale?.levels.map((l) => l.id) ?? [];
  const questions = [...index.questions.values()].map((e) => e.question);
  const plain = { noNullPrototype: true } as const;
  const answerFor = (question: EvaluativeQuestion) => {
    switch (question.answer) {
      case 'rating':
        return fc.record({ text, level: fc.constantFrom(...levels) }, { ...plain, requiredKeys: ['level'] });
      case 'yes-partly-no':
        return fc.record({ text, response: fc.constantFrom('yes', 'partly', 'no') }, { ...plain, requiredKeys: ['response'] });
      case 'evidence': {
        const evidence = fc.array(fc.record({ title: text, reference: text }, { ...plain, requiredKeys: ['title'] }), { minLength: 1, maxLength: 2 });
        return fc.record({ text, evidence }, { ...plain, requiredKeys: ['evidence'] });
      }
      default:
        return fc.record({ text }, { ...plain, requiredKeys: [] });
    }
  };
  const answers = fc.tuple(...questions.map((question) => fc.option(answerFor(question), { nil: undefined }))).map((list) =>
    Object.fromEntries(list.flatMap((answer, i) => (answer === undefined ? [] : [[questions[i]!.id, answer]]))),
  );
  const descriptorIds = [...index.descriptors.keys()];
  const checks = fc.tuple(...descriptorIds.map(() => fc.option(fc.constantFrom('met', 'partly-met', 'not-met', 'not-assessed' as const), { nil: undefined }))).map((list) =>
    Object.fromEntries(list.flatMap((status, i) => (status === undefined ? [] : [[descriptorIds[i]!, status]]))),
  );
  const areaIds = [...index.areas.keys()];
  const record = (areaId: string) =>
    fc
      .record(
        {
          evidence: text,
          strengths: fc.array(text, { maxLength: 2 }),
          priorities: fc.array(text, { maxLength: 2 }).map((texts) => texts.map((t, n) => ({ id: `${areaId}-p${n}`, text: t }))),
          judgement: fc.record({ level: fc.option(fc.constantFrom(...levels), { nil: null }), rationale: text }, { ...plain, requiredKeys: ['level'] }),
        },
        { ...plain, requiredKeys: [] },
      )
      .map((r) => r as AreaRecord);
  const areas = fc.tuple(...areaIds.map((id) => fc.option(record(id), { nil: undefined }))).map((list) =>
    Object.fromEntries(list.flatMap((r, i) => (r === undefined ? [] : [[areaIds[i]!, r]]))),
  );
  return fc
    .record({ answers, checks, areas, use: fc.option(fc.constantFrom(...framework.uses.map((u) => u.id)), { nil: undefined }), actionCount: fc.nat({ max: 3 }), what: text })
    .map(({ answers, checks, areas, use, actionCount, what }) => {
      const withRecords = Object.entries(areas);
      const actions = withRecords.length === 0 ? [] : Array.from({ length: actionCount }, (_, n) => {
        const [area, r] = withRecords[n % withRecords.length]!;
        const priority = r.priorities?.[0]?.id;
        return { id: `action-${n}`, area, ...(priority ? { priority } : {}), what: `${what} ${n}`, status: 'not-started' as const, createdAt: '2026-01-01T00:00:00Z', reviews: [] };
      });
      const evaluation: Evaluation = {
        format: 'apq-evaluation',
        formatVersion: 2,
        id: 'synthetic-evaluation',
        framework: { id: framework.id, version: framework.version },
        status: 'draft',
        setting: { name: 'A setting' },
        evaluators: [],
        createdAt: '2026-01-01T09:00:00Z',
        updatedAt: '2026-01-02T09:00:00Z',
        answers,
        checks,
        areas,
        actions,
        carriedOver: [
          { from: { framework: { id: framework.id, version: '0.9.0' }, path: 'answers.gone' }, value: { text: 'kept from long ago' }, reason: 'no home in 1.0.0' },
        ],
      };
      if (use !== undefined) evaluation.use = use;
      return evaluation;
    });
}

/**
 * A small stand-in for the engine's suggestion, so these tests do not hang on it: the first rule
 * of each area whose condition holds over the facts computed from the checks.
 */
export const suggestByRules: SuggestLevels = (framework, evaluation) => {
  const out: Record<string, string | null> = {};
  const scaleLevels = indexFramework(framework).judgementScale?.levels.map((l) => l.id) ?? [];
  for (const area of allAreas(framework)) {
    if (area.rules.length === 0) continue;
    const levels: Record<string, Record<string, number>> = {};
    const all = { total: 0, assessed: 0, met: 0, partlyMet: 0, notMet: 0 };
    for (const id of scaleLevels) levels[id] = { total: 0, met: 0, partlyMet: 0, notMet: 0, assessed: 0, score: 0 };
    for (const level of area.descriptors?.levels ?? []) {
      const status = level.descriptors.map((d) => evaluation.checks[d.id] ?? 'not-assessed');
      const met = status.filter((s) => s === 'met').length;
      const partlyMet = status.filter((s) => s === 'partly-met').length;
      const notMet = status.filter((s) => s === 'not-met').length;
      const total = status.length;
      levels[level.level] = { total, met, partlyMet, notMet, assessed: met + partlyMet + notMet, score: (met + partlyMet / 2) / total };
      all.total += total;
      all.met += met;
      all.partlyMet += partlyMet;
      all.notMet += notMet;
      all.assessed += met + partlyMet + notMet;
    }
    const facts = { levels, descriptors: all, checks: evaluation.checks };
    out[area.id] = area.rules.find((r) => jsonLogic.apply(r.when as RulesLogic, facts))?.level ?? null;
  }
  return out;
};
