// SPDX-License-Identifier: MIT
import { type Problem, formatProblem } from '../../validate/problems.js';
import { validateDocumentText } from '../../validate/validate.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { readInputFile } from '../input.js';

interface FileReport {
  file: string;
  valid: boolean;
  kind?: 'framework' | 'evaluation';
  framework?: string;
  problems: Problem[];
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'apq validate <file>... [--json]',
  summary: 'check framework or evaluation files (told apart by their content)',
  options: { ...JSON_OPTION },
  run({ positionals, values, catalogue, out, data }) {
    if (positionals.length === 0) throw new UsageError('name at least one file to validate');
    const reports: FileReport[] = positionals.map((file) => {
      const text = readInputFile(file);
      const result = text.ok ? validateDocumentText(text.value, catalogue) : text;
      if (!result.ok) return { file, valid: false, problems: result.problems };
      const doc = result.value;
      return { file, valid: true, kind: doc.kind, framework: `${doc.framework.id}@${doc.framework.version}`, problems: [] };
    });
    if (values.json) data(jsonText(reports));
    else {
      out(reports.flatMap((r) => (r.valid ? [`${r.file}: valid ${r.kind}${r.kind === 'evaluation' ? ' made against' : ''} ${r.framework}`] : r.problems.map((p) => `${r.file}: ${formatProblem(p)}`))));
    }
    return reports.every((r) => r.valid) ? 0 : 1;
  },
};
