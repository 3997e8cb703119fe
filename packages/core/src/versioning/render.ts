// SPDX-License-Identifier: MIT
// Diffs and migration reports as plain text for people: what the CLI prints without --json.
import { CHANGE_KINDS, type Change, type ChangeKind, type FieldChange } from './change.js';
import type { FrameworkDiff } from './diff.js';
import type { MigrationReport } from './migrate.js';

const HEADINGS: Record<ChangeKind, string> = {
  added: 'Added',
  removed: 'Removed',
  reworded: 'Reworded',
  moved: 'Moved',
  reordered: 'Reordered',
  renumbered: 'Renumbered',
  changed: 'Changed in meaning',
  metadata: 'Metadata (no bump)',
};

export function renderDiff(diff: FrameworkDiff): string[] {
  const lines = [`${diff.framework} ${diff.from} → ${diff.to}`];
  if (diff.changes.length === 0) {
    lines.push('No changes: the two versions hold the same content.');
    return lines;
  }
  lines.push(`Demands: ${diff.bump === 'none' ? 'no new version (metadata only)' : `a ${diff.bump} version (${diff.nextVersion} or later)`}. ${describeStep(diff)}`);
  if (diff.reasons.length > 0) {
    lines.push(`Why ${diff.bump}:`);
    diff.reasons.forEach((r) => lines.push(`  - ${r}`));
  }
  if (diff.examplesCompared > 0) lines.push(`Worked examples compared: ${diff.examplesCompared}.`);
  const counts = CHANGE_KINDS.filter((k) => diff.counts[k] > 0).map((k) => `${diff.counts[k]} ${k}`);
  lines.push(`Changes: ${counts.join(', ')}.`);
  const prefix = `${diff.framework}.`;
  const short = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : path);
  for (const kind of CHANGE_KINDS) {
    const changes = diff.changes.filter((c) => c.kind === kind);
    if (changes.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${changes.length})`);
    for (const c of changes) lines.push(...renderChange(c, short));
  }
  return lines;
}

function renderChange(c: Change, short: (path: string) => string): string[] {
  const where = c.kind === 'moved' && c.previousPath ? `${short(c.previousPath)} → ${short(c.path)}` : short(c.path);
  const head = `  ${c.bump.padEnd(5)}  ${c.item} ${where}`;
  const lines = [c.label && c.kind !== 'moved' && !c.fields ? `${head}: ${clip(c.label, 80)}` : head];
  for (const f of c.fields ?? []) lines.push(`         ${renderField(f)}`);
  if (c.bump !== 'none' && c.bump !== 'patch' && c.kind !== 'added') lines.push(`         why: ${c.reason}`);
  else if (c.migration) lines.push(`         migration: ${c.migration.kind} → ${c.migration.to.join(', ') || '(nowhere)'}`);
  return lines;
}

function renderField(f: FieldChange): string {
  return `${f.field}: ${show(f.before)} → ${show(f.after)}`;
}

function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  return clip(JSON.stringify(value), 60);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describeStep(diff: FrameworkDiff): string {
  const step = `${diff.from} → ${diff.to}`;
  if (diff.step === 'lower') return `(${step} goes backwards: this diff reads from the newer version to the older.)`;
  if (diff.step === 'none') return diff.sufficient ? `(${step}: the same version number.)` : `${step} keeps the version number: NOT ENOUGH.`;
  if (!diff.sufficient) return `${step} is only a ${diff.step} step: NOT ENOUGH.`;
  return `${step} is a ${diff.step} step: enough.`;
}

/** At most this many paths of a kind are listed; --json lists every one. */
const LIST_LIMIT = 12;

export function renderMigrationReport(report: MigrationReport): string[] {
  const lines = [`Migrated from ${report.framework} ${report.from} to ${report.to}.`];
  const restored = report.restored ?? [];
  if (report.from === report.to && restored.length === 0) {
    lines.push('Same version: nothing to do; the evaluation is unchanged.');
    return lines;
  }
  if (report.from === report.to) lines.push('Same version: only what was carried over and has a place in it was put back.');
  else lines.push(`Kept in place: ${report.unchanged}.`);
  const list = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    items.slice(0, LIST_LIMIT).forEach((item) => lines.push(`  ${line(item)}`));
    if (items.length > LIST_LIMIT) lines.push(`  … and ${items.length - LIST_LIMIT} more (--json lists every one)`);
  };
  list('Moved', report.moved, (m) => `${m.from} → ${m.to.join(', ')} (${m.kind})`);
  list('Restored from carriedOver', restored, (r) => `${r.from} (carried over from ${r.version}) → ${r.to.join(', ')}`);
  list('Carried over, kept in the evaluation\'s carriedOver', report.carriedOver, (c) => `${c.from.path}: ${c.reason}`);
  list('Newly unanswered', report.newlyUnanswered, (p) => p);
  if (report.reopenedBecause.length > 0) {
    lines.push('It was submitted; it is a draft again because the new version asks for:');
    report.reopenedBecause.forEach((r) => lines.push(`  - ${r}`));
  }
  return lines;
}
