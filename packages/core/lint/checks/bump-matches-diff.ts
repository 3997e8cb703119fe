// SPDX-License-Identifier: MIT
// A working copy numbered above the newest published version must be above it by at least the
// bump its semantic diff demands. Run directly (`npm run diff:data [-- --json]`), it prints that
// diff for every framework, so a publisher can read it before choosing the new number.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolder, type FileProblem, fileProblem, formatFileProblem } from '../../scripts/lib/data-files.js';
import { Evaluation } from '../../src/schema/evaluation.js';
import type { Framework } from '../../src/schema/framework.js';
import { suggestLevels } from '../../src/engine/suggest.js';
import { parseWith } from '../../src/validate/validate.js';
import { type DiffExample, type FrameworkDiff, type SuggestLevels, diffFrameworks, renderDiff } from '../../src/versioning/index.js';
import type { LintCheck } from '../check.js';

export interface BumpCheckOptions {
  /**
   * The engine's suggestion per area. With it, the framework's worked examples
   * (`examples/*.json`) decide whether a rule change is minor or major; without it, every rule
   * change in an area with rules demands major.
   */
  suggest?: SuggestLevels;
}

export function createBumpMatchesDiffCheck(options: BumpCheckOptions = {}): LintCheck {
  return {
    name: 'bump-matches-diff',
    description: 'A working copy numbered above the newest published version is above it by at least the bump its semantic diff demands (apq diff).',
    scope: 'release',
    check(data: DataFolder): FileProblem[] {
      const problems: FileProblem[] = [];
      for (const entry of workingCopyDiffs(data, options)) {
        const { id, diff } = entry;
        if (!diff || diff.step === 'lower' || diff.step === 'none' || diff.sufficient) continue;
        const why = diff.reasons.length > 1 ? `${diff.reasons[0]} (and ${diff.reasons.length - 1} more)` : diff.reasons[0];
        problems.push(
          fileProblem(
            `frameworks/${id}/framework.json`,
            'version',
            `${diff.from} → ${diff.to} is a ${diff.step} step, but the changes demand ${diff.bump} (${diff.nextVersion} or later): ${why}; npm run diff:data shows every change`,
            'bump-too-small',
            { from: diff.from, to: diff.to, step: diff.step, bump: diff.bump, nextVersion: diff.nextVersion },
          ),
        );
      }
      return problems;
    },
  };
}

/** The check as the lint runs it: worked examples decide whether a rule change alters a suggestion. */
export const bumpMatchesDiffCheck: LintCheck = createBumpMatchesDiffCheck({ suggest: suggestLevels });

export interface WorkingCopyDiff {
  id: string;
  /** Absent when the framework has no published version or its working copy does not assemble. */
  diff?: FrameworkDiff;
  problems: FileProblem[];
}

/** The diff of each framework's newest published version with its working copy. */
export function workingCopyDiffs(data: DataFolder, options: BumpCheckOptions = {}): WorkingCopyDiff[] {
  const out: WorkingCopyDiff[] = [];
  for (const id of data.frameworkIds()) {
    if (!existsSync(join(data.frameworkDir(id), 'framework.json'))) continue;
    const newest = data.releasedVersions(id).at(-1);
    if (!newest) continue;
    const working = data.assembleWorkingCopy(id);
    const released = data.readReleased(id, newest);
    // Other checks report files that do not read or validate.
    if (!working.framework || !released.framework) {
      out.push({ id, problems: [...working.problems, ...released.problems] });
      continue;
    }
    const result = diffFrameworks(released.framework, working.framework, diffOptions(data, id, working.framework, options));
    out.push(result.ok ? { id, diff: result.value, problems: [] } : { id, problems: result.problems.map((p) => ({ ...p, file: `frameworks/${id}/framework.json` })) });
  }
  return out;
}

function diffOptions(data: DataFolder, id: string, framework: Framework, options: BumpCheckOptions) {
  return options.suggest ? { suggest: options.suggest, examples: readExamples(data, id, framework) } : {};
}

/** The framework's worked examples; a file that does not read is left to the engine's own checks. */
function readExamples(data: DataFolder, id: string, framework: Framework): DiffExample[] {
  const dir = join(data.frameworkDir(id), 'examples');
  if (!existsSync(dir)) return [];
  const examples: DiffExample[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const raw = data.readJson(join(dir, name)).value as { id?: unknown; title?: unknown; evaluation?: unknown } | undefined;
    const evaluation = parseWith(Evaluation, raw?.evaluation);
    if (!evaluation.ok || evaluation.value.framework.id !== framework.id) continue;
    examples.push({ id: typeof raw?.id === 'string' ? raw.id : name.replace(/\.json$/, ''), ...(typeof raw?.title === 'string' ? { title: raw.title } : {}), evaluation: evaluation.value });
  }
  return examples;
}

function main(): number {
  const json = process.argv.includes('--json');
  const diffs = workingCopyDiffs(new DataFolder(), { suggest: suggestLevels });
  if (json) {
    console.log(JSON.stringify(diffs.map(({ id, diff, problems }) => ({ id, diff: diff ?? null, problems })), null, 2));
  } else {
    diffs.forEach(({ id, diff, problems }, i) => {
      if (i > 0) console.log('');
      console.log(`== ${id}: working copy against the newest published version`);
      problems.forEach((p) => console.log(formatFileProblem(p)));
      if (diff) console.log(renderDiff(diff).join('\n'));
    });
  }
  return diffs.some((d) => d.problems.length > 0) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main();
}