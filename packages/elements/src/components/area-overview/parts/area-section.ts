// SPDX-License-Identifier: MIT
// One area of the overview: its distribution of judgements as a chart with the same figures in a
// table (and the change since the period before, when there is one), its completion, and the
// priorities that settings have in common.
import { type TemplateResult, html, nothing } from 'lit';
import type { AggregateAreaFigures, AggregateCell } from '../../../internal/core.js';
import { summaryList } from '../../../templates/summary-list.js';
import { distributionChart } from './chart.js';
import { type Change, type DistributionRow, distribution } from './model.js';

export interface AreaWords {
  /** The area's heading, such as "Quality area 1: Workforce development and wellbeing". */
  heading: string;
  /** The period shown, and the one before (when a change is shown). */
  period: string;
  previousPeriod: string | undefined;
  /** The count or the aggregate's wording for a suppressed one. */
  value: (cell: AggregateCell) => string;
  change: (change: Change) => string;
  t: (key: AreaStringKey, values?: Record<string, string | number>) => string;
}

export type AreaStringKey =
  | 'notJudged'
  | 'tableCaption'
  | 'columnJudgement'
  | 'columnSettings'
  | 'columnChange'
  | 'chartRow'
  | 'completionHeading'
  | 'completed'
  | 'inProgress'
  | 'notStarted'
  | 'prioritiesHeading'
  | 'prioritiesNamed'
  | 'priorityNamedBy'
  | 'noCommonPriorities'
  | 'none';

export interface AreaOptions {
  area: AggregateAreaFigures;
  /** The same area in the period before; undefined when it was not there. */
  previous: AggregateAreaFigures | undefined;
  /** True when there is a period before, so the table has a change column. */
  withChange: boolean;
  scale: number;
  threshold: number;
  words: AreaWords;
}

export function areaSection(o: AreaOptions): TemplateResult {
  const w = o.words;
  const a = o.area;
  const headingId = `area--${a.area}`;
  const rows = distribution(a, o.previous, o.withChange, w.t('notJudged'));
  return html`<section class="area" part="area" aria-labelledby=${headingId} data-area=${a.area}>
    <h4 class="heading-s area__heading" id=${headingId} part="area-heading">${w.heading}</h4>
    <div class="area__figures">
      ${distributionChart({ rows, scale: o.scale, rowText: (row) => w.t('chartRow', { label: row.label, value: w.value(row.cell) }) })}
      ${judgementTable(rows, o)}
    </div>
    ${completion(o)} ${priorities(o)}
  </section>`;
}

function judgementTable(rows: readonly DistributionRow[], o: AreaOptions): TemplateResult {
  const w = o.words;
  return html`<table class="table" part="table" data-table="judgements">
    <caption>
      ${w.t('tableCaption', { area: w.heading, period: w.period })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${w.t('columnJudgement')}</th>
        <th scope="col" class="table__numeric">${w.t('columnSettings')}</th>
        ${o.withChange ? html`<th scope="col" class="table__numeric">${w.t('columnChange', { period: w.previousPeriod ?? '' })}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr data-level=${row.level}>
          <th scope="row">${row.label}</th>
          <td class="table__numeric" data-count=${row.cell.suppressed ? '' : String(row.cell.count ?? '')} data-suppressed=${row.cell.suppressed ? 'true' : 'false'}>
            ${w.value(row.cell)}
          </td>
          ${row.change ? html`<td class=${row.change.kind === 'unknown' ? 'table__numeric change--unknown' : 'table__numeric'} data-change=${row.change.kind}>${w.change(row.change)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function completion(o: AreaOptions): TemplateResult {
  const w = o.words;
  const c = o.area.completion;
  return html`<h5 class="heading-s">${w.t('completionHeading')}</h5>
    ${summaryList({
      part: 'completion',
      emptyText: w.t('none'),
      rows: [
        { name: 'completed', key: w.t('completed'), value: w.value(c.completed) },
        { name: 'in-progress', key: w.t('inProgress'), value: w.value(c.inProgress) },
        { name: 'not-started', key: w.t('notStarted'), value: w.value(c.notStarted) },
      ],
    })}`;
}

function priorities(o: AreaOptions): TemplateResult {
  const w = o.words;
  const p = o.area.priorities;
  return html`<h5 class="heading-s">${w.t('prioritiesHeading')}</h5>
    <p class="body" data-priorities-named>${w.t('prioritiesNamed', { value: w.value(p.named) })}</p>
    ${p.common.length > 0
      ? html`<ul class="list list--bullet" part="priorities">
          ${p.common.map((c) => html`<li data-priority>${c.text} <span class="muted">(${w.t('priorityNamedBy', { value: w.value(c.settings) })})</span></li>`)}
        </ul>`
      : html`<p class="body muted">${w.t('noCommonPriorities', { threshold: o.threshold })}</p>`}`;
}
