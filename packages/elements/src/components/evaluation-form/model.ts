// SPDX-License-Identifier: MIT
// The form's pure logic over an evaluation: field names, immutable updates, progress and the
// checks made on submit. No DOM here, so all of it is cheap to run on every keystroke.
import {
  type Answer,
  type AreaRecord,
  type AreaSuggestion,
  type CheckStatus,
  type Evaluation,
  type Framework,
  type FrameworkIndex,
  type QualityArea,
  isAnswered,
  questionsOfArea,
  suggestArea,
} from '../../internal/core.js';
import { type ApqStrings, capitalise, format } from '../../internal/strings.js';

/**
 * Fields are named by their JSON path in the evaluation, which is also the id of the control:
 * `setting.name`, `use`, `answers.<question-id>`, `checks.<descriptor-id>`,
 * `areas.<area-id>.evidence|strengths|priorities|judgement|rationale`.
 */
export const field = {
  setting: (key: 'name' | 'urn' | 'type' | 'localAuthority') => `setting.${key}`,
  use: 'use',
  answer: (questionId: string) => `answers.${questionId}`,
  check: (descriptorId: string) => `checks.${descriptorId}`,
  area: (areaId: string, part: 'evidence' | 'strengths' | 'priorities' | 'judgement' | 'rationale') => `areas.${areaId}.${part}`,
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

const now = () => new Date().toISOString();

export function withAnswer(evaluation: Evaluation, questionId: string, patch: Partial<Answer>): Evaluation {
  const previous = Object.hasOwn(evaluation.answers, questionId) ? evaluation.answers[questionId] : undefined;
  const answer: Record<string, unknown> = { ...previous, ...patch };
  for (const key of Object.keys(answer)) if (answer[key] === undefined) delete answer[key];
  const answers = { ...evaluation.answers };
  if (Object.keys(answer).length === 0) delete answers[questionId];
  else answers[questionId] = answer as Answer;
  return { ...evaluation, answers, updatedAt: now() };
}

export function withCheck(evaluation: Evaluation, descriptorId: string, status: CheckStatus): Evaluation {
  const checks = { ...evaluation.checks };
  if (status === 'not-assessed') delete checks[descriptorId];
  else checks[descriptorId] = status;
  return { ...evaluation, checks, updatedAt: now() };
}

export function withAreaRecord(evaluation: Evaluation, areaId: string, patch: Partial<AreaRecord>): Evaluation {
  const previous = Object.hasOwn(evaluation.areas, areaId) ? evaluation.areas[areaId] : undefined;
  const record: Record<string, unknown> = { ...previous, ...patch };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  const areas = { ...evaluation.areas };
  if (Object.keys(record).length === 0) delete areas[areaId];
  else areas[areaId] = record as AreaRecord;
  return { ...evaluation, areas, updatedAt: now() };
}

export function recordOf(evaluation: Evaluation, areaId: string): AreaRecord {
  return (Object.hasOwn(evaluation.areas, areaId) ? evaluation.areas[areaId] : undefined) ?? {};
}

export function answerOf(evaluation: Evaluation, questionId: string): Answer | undefined {
  return Object.hasOwn(evaluation.answers, questionId) ? evaluation.answers[questionId] : undefined;
}

export function checkOf(evaluation: Evaluation, descriptorId: string): CheckStatus {
  return (Object.hasOwn(evaluation.checks, descriptorId) ? evaluation.checks[descriptorId] : undefined) ?? 'not-assessed';
}

/** Gives each new priority an id unique in the evaluation: `<area-id>-priority-<n>`. */
export function withPriorityIds(evaluation: Evaluation, areaId: string, items: ReadonlyArray<{ id?: string; text: string }>): NonNullable<AreaRecord['priorities']> {
  const taken = new Set(Object.values(evaluation.areas).flatMap((r) => (r.priorities ?? []).map((p) => p.id)));
  for (const item of items) if (item.id) taken.add(item.id);
  return items.map((item) => {
    if (item.id) return { id: item.id, text: item.text };
    let n = 1;
    while (taken.has(`${areaId}-priority-${n}`)) n++;
    const id = `${areaId}-priority-${n}`;
    taken.add(id);
    return { id, text: item.text };
  });
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
      for (const level of entry.area.descriptors?.levels ?? []) for (const d of level.descriptors) parts.push(checkOf(evaluation, d.id));
      for (const q of questionsOfArea(entry.area)) {
        const a = answerOf(evaluation, q.id);
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
}

export type AreaStatus = 'not-started' | 'in-progress' | 'completed' | 'not-applicable';

export interface AreaProgress {
  answered: number;
  total: number;
  status: AreaStatus;
}

/** True where a level was chosen that is not the level the engine suggests. */
export function differsFromSuggestion(evaluation: Evaluation, areaId: string, suggestion: AreaSuggestion): boolean {
  const level = recordOf(evaluation, areaId).judgement?.level;
  return suggestion.status === 'suggested' && level !== undefined && level !== null && level !== suggestion.level;
}

function hasRecordContent(record: AreaRecord): boolean {
  return (
    (record.evidence?.trim() ?? '') !== '' ||
    (record.strengths ?? []).some((s) => s.trim() !== '') ||
    (record.priorities ?? []).some((p) => p.text.trim() !== '') ||
    (record.judgement?.rationale?.trim() ?? '') !== ''
  );
}

/** Progress in one area: its questions, and its judgement where the framework has a scale. */
export function areaProgress(evaluation: Evaluation, index: FrameworkIndex, area: QualityArea, suggestion: AreaSuggestion): AreaProgress {
  if (area.status === 'not-yet-written') return { answered: 0, total: 0, status: 'not-applicable' };
  const questions = questionsOfArea(area);
  let answered = questions.filter((q) => isAnswered(q, answerOf(evaluation, q.id))).length;
  let total = questions.length;
  const record = recordOf(evaluation, area.id);
  if (index.judgementScale) {
    total += 1;
    if (record.judgement?.level) answered += 1;
  }
  const checked = (area.descriptors?.levels ?? []).some((l) => l.descriptors.some((d) => checkOf(evaluation, d.id) !== 'not-assessed'));
  const started = answered > 0 || checked || hasRecordContent(record);
  const needsRationale = differsFromSuggestion(evaluation, area.id, suggestion) && (record.judgement?.rationale?.trim() ?? '') === '';
  let status: AreaStatus;
  if (total === 0) status = started ? 'completed' : 'not-started';
  else if (answered === total && !needsRationale) status = 'completed';
  else status = started ? 'in-progress' : 'not-started';
  return { answered, total, status };
}

export function settingProgress(evaluation: Evaluation, framework: Framework): AreaStatus {
  const s = evaluation.setting;
  const named = (s.name?.trim() ?? '') !== '';
  const used = framework.uses.length === 0 || evaluation.use !== undefined;
  if (named && used) return 'completed';
  const any = named || evaluation.use !== undefined || [s.urn, s.type, s.localAuthority].some((v) => (v?.trim() ?? '') !== '');
  return any ? 'in-progress' : 'not-started';
}

/** "Strand 1: Attendance", "Quality area 3: Partnership working". */
export function areaLabel(framework: Framework, area: QualityArea, strings: ApqStrings): string {
  const word = framework.terminology?.area ?? 'area';
  return format(strings.areaHeading, { Area: capitalise(word), area: word, number: area.number, title: area.title });
}

export interface FormProblem {
  field: string;
  message: string;
}

const URN = /^\d{6,7}$/;

/** What stops the evaluation being submitted, in the order the form shows the fields. */
export function submissionProblems(
  evaluation: Evaluation,
  framework: Framework,
  index: FrameworkIndex,
  suggestions: SuggestionCache,
  strings: ApqStrings,
): FormProblem[] {
  const problems: FormProblem[] = [];
  if (framework.uses.length > 0 && evaluation.use === undefined) problems.push({ field: field.use, message: strings.errorUse });
  if ((evaluation.setting.name?.trim() ?? '') === '') problems.push({ field: field.setting('name'), message: strings.errorSettingName });
  const urn = evaluation.setting.urn?.trim() ?? '';
  if (urn !== '' && !URN.test(urn)) problems.push({ field: field.setting('urn'), message: strings.errorSettingUrn });
  for (const category of framework.categories) {
    for (const area of category.areas) {
      if (area.status !== 'complete' || !index.judgementScale) continue;
      const label = areaLabel(framework, area, strings);
      const judgement = recordOf(evaluation, area.id).judgement;
      if (!judgement?.level) {
        problems.push({ field: field.area(area.id, 'judgement'), message: format(strings.errorJudgement, { area: label }) });
        continue;
      }
      const suggestion = suggestions.get(evaluation, area.id);
      if (differsFromSuggestion(evaluation, area.id, suggestion) && (judgement.rationale?.trim() ?? '') === '') {
        problems.push({ field: field.area(area.id, 'rationale'), message: format(strings.errorRationale, { area: label }) });
      }
    }
  }
  return problems;
}

/**
 * The evaluation as submitted: each judgement carries the suggestion it was made beside, empty
 * list items are dropped, blank optional setting fields are removed, and the status is set.
 */
export function finalise(evaluation: Evaluation, suggestions: SuggestionCache, at: string): Evaluation {
  const areas: Record<string, AreaRecord> = {};
  for (const [areaId, record] of Object.entries(evaluation.areas)) {
    const next: AreaRecord = { ...record };
    if (next.strengths) next.strengths = next.strengths.filter((s) => s.trim() !== '');
    if (next.priorities) next.priorities = next.priorities.filter((p) => p.text.trim() !== '');
    if (next.judgement) {
      const suggestion = suggestions.get(evaluation, areaId);
      next.judgement = { ...next.judgement, suggestedLevel: suggestion.level };
    }
    areas[areaId] = next;
  }
  const setting = { ...evaluation.setting };
  for (const key of ['urn', 'type', 'localAuthority'] as const) {
    const value = setting[key]?.trim();
    if (value) setting[key] = value;
    else delete setting[key];
  }
  return { ...evaluation, setting, areas, status: 'submitted', submittedAt: at, updatedAt: at };
}
