// SPDX-License-Identifier: MIT
import { collectPractice } from '../../engine/practice.js';
import type { Evaluation } from '../../schema/evaluation.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { jsonFilesIn } from '../files.js';
import { type FileProblem, loadEvaluation, reportProblems } from '../shared.js';

export const examplesCommand: Command = {
  name: 'examples',
  usage: 'apq examples <evaluation-files-or-folders>... [--json] [--title <text>] [--drafts]',
  summary: 'collect the examples of practice submitted evaluations offer into a library (no setting names, URNs or ids)',
  options: { ...JSON_OPTION, title: { type: 'string' }, drafts: { type: 'boolean' } },
  run(context) {
    const { positionals, values } = context;
    if (positionals.length === 0) throw new UsageError('name at least one evaluation file or folder');
    const files = positionals.flatMap(jsonFilesIn);
    if (files.length === 0) throw new UsageError(`no .json files in ${positionals.join(', ')}`);
    const evaluations: Evaluation[] = [];
    const problems: FileProblem[] = [];
    for (const file of files) {
      const loaded = loadEvaluation(file, context);
      if (loaded.ok) evaluations.push(loaded.value.evaluation);
      else problems.push(...loaded.problems.map((p) => ({ file, ...p })));
    }
    if (problems.length > 0) return reportProblems(context, problems);
    const library = collectPractice(evaluations, {
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
      includeDrafts: values.drafts === true,
    });
    if (values.json) context.data(jsonText(library));
    else {
      const n = library.examples.length;
      context.out(
        n === 0
          ? `No examples of practice offered in ${files.length} evaluation${files.length === 1 ? '' : 's'}${values.drafts ? '' : ' (only submitted evaluations are read; --drafts reads drafts too)'}.`
          : [
              `${n} example${n === 1 ? '' : 's'} of practice from ${files.length} evaluation${files.length === 1 ? '' : 's'} (--json writes the library)`,
              ...library.examples.map((x) => `  ${x.title} · ${x.areas.join(', ')}${x.settingType ? ` · ${x.settingType}` : ''}`),
            ],
      );
    }
    return 0;
  },
};
