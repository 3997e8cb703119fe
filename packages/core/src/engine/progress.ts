// SPDX-License-Identifier: MIT
// The one definition of an area's progress, shared by summarise and every interface.
import { indexFramework } from '../model/framework-index.js';
import type { Answer, AreaRecord, Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { ApqError } from '../validate/problems.js';
import { isAnswered } from './answers.js';
import { type CompiledArea, requireCompiled } from './compile.js';
import { answerAt, assertEvaluationArgument, assertFramework, assertString, isAnswerShape } from './guard.js';
import { differsFrom, isBlank, lacksRationale, settingProblems } from './submission.js';
import { type AreaSuggestion, suggestFor } from './suggest.js';

export type ProgressStatus = 'not-started' | 'in-progress' | 'completed' | 'not-applicable';

export interface AreaProgress {
  status: ProgressStatus;
  /** Questions answered (`isAnswered`) of the area's questions, its sub-areas' included. */
  questions: { done: number; total: number };
  /** Descriptors with a check other than not-assessed, of all the area's descriptors. */
  descriptors: { done: number; total: number };
  judgement: {
    /** The framework has a judgement scale and the area is written. */
    required: boolean;
    /** A level is chosen. */
    made: boolean;
    /** The level differs from a suggested level and the rationale is blank. */
    rationaleNeeded: boolean;
  };
  /** Anything recorded: an answer, a check, evidence, a strength, a priority or rationale text, a judgement. */
  started: boolean;
}

const NOT_APPLICABLE: AreaProgress = {
  status: 'not-applicable',
  questions: { done: 0, total: 0 },
  descriptors: { done: 0, total: 0 },
  judgement: { required: false, made: false, rationaleNeeded: false },
  started: false,
};

/**
 * How far an area has got. `completed`: every question answered, a judgement made where one is
 * required, no rationale needed, and something required or recorded (so an area that asks for
 * nothing, as in the toolkit 1.0.0, is completed once anything is recorded). Otherwise
 * `in-progress` once anything is recorded, else `not-started`; `not-applicable` for an area not
 * yet written. Descriptors never block completion (they are a best-fit aid, not a checklist) but
 * checking one starts the area. Pass the area's suggestion where you have it; otherwise it is
 * computed when it matters (a level chosen without a rationale). Throws an `ApqError` for an area
 * the framework does not have, or for arguments that are not a framework and an evaluation.
 */
export function areaProgress(framework: Framework, evaluation: Evaluation, areaId: string, suggestion?: AreaSuggestion): AreaProgress {
  assertFramework(framework);
  assertEvaluationArgument(evaluation);
  assertString(areaId, 'areaId');
  if (suggestion !== undefined && (suggestion === null || typeof suggestion !== 'object')) throw new ApqError('suggestion must be an area suggestion (from suggestArea) or undefined');
  return progressOf(framework, evaluation, areaId, suggestion);
}

/** {@link areaProgress} for arguments already checked. */
export function progressOf(framework: Framework, evaluation: Evaluation, areaId: string, suggestion?: AreaSuggestion): AreaProgress {
  const compiled = compiledArea(framework, areaId);
  if (compiled.area.status === 'not-yet-written') return structuredClone(NOT_APPLICABLE);
  const m = measure(framework, compiled, evaluation, areaId, suggestion);
  return {
    status: m.status,
    questions: { done: m.questionsDone, total: compiled.questions.length },
    descriptors: { done: m.descriptorsDone, total: compiled.descriptorInfo.size },
    judgement: { required: m.required, made: m.made, rationaleNeeded: m.rationaleNeeded },
    started: m.started,
  };
}

/** `progressOf(…).status` alone, for arguments already checked: what aggregates count, without building the rest. */
export function progressStatusOf(framework: Framework, evaluation: Evaluation, areaId: string): ProgressStatus {
  const compiled = compiledArea(framework, areaId);
  if (compiled.area.status === 'not-yet-written') return NOT_APPLICABLE.status;
  return measure(framework, compiled, evaluation, areaId, undefined).status;
}

function compiledArea(framework: Framework, areaId: string): CompiledArea {
  const compiled = requireCompiled(framework).areas.get(areaId);
  if (!compiled) throw new ApqError(`unknown area "${areaId}" in ${framework.id}@${framework.version}`);
  return compiled;
}

/** What an area's progress is decided from, besides its record: what its answers and checks hold. */
interface AreaReading {
  questionsDone: number;
  anyAnswerContent: boolean;
  descriptorsDone: number;
}

/** The one definition of an area's progress (see {@link areaProgress}), for a written area. */
function measure(framework: Framework, compiled: CompiledArea, evaluation: Evaluation, areaId: string, suggestion: AreaSuggestion | undefined) {
  return decide(framework, compiled, evaluation, areaId, suggestion, readArea(compiled, evaluation));
}

/** An area's answers and checks, each looked up (and checked) once. */
function readArea(compiled: CompiledArea, evaluation: Evaluation): AreaReading {
  let questionsDone = 0;
  let anyAnswerContent = false;
  for (const q of compiled.questions) {
    const answer = answerAt(evaluation, q.id);
    if (answer === undefined) continue;
    if (isAnswered(q, answer)) questionsDone++;
    if (!anyAnswerContent && hasAnswerContent(answer)) anyAnswerContent = true;
  }
  let descriptorsDone = 0;
  for (const id of compiled.descriptorInfo.keys()) if (isAssessed(checkOf(evaluation, id))) descriptorsDone++;
  return { questionsDone, anyAnswerContent, descriptorsDone };
}

function decide(framework: Framework, compiled: CompiledArea, evaluation: Evaluation, areaId: string, suggestion: AreaSuggestion | undefined, reading: AreaReading) {
  const { questionsDone, anyAnswerContent, descriptorsDone } = reading;
  const record = Object.hasOwn(evaluation.areas, areaId) ? evaluation.areas[areaId] : undefined;
  const judgement = record?.judgement;
  const required = indexFramework(framework).judgementScale !== undefined;
  const made = judgement !== undefined && judgement.level !== null;
  const rationaleNeeded =
    lacksRationale(judgement) && differsFrom(judgement.level, suggestion ?? suggestFor(framework, compiled, evaluation, false));

  const started = descriptorsDone > 0 || made || hasRecordContent(record) || anyAnswerContent;
  const somethingRequired = compiled.questions.length > 0 || required;
  const complete = questionsDone === compiled.questions.length && (!required || made) && !rationaleNeeded && (somethingRequired || started);
  const status: ProgressStatus = complete ? 'completed' : started ? 'in-progress' : 'not-started';
  return { status, questionsDone, descriptorsDone, required, made, rationaleNeeded, started };
}

/**
 * Where each question and descriptor of a framework's written areas belongs (by the area's index
 * in `areaList`), for reading an evaluation in one pass; undefined for a framework where an id
 * is in more than one area (not a valid framework), which is read area by area instead.
 */
interface OnePassPlan {
  questions: Map<string, { area: number; question: CompiledArea['questions'][number] }>;
  descriptors: Map<string, number>;
}

const onePassPlans = new WeakMap<Framework, OnePassPlan | null>();

function onePassPlan(framework: Framework): OnePassPlan | undefined {
  let plan = onePassPlans.get(framework);
  if (plan === undefined) {
    const built: OnePassPlan = { questions: new Map(), descriptors: new Map() };
    let repeated = false;
    requireCompiled(framework).areaList.forEach((compiled, area) => {
      if (compiled.area.status === 'not-yet-written') return;
      for (const question of compiled.questions) {
        repeated ||= built.questions.has(question.id);
        built.questions.set(question.id, { area, question });
      }
      for (const id of compiled.descriptorInfo.keys()) {
        repeated ||= built.descriptors.has(id);
        built.descriptors.set(id, area);
      }
    });
    plan = repeated ? null : built;
    onePassPlans.set(framework, plan);
  }
  return plan ?? undefined;
}

/**
 * The counters of one pass, per area, made once and zeroed for each evaluation: aggregating
 * reads evaluations by the hundred thousand, and four new arrays for each would be most of
 * what the collector has to do.
 */
let scratch = { done: new Int32Array(0), checked: new Int32Array(0), content: new Uint8Array(0), unreadable: new Uint8Array(0) };

function scratchFor(areas: number): typeof scratch {
  if (scratch.done.length !== areas) {
    scratch = { done: new Int32Array(areas), checked: new Int32Array(areas), content: new Uint8Array(areas), unreadable: new Uint8Array(areas) };
  } else {
    scratch.done.fill(0);
    scratch.checked.fill(0);
    scratch.content.fill(0);
    scratch.unreadable.fill(0);
  }
  return scratch;
}

/**
 * Whether `for…in` over a record gives only its own keys: true when it inherits from
 * Object.prototype (or nothing) and nothing enumerable has been added there. Then the loops
 * need not ask Object.hasOwn of every key, which in an object of a hundred keys costs a search
 * each time (more than the rest of the loop together).
 */
function enumeratesOwnOnly(record: object): boolean {
  const proto: unknown = Object.getPrototypeOf(record);
  if (proto === null) return true;
  if (proto !== Object.prototype) return false;
  for (const _ in Object.prototype) return false;
  return true;
}

/**
 * The status of every area (in the compiled `areaList`'s order), as {@link progressStatusOf} has
 * it, from one pass over the evaluation's answers and checks rather than a look-up of each
 * question: what aggregating many evaluations needs. An area is undefined where this pass cannot
 * tell (a malformed answer, or a suggestion that throws): ask {@link progressStatusOf}, which
 * says why. For arguments already checked.
 */
export function progressStatusesOf(framework: Framework, evaluation: Evaluation): Array<ProgressStatus | undefined> {
  const compiledAreas = requireCompiled(framework).areaList;
  const plan = onePassPlan(framework);
  if (!plan) return compiledAreas.map(() => undefined);
  const { done, checked, content, unreadable } = scratchFor(compiledAreas.length);
  const answers: Record<string, unknown> = evaluation.answers;
  const answersOwnOnly = enumeratesOwnOnly(answers);
  for (const id in answers) {
    const slot = plan.questions.get(id);
    if (slot === undefined || (!answersOwnOnly && !Object.hasOwn(answers, id))) continue;
    const value = answers[id];
    if (value === undefined) continue;
    if (!isAnswerShape(value)) {
      unreadable[slot.area] = 1;
      continue;
    }
    if (isAnswered(slot.question, value)) done[slot.area]!++;
    if (content[slot.area] === 0 && hasAnswerContent(value)) content[slot.area] = 1;
  }
  const checks: Record<string, unknown> = evaluation.checks;
  const checksOwnOnly = enumeratesOwnOnly(checks);
  for (const id in checks) {
    const area = plan.descriptors.get(id);
    if (area !== undefined && (checksOwnOnly || Object.hasOwn(checks, id)) && isAssessed(checks[id])) checked[area]!++;
  }
  return compiledAreas.map((compiled, a) => {
    if (compiled.area.status === 'not-yet-written') return NOT_APPLICABLE.status;
    if (unreadable[a] === 1) return undefined;
    try {
      return decide(framework, compiled, evaluation, compiled.area.id, undefined, { questionsDone: done[a]!, anyAnswerContent: content[a] === 1, descriptorsDone: checked[a]! }).status;
    } catch {
      return undefined;
    }
  });
}

/**
 * The setting step (use, name, URN, type, local authority): `completed` when a submission would
 * find nothing wrong with the use, the name or the URN; `in-progress` when any of them is filled
 * in (so a URN that is not 6 or 7 digits keeps the step in progress); else `not-started`.
 */
export function settingProgress(framework: Framework, evaluation: Evaluation): ProgressStatus {
  assertFramework(framework);
  assertEvaluationArgument(evaluation);
  if (settingProblems(framework, evaluation).length === 0) return 'completed';
  const { name, urn, type, localAuthority } = evaluation.setting;
  const any = evaluation.use !== undefined || [name, urn, type, localAuthority].some((v) => !isBlank(v));
  return any ? 'in-progress' : 'not-started';
}

/** Areas completed (as {@link areaProgress} has it) of the areas that are written. */
export function evaluationProgress(framework: Framework, evaluation: Evaluation): { areas: { done: number; total: number } } {
  assertFramework(framework);
  assertEvaluationArgument(evaluation);
  let done = 0;
  let total = 0;
  for (const area of requireCompiled(framework).areaList) {
    if (area.area.status !== 'complete') continue;
    total++;
    if (progressOf(framework, evaluation, area.area.id).status === 'completed') done++;
  }
  return { areas: { done, total } };
}

function checkOf(evaluation: Evaluation, descriptorId: string): unknown {
  return Object.hasOwn(evaluation.checks, descriptorId) ? evaluation.checks[descriptorId] : undefined;
}

/** A descriptor counts as checked with any value but none and "not-assessed" (progress does not read which status). */
function isAssessed(check: unknown): boolean {
  return (check ?? 'not-assessed') !== 'not-assessed';
}

function hasAnswerContent(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return (
    !isBlank(answer.text) ||
    answer.response !== undefined ||
    answer.level !== undefined ||
    (answer.evidence ?? []).some((e) => !isBlank(e.title) || !isBlank(e.reference))
  );
}

function hasRecordContent(record: AreaRecord | undefined): boolean {
  if (!record) return false;
  return (
    !isBlank(record.evidence) ||
    (record.strengths ?? []).some((s) => !isBlank(s)) ||
    (record.priorities ?? []).some((p) => !isBlank(p.text)) ||
    !isBlank(record.judgement?.rationale)
  );
}
