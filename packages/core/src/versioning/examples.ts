// SPDX-License-Identifier: MIT
// Worked examples as the test of a rule change: each example's evaluation is migrated to both
// versions and the engine's suggestions compared area by area. A different suggestion for an
// existing answer set is what makes a change major.
import { indexFramework } from '../model/framework-index.js';
import type { Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { formatProblem } from '../validate/problems.js';
import type { Change } from './change.js';
import { migrateEvaluation } from './migrate.js';

/** A worked example as a diff needs it; the engine's `WorkedExample` (examples/*.json) fits. */
export interface DiffExample {
  id: string;
  title?: string;
  evaluation: Evaluation;
}

/** The level the engine suggests for each area, by area id; null where it suggests none. */
export type SuggestLevels = (framework: Framework, evaluation: Evaluation) => Readonly<Record<string, string | null | undefined>>;

export interface ExampleComparison {
  /** Areas at least one example exercises (answers one of its questions or checks one of its descriptors). */
  exercised: ReadonlySet<string>;
  compared: number;
  /** One change per example whose suggestions differ, or that could not be compared. */
  changes: Change[];
}

export function compareExamples(a: Framework, b: Framework, examples: readonly DiffExample[], suggest: SuggestLevels): ExampleComparison {
  const exercised = new Set<string>();
  const changes: Change[] = [];
  let compared = 0;
  for (const example of examples) {
    if (example.evaluation.framework.id !== a.id) continue;
    const base = { kind: 'changed', item: 'worked-example', id: example.id, path: `${b.id}.examples.${example.id}`, bump: 'major' } as const;
    const label = example.title === undefined ? {} : { label: example.title };
    // The example's own time, so that comparing the same examples twice gives the same result.
    const now = new Date(example.evaluation.updatedAt);
    const onA = migrateEvaluation(example.evaluation, a, { now });
    const onB = migrateEvaluation(example.evaluation, b, { now });
    if (!onA.ok || !onB.ok) {
      const problems = [...(onA.ok ? [] : onA.problems), ...(onB.ok ? [] : onB.problems)].map(formatProblem).join('; ');
      changes.push({ ...base, ...label, reason: `the worked example could not be compared (${problems}): major on the safe side` });
      continue;
    }
    let before: Readonly<Record<string, string | null | undefined>>;
    let after: Readonly<Record<string, string | null | undefined>>;
    try {
      before = suggest(a, onA.value.evaluation);
      after = suggest(b, onB.value.evaluation);
    } catch (error) {
      changes.push({ ...base, ...label, reason: `the engine could not suggest levels for the worked example (${error instanceof Error ? error.message : String(error)}): major on the safe side` });
      continue;
    }
    compared++;
    for (const area of exercisedAreas(example.evaluation, a, b)) exercised.add(area);
    const inBoth = (area: string) => indexFramework(a).areas.has(area) && indexFramework(b).areas.has(area);
    const areas = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(inBoth);
    const fields = areas
      .filter((area) => (before[area] ?? null) !== (after[area] ?? null))
      .map((area) => ({ field: `areas.${area}.suggestedLevel`, before: before[area] ?? null, after: after[area] ?? null }));
    if (fields.length > 0) {
      changes.push({
        ...base,
        ...label,
        fields,
        reason: 'a worked example gets a different suggestion: existing answer sets would be judged differently',
      });
    }
  }
  return { exercised, compared, changes };
}

function exercisedAreas(evaluation: Evaluation, ...frameworks: Framework[]): string[] {
  const areas: string[] = [];
  for (const framework of frameworks) {
    const index = indexFramework(framework);
    for (const id of Object.keys(evaluation.answers)) {
      const entry = index.questions.get(id);
      if (entry) areas.push(entry.area.id);
    }
    for (const id of Object.keys(evaluation.checks)) {
      const entry = index.descriptors.get(id);
      if (entry) areas.push(entry.area.id);
    }
  }
  return areas;
}
