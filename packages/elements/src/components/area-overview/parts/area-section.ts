// SPDX-License-Identifier: MIT
// One area of the overview: its distribution of judgements as a table with a bar beside each
// level's label (and the change since the period before, when there is one), its completion, and
// the priorities that settings have in common.
//
// These templates are stamped 13 times or more on the first render, so they are written for it:
// one template for the area and one per table row (the bars are drawn in the rows rather than as
// a second chart); an element that holds only text takes it by `.textContent` (no marker comment
// and text part per figure); and line breaks fall inside tags (`><` starts a line), never between
// two, so there are no empty text nodes.
import { type TemplateResult, html, nothing } from 'lit';
import type { AggregateAreaFigures, AggregateCell } from '../../../internal/core.js';
import { summaryList } from '../../../templates/summary-list.js';
import { type Change, type DistributionRow, barWidth, distribution } from './model.js';

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
  /** "Settings that named a priority: 40", written once per figure. */
  prioritiesNamed: (cell: AggregateCell) => string;
  /** "(named by 6 settings)", written once per figure. */
  namedBy: (cell: AggregateCell) => string;
  t: (key: AreaStringKey, values: Record<string, string | number>) => string;
}

/** The strings of an area that depend on the area itself. */
export type AreaStringKey = 'tableCaption';

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
  /** The count a full-length bar stands for, the same in every area. */
  scale: number;
  words: AreaWords;
}

export function areaSection(o: AreaOptions): TemplateResult {
  const w = o.words;
  const f = w.fixed;
  const a = o.area;
  const headingId = `area--${a.area}`;
  const rows = distribution(a, o.previous, o.withChange, f.notJudged);
  const c = a.completion;
  const p = a.priorities;
  // One template for the whole area (a line break inside a tag, never between two, adds no node).
  return html`<section class="area" part="area" aria-labelledby=${headingId} data-area=${a.area}
    ><h4 class="heading-s area__heading" id=${headingId} part="area-heading" .textContent=${w.heading}></h4
    ><table class="table table--bars" part="table" data-table="judgements"
      ><caption .textContent=${w.t('tableCaption', { area: w.heading, period: w.period })}></caption
      ><thead
        ><tr
          ><th scope="col" .textContent=${f.columnJudgement}></th
          ><th scope="col" class="table__numeric" .textContent=${f.columnSettings}></th
          >${o.withChange ? html`<th scope="col" class="table__numeric" .textContent=${f.columnChange}></th>` : nothing}</tr
        ></thead
      ><tbody>${rows.map((row) => judgementRow(row, o))}</tbody></table
    ><h5 class="heading-s" .textContent=${f.completionHeading}></h5
    >${summaryList({
      part: 'completion',
      emptyText: f.none,
      rows: [
        { name: 'completed', key: f.completed, value: w.value(c.completed) },
        { name: 'in-progress', key: f.inProgress, value: w.value(c.inProgress) },
        { name: 'not-started', key: f.notStarted, value: w.value(c.notStarted) },
      ],
    })}<h5 class="heading-s" .textContent=${f.prioritiesHeading}></h5
    ><p class="body" data-priorities-named .textContent=${w.prioritiesNamed(p.named)}></p
    >${p.common.length > 0
      ? html`<ul class="list list--bullet" part="priorities">${p.common.map((priority) => html`<li data-priority>${priority.text} <span class="muted" .textContent=${w.namedBy(priority.settings)}></span></li>`)}</ul>`
      : html`<p class="body muted" .textContent=${f.noCommonPriorities}></p>`}</section
  >`;
}

/**
 * A level, its bar and its count (and its change). The bar sits under the label in the row's
 * header cell, drawn in SVG (CSP-safe: its length is an attribute, not a style) and hidden from
 * assistive technology: the count beside it is the figure. A suppressed count has no bar, only a
 * dashed track.
 */
function judgementRow(row: DistributionRow, o: AreaOptions): TemplateResult {
  const w = o.words;
  const cell = row.cell;
  const count = cell.suppressed ? '' : String(cell.count ?? '');
  const suppressed = cell.suppressed ? 'true' : 'false';
  const width = `${barWidth(cell, o.scale).toFixed(2)}%`;
  const change = row.change;
  return html`<tr data-level=${row.level} data-suppressed=${suppressed}
    ><th scope="row"
      ><span class="bar__label" .textContent=${row.label}></span
      ><svg class="bar" part="bar" aria-hidden="true" focusable="false"><rect class="bar__fill" width=${width} height="100%"></rect></svg
    ></th
    ><td class="table__numeric" data-count=${count} .textContent=${w.value(cell)}></td
    >${change
      ? html`<td class=${change.kind === 'unknown' ? 'table__numeric change--unknown' : 'table__numeric'} data-change=${change.kind} .textContent=${w.change(change)}></td>`
      : nothing}</tr
  >`;
}
