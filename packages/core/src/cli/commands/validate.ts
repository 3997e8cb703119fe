// SPDX-License-Identifier: MIT
import { EVALUATION_FORMAT_VERSION } from '../../schema/evaluation.js';
import { type Problem, formatProblem } from '../../validate/problems.js';
import { validateDocumentText } from '../../validate/validate.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { readInputFile } from '../input.js';

interface FileReport {
  file: string;
  valid: boolean;
  kind?: 'framework' | 'evaluation' | 'practice-library' | 'aggregate';
  /** An aggregate's number of periods. */
  periods?: number;
  framework?: string;
  /** An evaluation's format version, when it is an older one than this package writes. */
  formatVersion?: number;
  /** A library's number of examples. */
  examples?: number;
  problems: Problem[];
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'apq validate <file>... [--json]',
  summary: 'check framework, evaluation (format 2 or 1), practice library or aggregate files (told apart by their content)',
  options: { ...JSON_OPTION },
  run({ positionals, values, catalogue, out, data }) {
    if (positionals.length === 0) throw new UsageError('name at least one file to validate');
    const reports: FileReport[] = positionals.map((file) => {
      const text = readInputFile(file);
      const result = text.ok ? validateDocumentText(text.value, catalogue) : text;
      if (!result.ok) return { file, valid: false, problems: result.problems };
      const doc = result.value;
      if (doc.kind === 'practice-library') return { file, valid: true, kind: doc.kind, examples: doc.library.examples.length, problems: [] };
      if (doc.kind === 'aggregate') {
        const { framework, periods } = doc.aggregate;
        return { file, valid: true, kind: doc.kind, framework: `${framework.id}@${framework.version}`, periods: periods.length, problems: [] };
      }
      const report: FileReport = { file, valid: true, kind: doc.kind, framework: `${doc.framework.id}@${doc.framework.version}`, problems: [] };
      if (doc.kind === 'evaluation' && doc.formatVersion !== EVALUATION_FORMAT_VERSION) report.formatVersion = doc.formatVersion;
      return report;
    });
    if (values.json) data(jsonText(reports));
    else {
      out(reports.flatMap((r) => (r.valid ? [`${r.file}: ${validLine(r)}`] : r.problems.map((p) => `${r.file}: ${formatProblem(p)}`))));
    }
    return reports.every((r) => r.valid) ? 0 : 1;
  },
};

function validLine(r: FileReport): string {
  if (r.kind === 'practice-library') return `valid library of practice (${r.examples} example${r.examples === 1 ? '' : 's'})`;
  if (r.kind === 'framework') return `valid framework ${r.framework}`;
  if (r.kind === 'aggregate') return `valid aggregate of ${r.framework} (${r.periods} period${r.periods === 1 ? '' : 's'})`;
  const older = r.formatVersion === undefined ? '' : ` (format ${r.formatVersion}: apq migrate upgrades it to format ${EVALUATION_FORMAT_VERSION})`;
  return `valid evaluation made against ${r.framework}${older}`;
}
