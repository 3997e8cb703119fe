// SPDX-License-Identifier: MIT
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
  usage: 'apq migrate <evaluation.json> --to <version>|latest [--now <time>] [--json]',
  summary: 'move an evaluation to another version of its framework; what has no home is carried over, never dropped',
  options: { to: { type: 'string' }, now: { type: 'string' }, ...JSON_OPTION },
  run(context) {
    const { positionals, values, catalogue, err, data } = context;
    const file = onlyFile(positionals);
    if (typeof values.to !== 'string' || values.to === '') throw new UsageError('name the version to migrate to, e.g. --to 2.0.0 (or --to latest)');
    const loaded = loadEvaluation(file, context);
    if (!loaded.ok) return reportProblems(context, loaded.problems.map((p) => ({ file, ...p })));
    const { evaluation, framework: from } = loaded.value;
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

/** `--now`: an ISO 8601 date-time (a date alone is midnight UTC, a time without a zone local time), as the Date core takes. */
function timeOption(text: string): Result<Date> {
  const time = new Date(text);
  if (parseWith(Timestamp, text).ok && !Number.isNaN(time.getTime())) return { ok: true, value: time };
  return { ok: false, problems: [problem(['now'], `must be an ISO 8601 date-time, got "${text}"`, 'invalid-format', { format: 'date-time', received: 'string', value: text })] };
}
