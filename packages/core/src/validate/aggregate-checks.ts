// SPDX-License-Identifier: MIT
// What the schema cannot say about an aggregate document (`apq-aggregate`): that its figures look
// disclosure-controlled. A generated aggregate always passes; these catch hand-edited files, which
// must never put a small count in front of a reader.
import type { AggregateCell, AggregateDocument, AggregatePeriod } from '../schema/aggregate.js';
import { type PathSegment, type Problem, problem } from './problems.js';

/** Takes a document the schema accepts. */
export function checkAggregate(document: AggregateDocument): Problem[] {
  const problems: Problem[] = [];
  const { threshold, method, parameters } = document.disclosure;
  const base = method === 'fixed-random-rounding' && typeof parameters.base === 'number' && Number.isInteger(parameters.base) && parameters.base > 1 ? parameters.base : undefined;
  const check = (cell: AggregateCell, path: PathSegment[]) => {
    if (cell.count === null) return;
    if (cell.count < threshold) {
      problems.push(problem([...path, 'count'], `a count of ${cell.count} is below the threshold of ${threshold}: it must be suppressed`, 'aggregate-cell-below-threshold', { count: cell.count, threshold }));
    } else if (base !== undefined && cell.count % base !== 0) {
      problems.push(problem([...path, 'count'], `a count of ${cell.count} is not rounded to base ${base} as the method says`, 'aggregate-cell-not-rounded', { count: cell.count, base }));
    }
  };
  const checkPeriods = (periods: readonly AggregatePeriod[], at: PathSegment[]) => {
    const ids = new Set<string>();
    periods.forEach((period, p) => {
      const pAt = [...at, p];
      if (ids.has(period.id)) problems.push(problem([...pAt, 'id'], `duplicate period id "${period.id}"`, 'duplicate-id', { id: period.id }));
      ids.add(period.id);
      if (period.from !== undefined && period.to !== undefined && period.to.localeCompare(period.from) < 0) {
        problems.push(problem([...pAt, 'to'], `the period ends (${period.to}) before it starts (${period.from})`, 'invalid-value'));
      }
      if (period.areas.length === 0) problems.push(problem([...pAt, 'areas'], 'a period with no areas: it holds no figures', 'aggregate-period-empty'));
      check(period.settings, [...pAt, 'settings']);
      period.areas.forEach((area, a) => {
        const aAt = [...pAt, 'areas', a];
        area.judgements.forEach((j, i) => check(j.settings, [...aAt, 'judgements', i, 'settings']));
        check(area.notJudged, [...aAt, 'notJudged']);
        check(area.completion.completed, [...aAt, 'completion', 'completed']);
        check(area.completion.inProgress, [...aAt, 'completion', 'inProgress']);
        check(area.completion.notStarted, [...aAt, 'completion', 'notStarted']);
        check(area.priorities.named, [...aAt, 'priorities', 'named']);
        area.priorities.common.forEach((c, i) => {
          if (c.settings.suppressed) problems.push(problem([...aAt, 'priorities', 'common', i, 'settings'], 'a common priority must be named by enough settings to be shown, not suppressed', 'aggregate-cell-below-threshold', { threshold }));
          check(c.settings, [...aAt, 'priorities', 'common', i, 'settings']);
        });
      });
    });
  };
  checkPeriods(document.periods, ['periods']);
  document.breakdowns?.forEach((b, i) => checkPeriods(b.periods, ['breakdowns', i, 'periods']));
  return problems;
}
