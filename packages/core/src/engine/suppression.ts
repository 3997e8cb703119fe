// SPDX-License-Identifier: MIT
// Small-number suppression for area-wide views, so that no setting can be singled out.
// A count below the threshold is never shown; where the row total would let a reader work a
// suppressed count out by subtraction, the smallest shown count is suppressed as well.

/** Any count drawn from fewer than this many settings is shown as suppressed. */
export const SUPPRESSION_THRESHOLD = 3;

/** A count as published: the number, or `suppressed: true` with no number. */
export interface Cell {
  count: number | null;
  suppressed: boolean;
}

export function cell(count: number): Cell {
  return count < SUPPRESSION_THRESHOLD ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * Suppresses a row of counts that add up to a total a reader can see. Primary: each count below
 * the threshold. Secondary: when one count alone is suppressed, or every suppressed count would
 * have to be at the largest value it could hide, the subtraction from the total gives it away,
 * so the smallest count still shown is suppressed too.
 */
export function suppressRow(counts: readonly number[]): Cell[] {
  const cells = counts.map(cell);
  const hidden = counts.filter((c) => c < SUPPRESSION_THRESHOLD);
  if (hidden.length === 0) return cells;
  const remainder = hidden.reduce((a, b) => a + b, 0);
  const derivable = hidden.length === 1 || remainder === hidden.length * (SUPPRESSION_THRESHOLD - 1);
  if (!derivable) return cells;
  let smallest = -1;
  counts.forEach((c, i) => {
    if (c >= SUPPRESSION_THRESHOLD && (smallest < 0 || c < counts[smallest]!)) smallest = i;
  });
  if (smallest >= 0) cells[smallest] = { count: null, suppressed: true };
  return cells;
}
