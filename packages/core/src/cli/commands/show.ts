// SPDX-License-Identifier: MIT
import type { QualityArea } from '../../schema/area.js';
import type { Framework } from '../../schema/framework.js';
import { type Command, JSON_OPTION } from '../command.js';
import { jsonText } from '../escape.js';
import { frameworkFromSpec } from '../resolve.js';
import { capitalise } from '../shared.js';

export const showCommand: Command = {
  name: 'show',
  usage: 'apq show <id>[@<version>] [--json]',
  summary: 'print a framework (the latest version when none is given)',
  options: { ...JSON_OPTION },
  run({ positionals, values, catalogue, out, data }) {
    const framework = frameworkFromSpec(positionals[0], catalogue);
    // Byte for byte the published file: the released JSON is this same serialisation.
    if (values.json) data(jsonText(framework));
    else out(renderFramework(framework));
    return 0;
  },
};

export function renderFramework(f: Framework): string[] {
  const lines: string[] = [];
  const areaWord = capitalise(f.terminology?.area ?? 'area');
  lines.push(`${f.title} (${f.id}@${f.version})`, `${f.publisher} · ${f.status}${f.released ? ` · released ${f.released}` : ''}`, '', f.description);
  for (const g of f.guidance) {
    lines.push('', `${g.title}: ${g.text}`);
    g.items?.forEach((item) => lines.push(`  - ${item}`));
  }
  if (f.judgementScale) {
    const scale = f.scales.find((s) => s.id === f.judgementScale);
    if (scale) lines.push('', `Judgements: ${scale.title}: ${scale.levels.map((l) => l.label).join(' / ')}`);
  }
  if (f.uses.length > 0) lines.push('', `Uses: ${f.uses.map((u) => u.title).join('; ')}`);
  for (const category of f.categories) {
    lines.push('', '='.repeat(72), category.title.toUpperCase());
    if (category.summary) lines.push(category.summary);
    for (const area of category.areas) lines.push('', ...renderArea(area, areaWord));
  }
  if (f.footnotes.length > 0) lines.push('', ...f.footnotes.map((n) => `[${n.marker}] ${n.text}`));
  return lines;
}

function renderArea(area: QualityArea, areaWord: string): string[] {
  const lines = [`${areaWord} ${area.number}. ${area.title}${area.status === 'not-yet-written' ? ' (not yet written in the source)' : ''}`];
  if (area.summary) lines.push(`   ${area.summary}`);
  area.questions.forEach((q) => lines.push(`   ? ${q.text}`));
  for (const sub of area.subAreas) {
    lines.push(`   ${area.number}${sub.letter}) ${sub.title}`);
    sub.questions.forEach((q) => lines.push(`      ? ${q.text}`));
  }
  for (const level of area.descriptors?.levels ?? []) {
    lines.push(`   ${level.heading ?? level.level}${level.limiting ? ' [limiting]' : ''}`);
    if (level.lead) lines.push(`      ${level.lead}`);
    for (const d of level.descriptors) {
      lines.push(`      - ${d.text}${d.footnotes?.length ? ` [${d.footnotes.join(', ')}]` : ''}`);
      d.items?.forEach((item) => lines.push(`          · ${item}`));
    }
  }
  return lines;
}
