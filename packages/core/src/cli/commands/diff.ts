// SPDX-License-Identifier: MIT
import type { Catalogue } from '../../model/catalogue.js';
import type { Framework } from '../../schema/framework.js';
import { suggestLevels } from '../../engine/suggest.js';
import { WORKED_EXAMPLES } from '../../frameworks/index.js';
import { diffFrameworks } from '../../versioning/diff.js';
import { renderDiff } from '../../versioning/render.js';
import { parseJsonText } from '../../validate/json-text.js';
import { type Problem, problem } from '../../validate/problems.js';
import { detectDocumentKind, validateFramework } from '../../validate/validate.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { readInputFile } from '../input.js';
import { frameworkFromSpec } from '../resolve.js';
import { reportProblems } from '../shared.js';

export const diffCommand: Command = {
  name: 'diff',
  usage: 'apq diff <id>@<a> <id>@<b> [--json]',
  summary: 'what changed between two versions of a framework (either may be a framework JSON file), and the bump it demands',
  options: { ...JSON_OPTION },
  run(context) {
    const { positionals, values, catalogue, out, data } = context;
    if (positionals.length !== 2) throw new UsageError('name two versions, e.g. apq diff ap-quality-toolkit@1.0.0 ap-quality-toolkit@2.0.0');
    const sides = positionals.map((spec) => loadSide(spec, catalogue));
    const problems = sides.flatMap((side) => (side.framework ? [] : side.problems.map((p) => ({ file: side.spec, ...p }))));
    if (problems.length > 0) return reportProblems(context, problems);
    const [a, b] = sides.map((s) => s.framework!) as [Framework, Framework];
    // The bundled worked examples decide whether a rule change alters a suggestion.
    const examples = WORKED_EXAMPLES.filter((e) => e.evaluation.framework.id === a.id);
    const result = diffFrameworks(a, b, { examples, suggest: suggestLevels });
    if (!result.ok) return reportProblems(context, result.problems.map((p) => ({ file: positionals[1]!, ...p })));
    if (values.json) data(jsonText(result.value));
    else out(renderDiff(result.value));
    return 0;
  },
};

interface Side {
  spec: string;
  framework?: Framework;
  problems: Problem[];
}

/** A framework from the catalogue (`id@version`), or from a file so a working-copy build can be compared. */
function loadSide(spec: string, catalogue: Catalogue): Side {
  if (!/\.json$|[/\\]/.test(spec)) return { spec, framework: frameworkFromSpec(spec, catalogue), problems: [] };
  const text = readInputFile(spec);
  const parsed = text.ok ? parseJsonText(text.value) : text;
  if (!parsed.ok) return { spec, problems: parsed.problems };
  const kind = detectDocumentKind(parsed.value);
  if (kind.ok && kind.value === 'evaluation') return { spec, problems: [problem([], 'is an evaluation, not a framework', 'not-a-framework')] };
  const framework = validateFramework(parsed.value);
  return framework.ok ? { spec, framework: framework.value, problems: [] } : { spec, problems: framework.problems };
}
