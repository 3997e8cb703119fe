// SPDX-License-Identifier: MIT
// What the schema cannot say about an aggregate document (`apq-aggregate`): that its figures look
// disclosure-controlled. A generated aggregate always passes; these catch hand-edited files, which
// must never put a small count in front of a reader. One pass over the document: a path is built
// only for a cell that has a problem, and dates are compared as the ASCII strings they are (a
// first localeCompare loads the browser's collation data, which cost a page about 30-50 ms).
import type { AggregateCell, AggregateDocument, AggregatePeriod } from '../schema/aggregate.js';
import { type PathSegment, type Problem, problem } from './problems.js';

/** Takes a document the schema accepts. */
export function checkAggregate(document: AggregateDocument): Problem[] {
  const problems: Problem[] = [];
  const { threshold, method, parameters } = document.disclosure;
  const base = method === 'fixed-random-rounding' && typeof parameters.base === 'number' && Number.isInteger(parameters.base) && parameters.base > 1 ? parameters.base : undefined;
  const publishable = (cell: AggregateCell): boolean => cell.count === null || (cell.count >= threshold && (base === undefined || cell.count % base === 0));
  const report = (cell: AggregateCell, path: PathSegment[]) => {
    if (cell.count === null) return;
    if (cell.count < threshold) {
      problems.push(problem([...path, 'count'], `a count of ${cell.count} is below the threshold of ${threshold}: it must be suppressed`, 'aggregate-cell-below-threshold', { count: cell.count, threshold }));
    } else if (base !== undefined && cell.count % base !== 0) {
      problems.push(problem([...path, 'count'], `a count of ${cell.count} is not rounded to base ${base} as the method says`, 'aggregate-cell-not-rounded', { count: cell.count, base }));
    }
  };
  const checkPeriods = (periods: readonly AggregatePeriod[], at: PathSegment[]) => {
    const ids = new Set<string>();
    for (let p = 0; p < periods.length; p++) {
      const period = periods[p]!;
      if (ids.has(period.id)) problems.push(problem([...at, p, 'id'], `duplicate period id "${period.id}"`, 'duplicate-id', { id: period.id }));
      ids.add(period.id);
      if (period.from !== undefined && period.to !== undefined && period.to < period.from) {
        problems.push(problem([...at, p, 'to'], `the period ends (${period.to}) before it starts (${period.from})`, 'invalid-value'));
      }
      if (period.areas.length === 0) problems.push(problem([...at, p, 'areas'], 'a period with no areas: it holds no figures', 'aggregate-period-empty'));
      if (!publishable(period.settings)) report(period.settings, [...at, p, 'settings']);
      for (let a = 0; a < period.areas.length; a++) {
        const area = period.areas[a]!;
        const areaAt = (): PathSegment[] => [...at, p, 'areas', a];
        const { judgements, completion, priorities } = area;
        for (let i = 0; i < judgements.length; i++) {
          if (!publishable(judgements[i]!.settings)) report(judgements[i]!.settings, [...areaAt(), 'judgements', i, 'settings']);
        }
        if (!publishable(area.notJudged)) report(area.notJudged, [...areaAt(), 'notJudged']);
        if (!publishable(completion.completed)) report(completion.completed, [...areaAt(), 'completion', 'completed']);
        if (!publishable(completion.inProgress)) report(completion.inProgress, [...areaAt(), 'completion', 'inProgress']);
        if (!publishable(completion.notStarted)) report(completion.notStarted, [...areaAt(), 'completion', 'notStarted']);
        if (!publishable(priorities.named)) report(priorities.named, [...areaAt(), 'priorities', 'named']);
        for (let i = 0; i < priorities.common.length; i++) {
          const settings = priorities.common[i]!.settings;
          if (settings.suppressed) problems.push(problem([...areaAt(), 'priorities', 'common', i, 'settings'], 'a common priority must be named by enough settings to be shown, not suppressed', 'aggregate-cell-below-threshold', { threshold }));
          if (!publishable(settings)) report(settings, [...areaAt(), 'priorities', 'common', i, 'settings']);
        }
      }
    }
  };
  checkPeriods(document.periods, ['periods']);
  const breakdowns = document.breakdowns ?? [];
  for (let i = 0; i < breakdowns.length; i++) checkPeriods(breakdowns[i]!.periods, ['breakdowns', i, 'periods']);
  return problems;
}
