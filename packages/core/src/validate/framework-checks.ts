// SPDX-License-Identifier: MIT
// What a schema cannot say about a framework: ids unique, every reference resolving, and rules
// that only use allowed operators, read facts that exist and keep to RULE_LIMITS.
import { ANSWER_FIELDS, DESCRIPTOR_STATS, LEVEL_STATS, RULE_LIMITS } from '../engine/operators.js';
import { questionsOfArea } from '../model/framework-index.js';
import type { QualityArea } from '../schema/area.js';
import type { Framework } from '../schema/framework.js';
import type { RatingScale } from '../schema/scale.js';
import { inspectJsonLogic } from './json-logic.js';
import { type PathSegment, type Problem, type ProblemCode, type ProblemParams, formatPath, problem } from './problems.js';

export function checkFramework(framework: Framework): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message, code, params) => problems.push(problem(path, message, code, params));

  const contentIds = uniqueIds(report);
  const areaIds = new Set<string>();
  const areaNumbers = new Map<number, string>();
  framework.categories.forEach((category, c) => {
    contentIds.add(category.id, ['categories', c, 'id']);
    category.areas.forEach((area, a) => {
      const at: PathSegment[] = ['categories', c, 'areas', a];
      contentIds.add(area.id, [...at, 'id']);
      areaIds.add(area.id);
      const sameNumber = areaNumbers.get(area.number);
      if (sameNumber) report([...at, 'number'], `duplicate area number ${area.number} (also "${sameNumber}")`, 'duplicate-number', { number: area.number, area: sameNumber });
      else areaNumbers.set(area.number, area.id);
      area.questions.forEach((q, i) => contentIds.add(q.id, [...at, 'questions', i, 'id']));
      const letters = new Set<string>();
      area.subAreas.forEach((sub, s) => {
        contentIds.add(sub.id, [...at, 'subAreas', s, 'id']);
        if (letters.has(sub.letter)) report([...at, 'subAreas', s, 'letter'], `duplicate sub-area letter "${sub.letter}"`, 'duplicate-letter', { letter: sub.letter });
        letters.add(sub.letter);
        sub.questions.forEach((q, i) => contentIds.add(q.id, [...at, 'subAreas', s, 'questions', i, 'id']));
      });
      area.descriptors?.levels.forEach((level, l) =>
        level.descriptors.forEach((d, i) => contentIds.add(d.id, [...at, 'descriptors', 'levels', l, 'descriptors', i, 'id'])),
      );
    });
  });

  const scales = new Map<string, RatingScale>();
  const scaleIds = uniqueIds(report);
  framework.scales.forEach((scale, s) => {
    scaleIds.add(scale.id, ['scales', s, 'id']);
    scales.set(scale.id, scale);
    const levelIds = uniqueIds(report);
    scale.levels.forEach((level, l) => levelIds.add(level.id, ['scales', s, 'levels', l, 'id']));
  });
  const scaleExists = (id: string, path: PathSegment[]) => {
    if (!scales.has(id)) report(path, `unknown scale "${id}" (this framework's scales: ${listOrNone([...scales.keys()])})`, 'unknown-scale', { scale: id });
  };
  if (framework.judgementScale !== undefined) scaleExists(framework.judgementScale, ['judgementScale']);

  const guidanceIds = uniqueIds(report);
  framework.guidance.forEach((g, i) => guidanceIds.add(g.id, ['guidance', i, 'id']));
  const footnoteIds = uniqueIds(report);
  framework.footnotes.forEach((f, i) => footnoteIds.add(f.id, ['footnotes', i, 'id']));

  const areaExists = (id: string, path: PathSegment[]) => {
    if (!areaIds.has(id)) report(path, `unknown area "${id}"`, 'unknown-area', { area: id });
  };
  const useIds = uniqueIds(report);
  framework.uses.forEach((use, u) => {
    useIds.add(use.id, ['uses', u, 'id']);
    use.focusAreas?.forEach((id, i) => areaExists(id, ['uses', u, 'focusAreas', i]));
  });
  const crosswalkIds = uniqueIds(report);
  framework.crosswalks.forEach((crosswalk, x) => {
    crosswalkIds.add(crosswalk.id, ['crosswalks', x, 'id']);
    const targetIds = uniqueIds(report);
    crosswalk.targets.forEach((t, i) => targetIds.add(t.id, ['crosswalks', x, 'targets', i, 'id']));
    const mapped = new Set<string>();
    crosswalk.entries.forEach((entry, e) => {
      areaExists(entry.area, ['crosswalks', x, 'entries', e, 'area']);
      if (mapped.has(entry.area)) report(['crosswalks', x, 'entries', e, 'area'], `area "${entry.area}" is mapped twice`, 'duplicate-mapping', { area: entry.area, crosswalk: crosswalk.id });
      mapped.add(entry.area);
      entry.targets.forEach((t, i) => {
        if (!targetIds.has(t)) report(['crosswalks', x, 'entries', e, 'targets', i], `unknown target "${t}" of crosswalk "${crosswalk.id}"`, 'unknown-target', { target: t, crosswalk: crosswalk.id });
      });
    });
  });
  const exampleIds = uniqueIds(report);
  framework.examplesOfPractice.forEach((ex, i) => {
    exampleIds.add(ex.id, ['examplesOfPractice', i, 'id']);
    ex.areas.forEach((id, a) => areaExists(id, ['examplesOfPractice', i, 'areas', a]));
  });
  framework.migrations.forEach((m, i) =>
    m.to.forEach((id, t) => {
      if (!contentIds.has(id)) report(['migrations', i, 'to', t], `unknown id "${id}": a migration must lead to an item of this version`, 'unknown-migration-target', { id });
    }),
  );

  const ruleIds = uniqueIds(report);
  const ruleNodes = { total: 0, reported: false };
  framework.categories.forEach((category, c) =>
    category.areas.forEach((area, a) => {
      const at: PathSegment[] = ['categories', c, 'areas', a];
      checkArea(area, at, { problems, report, scales, scaleExists, guidanceIds, footnoteIds, judgementScale: framework.judgementScale, ruleNodes });
      area.rules.forEach((rule, r) => ruleIds.add(rule.id, [...at, 'rules', r, 'id']));
    }),
  );
  return problems;
}

