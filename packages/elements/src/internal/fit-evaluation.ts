// SPDX-License-Identifier: MIT
// An evaluation from outside (a saved draft, a host's property, a file) made ready for the
// framework an element has loaded: shaped by the schema of its format (a draft saved in format 1
// is upgraded to the current format with nothing lost), checked against that version, or migrated
// from the version it names, with the migration's report.
import {
  type Evaluation,
  type Framework,
  type MigrationReport,
  type Problem,
  checkEvaluationAgainstFramework,
  migrateEvaluation,
  parseEvaluation,
} from './core.js';
import { findFramework } from './registry.js';

export type Fitted = { ok: true; evaluation: Evaluation; report?: MigrationReport } | { ok: false; problems: Problem[] };

export function fitEvaluation(raw: unknown, framework: Framework): Fitted {
  const shaped = parseEvaluation(raw);
  if (!shaped.ok) return shaped;
  const { evaluation } = shaped.value;
  if (evaluation.framework.id !== framework.id) {
    return {
      ok: false,
      problems: [
        {
          path: 'framework.id',
          code: 'framework-mismatch',
          params: { expected: framework.id, got: evaluation.framework.id },
          message: `the evaluation is for "${evaluation.framework.id}", not "${framework.id}"`,
        },
      ],
    };
  }
  if (evaluation.framework.version === framework.version) {
    const problems = checkEvaluationAgainstFramework(evaluation, framework);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, evaluation };
  }
  const from = findFramework(evaluation.framework.id, evaluation.framework.version);
  const migrated = migrateEvaluation(evaluation, framework, from ? { from } : {});
  if (!migrated.ok) return migrated;
  return { ok: true, evaluation: migrated.value.evaluation, report: migrated.value.report };
}
