// SPDX-License-Identifier: MIT
// Semantic-version bumps of a framework: what a change demands and what a version step gives.
import { compareVersions } from '../model/catalogue.js';

/** Smallest first: `none` is a change of metadata only (status, notes, provenance). */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

/** What a step from one version number to another amounts to; `lower` when it goes backwards. */
export type VersionStep = Bump | 'lower';

export function compareBumps(a: Bump, b: Bump): number {
  return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}

export function maxBump(bumps: Iterable<Bump>): Bump {
  let max: Bump = 'none';
  for (const bump of bumps) if (compareBumps(bump, max) > 0) max = bump;
  return max;
}

/** The bump a step from `from` to `to` makes: 1.2.3 → 1.3.0 is minor, 1.2.3 → 1.2.3 none. */
export function bumpBetween(from: string, to: string): VersionStep {
  const order = compareVersions(to, from);
  if (order < 0) return 'lower';
  if (order === 0) return 'none';
  const [fromMajor, fromMinor] = from.split('.').map(Number);
  const [toMajor, toMinor] = to.split('.').map(Number);
  if (toMajor !== fromMajor) return 'major';
  if (toMinor !== fromMinor) return 'minor';
  return 'patch';
}

/** Whether a step from `from` to `to` is at least the bump a diff demands. */
export function stepAllows(from: string, to: string, demanded: Bump): boolean {
  const step = bumpBetween(from, to);
  return step !== 'lower' && compareBumps(step, demanded) >= 0;
}

/** The next version after `version` for a bump: 1.2.3 with minor gives 1.3.0. */
export function nextVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}
