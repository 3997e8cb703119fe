// SPDX-License-Identifier: MIT
// Lookups over one framework, built once and shared by validation and the engine.
import type { QualityArea, SubArea } from '../schema/area.js';
import type { Category } from '../schema/category.js';
import type { GradeDescriptor } from '../schema/descriptor.js';
import type { Framework } from '../schema/framework.js';
import type { EvaluativeQuestion } from '../schema/question.js';
import type { RatingScale } from '../schema/scale.js';

export interface QuestionEntry {
  question: EvaluativeQuestion;
  area: QualityArea;
  subArea?: SubArea;
}

export interface DescriptorEntry {
  descriptor: GradeDescriptor;
  area: QualityArea;
  level: string;
  limiting: boolean;
}

export interface FrameworkIndex {
  framework: Framework;
  areas: Map<string, { area: QualityArea; category: Category }>;
  questions: Map<string, QuestionEntry>;
  descriptors: Map<string, DescriptorEntry>;
  scales: Map<string, RatingScale>;
  /** The scale areas are judged on, if the framework has one. */
  judgementScale?: RatingScale;
}

const cache = new WeakMap<Framework, FrameworkIndex>();

export function indexFramework(framework: Framework): FrameworkIndex {
  const cached = cache.get(framework);
  if (cached) return cached;
  const index: FrameworkIndex = {
    framework,
    areas: new Map(),
    questions: new Map(),
    descriptors: new Map(),
    scales: new Map(framework.scales.map((s) => [s.id, s])),
  };
  if (framework.judgementScale) {
    const scale = index.scales.get(framework.judgementScale);
    if (scale) index.judgementScale = scale;
  }
  for (const category of framework.categories) {
    for (const area of category.areas) {
      index.areas.set(area.id, { area, category });
      for (const question of area.questions) index.questions.set(question.id, { question, area });
      for (const subArea of area.subAreas) {
        for (const question of subArea.questions) index.questions.set(question.id, { question, area, subArea });
      }
      for (const level of area.descriptors?.levels ?? []) {
        for (const descriptor of level.descriptors) {
          index.descriptors.set(descriptor.id, { descriptor, area, level: level.level, limiting: level.limiting === true });
        }
      }
    }
  }
  cache.set(framework, index);
  return index;
}

/** Every question of an area, its own first, then each sub-area's in order. */
export function questionsOfArea(area: QualityArea): EvaluativeQuestion[] {
  return [...area.questions, ...area.subAreas.flatMap((s) => s.questions)];
}

export function descriptorsOfArea(area: QualityArea): GradeDescriptor[] {
  return (area.descriptors?.levels ?? []).flatMap((l) => l.descriptors);
}

export function allAreas(framework: Framework): QualityArea[] {
  return framework.categories.flatMap((c) => c.areas);
}

/** The position of a level on its scale: 0 is the best. -1 when the level is not on the scale. */
export function levelRank(scale: RatingScale, levelId: string): number {
  return scale.levels.findIndex((l) => l.id === levelId);
}