type Report = (path: PathSegment[], message: string, code: ProblemCode, params?: ProblemParams) => void;

interface AreaContext {
  problems: Problem[];
  report: Report;
  scales: Map<string, RatingScale>;
  scaleExists: (id: string, path: PathSegment[]) => void;
  guidanceIds: { has(id: string): boolean };
  footnoteIds: { has(id: string): boolean };
  judgementScale: string | undefined;
  /** Values in the rules so far, against `RULE_LIMITS.maxFrameworkNodes`; reported once. */
  ruleNodes: { total: number; reported: boolean };
}

function checkArea(area: QualityArea, at: PathSegment[], ctx: AreaContext): void {
  const { report } = ctx;
  if (area.status === 'not-yet-written') {
    const written = area.questions.length + area.subAreas.length + area.rules.length + (area.descriptors ? 1 : 0);
    if (written > 0) report([...at, 'status'], 'an area marked not-yet-written must have no questions, sub-areas, descriptors or rules', 'unwritten-area-has-content', { area: area.id });
  }
  const questions = questionsOfArea(area);
  area.questions.forEach((q, i) => {
    if (q.scale !== undefined) ctx.scaleExists(q.scale, [...at, 'questions', i, 'scale']);
    else if (q.answer === 'rating' && ctx.judgementScale === undefined) {
      report([...at, 'questions', i, 'answer'], 'a rating question needs a scale: give it one, or give the framework a judgementScale', 'rating-without-scale', { question: q.id });
    }
  });

  const descriptors = area.descriptors;
  const ruleScale = descriptors ? ctx.scales.get(descriptors.scale) : ctx.judgementScale ? ctx.scales.get(ctx.judgementScale) : undefined;
  const descriptorIds = new Set<string>();
  if (descriptors) {
    ctx.scaleExists(descriptors.scale, [...at, 'descriptors', 'scale']);
    descriptors.guidance?.forEach((g, i) => {
      if (!ctx.guidanceIds.has(g)) report([...at, 'descriptors', 'guidance', i], `unknown guidance "${g}"`, 'unknown-guidance', { guidance: g });
    });
    const seenLevels = new Set<string>();
    descriptors.levels.forEach((level, l) => {
      const path = [...at, 'descriptors', 'levels', l];
      if (seenLevels.has(level.level)) report([...path, 'level'], `level "${level.level}" is listed twice`, 'duplicate-level', { level: level.level });
      seenLevels.add(level.level);
      if (ruleScale && !ruleScale.levels.some((x) => x.id === level.level)) {
        report([...path, 'level'], `unknown level "${level.level}" of scale "${ruleScale.id}"`, 'unknown-level', { level: level.level, scale: ruleScale.id });
      }
      level.descriptors.forEach((d, i) => {
        descriptorIds.add(d.id);
        d.footnotes?.forEach((f, n) => {
          if (!ctx.footnoteIds.has(f)) report([...path, 'descriptors', i, 'footnotes', n], `unknown footnote "${f}"`, 'unknown-footnote', { footnote: f });
        });
      });
    });
  }

  const questionIds = new Set(questions.map((q) => q.id));
  area.rules.forEach((rule, r) => {
    const path = [...at, 'rules', r];
    if (rule.level !== null) {
      if (!ruleScale) report([...path, 'level'], 'a rule suggests a level, but the area has no descriptors and the framework no judgement scale', 'no-scale', { level: rule.level });
      else if (!ruleScale.levels.some((x) => x.id === rule.level)) {
        report([...path, 'level'], `unknown level "${rule.level}" of scale "${ruleScale.id}"`, 'unknown-level', { level: rule.level, scale: ruleScale.id });
      }
    }
    const inspected = inspectJsonLogic(rule.when, [...path, 'when']);
    ctx.problems.push(...inspected.problems);
    ctx.ruleNodes.total += inspected.nodes;
    if (ctx.ruleNodes.total > RULE_LIMITS.maxFrameworkNodes && !ctx.ruleNodes.reported) {
      ctx.ruleNodes.reported = true;
      report(
        [...path, 'when'],
        `the rules of a framework may hold at most ${RULE_LIMITS.maxFrameworkNodes} values together, and this rule takes them past it`,
        'framework-rules-too-large',
        { limit: RULE_LIMITS.maxFrameworkNodes },
      );
    }
    for (const ref of inspected.vars) {
      const message = describeUnresolvedVar(ref.name, { descriptorIds, questionIds, levelIds: ruleScale?.levels.map((x) => x.id) ?? [] });
      if (message) report(ref.path, message, 'unknown-fact', { fact: ref.name });
    }
  });
}

