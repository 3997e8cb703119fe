// SPDX-License-Identifier: MIT
// One area's distribution of judgements as horizontal bars: one row per level (and "not judged"),
// its label and figure written above its bar. Hidden from assistive technology: the same figures
// are in the table beside it. A suppressed count has no bar, only a dashed track and its wording.
import { type TemplateResult, html, svg } from 'lit';
import { type DistributionRow, shownCount } from './model.js';

/** Rows are this many em apart; every length in the drawing is in em, so rows grow with the text. */
const ROW = 2.6;

export interface ChartOptions {
  rows: readonly DistributionRow[];
  /** The count a full-length bar stands for (0: no bars). */
  scale: number;
  /** A row's text, such as "Embedded: 12" or "Emerging: fewer than 3". */
  rowText: (row: DistributionRow) => string;
}

export function distributionChart(o: ChartOptions): TemplateResult {
  const drawn = o.rows.map((row, i) => {
    const top = i * ROW;
    const count = shownCount(row.cell);
    const width = count !== undefined && o.scale > 0 ? Math.min(100, (count / o.scale) * 100) : 0;
    const y = `${(top + 1.4).toFixed(2)}em`;
    const label = `${(top + 1.05).toFixed(2)}em`;
    const level = row.level;
    const shown = count ?? '';
    const suppressed = row.cell.suppressed ? 'true' : 'false';
    const track = row.cell.suppressed ? 'chart__track chart__track--suppressed' : 'chart__track';
    // A row with a bar and one without as two templates (rather than a nested one for the bar):
    // fewer template instances for the first render.
    return width > 0
      ? svg`<g data-level=${level} data-count=${shown} data-suppressed=${suppressed}>
          <text class="chart__label" x="0" y=${label}>${o.rowText(row)}</text>
          <rect class=${track} x="0" y=${y} width="100%" height="0.8em"></rect>
          <rect class="chart__bar" x="0" y=${y} width=${`${width.toFixed(2)}%`} height="0.8em"></rect>
        </g>`
      : svg`<g data-level=${level} data-count=${shown} data-suppressed=${suppressed}>
          <text class="chart__label" x="0" y=${label}>${o.rowText(row)}</text>
          <rect class=${track} x="0" y=${y} width="100%" height="0.8em"></rect>
        </g>`;
  });
  return html`<figure class="chart" part="chart">
    <svg class="chart__svg" aria-hidden="true" focusable="false" width="100%" height=${`${(o.rows.length * ROW + 0.4).toFixed(2)}em`}>${drawn}</svg>
  </figure>`;
}
