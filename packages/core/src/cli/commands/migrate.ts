// SPDX-License-Identifier: MIT
import type { Evaluation } from '../../schema/evaluation.js';
import { Timestamp } from '../../schema/primitives.js';
import { type Result, problem } from '../../validate/problems.js';
import { parseWith } from '../../validate/validate.js';
import { migrateEvaluation } from '../../versioning/migrate.js';
import { renderMigrationReport } from '../../versioning/render.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { frameworkFromSpec } from '../resolve.js';
import { loadEvaluation, onlyFile, reportProblems } from '../shared.js';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'apq migrate <evaluation.json> [--to <version>|latest] [--now <time>] [--json]',
  summary: 'upgrade an evaluation to the current file format and, with --to, move it to another version of its framework; nothing is dropped',
  options: { to: { type: 'string' }, now: { type: 'string' }, ...JSON_OPTION },
  run(context) {
    const { positionals, values, catalogue, err, data } = context;
    const file = onlyFile(positionals);
    if (values.to !== undefined && (typeof values.to !== 'string' || values.to === '')) throw new UsageError('name the version to migrate to, e.g. --to 2.0.0 (or --to latest)');
    const loaded = loadEvaluation(file, context);
    if (!loaded.ok) return reportProblems(context, loaded.problems.map((p) => ({ file, ...p })));
    const { evaluation, framework: from, formatVersion } = loaded.value;
    // Reading upgrades the file format; without --to that is the whole migration.
    if (values.to === undefined) {
      const report = formatReport(formatVersion, evaluation);
      if (values.json) data(jsonText({ evaluation, report }));
      else {
        data(jsonText(evaluation));
        err(report.message);
      }
      return 0;
    }
    const to = values.to;
    const spec = to === 'latest' ? evaluation.framework.id : to.includes('@') ? to : `${evaluation.framework.id}@${to}`;
    const target = frameworkFromSpec(spec, catalogue);
    const now = typeof values.now === 'string' ? timeOption(values.now) : undefined;
    if (now && !now.ok) return reportProblems(context, now.problems.map((p) => ({ file, ...p })));
    const result = migrateEvaluation(evaluation, target, now ? { from, now: now.value } : { from });
    if (!result.ok) return reportProblems(context, result.problems.map((p) => ({ file, ...p })));
    if (values.json) data(jsonText(result.value));
    else {
      data(jsonText(result.value.evaluation));
      err(renderMigrationReport(result.value.report));
    }
    return 0;
  },
};

/** What upgrading the file format did, for people (stderr) and machines (--json). */
function formatReport(formatVersion: number, evaluation: Evaluation) {
  const to = evaluation.formatVersion;
  if (formatVersion === to) return { fromFormatVersion: formatVersion, toFormatVersion: to, actions: 0, message: `already in format ${to}: nothing to upgrade (name --to <version> to move it to another framework version)` };
  const n = evaluation.actions.length;
  return {
    fromFormatVersion: formatVersion,
    toFormatVersion: to,
    actions: n,
    message: `upgraded from format ${formatVersion} to format ${to}: every field kept; ${n} action${n === 1 ? '' : 's'} given the evaluation's createdAt and an empty review history`,
  };
}

/** `--now`: an ISO 8601 date-time (a date alone is midnight UTC, a time without a zone local time), as the Date core takes. */
function timeOption(text: string): Result<Date> {
  const time = new Date(text);
  if (parseWith(Timestamp, text).ok && !Number.isNaN(time.getTime())) return { ok: true, value: time };
  return { ok: false, problems: [problem(['now'], `must be an ISO 8601 date-time, got "${text}"`, 'invalid-format', { format: 'date-time', received: 'string', value: text })] };
}