function describeUnresolvedVar(
  name: string,
  known: { descriptorIds: Set<string>; questionIds: Set<string>; levelIds: string[] },
): string | undefined {
  const parts = name.split('.');
  const [root, key, field] = parts;
  const tooLong = (n: number) => parts.length !== n;
  switch (root) {
    case 'checks':
      if (tooLong(2) || !key) return `"${name}": write checks.<descriptor-id>`;
      return known.descriptorIds.has(key) ? undefined : `"${name}" names a descriptor "${key}" that is not in this area`;
    case 'levels':
      if (tooLong(3) || !key || !field) return `"${name}": write levels.<level-id>.<${LEVEL_STATS.join('|')}>`;
      if (!known.levelIds.includes(key)) return `"${name}" names a level "${key}" that is not on this area's scale`;
      return (LEVEL_STATS as readonly string[]).includes(field) ? undefined : `"${name}": unknown level fact "${field}" (${LEVEL_STATS.join(', ')})`;
    case 'descriptors':
      if (tooLong(2) || !key) return `"${name}": write descriptors.<${DESCRIPTOR_STATS.join('|')}>`;
      return (DESCRIPTOR_STATS as readonly string[]).includes(key) ? undefined : `"${name}": unknown descriptor fact "${key}"`;
    case 'answers':
      if (tooLong(3) || !key || !field) return `"${name}": write answers.<question-id>.<${ANSWER_FIELDS.join('|')}>`;
      if (!known.questionIds.has(key)) return `"${name}" names a question "${key}" that is not in this area`;
      return (ANSWER_FIELDS as readonly string[]).includes(field) ? undefined : `"${name}": unknown answer field "${field}"`;
    default:
      return `"${name}" is not a fact rules can read (checks, levels, descriptors, answers)`;
  }
}

function uniqueIds(report: Report) {
  const seen = new Map<string, string>();
  return {
    add(id: string, path: PathSegment[]) {
      const first = seen.get(id);
      if (first !== undefined) report(path, `duplicate id "${id}" (first used at ${first})`, 'duplicate-id', { id, first });
      else seen.set(id, formatPath(path));
    },
    has: (id: string) => seen.has(id),
  };
}

function listOrNone(items: string[]): string {
  return items.length > 0 ? items.join(', ') : 'none';
}
