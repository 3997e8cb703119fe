// SPDX-License-Identifier: MIT
import { migrateEvaluation } from '../../versioning/migrate.js';
import { renderMigrationReport } from '../../versioning/render.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { frameworkFromSpec } from '../resolve.js';
import { loadEvaluation, onlyFile, reportProblems } from '../shared.js';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'apq migrate <evaluation.json> --to <version>|latest [--now <time>] [--json]',
  summary: 'move an evaluation to another version of its framework; what has no home is carried over, never dropped',
  options: { to: { type: 'string' }, now: { type: 'string' }, ...JSON_OPTION },
  run(context) {
    const { positionals, values, catalogue, out, err } = context;
    const file = onlyFile(positionals);
    if (typeof values.to !== 'string' || values.to === '') throw new UsageError('name the version to migrate to, e.g. --to 2.0.0 (or --to latest)');
    const loaded = loadEvaluation(file, context);
    if (!loaded.ok) return reportProblems(context, loaded.problems.map((p) => ({ file, ...p })));
    const { evaluation, framework: from } = loaded.value;
    const to = values.to;
    const spec = to === 'latest' ? evaluation.framework.id : to.includes('@') ? to : `${evaluation.framework.id}@${to}`;
    const target = frameworkFromSpec(spec, catalogue);
    const result = migrateEvaluation(evaluation, target, typeof values.now === 'string' ? { from, now: values.now } : { from });
    if (!result.ok) return reportProblems(context, result.problems.map((p) => ({ file, ...p })));
    if (values.json) out(JSON.stringify(result.value, null, 2));
    else {
      out(JSON.stringify(result.value.evaluation, null, 2));
      err(renderMigrationReport(result.value.report).join('\n'));
    }
    return 0;
  },
};
