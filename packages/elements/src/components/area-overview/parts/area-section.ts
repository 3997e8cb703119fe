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
  /** The period shown. */
  period: string;
  /** The words that are the same in every area, filled once for all of them. */
  fixed: Record<FixedStringKey, string>;
  /** The count or the aggregate's wording for a suppressed one. */
  value: (cell: AggregateCell) => string;
  change: (change: Change) => string;
  t: (key: AreaStringKey, values: Record<string, string | number>) => string;
}

/** The strings of an area that depend on its figures. */
export type AreaStringKey = 'tableCaption' | 'chartRow' | 'prioritiesNamed' | 'priorityNamedBy';

/** The strings that read the same in every area of one period (`columnChange` names the period before). */
export type FixedStringKey =
  | 'notJudged'
  | 'columnJudgement'
  | 'columnSettings'
  | 'columnChange'
  | 'completionHeading'
  | 'completed'
  | 'inProgress'
  | 'notStarted'
  | 'prioritiesHeading'
  | 'noCommonPriorities'
  | 'none';

export interface AreaOptions {
  area: AggregateAreaFigures;
  /** The same area in the period before; undefined when it was not there. */
  previous: AggregateAreaFigures | undefined;
  /** True when there is a period before, so the table has a change column. */
  withChange: boolean;
  scale: number;
  words: AreaWords;
}

export function areaSection(o: AreaOptions): TemplateResult {
  const w = o.words;
  const a = o.area;
  const headingId = `area--${a.area}`;
  const rows = distribution(a, o.previous, o.withChange, w.fixed.notJudged);
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
  const f = w.fixed;
  // One row template with the change column and one without (rather than a nested template per
  // cell): fewer template instances for the first render.
  return html`<table class="table" part="table" data-table="judgements">
    <caption>
      ${w.t('tableCaption', { area: w.heading, period: w.period })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${f.columnJudgement}</th>
        <th scope="col" class="table__numeric">${f.columnSettings}</th>
        ${o.withChange ? html`<th scope="col" class="table__numeric">${f.columnChange}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => {
        const count = row.cell.suppressed ? '' : String(row.cell.count ?? '');
        const suppressed = row.cell.suppressed ? 'true' : 'false';
        return row.change
          ? html`<tr data-level=${row.level}>
              <th scope="row">${row.label}</th>
              <td class="table__numeric" data-count=${count} data-suppressed=${suppressed}>${w.value(row.cell)}</td>
              <td class=${row.change.kind === 'unknown' ? 'table__numeric change--unknown' : 'table__numeric'} data-change=${row.change.kind}>${w.change(row.change)}</td>
            </tr>`
          : html`<tr data-level=${row.level}>
              <th scope="row">${row.label}</th>
              <td class="table__numeric" data-count=${count} data-suppressed=${suppressed}>${w.value(row.cell)}</td>
            </tr>`;
      })}
    </tbody>
  </table>`;
}

function completion(o: AreaOptions): TemplateResult {
  const w = o.words;
  const f = w.fixed;
  const c = o.area.completion;
  return html`<h5 class="heading-s">${f.completionHeading}</h5>
    ${summaryList({
      part: 'completion',
      emptyText: f.none,
      rows: [
        { name: 'completed', key: f.completed, value: w.value(c.completed) },
        { name: 'in-progress', key: f.inProgress, value: w.value(c.inProgress) },
        { name: 'not-started', key: f.notStarted, value: w.value(c.notStarted) },
      ],
    })}`;
}

function priorities(o: AreaOptions): TemplateResult {
  const w = o.words;
  const p = o.area.priorities;
  return html`<h5 class="heading-s">${w.fixed.prioritiesHeading}</h5>
    <p class="body" data-priorities-named>${w.t('prioritiesNamed', { value: w.value(p.named) })}</p>
    ${p.common.length > 0
      ? html`<ul class="list list--bullet" part="priorities">
          ${p.common.map((c) => html`<li data-priority>${c.text} <span class="muted">(${w.t('priorityNamedBy', { value: w.value(c.settings) })})</span></li>`)}
        </ul>`
      : html`<p class="body muted">${w.fixed.noCommonPriorities}</p>`}`;
}
