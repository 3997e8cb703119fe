// SPDX-License-Identifier: MIT
import { summaryCsv } from '../../engine/csv.js';
import { type EvaluationSummary, summarise } from '../../engine/summarise.js';
import { formatProblem } from '../../validate/problems.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { capitalise, loadEvaluation, onlyFile, reportProblems } from '../shared.js';

export const summaryCommand: Command = {
  name: 'summary',
  usage: 'apq summary <evaluation.json> [--json | --csv]',
  summary: "one evaluation's summary: completion, judgements, strengths and priorities",
  options: { ...JSON_OPTION, csv: { type: 'boolean' } },
  run(context) {
    if (context.values.json && context.values.csv) throw new UsageError('choose --json or --csv, not both');
    const file = onlyFile(context.positionals);
    const loaded = loadEvaluation(file, context);
    if (!loaded.ok) return reportProblems(context, loaded.problems.map((p) => ({ file, ...p })));
    const summary = summarise(loaded.value.framework, loaded.value.evaluation);
    if (context.values.json) context.data(jsonText(summary));
    else if (context.values.csv) context.data(summaryCsv(summary));
    else context.out(renderSummary(summary));
    return 0;
  },
};

export function renderSummary(s: EvaluationSummary): string[] {
  const e = s.evaluation;
  const setting = e.setting.name?.trim() || 'Unnamed setting';
  const lines = [
    `${setting}${e.setting.urn ? ` (URN ${e.setting.urn})` : ''}${e.useTitle ? ` · ${e.useTitle}` : ''} · ${e.status}`,
    `${s.framework.title} (${e.framework.id}@${e.framework.version}) · updated ${e.updatedAt}${e.submittedAt ? ` · submitted ${e.submittedAt}` : ''}`,
    `Completion: ${[
      s.completion.questions.total > 0 ? `${tally(s.completion.questions)} questions answered` : '',
      s.completion.descriptors.total > 0 ? `${tally(s.completion.descriptors)} descriptors assessed` : '',
      s.completion.judgements.total > 0 ? `${tally(s.completion.judgements)} judgements` : '',
      `${tally(s.completion.areas)} ${s.framework.areas} complete`,
    ]
      .filter((x) => x !== '')
      .join(' · ')}`,
  ];
  const areaWord = capitalise(s.framework.area);
  for (const category of s.categories) {
    lines.push('', category.title.toUpperCase());
    for (const a of category.areas) {
      const suggestion = a.suggestion.label ?? `none (${a.suggestion.status.replaceAll('-', ' ')})`;
      const judgement = a.judgement.label ? `${a.judgement.label}${a.judgement.carriedForward ? ' (carried forward)' : ''}` : '—';
      lines.push(`  ${areaWord} ${a.number}. ${a.title}${a.focus ? ' [focus]' : ''}`);
      const progress = [
        a.questions.total > 0 ? `${tally(a.questions)} answered` : '',
        a.descriptors.total > 0 ? `${tally(a.descriptors)} descriptors assessed` : '',
      ].filter((x) => x !== '');
      lines.push(`    ${[...progress, `judgement: ${judgement}`, `suggested: ${suggestion}${a.judgement.differsFromSuggestion ? ' (differs)' : ''}`].join(' · ')}`);
      a.strengths.forEach((t) => lines.push(`    + ${t}`));
      a.priorities.forEach((p) => lines.push(`    ! ${p.text}`));
    }
  }
  if (s.missing.length > 0) {
    lines.push('', e.status === 'submitted' ? 'Missing from this submission:' : 'Still needed before submission:');
    s.missing.forEach((p) => lines.push(`  ${formatProblem(p)}`));
  }
  return lines;
}

function tally(t: { done: number; total: number }): string {
  return `${t.done}/${t.total}`;
}
