// SPDX-License-Identifier: MIT
// Examples of practice: a strength a setting offers to others, recorded in its evaluation, and the
// library that collects the offers of many evaluations. A library never carries a setting's name,
// URN or evaluation id; only what was offered, the kind of setting and the framework version.
import { type Evaluation, type EvaluationV1, type PracticeOffer } from '../schema/evaluation.js';
import { PRACTICE_LIBRARY_FORMAT, PRACTICE_LIBRARY_FORMAT_VERSION, type PracticeExample, type PracticeLibrary } from '../schema/practice.js';
import { ApqError } from '../validate/problems.js';
import { currentFormat } from '../versioning/format.js';
import { assertDate, assertEvaluation, assertEvaluationArgument, assertOptions, assertPart, assertString } from './guard.js';

/** An offer as `offerPractice` takes it: without an id (`<area>-practice-<n>` is made), `offeredAt` (now) or `settingType` (the setting's type). */
export type NewPracticeOffer = Omit<PracticeOffer, 'id' | 'offeredAt'> & { id?: string; offeredAt?: string };

/**
 * Records an example of practice the setting offers, or replaces the offer with the same id.
 * `settingType` defaults to the setting's type; optional fields that are `undefined` or `''` are
 * left out. A format 1 evaluation comes back in format 2. The offer's areas and strength are
 * checked against the framework by validation (`planProblems`), so a form keeps what was typed.
 */
export function offerPractice(e: Evaluation, offer: NewPracticeOffer, now: Date): Evaluation {
  assertEvaluationArgument(e);
  assertDate(now);
  assertPart('practiceOffer', offer, 'offer');
  const current = currentFormat(e as Evaluation | EvaluationV1);
  const practice = current.practice ?? [];
  const taken = new Set(practice.map((p) => p.id));
  let id = offer.id;
  if (!id) {
    let n = 1;
    while (taken.has(`${offer.areas[0] ?? 'area'}-practice-${n}`)) n++;
    id = `${offer.areas[0] ?? 'area'}-practice-${n}`;
  }
  const next: PracticeOffer = { id, title: offer.title, summary: offer.summary, areas: [...offer.areas], offeredAt: offer.offeredAt || now.toISOString() };
  const settingType = offer.settingType === undefined ? current.setting.type : offer.settingType;
  if (settingType) next.settingType = settingType;
  if (offer.contact) next.contact = offer.contact;
  if (offer.link) next.link = offer.link;
  if (offer.strength) next.strength = { area: offer.strength.area, index: offer.strength.index };
  const at = practice.findIndex((p) => p.id === id);
  const offers = at < 0 ? [...practice, next] : practice.map((p, i) => (i === at ? next : p));
  return { ...current, practice: offers, updatedAt: now.toISOString() };
}

/** Withdraws an offer of practice (nothing but `updatedAt` changes when no offer has the id). */
export function withdrawPractice(e: Evaluation, offerId: string, now: Date): Evaluation {
  assertEvaluationArgument(e);
  assertString(offerId, 'offerId');
  assertDate(now);
  const current = currentFormat(e as Evaluation | EvaluationV1);
  const { practice, ...rest } = current;
  const kept = (practice ?? []).filter((p) => p.id !== offerId);
  return { ...rest, ...(kept.length > 0 ? { practice: kept } : {}), updatedAt: now.toISOString() };
}

export interface CollectPracticeOptions {
  title?: string;
  /** Mark the library as made up to show the toolkit: its examples are not real settings' practice. */
  illustrative?: boolean;
  /** Collect only offers made in evaluations of this framework id (any version). */
  framework?: string;
  /** Collect offers from drafts too (default: only from submitted evaluations, whose offers the setting has confirmed). */
  includeDrafts?: boolean;
}

/**
 * A library of the examples of practice the evaluations offer. Each example keeps what was
 * offered and the framework version it illustrates; nothing says which setting or evaluation it
 * came from. The same offer met twice (the same file given twice) is kept once; ids are made
 * unique; examples are in order of title, then of when they were offered, so the library's order
 * says nothing of the order of the evaluations. `framework` is set when every example shares one.
 */
export function collectPractice(evaluations: readonly Evaluation[], options: CollectPracticeOptions = {}): PracticeLibrary {
  if (!Array.isArray(evaluations)) throw new ApqError('evaluations must be an array of evaluations');
  assertOptions(options);
  evaluations.forEach((e, i) => assertEvaluation(e, `evaluations[${i}]`));
  const seen = new Set<string>();
  const examples: PracticeExample[] = [];
  for (const input of evaluations) {
    const e = currentFormat(input as Evaluation | EvaluationV1);
    if (e.status !== 'submitted' && options.includeDrafts !== true) continue;
    if (options.framework !== undefined && e.framework.id !== options.framework) continue;
    for (const offer of e.practice ?? []) {
      const example = exampleOf(offer, e.framework);
      const key = JSON.stringify({ ...example, id: '' });
      if (seen.has(key)) continue;
      seen.add(key);
      examples.push(example);
    }
  }
  examples.sort((a, b) => compareText(a.title, b.title) || compareText(a.offeredAt, b.offeredAt) || compareText(a.id, b.id));
  const ids = new Set<string>();
  for (const example of examples) {
    let id = example.id;
    for (let n = 2; ids.has(id); n++) id = `${example.id}-${n}`;
    ids.add(id);
    example.id = id;
  }
  const versions = new Set(examples.map((x) => `${x.framework.id}@${x.framework.version}`));
  return {
    format: PRACTICE_LIBRARY_FORMAT,
    formatVersion: PRACTICE_LIBRARY_FORMAT_VERSION,
    ...(options.title ? { title: options.title } : {}),
    ...(options.illustrative === true ? { illustrative: true } : {}),
    ...(versions.size === 1 ? { framework: { ...examples[0]!.framework } } : {}),
    examples,
  };
}

/**
 * The examples of a library that illustrate an area, in the library's order; with `frameworkId`,
 * only those made against that framework (area ids are stable across its versions).
 */
export function practiceForArea(library: PracticeLibrary, areaId: string, frameworkId?: string): PracticeExample[] {
  if (library === null || typeof library !== 'object' || !Array.isArray(library.examples)) {
    throw new ApqError('library must be a library of examples of practice (validate it with validatePracticeLibrary)');
  }
  assertString(areaId, 'areaId');
  return library.examples.filter(
    (x) => x !== null && typeof x === 'object' && Array.isArray(x.areas) && x.areas.includes(areaId) && (frameworkId === undefined || x.framework?.id === frameworkId),
  );
}

function exampleOf(offer: PracticeOffer, framework: { id: string; version: string }): PracticeExample {
  const example: PracticeExample = { id: offer.id, title: offer.title, summary: offer.summary, areas: [...offer.areas], offeredAt: offer.offeredAt, framework: { id: framework.id, version: framework.version } };
  if (offer.settingType !== undefined) example.settingType = offer.settingType;
  if (offer.contact !== undefined) example.contact = offer.contact;
  if (offer.link !== undefined) example.link = offer.link;
  return inExampleOrder(example);
}

const EXAMPLE_ORDER = ['id', 'title', 'summary', 'areas', 'settingType', 'contact', 'link', 'offeredAt', 'framework'] as const;

function inExampleOrder(example: PracticeExample): PracticeExample {
  const out: Record<string, unknown> = {};
  for (const key of EXAMPLE_ORDER) if (example[key] !== undefined) out[key] = example[key];
  return out as PracticeExample;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
