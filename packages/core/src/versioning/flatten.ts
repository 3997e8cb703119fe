// SPDX-License-Identifier: MIT
// A framework as a flat map of items by stable key, each with its own fields (children apart),
// its parent and its ordered children: the shape two versions are compared in.
import type { Framework } from '../schema/framework.js';
import type { ItemKind } from './change.js';

export interface FlatItem {
  item: ItemKind;
  id: string;
  /** Unique among items of its kind: the id, or `scope/id` where ids are unique only in a parent. */
  key: string;
  path: string;
  /** `kind:key` of the parent item ('' for the framework). */
  parent: string;
  /** The area the item belongs to, where it belongs to one. */
  area?: string;
  label?: string;
  fields: Record<string, unknown>;
  /** Ordered child keys (`kind:key`) by list name. */
  children: Record<string, string[]>;
}

export type FlatFramework = Map<string, FlatItem>;

export function itemRef(item: ItemKind, key: string): string {
  return `${item}:${key}`;
}

export function flattenFramework(framework: Framework): FlatFramework {
  const items: FlatFramework = new Map();
  const add = (entry: FlatItem): string => {
    const ref = itemRef(entry.item, entry.key);
    items.set(ref, entry);
    return ref;
  };
  const root = framework.id;
  const {
    categories,
    scales,
    uses,
    guidance,
    footnotes,
    crosswalks,
    examplesOfPractice,
    id: _id,
    // The version is what a diff compares, not a change within it.
    version: _version,
    ...frameworkFields
  } = framework;
  const frameworkRef = itemRef('framework', framework.id);

  const scaleRefs = scales.map((scale) => {
    const { levels, id, ...fields } = scale;
    const ref = itemRef('scale', id);
    const path = `${root}.scales.${id}`;
    const levelRefs = levels.map((level) => {
      const { id: levelId, ...levelFields } = level;
      return add({ item: 'scale-level', id: levelId, key: `${id}/${levelId}`, path: `${path}.${levelId}`, parent: ref, label: level.label, fields: levelFields, children: {} });
    });
    return add({ item: 'scale', id, key: id, path, parent: frameworkRef, label: scale.title, fields, children: { levels: levelRefs } });
  });
  const simple = <T extends { id: string }>(item: ItemKind, list: readonly T[], segment: string, label: (x: T) => string) =>
    list.map((entry) => {
      const { id, ...fields } = entry;
      return add({ item, id, key: id, path: `${root}.${segment}.${id}`, parent: frameworkRef, label: label(entry), fields, children: {} });
    });
  const useRefs = simple('use', uses, 'uses', (u) => u.title);
  const guidanceRefs = simple('guidance', guidance, 'guidance', (g) => g.title);
  const footnoteRefs = simple('footnote', footnotes, 'footnotes', (f) => f.text);
  const exampleRefs = simple('example-of-practice', examplesOfPractice, 'examplesOfPractice', (e) => e.title);

  const crosswalkRefs = crosswalks.map((crosswalk) => {
    const { id, targets, entries, ...fields } = crosswalk;
    const ref = itemRef('crosswalk', id);
    const path = `${root}.crosswalks.${id}`;
    const targetRefs = targets.map(({ id: targetId, ...targetFields }) =>
      add({ item: 'crosswalk-target', id: targetId, key: `${id}/${targetId}`, path: `${path}.targets.${targetId}`, parent: ref, label: targetFields.title, fields: targetFields, children: {} }),
    );
    const entryRefs = entries.map(({ area, ...entryFields }) =>
      add({ item: 'crosswalk-entry', id: area, key: `${id}/${area}`, path: `${path}.entries.${area}`, parent: ref, label: area, fields: entryFields, children: {} }),
    );
    return add({ item: 'crosswalk', id, key: id, path, parent: frameworkRef, label: crosswalk.title, fields, children: { targets: targetRefs, entries: entryRefs } });
  });

  const categoryRefs = categories.map((category) => {
    const { id, areas, ...categoryFields } = category;
    const categoryRef = itemRef('category', id);
    const categoryPath = `${root}.${id}`;
    const areaRefs = areas.map((area) => {
      const { id: areaId, questions, subAreas, descriptors, rules, ...areaFields } = area;
      const areaRef = itemRef('area', areaId);
      const areaPath = `${categoryPath}.${areaId}`;
      const question = (parent: string, parentPath: string) => (q: (typeof questions)[number]) => {
        const { id: questionId, ...fields } = q;
        return add({ item: 'question', id: questionId, key: questionId, path: `${parentPath}.${questionId}`, parent, area: areaId, label: q.text, fields, children: {} });
      };
      const questionRefs = questions.map(question(areaRef, areaPath));
      const subAreaRefs = subAreas.map((sub) => {
        const { id: subId, questions: subQuestions, ...fields } = sub;
        const subRef = itemRef('sub-area', subId);
        const subPath = `${areaPath}.${subId}`;
        const refs = subQuestions.map(question(subRef, subPath));
        return add({ item: 'sub-area', id: subId, key: subId, path: subPath, parent: areaRef, area: areaId, label: sub.title, fields, children: { questions: refs } });
      });
      const ruleRefs = rules.map((rule) => {
        const { id: ruleId, ...fields } = rule;
        return add({ item: 'rule', id: ruleId, key: ruleId, path: `${areaPath}.rules.${ruleId}`, parent: areaRef, area: areaId, label: rule.description, fields, children: {} });
      });
      const areaChildren: Record<string, string[]> = { questions: questionRefs, subAreas: subAreaRefs, rules: ruleRefs };
      if (descriptors) {
        const { levels, ...blockFields } = descriptors;
        const blockRef = itemRef('grade-descriptors', areaId);
        const blockPath = `${areaPath}.descriptors`;
        const levelRefs = levels.map((level) => {
          const { level: levelId, descriptors: list, ...levelFields } = level;
          const levelRef = itemRef('descriptor-level', `${areaId}/${levelId}`);
          const levelPath = `${blockPath}.${levelId}`;
          const descriptorRefs = list.map((d) => {
            const { id: descriptorId, ...fields } = d;
            return add({ item: 'descriptor', id: descriptorId, key: descriptorId, path: `${levelPath}.${descriptorId}`, parent: levelRef, area: areaId, label: d.text, fields, children: {} });
          });
          return add({
            item: 'descriptor-level',
            id: levelId,
            key: `${areaId}/${levelId}`,
            path: levelPath,
            parent: blockRef,
            area: areaId,
            label: level.heading ?? levelId,
            fields: levelFields,
            children: { descriptors: descriptorRefs },
          });
        });
        areaChildren.descriptors = [
          add({ item: 'grade-descriptors', id: areaId, key: areaId, path: blockPath, parent: areaRef, area: areaId, label: descriptors.title ?? 'Grade descriptors', fields: blockFields, children: { levels: levelRefs } }),
        ];
      }
      return add({ item: 'area', id: areaId, key: areaId, path: areaPath, parent: categoryRef, area: areaId, label: area.title, fields: areaFields, children: areaChildren });
    });
    return add({ item: 'category', id, key: id, path: categoryPath, parent: frameworkRef, label: category.title, fields: categoryFields, children: { areas: areaRefs } });
  });

  add({
    item: 'framework',
    id: framework.id,
    key: framework.id,
    path: root,
    parent: '',
    label: framework.title,
    fields: frameworkFields,
    children: {
      categories: categoryRefs,
      scales: scaleRefs,
      uses: useRefs,
      guidance: guidanceRefs,
      footnotes: footnoteRefs,
      crosswalks: crosswalkRefs,
      examplesOfPractice: exampleRefs,
    },
  });
  return items;
}
