// SPDX-License-Identifier: MIT
// What is particular to the form's logic: field names, steps, and memoised suggestions. The rules
// about the data (progress, what blocks submission, edits) are core's, shared with every element.
import { type AreaSuggestion, type Evaluation, type Framework, type FrameworkIndex, questionsOfArea, suggestArea } from '../../internal/core.js';

/**
 * Fields are named by their JSON path in the evaluation, which is also the id of the control and
 * the `field` of `apq-change`: `setting.name`, `use`, `answers.<question-id>`,
 * `checks.<descriptor-id>`, `areas.<area-id>.evidence|strengths|priorities`,
 * `areas.<area-id>.judgement.level|rationale`. The same paths as core's problems.
 */
export const field = {
  setting: (key: 'name' | 'urn' | 'type' | 'localAuthority') => `setting.${key}`,
  use: 'use',
  answer: (questionId: string) => `answers.${questionId}`,
  check: (descriptorId: string) => `checks.${descriptorId}`,
  area: (areaId: string, part: 'evidence' | 'strengths' | 'priorities') => `areas.${areaId}.${part}`,
  judgement: (areaId: string, part: 'level' | 'rationale') => `areas.${areaId}.judgement.${part}`,
};

/** Steps: `start`, `area:<id>`, `review`, `done`. */
export const START = 'start';
export const REVIEW = 'review';
export const DONE = 'done';
export const areaStep = (areaId: string) => `area:${areaId}`;
export const stepArea = (step: string): string | undefined => (step.startsWith('area:') ? step.slice(5) : undefined);

/** The area a field belongs to, if any. */
export function areaOfField(index: FrameworkIndex, name: string): string | undefined {
  const [section, id] = splitField(name);
  if (section === 'answers') return index.questions.get(id)?.area.id;
  if (section === 'checks') return index.descriptors.get(id)?.area.id;
  if (section === 'areas') return index.areas.has(id) ? id : undefined;
  return undefined;
}

/** The step that shows a field. */
export function stepOfField(index: FrameworkIndex, name: string): string {
  const area = areaOfField(index, name);
  return area ? areaStep(area) : START;
}

function splitField(name: string): [string, string] {
  const dot = name.indexOf('.');
  if (dot < 0) return [name, ''];
  const rest = name.slice(dot + 1);
  const next = rest.indexOf('.');
  return [name.slice(0, dot), next < 0 ? rest : rest.slice(0, next)];
}

/**
 * Suggestions, memoised per area on exactly what the area's rules read (its checks and the
 * responses and levels of its questions), so typing in a text field costs no rule runs.
 */
export class SuggestionCache {
  private readonly entries = new Map<string, { key: string; suggestion: AreaSuggestion }>();
  private readonly framework: Framework;
  private readonly index: FrameworkIndex;

  constructor(framework: Framework, index: FrameworkIndex) {
    this.framework = framework;
    this.index = index;
  }

  get(evaluation: Evaluation, areaId: string): AreaSuggestion {
    const entry = this.index.areas.get(areaId);
    const parts: string[] = [];
    if (entry) {
      for (const level of entry.area.descriptors?.levels ?? []) for (const d of level.descriptors) parts.push(own(evaluation.checks, d.id) ?? '');
      for (const q of questionsOfArea(entry.area)) {
        const a = own(evaluation.answers, q.id);
        parts.push(`${a?.response ?? ''}/${a?.level ?? ''}`);
      }
    }
    const key = parts.join(',');
    const cached = this.entries.get(areaId);
    if (cached && cached.key === key) return cached.suggestion;
    const suggestion = suggestArea(this.framework, evaluation, areaId);
    this.entries.set(areaId, { key, suggestion });
    return suggestion;
  }

  /** "suggested:good": what an announcement compares before and after a change. */
  key(evaluation: Evaluation, areaId: string): string {
    const s = this.get(evaluation, areaId);
    return `${s.status}:${s.level}`;
  }
}

/** A record's own entry by id (ids come from files, so never from the prototype). */
export function own<T>(record: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
