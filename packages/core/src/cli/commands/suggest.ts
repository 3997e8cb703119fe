// SPDX-License-Identifier: MIT
import type { AreaSuggestion } from '../../engine/suggest.js';
import { suggest } from '../../engine/suggest.js';
import type { Framework } from '../../schema/framework.js';
import { type Command, JSON_OPTION } from '../command.js';
import { jsonText } from '../escape.js';
import { capitalise, loadEvaluation, onlyFile, reportProblems } from '../shared.js';

export const suggestCommand: Command = {
  name: 'suggest',
  usage: 'apq suggest <evaluation.json> [--json]',
  summary: 'suggested judgements for each area of an evaluation, with their reasons',
  options: { ...JSON_OPTION },
  run(context) {
    const file = onlyFile(context.positionals);
    const loaded = loadEvaluation(file, context);
    if (!loaded.ok) return reportProblems(context, loaded.problems.map((p) => ({ file, ...p })));
    const { evaluation, framework } = loaded.value;
    const result = suggest(framework, evaluation);
    if (context.values.json) {
      context.data(jsonText(result));
      return 0;
    }
    const areaWord = capitalise(framework.terminology?.area ?? 'area');
    const lines = [`${framework.shortTitle ?? framework.title} (${framework.id}@${framework.version}) · evaluation ${evaluation.id}`];
    for (const s of result.areas) {
      const area = framework.categories.flatMap((c) => c.areas).find((a) => a.id === s.area)!;
      lines.push('', `${areaWord} ${area.number}. ${area.title}: ${s.label ?? `no suggestion (${s.status.replaceAll('-', ' ')})`}`, `  ${s.explanation}`);
      if (s.rule) lines.push(`  Rule: ${s.rule.id} (${s.rule.strategy}, branch ${s.rule.position + 1} of ${area.rules.length})`);
      const judgement = evaluation.areas[s.area]?.judgement;
      if (judgement && judgement.level !== null) lines.push(`  Judgement: ${judgementLine(framework, judgement.level, s, judgement.rationale)}`);
    }
    context.out(lines);
    return 0;
  },
};

function judgementLine(framework: Framework, level: string, s: AreaSuggestion, rationale: string | undefined): string {
  const scale = framework.scales.find((x) => x.id === framework.judgementScale);
  const label = scale?.levels.find((l) => l.id === level)?.label ?? level;
  if (s.status !== 'suggested') return label;
  if (s.level === level) return `${label} (agrees with the suggestion)`;
  return `${label} (differs from the suggestion${rationale?.trim() ? `: ${rationale.trim()}` : '; a rationale is needed'})`;
}
