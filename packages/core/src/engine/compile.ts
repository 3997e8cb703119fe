// SPDX-License-Identifier: MIT
// Loading a framework into the engine: its rules are checked once, before any of them runs, and
// the per-area lookups the engine needs are built once and cached against the framework object.
import { type FrameworkIndex, indexFramework, questionsOfArea } from '../model/framework-index.js';
import type { QualityArea } from '../schema/area.js';
import type { Category } from '../schema/category.js';
import type { DescriptorLevel, GradeDescriptor } from '../schema/descriptor.js';
import type { Framework } from '../schema/framework.js';
import type { Rule } from '../schema/rule.js';
import type { RatingScale } from '../schema/scale.js';
import { checkFramework } from '../validate/framework-checks.js';
import { inspectJsonLogic } from '../validate/json-logic.js';
import { ApqValidationError, type PathSegment, type Problem, type Result, problem } from '../validate/problems.js';
import type { FactSource } from './facts.js';

export interface DescriptorInfo {
  descriptor: GradeDescriptor;
  level: string;
  limiting: boolean;
}

export interface CompiledArea extends FactSource {
  area: QualityArea;
  category: Category;
  /** The scale suggestions are made on: the descriptors' scale, else the framework's judgement scale. */
  scale: RatingScale | undefined;
  descriptorLevels: readonly DescriptorLevel[];
  descriptorInfo: ReadonlyMap<string, DescriptorInfo>;
  rules: readonly Rule[];
  /** For each rule (by position), the descriptors its condition reads through `checks.<id>`. */
  ruleReads: ReadonlyArray<readonly string[]>;
  /** Every descriptor any rule of the area reads. */
  checksRead: readonly string[];
  /** Labels of the scale's levels, by id. */
  labels: ReadonlyMap<string, string>;
}

export interface CompiledFramework {
  framework: Framework;
  index: FrameworkIndex;
  /** Every area, by id, in framework order. */
  areas: ReadonlyMap<string, CompiledArea>;
  areaList: readonly CompiledArea[];
}

const cache = new WeakMap<Framework, Result<CompiledFramework>>();

/**
 * Checks a framework for the engine and prepares it. Refused (with every problem) when any rule
 * uses an operator outside the allowlist anywhere in it (the default of a `var` included), reads a
 * fact that does not exist, is deeper or larger than `RULE_LIMITS` allows (or all the rules
 * together are), or lets another rule decide before a limiting level has had its say. No rule of
 * a refused framework ever runs: the engine compiles a framework before it runs any of its rules.
 */
export function compileFramework(framework: Framework): Result<CompiledFramework> {
  const cached = cache.get(framework);
  if (cached) return cached;
  const problems = [...checkFramework(framework), ...checkLimitingRules(framework)];
  const result: Result<CompiledFramework> = problems.length > 0 ? { ok: false, problems } : { ok: true, value: build(framework) };
  cache.set(framework, result);
  return result;
}

/** As {@link compileFramework}, throwing an `ApqValidationError` for a framework the engine refuses. */
export function requireCompiled(framework: Framework): CompiledFramework {
  const result = compileFramework(framework);
  if (result.ok) return result.value;
  throw new ApqValidationError(`framework ${framework.id}@${framework.version}`, result.problems);
}

/**
 * A limiting level ("inadequate if any of the following apply") must be decided by a limiting
 * rule that reads every one of its descriptors, and only other limiting rules may come before it:
 * otherwise one met descriptor could be outvoted, which is what limiting forbids.
 */
export function checkLimitingRules(framework: Framework): Problem[] {
  const problems: Problem[] = [];
  framework.categories.forEach((category, c) =>
    category.areas.forEach((area, a) => {
      const at: PathSegment[] = ['categories', c, 'areas', a];
      area.descriptors?.levels.forEach((level, l) => {
        if (level.limiting !== true) return;
        const first = area.rules.findIndex((r) => r.strategy === 'limiting' && r.level === level.level);
        if (first < 0) {
          problems.push(
            problem(
              [...at, 'descriptors', 'levels', l, 'limiting'],
              `level "${level.level}" is limiting, so it needs a rule with strategy "limiting" and level "${level.level}"`,
              'limiting-rule-missing',
              { area: area.id, level: level.level },
            ),
          );
          return;
        }
        area.rules.slice(0, first).forEach((rule, r) => {
          if (rule.strategy !== 'limiting') {
            problems.push(
              problem(
                [...at, 'rules', r],
                `rule "${rule.id}" comes before "${area.rules[first]!.id}": a limiting level must be decided before any other rule`,
                'rule-before-limiting',
                { rule: rule.id, limitingRule: area.rules[first]!.id },
              ),
            );
          }
        });
        const limitingRules = area.rules.filter((r) => r.strategy === 'limiting' && r.level === level.level);
        // `levels.<level>.met` reads every descriptor of the level at once.
        const readsWholeLevel = limitingRules.some((r) => inspectJsonLogic(r.when, []).vars.some((v) => v.name === `levels.${level.level}.met`));
        const read = new Set(readsWholeLevel ? level.descriptors.map((d) => d.id) : limitingRules.flatMap(checksRead));
        level.descriptors.forEach((d, i) => {
          if (!read.has(d.id)) {
            problems.push(
              problem(
                [...at, 'descriptors', 'levels', l, 'descriptors', i, 'id'],
                `limiting descriptor "${d.id}" is not read by any limiting rule for "${level.level}"`,
                'limiting-descriptor-unread',
                { descriptor: d.id, level: level.level },
              ),
            );
          }
        });
      });
    }),
  );
  return problems;
}

function build(framework: Framework): CompiledFramework {
  const index = indexFramework(framework);
  const areas = new Map<string, CompiledArea>();
  for (const category of framework.categories) {
    for (const area of category.areas) {
      const scaleId = area.descriptors?.scale ?? framework.judgementScale;
      const scale = scaleId === undefined ? undefined : index.scales.get(scaleId);
      const descriptorLevels = area.descriptors?.levels ?? [];
      const descriptorInfo = new Map<string, DescriptorInfo>();
      for (const level of descriptorLevels) {
        for (const descriptor of level.descriptors) {
          descriptorInfo.set(descriptor.id, { descriptor, level: level.level, limiting: level.limiting === true });
        }
      }
      areas.set(area.id, {
        area,
        category,
        scale,
        levelIds: scale?.levels.map((l) => l.id) ?? [],
        descriptorLevels,
        descriptorInfo,
        questions: questionsOfArea(area),
        rules: area.rules,
        ruleReads: area.rules.map((rule) => checksRead(rule)),
        checksRead: [...new Set(area.rules.flatMap(checksRead))],
        labels: new Map(scale?.levels.map((l) => [l.id, l.label]) ?? []),
      });
    }
  }
  return { framework, index, areas, areaList: [...areas.values()] };
}

function checksRead(rule: Rule): string[] {
  const ids = new Set<string>();
  for (const ref of inspectJsonLogic(rule.when, []).vars) {
    if (ref.name.startsWith('checks.')) ids.add(ref.name.slice('checks.'.length));
  }
  return [...ids];
}
