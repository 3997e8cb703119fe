// SPDX-License-Identifier: MIT
// Reading what the page gave the overview: an aggregate document, checked by core's schema and
// its cross-checks (no small count left unsuppressed, counts rounded as the method says); raw evaluations (one, or a list) are recognised and refused, because the
// browser must only ever receive figures that are already protected.
import { type AggregateDocument, type Problem, ROOT_PATH, validateAggregate } from '../../../internal/core.js';

export type Reading =
  | { ok: true; aggregate: AggregateDocument }
  /** Evaluations, not an aggregate: `count` of them. */
  | { ok: false; kind: 'raw-evaluations'; count: number; problems: Problem[] }
  | { ok: false; kind: 'invalid'; problems: Problem[] };

const isEvaluation = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && (value as Record<string, unknown>).format === 'apq-evaluation';

/** Checks `raw` is an aggregate: evaluations are refused by name, anything else gets its `path: problem` lines. */
export function readAggregate(raw: unknown): Reading {
  if (isEvaluation(raw)) {
    return { ok: false, kind: 'raw-evaluations', count: 1, problems: [{ path: 'format', message: 'is "apq-evaluation": an evaluation, not an aggregate', code: 'unknown-format', params: { format: 'apq-evaluation', expected: 'apq-aggregate' } }] };
  }
  if (Array.isArray(raw) && raw.length > 0 && raw.some(isEvaluation)) {
    return { ok: false, kind: 'raw-evaluations', count: raw.length, problems: [{ path: ROOT_PATH, message: `a list of ${raw.length} evaluations, not an aggregate`, code: 'unknown-format', params: { expected: 'apq-aggregate' } }] };
  }
  const result = validateAggregate(raw);
  return result.ok ? { ok: true, aggregate: result.value } : { ok: false, kind: 'invalid', problems: result.problems };
}
