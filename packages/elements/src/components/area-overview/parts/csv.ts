// SPDX-License-Identifier: MIT
// The overview's figures as CSV: every group (all settings, each breakdown) and every period, one
// row per figure. A suppressed count is written in the aggregate's own wording ("fewer than 3"),
// never as a number; core's toCsv quotes fields and keeps text a spreadsheet would run as a
// formula as text.
import { type AggregateCell, type AggregateDocument, toCsv } from '../../../internal/core.js';
import type { AreaOverviewStrings } from '../area-overview.strings.js';
import type { Group } from './model.js';

export interface CsvWords {
  strings: AreaOverviewStrings;
  /** A group's name in the file ("All settings", "For: Self-evaluation"). */
  groupName: (group: Group) => string;
}

export function overviewCsv(doc: AggregateDocument, groups: readonly Group[], words: CsvWords): string {
  const s = words.strings;
  const wording = doc.disclosure.wording;
  const figure = (c: AggregateCell): string | number => (c.suppressed || typeof c.count !== 'number' ? wording : c.count);
  const rows: Array<Array<string | number>> = [[s.csvPeriod, s.csvGroup, s.csvCategory, s.csvAreaNumber, s.csvArea, s.csvMeasure, s.csvValue, s.csvSettings]];
  const labels = new Map(doc.periods.map((p) => [p.id, p.label]));
  for (const group of groups) {
    const name = words.groupName(group);
    for (const period of group.periods) {
      const label = labels.get(period.id) ?? period.label;
      rows.push([label, name, '', '', '', s.csvMeasureSettings, '', figure(period.settings)]);
      for (const a of period.areas) {
        const area = [label, name, a.categoryTitle, a.number, a.title];
        for (const j of a.judgements) rows.push([...area, s.csvMeasureJudgement, j.label, figure(j.settings)]);
        rows.push([...area, s.csvMeasureJudgement, s.notJudged, figure(a.notJudged)]);
        rows.push([...area, s.csvMeasureCompletion, s.completed, figure(a.completion.completed)]);
        rows.push([...area, s.csvMeasureCompletion, s.inProgress, figure(a.completion.inProgress)]);
        rows.push([...area, s.csvMeasureCompletion, s.notStarted, figure(a.completion.notStarted)]);
        rows.push([...area, s.csvMeasurePrioritiesNamed, '', figure(a.priorities.named)]);
        for (const p of a.priorities.common) rows.push([...area, s.csvMeasurePriority, p.text, figure(p.settings)]);
      }
    }
  }
  return toCsv(rows);
}
