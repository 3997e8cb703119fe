// SPDX-License-Identifier: MIT
// apq init | suggest | summary | compare | aggregate, run as real processes against the built CLI
// (`npm run build --workspace @ap-quality/core` first; `npm test` does).
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { AggregateDocument } from '../src/schema/aggregate.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { validateEvaluation } from '../src/validate/validate.js';
import type { Problem } from '../src/validate/problems.js';
import { CORE_DIR, type CliRun, assertCodes, runApq, tempDir, tempFile } from './helpers.js';

interface ExampleFile {
  id: string;
  evaluation: Evaluation;
  expected: Record<string, { status: string; level?: string | null; rule?: string }>;
}

function example(frameworkId: string, id: string): ExampleFile {
  return JSON.parse(readFileSync(join(CORE_DIR, 'data/frameworks', frameworkId, 'examples', `${id}.json`), 'utf8')) as ExampleFile;
}

function evaluationFile(evaluation: unknown, name = 'evaluation.json'): string {
  return tempFile(name, `${JSON.stringify(evaluation, null, 2)}\n`);
}

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'no stack trace');
}

describe('apq init', () => {
  it('should print a new, valid evaluation of the latest version, with the use given', () => {
    const run = runApq(['init', 'ap-quality-toolkit', '--use', 'peer-review']);
    assert.equal(run.status, 0, run.stderr);
    const evaluation = JSON.parse(run.stdout) as Evaluation;
    assert.deepEqual(evaluation.framework, { id: 'ap-quality-toolkit', version: '2.0.0' });
    assert.equal(evaluation.use, 'peer-review');
    assert.equal(validateEvaluation(evaluation, bundledCatalogue).ok, true);
    assert.deepEqual(JSON.parse(runApq(['init', 'leicestershire-bp-qa@1.0.0', '--json']).stdout).framework, { id: 'leicestershire-bp-qa', version: '1.0.0' });
  });

  it('should answer an unknown use, framework or version, or no framework, with a usage error', () => {
    const use = runApq(['init', 'ap-quality-toolkit', '--use', 'inspection']);
    assert.equal(use.status, 2);
    assert.match(use.stderr, /unknown use "inspection" of ap-quality-toolkit@2\.0\.0 \(known: self-evaluation, /);
    assert.equal(runApq(['init', 'nope']).status, 2);
    assert.equal(runApq(['init', 'ap-quality-toolkit@9.0.0']).status, 2);
    const none = runApq(['init']);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage: apq init/);
  });
});

