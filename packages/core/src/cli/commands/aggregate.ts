// SPDX-License-Identifier: MIT
import * as z from 'zod/mini';
import { type AggregateInput, type AggregateOptions, type AggregateResult, type PeriodSpec, aggregate, aggregateDocument } from '../../engine/aggregate.js';
import { aggregateDocumentCsv } from '../../engine/csv.js';
import { DEFAULT_DISCLOSURE_KEY } from '../../engine/suppression.js';
import { compareVersions } from '../../model/catalogue.js';
import { AGGREGATE_LIMITS, type AggregateCell, type AggregateDocument, BREAKDOWN_KINDS, type BreakdownKind } from '../../schema/aggregate.js';
import type { Evaluation } from '../../schema/evaluation.js';
import type { Framework } from '../../schema/framework.js';
import { PartialDate } from '../../schema/primitives.js';
import { migrateEvaluationOrThrow } from '../../versioning/migrate.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { jsonFilesIn } from '../files.js';
import { readInputFile } from '../input.js';
import { frameworkFromSpec } from '../resolve.js';
import { readEvaluations, readOne } from '../aggregate-read.js';
import { capitalise, reportProblems } from '../shared.js';

/** From this many files on, progress is reported on stderr. */
export const PROGRESS_FROM = 100;
/** The environment variable that holds the publisher's disclosure key. */
export const KEY_VARIABLE = 'APQ_AGGREGATE_KEY';

export const aggregateCommand: Command = {
  name: 'aggregate',
  usage:
    'apq aggregate <file-or-dir>... [--json | --csv] [--framework <id>[@<version>]] [--use <use>]... [--from <date>] [--to <date>] [--period [<id>=]<from>..<to>]... [--breakdown use|setting-type]... [--status draft|submitted|any] [--key-file <file>] [--skip-invalid]',
  summary: 'area-by-area figures across many evaluations (an apq-aggregate with --json): never a ranking; counts rounded, small ones suppressed',
  options: {
    ...JSON_OPTION,
    csv: { type: 'boolean' },
    framework: { type: 'string' },
    use: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    period: { type: 'string', multiple: true },
    breakdown: { type: 'string', multiple: true },
    status: { type: 'string' },
    'key-file': { type: 'string' },
    'skip-invalid': { type: 'boolean' },
  },
  async run(context) {
    const { values, positionals, catalogue, out, err, data } = context;
    if (values.json && values.csv) throw new UsageError('choose --json or --csv, not both');
    if (positionals.length === 0) throw new UsageError('name at least one evaluation file or folder');
    const options = optionsFrom(values);
    const periods = periodsFrom(values);
    const breakdowns = breakdownsFrom(values);
    const key = keyFrom(values, err);
    const files = positionals.flatMap((path) => jsonFilesIn(path));
    if (files.length === 0) throw new UsageError(`no .json files in ${positionals.join(', ')}`);

    const step = Math.ceil(files.length / 10);
    let reported = 0;
    const progress = (done: number) => {
      if (files.length < PROGRESS_FROM || (Math.floor(done / step) === Math.floor(reported / step) && done !== files.length)) return;
      reported = done;
      err(`apq aggregate: read ${done} of ${files.length} files`);
    };
    if (files.length >= PROGRESS_FROM) err(`apq aggregate: reading ${files.length} files`);
    const { inputs, problems, invalidFiles } = await readEvaluations(files, catalogue, progress);
    if (problems.length > 0 && !values['skip-invalid']) return reportProblems(context, problems);

    const framework = typeof values.framework === 'string' ? frameworkFromSpec(values.framework, catalogue) : commonestFramework(inputs.map((i) => i.input), catalogue);
    if (!framework) throw new UsageError('no valid evaluation to aggregate');
    // A digest holds the facts of its own version: one of another version of the framework is read
    // again whole, to be migrated.
    const evaluations = inputs.map(({ file, input }): AggregateInput => {
      if (!('digest' in input) || input.framework.id !== framework.id || input.framework.version === framework.version) return input;
      const whole = readOne(file, catalogue);
      if (!whole.ok) throw new Error(`${file} was valid and is not any more`);
      return whole.input;
    });
    // Evaluations of another version of the framework are migrated to it, never mixed in as they are.
    const migrate: AggregateOptions['migrate'] = (evaluation, to) =>
      migrateEvaluationOrThrow(evaluation, to, { from: catalogue.get(evaluation.framework.id, evaluation.framework.version) });
    const document = aggregateDocument(framework, evaluations, {
      ...withoutDates(options),
      migrate,
      key,
      periods: periods ?? [periodOf(options.from, options.to)],
      ...(breakdowns.length > 0 ? { breakdowns } : {}),
    });
    if (values.json) data(jsonText(document));
    else if (values.csv) data(aggregateDocumentCsv(document));
    else {
      // The book-keeping covers every period at once: its counts are protected like the figures.
      const span = periods ? { from: undefined, to: undefined } : { from: options.from, to: options.to };
      const bookKeeping = aggregate(framework, evaluations, { ...withoutDates(options), ...definedOnly(span), migrate, key });
      out(renderAggregate(document, bookKeeping, framework, invalidFiles > 0));
    }
    if (invalidFiles > 0 && (values.json || values.csv)) err(invalidFilesNote());
    return 0;
  },
};

