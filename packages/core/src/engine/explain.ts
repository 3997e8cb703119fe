// SPDX-License-Identifier: MIT
// English wording of a suggestion, built from the framework's own text (rule descriptions,
// descriptor statements, level labels, what it calls an area). Interfaces that localise build
// their own from the suggestion's data instead.
import type { CompiledArea } from './compile.js';
import type { LevelFacts } from './facts.js';
import type { AreaSuggestion } from './suggest.js';
import type { Framework } from '../schema/framework.js';

export function explainSuggestion(framework: Framework, compiled: CompiledArea, s: Omit<AreaSuggestion, 'explanation'>): string {
  const areaWord = framework.terminology?.area ?? 'area';
  const name = `${areaWord} ${compiled.area.number} (${compiled.area.title})`;
  switch (s.status) {
    case 'not-yet-written':
      return `No level suggested: ${name} is not yet written in the source.`;
    case 'no-descriptors':
      return `No level suggested: ${name} has no grade descriptors, so the judgement is the evaluator's own.`;
    case 'no-rules':
      return `No level suggested: ${name} has grade descriptors but no rules to apply them, so the judgement is the evaluator's own.`;
    case 'no-rule-matched':
      return `No level suggested: none of the ${s.passedOver.length} rules for ${name} applies to the checks and answers so far.`;
    case 'not-enough-evidence': {
      const d = s.counts?.descriptors;
      const assessed = d ? ` ${d.assessed} of ${d.total} descriptors assessed.` : '';
      return `No level suggested: not enough evidence. ${s.rule?.description ?? ''}${assessed}`.trim();
    }
    case 'suggested': {
      const head = `Suggested: ${s.label}. ${s.rule?.description ?? ''}`.trim();
      if (s.rule?.strategy === 'limiting') {
        const met = s.descriptors.map((d) => `“${compiled.descriptorInfo.get(d.id)?.descriptor.text ?? d.id}”`);
        return met.length > 0 ? `${head} Met: ${met.join('; ')}.` : head;
      }
      const facts = s.level === null ? undefined : s.counts?.levels[s.level];
      return facts && facts.total > 0 ? `${head} ${s.label} descriptors: ${describeCounts(facts)}.` : head;
    }
  }
}

function describeCounts(f: LevelFacts): string {
  const notAssessed = f.total - f.assessed;
  return `${f.met} met, ${f.partlyMet} partly met, ${f.notMet} not met, ${notAssessed} not assessed, of ${f.total}`;
}