describe('apq suggest', () => {
  it('should print each strand\'s suggestion, its reasons, and how the judgement compares', () => {
    const file = evaluationFile(example('leicestershire-bp-qa', 'mixed-with-rationale').evaluation);
    const run = runApq(['suggest', file]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Strand 1\. Attendance: Good$/m);
    assert.match(run.stdout, /^ {2}Rule: attendance-best-fit-good \(best-fit, branch 4 of 5\)$/m);
    assert.match(run.stdout, /^Strand 2\. Referral, Assessment and Provision Planning: no suggestion \(not yet written\)$/m);
    assert.match(run.stdout, /^ {2}Judgement: Good \(differs from the suggestion: Last year's results/m);
  });

  it('--json should give the suggestions every worked example expects', () => {
    for (const frameworkId of ['leicestershire-bp-qa', 'ap-quality-toolkit']) {
      for (const name of readdirSync(join(CORE_DIR, 'data/frameworks', frameworkId, 'examples'))) {
        const ex = example(frameworkId, name.replace(/\.json$/, ''));
        const run = runApq(['suggest', evaluationFile(ex.evaluation), '--json']);
        assert.equal(run.status, 0, run.stderr);
        const result = JSON.parse(run.stdout) as { areas: Array<{ area: string; status: string; level: string | null; rule: { id: string } | null }> };
        for (const s of result.areas) {
          const expected = ex.expected[s.area]!;
          assert.equal(s.status, expected.status, `${ex.id} ${s.area}`);
          if (expected.level !== undefined) assert.equal(s.level, expected.level, `${ex.id} ${s.area}`);
          if (expected.rule !== undefined) assert.equal(s.rule?.id, expected.rule, `${ex.id} ${s.area}`);
        }
      }
    }
  });

  it('should answer bad input with exit 1 and one file: path: problem line each, never a stack trace', () => {
    const bad = structuredClone(example('leicestershire-bp-qa', 'good-partnership').evaluation) as unknown as Record<string, any>;
    bad.checks['attendance-1-1'] = 'mostly';
    bad.areas['nowhere'] = {};
    const file = evaluationFile(bad);
    const run = runApq(['suggest', file]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.deepEqual(run.stderr.trimEnd().split('\n'), [`${file}: checks.attendance-1-1: must be one of "met", "partly-met", "not-met", "not-assessed", got "mostly"`]);
    const json = runApq(['suggest', file, '--json']);
    assert.equal(json.status, 1);
    const report = JSON.parse(json.stdout) as { valid: boolean; problems: Array<Problem & { file: string }> };
    assert.equal(report.valid, false);
    assert.deepEqual(assertCodes(report.problems).map(({ path, code, params }) => ({ path, code, params })), [
      { path: 'checks.attendance-1-1', code: 'invalid-value', params: { expected: 'met, partly-met, not-met, not-assessed', received: 'string', value: 'mostly' } },
    ]);
    const framework = runApq(['suggest', join(CORE_DIR, 'data/frameworks/leicestershire-bp-qa/released/1.0.0.json')]);
    assert.equal(framework.status, 1);
    assert.match(framework.stderr, /: \(root\): this is a framework, not an evaluation$/m);
    const frameworkJson = runApq(['suggest', join(CORE_DIR, 'data/frameworks/leicestershire-bp-qa/released/1.0.0.json'), '--json']);
    assert.deepEqual((JSON.parse(frameworkJson.stdout) as { problems: Problem[] }).problems.map((p) => p.code), ['not-an-evaluation']);
    const syntax = runApq(['suggest', tempFile('broken.json', '{"format": ')]);
    assert.equal(syntax.status, 1);
    assertNoStackTrace(syntax.stderr);
  });

  it('should answer a missing file, two files or an unknown option with a usage error', () => {
    const missing = runApq(['suggest', join(tempDir(), 'absent.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
    assert.equal(runApq(['suggest', 'a.json', 'b.json']).status, 2);
    assert.equal(runApq(['suggest', '--frobnicate']).status, 2);
  });
});

describe('apq summary', () => {
  const file = evaluationFile(example('ap-quality-toolkit', 'self-evaluation-in-progress').evaluation);

  it('should print completion, judgements, strengths and priorities', () => {
    const run = runApq(['summary', file]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Riverside Learning Centre \(URN 999101\) · Self-evaluation · draft$/m);
    assert.match(run.stdout, /^Completion: 20\/111 questions answered · 2\/13 judgements · 0\/13 quality areas complete$/m);
    assert.match(run.stdout, /^ {4}3\/6 answered · judgement: Established · suggested: none \(no descriptors\)$/m);
    assert.match(run.stdout, /^ {4}! Reduce persistent absence in Year 11\.$/m);
    assert.match(run.stdout, /^Still needed before submission:$/m);
  });

  it('--csv should give one row per area, --json the summary', () => {
    const csv = runApq(['summary', file, '--csv']);
    assert.equal(csv.status, 0);
    const rows = csv.stdout.trimEnd().split('\n');
    assert.equal(rows.length, 14);
    assert.equal(rows[0], 'Category,Area number,Area,Questions answered,Questions total,Judgement,Suggested,Strengths,Priorities');
    const json = JSON.parse(runApq(['summary', file, '--json']).stdout) as { completion: { questions: { done: number } } };
    assert.equal(json.completion.questions.done, 20);
    assert.equal(runApq(['summary', file, '--csv', '--json']).status, 2);
  });
});

describe('apq compare', () => {
  it('should say what changed between two evaluations of one setting', () => {
    const a = evaluationFile(example('ap-quality-toolkit', 'self-evaluation-in-progress').evaluation, 'a.json');
    const b = evaluationFile(example('ap-quality-toolkit', 'self-evaluation-complete').evaluation, 'b.json');
    const run = runApq(['compare', a, b]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Quality area 2\. Home and family engagement: — → Embedded \(first judged\)$/m);
    assert.match(run.stdout, /^ {2}action ae-year-11-mentors: in-progress → done$/m);
    assert.match(run.stdout, /^0 improved · 0 declined · 2 unchanged · 11 first judged · 0 no longer judged · 13 quality areas with changes$/m);
    const json = JSON.parse(runApq(['compare', a, b, '--json']).stdout) as { sameSetting: boolean; areas: unknown[] };
    assert.equal(json.sameSetting, true);
    assert.equal(json.areas.length, 13);
    assert.equal(runApq(['compare', a]).status, 2);
  });

  it('should report problems in either file with its name', () => {
    const a = evaluationFile({ format: 'apq-evaluation' }, 'a.json');
    const b = evaluationFile(example('ap-quality-toolkit', 'self-evaluation-complete').evaluation, 'b.json');
    const run = runApq(['compare', a, b]);
    assert.equal(run.status, 1);
    assert.ok(run.stderr.trimEnd().split('\n').every((line) => line.startsWith(`${a}: `)));
  });
});

describe('apq aggregate', () => {
  const keyFile = tempFile('key.txt', 'a council secret\n');
  const keyed = (args: string[]) => runApq([...args, '--key-file', keyFile]);
  /** `count` settings; pupil induction: a quarter embedded, half established, a quarter developing. */
  function settingsFolder(count: number): string {
    const dir = tempDir();
    const base = example('ap-quality-toolkit', 'self-evaluation-complete').evaluation;
    const levels = ['embedded', 'established', 'established', 'developing'];
    for (let i = 0; i < count; i++) {
      const e = structuredClone(base);
      e.id = `setting-${i}`;
      e.setting = { name: `Setting number ${i}`, localAuthority: 'Northshire' };
      e.areas['pupil-induction']!.judgement = { level: levels[i % levels.length]!, rationale: 'Agreed at moderation.' };
      mkdirSync(join(dir, `s${i % 3}`), { recursive: true });
      writeFileSync(join(dir, `s${i % 3}`, `${i}.json`), JSON.stringify(e));
    }
    return dir;
  }

  it('should show distributions per area, rounded, with small counts suppressed, and count what was left out by reason only', () => {
    const dir = settingsFolder(20);
    writeFileSync(join(dir, 'leicestershire.json'), JSON.stringify(example('leicestershire-bp-qa', 'good-partnership').evaluation));
    writeFileSync(join(dir, 'notes.txt'), 'not an evaluation');
    const run = keyed(['aggregate', dir]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^All evaluations: 20 settings$/m);
    assert.match(run.stdout, /^ {4}Embedded 5 · Established 10 · Developing 5 · Emerging fewer than 5 · Not judged fewer than 5$/m);
    assert.match(run.stdout, /^Left out: fewer than 5 evaluations made against another framework$/m);
    assert.doesNotMatch(run.stdout + run.stderr, /Setting number|leicestershire\.json|setting-\d/);
    assert.equal(run.stderr, '', 'no warning when the key is set');
  });

  it('should not give away a suppressed number of settings in its book-keeping', () => {
    const run = keyed(['aggregate', settingsFolder(2)]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Evaluations read: fewer than 5; counted \(the latest per setting\): fewer than 5;/m);
    assert.doesNotMatch(run.stdout, /\b2 evaluations|: 2\b/);
  });

  it('--csv should write the document\'s wording in place of small counts, and --json be an apq-aggregate', () => {
    const dir = settingsFolder(20);
    const csv = keyed(['aggregate', dir, '--csv']);
    assert.equal(csv.status, 0, csv.stderr);
    assert.ok(csv.stdout.includes('All evaluations,Curriculum,5,Pupil induction,Established,10\n'), csv.stdout.slice(0, 500));
    assert.ok(csv.stdout.includes('All evaluations,Curriculum,5,Pupil induction,Emerging,fewer than 5\n'));
    const json = JSON.parse(keyed(['aggregate', dir, '--json', '--use', 'self-evaluation', '--from', '2026']).stdout) as AggregateDocument;
    assert.equal(json.format, 'apq-aggregate');
    assert.deepEqual([json.periods[0]!.settings, json.disclosure.threshold, json.disclosure.parameters.key], [{ count: 20, suppressed: false }, 3, 'set by the publisher']);
    const none = JSON.parse(keyed(['aggregate', dir, '--json', '--use', 'commissioning']).stdout) as AggregateDocument;
    assert.deepEqual(none.periods[0]!.settings, { count: null, suppressed: true });
    const file = tempFile('aggregate.json', JSON.stringify(json));
    assert.match(runApq(['validate', file]).stdout, /valid aggregate of ap-quality-toolkit@2\.0\.0 \(1 period\)/);
  });

  it('should aggregate periods and breakdowns, and warn when no key is set', () => {
    const dir = settingsFolder(10);
    const run = runApq(['aggregate', dir, '--json', '--period', '2026-autumn=2026-09..2026-12', '--period', '2027-spring=2027-01..2027-04', '--breakdown', 'use']);
    assert.equal(run.status, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as AggregateDocument;
    assert.deepEqual(doc.periods.map((p) => [p.id, p.label]), [['2026-autumn', 'Autumn term 2026'], ['2027-spring', 'Spring term 2027']]);
    assert.deepEqual(doc.breakdowns?.map((b) => [b.by, b.value]), [['use', 'self-evaluation']]);
    assert.match(run.stderr, /no disclosure key set/);
    assert.equal(runApq(['aggregate', dir, '--period', 'autumn']).status, 2);
    assert.equal(runApq(['aggregate', dir, '--period', '2026..2027', '--from', '2026']).status, 2);
  });

  it('should migrate evaluations of another version of the framework before counting them', () => {
    const dir = settingsFolder(19);
    const older = JSON.parse(runApq(['init', 'ap-quality-toolkit@1.0.0']).stdout) as Evaluation;
    older.setting = { name: 'Older setting' };
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    const result = JSON.parse(keyed(['aggregate', dir, '--json', '--status', 'any']).stdout) as AggregateDocument;
    assert.equal(result.framework.version, '2.0.0');
    assert.deepEqual(result.periods[0]!.settings, { count: 20, suppressed: false });
  });

  it('should report progress on stderr when there are many files', () => {
    const run = keyed(['aggregate', settingsFolder(120), '--json']);
    assert.equal(run.status, 0);
    assert.match(run.stderr, /^apq aggregate: reading 120 files$/m);
    assert.match(run.stderr, /^apq aggregate: read 120 of 120 files$/m);
    assert.equal(keyed(['aggregate', settingsFolder(5)]).stderr, '');
  });

  it('should refuse invalid files with exit 1 unless told to skip them, and then not name them', () => {
    const dir = settingsFolder(5);
    writeFileSync(join(dir, 'broken.json'), '{"format": "apq-evaluation"}');
    const run = keyed(['aggregate', dir]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /broken\.json: id: is missing: expected a string$/m);
    assertNoStackTrace(run.stderr);
    const skipped = keyed(['aggregate', dir, '--skip-invalid', '--json']);
    assert.equal(skipped.status, 0);
    assert.deepEqual((JSON.parse(skipped.stdout) as AggregateDocument).periods[0]!.settings, { count: 5, suppressed: false });
    assert.doesNotMatch(skipped.stdout, /broken/);
    assert.match(skipped.stderr, /run apq validate on the same files to list them/);
  });

  it('should come to the same outcome reading in worker threads as in one (figures, problems, progress, usage errors)', () => {
    const dir = settingsFolder(150);
    writeFileSync(join(dir, 'leicestershire.json'), JSON.stringify(example('leicestershire-bp-qa', 'good-partnership').evaluation));
    const older = example('ap-quality-toolkit', 'self-evaluation-complete').evaluation;
    writeFileSync(join(dir, 'older.json'), JSON.stringify({ ...older, id: 'older', framework: { id: 'ap-quality-toolkit', version: '1.0.0' }, answers: {}, areas: {}, checks: {}, actions: [], carriedOver: [] }));
    const args = ['aggregate', dir, '--json', '--key-file', keyFile, '--period', 'p1=2026..2026', '--period', 'p2=..', '--breakdown', 'use', '--breakdown', 'setting-type'];
    const withThreads = (threads: string, more: string[] = []) => runApq([...args, ...more], { env: { APQ_THREADS: threads } });
    const figures = (run: CliRun) => {
      assert.equal(run.status, 0, run.stderr);
      const { generatedAt: _at, ...rest } = JSON.parse(run.stdout) as AggregateDocument;
      return rest;
    };
    const one = withThreads('1');
    const three = withThreads('3');
    assert.deepEqual(figures(three), figures(one));
    for (const run of [one, three]) {
      assert.match(run.stderr, /^apq aggregate: reading 152 files$/m);
      assert.match(run.stderr, /^apq aggregate: read 152 of 152 files$/m);
    }

    writeFileSync(join(dir, 's1', 'broken.json'), '{"format": "apq-evaluation"}');
    writeFileSync(join(dir, 's2', 'bad-json.json'), '{"format": ');
    const problems = (run: CliRun) => (JSON.parse(run.stdout) as { problems: Array<{ file: string; path: string; code: string }> }).problems.map((p) => `${p.file}|${p.path}|${p.code}`);
    const brokenOne = withThreads('1');
    const brokenThree = withThreads('3');
    assert.equal(brokenThree.status, 1);
    assert.deepEqual(problems(brokenThree), problems(brokenOne));
    assert.ok(problems(brokenThree).some((p) => p.includes('bad-json.json|(root)|invalid-json')));
    assert.deepEqual(figures(withThreads('3', ['--skip-invalid'])), figures(withThreads('1', ['--skip-invalid'])));

    // A file that cannot be read (here a link to nothing) is a usage error however it is read.
    symlinkSync(join(dir, 'absent-target'), join(dir, 's0', 'trap.json'));
    const folderOne = withThreads('1');
    const folderThree = withThreads('3');
    assert.equal(folderThree.status, 2);
    assert.equal(folderThree.stderr.split('\n').find((l) => l.includes('trap.json')), folderOne.stderr.split('\n').find((l) => l.includes('trap.json')));
    assertNoStackTrace(folderThree.stderr);
  });

  it('should answer usage errors with exit 2', () => {
    assert.equal(runApq(['aggregate']).status, 2);
    assert.equal(runApq(['aggregate', join(tempDir(), 'absent')]).status, 2);
    assert.equal(runApq(['aggregate', tempDir()]).status, 2, 'an empty folder');
    assert.equal(runApq(['aggregate', settingsFolder(3), '--from', 'last week']).status, 2);
    assert.equal(runApq(['aggregate', settingsFolder(3), '--status', 'final']).status, 2);
    assert.equal(runApq(['aggregate', settingsFolder(3), '--breakdown', 'name']).status, 2);
    assert.equal(runApq(['aggregate', settingsFolder(3), '--key-file', tempFile('empty.txt', '')]).status, 2);
  });
});

describe('apq validate and the engine', () => {
  it('should require a rationale for a submitted judgement that differs from its suggestion', () => {
    const e = example('leicestershire-bp-qa', 'mixed-with-rationale').evaluation;
    delete e.areas['outcomes-for-pupils']!.judgement!.rationale;
    const file = evaluationFile(e);
    const run = runApq(['validate', file]);
    assert.equal(run.status, 1);
    assert.equal(
      run.stdout.trimEnd(),
      `${file}: areas.outcomes-for-pupils.judgement.rationale: explain why the judgement for "Outcomes for Pupils" (Good) differs from the suggested level (Requires improvement)`,
    );
  });

  it('should list the new commands in the help', () => {
    const run = runApq(['--help']);
    for (const name of ['init', 'suggest', 'summary', 'compare', 'aggregate']) assert.match(run.stdout, new RegExp(`^ {2}apq ${name} `, 'm'));
  });
});