function invalidFilesNote(): string {
  return 'apq aggregate: some files are not valid evaluations and were left out; run apq validate on the same files to list them';
}

function withoutDates(options: AggregateOptions): AggregateOptions {
  const { from: _from, to: _to, ...rest } = options;
  return rest;
}

function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function optionsFrom(values: Record<string, unknown>): AggregateOptions {
  const options: AggregateOptions = {};
  if (Array.isArray(values.use)) options.use = values.use.map(String);
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (typeof value !== 'string') continue;
    if (!isDate(value)) throw new UsageError(`--${key} takes a date such as 2027-03-31, 2027-03 or 2027`);
    options[key] = value;
  }
  if (values.status !== undefined) {
    if (values.status !== 'draft' && values.status !== 'submitted' && values.status !== 'any') throw new UsageError('--status takes draft, submitted or any');
    options.status = values.status;
  }
  return options;
}

function isDate(value: string): boolean {
  return z.safeParse(PartialDate, value).success;
}

const TERMS: Record<string, string> = { autumn: 'Autumn term', spring: 'Spring term', summer: 'Summer term' };

/** `--period [<id>=]<from>..<to>`: either date may be left out (`2026-09..`). */
function periodsFrom(values: Record<string, unknown>): PeriodSpec[] | undefined {
  if (!Array.isArray(values.period)) return undefined;
  if (values.from !== undefined || values.to !== undefined) throw new UsageError('use --period, or --from and --to, not both');
  if (values.period.length > AGGREGATE_LIMITS.periods) throw new UsageError(`at most ${AGGREGATE_LIMITS.periods} periods`);
  const ids = new Set<string>();
  return values.period.map((text) => {
    const match = /^(?:([a-z0-9][a-z0-9.-]{0,99})=)?(\d{4}(?:-\d{2}){0,2})?\.\.(\d{4}(?:-\d{2}){0,2})?$/.exec(String(text));
    const from = match?.[2];
    const to = match?.[3];
    if (!match || (from !== undefined && !isDate(from)) || (to !== undefined && !isDate(to))) {
      throw new UsageError(`--period takes [<id>=]<from>..<to>, such as 2026-autumn=2026-09..2026-12, not "${String(text)}"`);
    }
    const period = periodOf(from, to, match[1]);
    if (ids.has(period.id)) throw new UsageError(`two periods with the id "${period.id}"`);
    ids.add(period.id);
    return period;
  });
}

