// SPDX-License-Identifier: MIT
// Disclosure control for area-wide figures (ADR 0008, docs/disclosure.md): fixed random rounding
// to base 5 driven by a cell key, with small-cell suppression.
//
// - A count under SUPPRESSION_THRESHOLD is always suppressed.
// - Any other count n = 5k + r is rounded to 5k or 5k + 5, up with probability r / 5 (so the
//   rounding is unbiased); a count rounded to 0 is suppressed. A multiple of 5 is shown as it is.
// - The draw is not random at run time: it is a number in [0, 1) fixed by a keyed hash of the
//   population counted (every contributing evaluation's record key) and the cell's name. The same
//   evaluations always give the same figures, so asking again reveals nothing; any change to the
//   population (one setting more, one evaluation newer) draws every cell of every area afresh, so
//   the cells that did not change cannot be told from the one that did.
//
// Pure TypeScript: no node:crypto, because the core is bundled for browsers too.
import type { AggregateCell } from '../schema/aggregate.js';

/** A count as published: the rounded number, or `suppressed: true` with no number. */
export type Cell = AggregateCell;

/** Any count drawn from fewer than this many settings is always suppressed. */
export const SUPPRESSION_THRESHOLD = 3;
/** Shown counts are multiples of this. */
export const ROUNDING_BASE = 5;
export const DISCLOSURE_METHOD = 'fixed-random-rounding';
/** How a suppressed cell reads: a suppressed cell holds fewer than ROUNDING_BASE settings (0 to 4). */
export const SUPPRESSED_WORDING = `fewer than ${ROUNDING_BASE}`;
/**
 * The key used when the publisher sets none. It is public, so with it anyone holding the
 * evaluations could recompute the draws: a council sets its own secret key (ADR 0008).
 */
export const DEFAULT_DISCLOSURE_KEY = 'apq-default-disclosure-key';

export const SUPPRESSED_CELL: Readonly<Cell> = Object.freeze({ count: null, suppressed: true });

/**
 * The published cell for a true count and a draw in [0, 1). The only place a raw count becomes a
 * published one.
 */
export function protectCount(count: number, draw: number): Cell {
  if (!Number.isInteger(count) || count < SUPPRESSION_THRESHOLD) return { count: null, suppressed: true };
  const remainder = count % ROUNDING_BASE;
  const down = count - remainder;
  const rounded = remainder > 0 && draw * ROUNDING_BASE < remainder ? down + ROUNDING_BASE : down;
  return rounded === 0 ? { count: null, suppressed: true } : { count: rounded, suppressed: false };
}

/** FNV-1a over the UTF-16 code units of `text`, from `seed`, then the murmur3 finaliser (so that every bit of input moves every bit of output). */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A contributor's record key: the keyed hash of the setting's identity and the evaluation counted
 * for it (its id and last update), so a newer evaluation of the same setting is a new contributor.
 */
export function recordKey(secret: string, identity: string, evaluationId: string, updatedAt: string): number {
  return hash32(`${identity}\u0000${evaluationId}\u0000${updatedAt}`, hash32(secret));
}

/** Draws cells for one population: every contributor's record key, summed (so their order does not matter). */
export class CellDrawer {
  private readonly population: number;

  constructor(recordKeys: Iterable<number>) {
    let sum = 0;
    let count = 0;
    for (const key of recordKeys) {
      sum = (sum + key) >>> 0;
      count++;
    }
    this.population = mix32(sum ^ Math.imul(count, 0x9e3779b9));
  }

  /** The draw in [0, 1) of the cell with this name (such as `area/pupil-induction/level/embedded`). */
  draw(cell: string): number {
    return hash32(cell, this.population) / 4294967296;
  }

  /** The published cell for a true count. */
  cell(name: string, count: number): Cell {
    return protectCount(count, this.draw(name));
  }
}
