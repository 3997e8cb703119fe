// SPDX-License-Identifier: MIT
import { type EvaluationComparison, compare } from '../../engine/compare.js';
import type { Framework } from '../../schema/framework.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { capitalise, type FileProblem, loadEvaluation, reportProblems } from '../shared.js';

export const compareCommand: Command = {
  name: 'compare',
  usage: 'apq compare <previous.json> <current.json> [--json]',
  summary: 'what changed, area by area, between two evaluations of one setting',
  options: { ...JSON_OPTION },
  run(context) {
    if (context.positionals.length !== 2) throw new UsageError('name two evaluation files: the previous one, then the current one');
    const [a, b] = context.positionals as [string, string];
    const previous = loadEvaluation(a, context);
    const current = loadEvaluation(b, context);
    const problems: FileProblem[] = [
      ...(previous.ok ? [] : previous.problems.map((p) => ({ file: a, ...p }))),
      ...(current.ok ? [] : current.problems.map((p) => ({ file: b, ...p }))),
    ];
    if (!previous.ok || !current.ok) return reportProblems(context, problems);
    const frameworks = [current.value.framework, previous.value.framework];
    const result = compare(previous.value.evaluation, current.value.evaluation, frameworks);
    if (context.values.json) context.data(jsonText(result));
    else context.out(renderComparison(result, current.value.framework));
    return 0;
  },
};

export function renderComparison(c: EvaluationComparison, framework: Framework): string[] {
  const areaWord = capitalise(framework.terminology?.area ?? 'area');
  const lines = [
    `${c.previous.id} (${c.previous.updatedAt}, ${c.previous.framework.id}@${c.previous.framework.version}) → ${c.current.id} (${c.current.updatedAt}, ${c.current.framework.id}@${c.current.framework.version})`,
  ];
  c.warnings.forEach((w) => lines.push(`Note: ${w}.`));
  for (const a of c.areas) {
    const j = a.judgement;
    const judgement =
      j.direction === 'not-judged' ? 'not judged' : `${j.previousLabel ?? '—'} → ${j.currentLabel ?? '—'} (${j.direction.replaceAll('-', ' ')})`;
    lines.push('', `${a.number === null ? a.area : `${areaWord} ${a.number}. ${a.title}`}${a.inCurrentFramework ? '' : ' [not in the current version]'}: ${judgement}`);
    if (!a.changed) {
      lines.push('  no change');
      continue;
    }
    const parts: string[] = [];
    const { added, changed, removed } = a.answers;
    if (added.length + changed.length + removed.length > 0) parts.push(`answers: ${added.length} added, ${changed.length} changed, ${removed.length} removed`);
    if (a.checks.length > 0) parts.push(`${a.checks.length} descriptor check${a.checks.length === 1 ? '' : 's'} changed`);
    if (a.evidenceChanged) parts.push('evidence changed');
    if (parts.length > 0) lines.push(`  ${parts.join(' · ')}`);
    if (a.suggestion.previous?.level !== a.suggestion.current?.level) {
      lines.push(`  suggestion: ${a.suggestion.previous?.level ?? 'none'} → ${a.suggestion.current?.level ?? 'none'}`);
    }
    a.strengths.added.forEach((t) => lines.push(`  + strength: ${t}`));
    a.strengths.removed.forEach((t) => lines.push(`  - strength: ${t}`));
    a.priorities.added.forEach((p) => lines.push(`  + priority: ${p.text}`));
    a.priorities.removed.forEach((p) => lines.push(`  - priority: ${p.text}`));
    a.actions.forEach((x) => lines.push(`  action ${x.id}: ${x.previous ?? 'new'} → ${x.current ?? 'removed'}`));
  }
  const t = c.totals;
  lines.push('', `${t.improved} improved · ${t.declined} declined · ${t.unchanged} unchanged · ${t['first-judged']} first judged · ${t['no-longer-judged']} no longer judged · ${t.areasChanged} ${framework.terminology?.areas ?? 'areas'} with changes`);
  return lines;
}