function periodOf(from: string | undefined, to: string | undefined, id?: string): PeriodSpec {
  const term = id === undefined ? null : /^(\d{4})-(autumn|spring|summer)$/.exec(id);
  const label = term ? `${TERMS[term[2]!]} ${term[1]}` : from && to ? `${from} to ${to}` : from ? `From ${from}` : to ? `To ${to}` : 'All evaluations';
  return { id: id ?? (from || to ? `${from ?? ''}..${to ?? ''}` : 'all'), label, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function breakdownsFrom(values: Record<string, unknown>): BreakdownKind[] {
  if (!Array.isArray(values.breakdown)) return [];
  return values.breakdown.map((b) => {
    if (!(BREAKDOWN_KINDS as readonly unknown[]).includes(b)) throw new UsageError(`--breakdown takes ${BREAKDOWN_KINDS.join(' or ')}`);
    return b as BreakdownKind;
  });
}

/** The publisher's key: from --key-file, else the environment; else the public default, with a warning. */
function keyFrom(values: Record<string, unknown>, err: (line: string) => void): string {
  if (typeof values['key-file'] === 'string') {
    const text = readInputFile(values['key-file'], 4096);
    const key = text.ok ? text.value.trim() : '';
    if (key === '') throw new UsageError(`--key-file ${values['key-file']}: expected a file holding the key (at most 4 KiB)`);
    return key;
  }
  const fromEnvironment = process.env[KEY_VARIABLE]?.trim();
  if (fromEnvironment) return fromEnvironment;
  err(`apq aggregate: no disclosure key set (${KEY_VARIABLE} or --key-file): using the public default; set your own before publishing`);
  return DEFAULT_DISCLOSURE_KEY;
}


/** The framework version most of the evaluations were made against (the newer on a tie). */
function commonestFramework(evaluations: ReadonlyArray<Pick<Evaluation, 'framework'>>, catalogue: { get(id: string, version: string): Framework | undefined }): Framework | undefined {
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

const LEFT_OUT_WORDS: Record<AggregateResult['leftOut'][number]['reason'], string> = {
  'other-framework': 'made against another framework',
  'other-version': 'made against another version',
  'migration-failed': 'could not be migrated to this version',
  invalid: 'do not fit this version',
};

/** Human output: every number is a protected cell; no file name, evaluation id or setting appears. */
export function renderAggregate(document: AggregateDocument, book: AggregateResult, framework: Framework, invalidFiles: boolean): string[] {
  const { disclosure } = document;
  const show = (cell: AggregateCell) => (cell.suppressed || cell.count === null ? disclosure.wording : String(cell.count));
  const e = book.evaluations;
  const areaWord = capitalise(framework.terminology?.area ?? 'area');
  const filters = [book.filters.use && `use ${book.filters.use.join(' or ')}`, book.filters.status ? `status ${book.filters.status}` : 'drafts and submitted'].filter(Boolean);
  const lines = [
    `${framework.title} (${document.framework.id}@${document.framework.version})`,
    `Evaluations read: ${show(e.received)}; counted (the latest per setting): ${show(e.counted)}; superseded by a later one of the same setting: ${show(e.superseded)}; filtered out: ${show(e.filteredOut)}; left out: ${show(e.leftOut)}`,
    `Filters: ${filters.join(', ')}`,
    `Counts are rounded to a multiple of ${String(disclosure.parameters.base)} and small ones shown as "${disclosure.wording}" (${disclosure.method}), so that no setting can be picked out.`,
  ];
  for (const l of book.leftOut) lines.push(`Left out: ${show(l.evaluations)} evaluations ${LEFT_OUT_WORDS[l.reason]}`);
  if (invalidFiles) lines.push(invalidFilesNote().replace(/^apq aggregate: s/, 'S'));
  for (const period of document.periods) {
    lines.push('', `${period.label}: ${show(period.settings)} settings`);
    for (const a of period.areas) {
      lines.push('', `  ${areaWord} ${a.number}. ${a.title}`);
      const cells = [...a.judgements.map((j) => `${j.label} ${show(j.settings)}`), `Not judged ${show(a.notJudged)}`];
      lines.push(`    ${cells.join(' · ')}`);
      const c = a.completion;
      lines.push(`    Completed ${show(c.completed)} · In progress ${show(c.inProgress)} · Not started ${show(c.notStarted)}`);
      if (a.priorities.common.length > 0) {
        lines.push('    Priorities most often named:');
        a.priorities.common.forEach((p) => lines.push(`      ${p.text} (${show(p.settings)} settings)`));
      }
    }
  }
  return lines;
}
