// SPDX-License-Identifier: MIT
import { EVALUATION_FORMAT, EVALUATION_FORMAT_VERSION, type Evaluation } from '../schema/evaluation.js';
import type { Framework } from '../schema/framework.js';
import { ApqError } from '../validate/problems.js';

export interface InitOptions {
  /** The time of creation, a `Date` (default: now). Pure callers pass it in. */
  now?: Date;
  /** The evaluation's id (default: a random UUID). */
  id?: string;
}

/**
 * A new, empty draft evaluation of a framework version, valid as it stands. `use` must be one of
 * the framework's uses; throws an `ApqError` for one it does not have.
 */
export function init(framework: Framework, use?: string, options: InitOptions = {}): Evaluation {
  if (use !== undefined && !framework.uses.some((u) => u.id === use)) {
    const known = framework.uses.map((u) => u.id);
    throw new ApqError(`unknown use "${use}" of ${framework.id}@${framework.version} (${known.length > 0 ? known.join(', ') : 'it names no uses'})`);
  }
  const now = isoTime(options.now);
  return {
    format: EVALUATION_FORMAT,
    formatVersion: EVALUATION_FORMAT_VERSION,
    id: options.id ?? newEvaluationId(),
    framework: { id: framework.id, version: framework.version },
    status: 'draft',
    ...(use === undefined ? {} : { use }),
    setting: {},
    evaluators: [],
    createdAt: now,
    updatedAt: now,
    answers: {},
    checks: {},
    areas: {},
    actions: [],
    carriedOver: [],
  };
}

/**
 * `now` (default: the current time) as an ISO 8601 timestamp. Every clock core takes is a `Date`;
 * anything else, or an invalid Date, throws an `ApqError` rather than a `RangeError` from deep inside.
 */
export function isoTime(now: Date = new Date()): string {
  if (Object.prototype.toString.call(now) !== '[object Date]') throw new ApqError(`now must be a Date, got ${typeof now}`);
  if (Number.isNaN(now.getTime())) throw new ApqError('now must be a valid Date, got an invalid Date');
  return now.toISOString();
}

/** A random id from the platform (Node 20 and every current browser), so core needs no crypto package. */
export function newEvaluationId(): string {
  return globalThis.crypto.randomUUID();
}
