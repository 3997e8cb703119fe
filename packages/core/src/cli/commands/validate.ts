// SPDX-License-Identifier: MIT
import { type Problem, formatProblem } from '../../validate/problems.js';
import { validateDocumentText } from '../../validate/validate.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
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
  run({ positionals, values, catalogue, out }) {
    if (positionals.length === 0) throw new UsageError('name at least one file to validate');
    const reports: FileReport[] = positionals.map((file) => {
      const text = readInputFile(file);
      const result = text.ok ? validateDocumentText(text.value, catalogue) : text;
      if (!result.ok) return { file, valid: false, problems: result.problems };
      const doc = result.value;
      return { file, valid: true, kind: doc.kind, framework: `${doc.framework.id}@${doc.framework.version}`, problems: [] };
    });
    if (values.json) out(JSON.stringify(reports, null, 2));
    else {
      for (const r of reports) {
        if (r.valid) out(`${r.file}: valid ${r.kind}${r.kind === 'evaluation' ? ' made against' : ''} ${r.framework}`);
        else r.problems.forEach((p) => out(`${r.file}: ${formatProblem(p)}`));
      }
    }
    return reports.every((r) => r.valid) ? 0 : 1;
  },
};
