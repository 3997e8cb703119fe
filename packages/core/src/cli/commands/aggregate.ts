// SPDX-License-Identifier: MIT
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { type AggregateOptions, type AggregateResult, aggregate } from '../../engine/aggregate.js';
import { aggregateCsv, cellText } from '../../engine/csv.js';
import { compareVersions } from '../../model/catalogue.js';
import type { Evaluation } from '../../schema/evaluation.js';
import type { Framework } from '../../schema/framework.js';
import { PartialDate } from '../../schema/primitives.js';
import { migrateEvaluationOrThrow } from '../../versioning/migrate.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { frameworkFromSpec } from '../resolve.js';
import { capitalise, type FileProblem, loadEvaluation, reportProblems } from '../shared.js';

/** From this many files on, progress is reported on stderr. */
export const PROGRESS_FROM = 100;

export const aggregateCommand: Command = {
  name: 'aggregate',
  usage:
    'apq aggregate <file-or-dir>... [--json | --csv] [--framework <id>[@<version>]] [--use <use>]... [--from <date>] [--to <date>] [--status draft|submitted] [--skip-invalid]',
  summary: 'area-by-area view across many evaluations: distributions, never a ranking; small counts suppressed',
  options: {
    ...JSON_OPTION,
    csv: { type: 'boolean' },
    framework: { type: 'string' },
    use: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    status: { type: 'string' },
    'skip-invalid': { type: 'boolean' },
  },
  run(context) {
    const { values, positionals, catalogue, out, err, data } = context;
    if (values.json && values.csv) throw new UsageError('choose --json or --csv, not both');
    if (positionals.length === 0) throw new UsageError('name at least one evaluation file or folder');
    const options = optionsFrom(values);
    const files = positionals.flatMap(expand);
    if (files.length === 0) throw new UsageError(`no .json files in ${positionals.join(', ')}`);

    const loaded: Array<{ file: string; evaluation: Evaluation }> = [];
    const problems: FileProblem[] = [];
    const step = Math.ceil(files.length / 10);
    if (files.length >= PROGRESS_FROM) err(`apq aggregate: reading ${files.length} files`);
    files.forEach((file, i) => {
      const result = loadEvaluation(file, context);
      if (result.ok) loaded.push({ file, evaluation: result.value.evaluation });
      else problems.push(...result.problems.map((p) => ({ file, ...p })));
      if (files.length >= PROGRESS_FROM && ((i + 1) % step === 0 || i + 1 === files.length)) err(`apq aggregate: read ${i + 1} of ${files.length} files`);
    });
    const invalidFiles = new Set(problems.map((p) => p.file));
    if (problems.length > 0 && !values['skip-invalid']) return reportProblems(context, problems);

    const framework =
      typeof values.framework === 'string' ? frameworkFromSpec(values.framework, catalogue) : commonestFramework(loaded.map((l) => l.evaluation), catalogue);
    if (!framework) throw new UsageError('no valid evaluation to aggregate');
    // Evaluations of another version of the framework are migrated to it, never mixed in as they are.
    options.migrate = (evaluation, to) => migrateEvaluationOrThrow(evaluation, to, { from: catalogue.get(evaluation.framework.id, evaluation.framework.version) });
    const result = aggregate(framework, loaded.map((l) => l.evaluation), options);
    const leftOutFiles = [
      ...result.leftOut.map(({ index, ...x }) => ({ file: loaded[index]!.file, ...x })),
      ...[...invalidFiles].map((file) => ({
        file,
        reason: 'invalid' as const,
        message: 'not a valid evaluation',
        problems: problems.filter((p) => p.file === file).map(({ file: _file, ...p }) => p),
      })),
    ];
    if (values.json) data(jsonText({ ...result, leftOut: leftOutFiles }));
    else if (values.csv) data(aggregateCsv(result));
    else out(renderAggregate(result, framework, leftOutFiles));
    if (values.csv && leftOutFiles.length > 0) err(leftOutFiles.map((x) => `${x.file}: left out: ${x.message}`));
    return 0;
  },
};

function optionsFrom(values: Record<string, unknown>): AggregateOptions {
  const options: AggregateOptions = {};
  if (Array.isArray(values.use)) options.use = values.use.map(String);
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (typeof value !== 'string') continue;
    if (!z.safeParse(PartialDate, value).success) throw new UsageError(`--${key} takes a date such as 2027-03-31, 2027-03 or 2027`);
    options[key] = value;
  }
  if (values.status !== undefined) {
    if (values.status !== 'draft' && values.status !== 'submitted') throw new UsageError('--status takes draft or submitted');
    options.status = values.status;
  }
  return options;
}

function expand(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      return statSync(child).isDirectory() ? expand(child) : name.endsWith('.json') ? [child] : [];
    });
}

/** The framework version most of the evaluations were made against (the newer on a tie). */
function commonestFramework(evaluations: Evaluation[], catalogue: { get(id: string, version: string): Framework | undefined }): Framework | undefined {
  const counts = new Map<string, { id: string; version: string; n: number }>();
  for (const e of evaluations) {
    const key = `${e.framework.id}@${e.framework.version}`;
    const entry = counts.get(key) ?? { id: e.framework.id, version: e.framework.version, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || compareVersions(b.version, a.version) || a.id.localeCompare(b.id))[0];
  return best && catalogue.get(best.id, best.version);
}

export function renderAggregate(r: AggregateResult, framework: Framework, leftOut: Array<{ file: string; message: string }>): string[] {
  const e = r.evaluations;
  const areaWord = capitalise(framework.terminology?.area ?? 'area');
  const filters = [
    r.filters.use && `use ${r.filters.use.join(' or ')}`,
    r.filters.from && `from ${r.filters.from}`,
    r.filters.to && `to ${r.filters.to}`,
    r.filters.status && `status ${r.filters.status}`,
  ].filter(Boolean);
  const lines = [
    `${framework.title} (${r.framework.id}@${r.framework.version}): ${cellText(r.settings)} settings`,
    `${e.received} evaluations read: ${e.included} counted (the latest per setting), ${e.superseded} superseded by a later one, ${e.filteredOut} filtered out, ${e.leftOut} left out${e.migrated > 0 ? `, ${e.migrated} migrated` : ''}`,
  ];
  if (filters.length > 0) lines.push(`Filters: ${filters.join(', ')}`);
  lines.push(`Counts drawn from fewer than ${r.threshold} settings are shown as "suppressed".`);
  for (const a of r.areas) {
    lines.push('', `${areaWord} ${a.number}. ${a.title}`);
    const cells = [...a.judgements.map((j) => `${j.label} ${cellText(j.settings)}`), `Not judged ${cellText(a.notJudged)}`];
    lines.push(`  ${cells.join(' · ')}`);
    if (a.priorities.common.length > 0) {
      lines.push(`  Priorities most often named:`);
      a.priorities.common.forEach((p) => lines.push(`    ${p.text} (${cellText(p.settings)} settings)`));
    }
  }
  if (leftOut.length > 0) {
    lines.push('', 'Left out:');
    leftOut.forEach((x) => lines.push(`  ${x.file}: ${x.message}`));
  }
  return lines;
}
