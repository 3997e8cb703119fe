// SPDX-License-Identifier: MIT
// `apq plan`, `apq examples` and `apq validate` on plans and libraries, as real processes.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Evaluation } from '../src/schema/evaluation.js';
import { INPUT_LIMITS } from '../src/schema/limits.js';
import { PLAN_CSV_HEADER } from '../src/engine/plan-csv.js';
import { CORE_DIR, assertCodes, runApq, tempDir, tempFile } from './helpers.js';
import { action, review, withActions } from './plan-fixtures.js';

const plan = withActions(
  [
    action({ id: 'a1', due: '2026-10', who: 'Key adult', successMeasure: 'Forms back within a week', status: 'in-progress', reviews: [review({ by: 'Head', evidence: 'Two forms back' })] }),
    action({ id: 'a2', priority: undefined, what: '=HYPERLINK("http://x")', due: '2027-02' }),
    action({ id: 'a3', area: 'attendance-and-engagement', priority: undefined, what: 'Call home on day one', status: 'done' }),
  ],
  { setting: { name: 'Riverside\u001b[2J Centre' } },
);

function file(e: unknown, name = 'plan.json'): string {
  return tempFile(name, JSON.stringify(e));
}

describe('apq plan', () => {
  it('prints the plan by area and priority, overdue actions marked, as of --on', () => {
    const run = runApq(['plan', file(plan), '--on', '2026-11-01']);
    assert.equal(run.status, 0, run.stderr);
    const out = run.stdout.split('\n');
    assert.match(out[0]!, /^Riverside\\x1b\[2J Centre · improvement plan · .* · as of 2026-11-01$/);
    assert.equal(out[1], '3 actions · not started 1 · in progress 1 · done 1 · dropped 0 · overdue 1 · reviewed in the last 90 days 1 · never reviewed 2');
    const text = run.stdout;
    assert.ok(text.indexOf('Pupil induction') < text.indexOf('Attendance') || !text.includes('Attendance'));
    assert.match(text, /Priority: Faster referral information\n {4}- OVERDUE \[in progress\] Agree a referral form · owner: Key adult · due 2026-10\n {8}success measure: Forms back within a week\n {8}review 2026-10-01 by Head → in progress: Draft form shared\. · evidence: Two forms back/);
    assert.match(text, /Other actions\n {4}- \[not started\] =HYPERLINK\("http:\/\/x"\) · due 2027-02/);
    assert.match(text, / {2}Actions\n {4}- \[done\] Call home on day one/);
    // Not overdue on the last day of the month it is due in.
    assert.doesNotMatch(runApq(['plan', file(plan), '--on', '2026-10-31']).stdout, /OVERDUE/);
  });

  it('--json gives the plan with each action marked overdue or not', () => {
    const run = runApq(['plan', file(plan), '--on', '2026-11-01', '--json']);
    assert.equal(run.status, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { on: string; progress: { overdue: number }; areas: Array<{ id: string; priorities: Array<{ actions: Array<{ id: string; overdue: boolean; reviews: unknown[] }> }>; otherActions: Array<{ id: string; overdue: boolean }> }> };
    assert.equal(doc.on, '2026-11-01');
    assert.equal(doc.progress.overdue, 1);
    const induction = doc.areas.find((a) => a.id === 'pupil-induction')!;
    assert.deepEqual(induction.priorities[0]!.actions.map((a) => [a.id, a.overdue, a.reviews.length]), [['a1', true, 1]]);
    assert.deepEqual(induction.otherActions.map((a) => [a.id, a.overdue]), [['a2', false]]);
  });

  it('--csv gives one row per action, formulas kept as text', () => {
    const run = runApq(['plan', file(plan), '--on', '2026-11-01', '--csv']);
    assert.equal(run.status, 0, run.stderr);
    const rows = run.stdout.trimEnd().split('\n');
    assert.equal(rows[0], PLAN_CSV_HEADER.join(','));
    assert.equal(rows.length, 4);
    assert.ok(rows.some((r) => r.includes(`"'=HYPERLINK(""http://x"")"`)), rows.join('\n'));
    assert.ok(rows.some((r) => r.includes(',a1,') && r.includes(',in-progress,yes,no,')));
  });

  it('answers a bad --on or both formats with a usage error, a bad file with path: problem and exit 1', () => {
    for (const args of [['--on', '2026-02-30'], ['--on', 'today'], ['--json', '--csv']]) {
      const run = runApq(['plan', file(plan), ...args]);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^apq plan: /);
    }
    const bad = runApq(['plan', file(withActions([action({ due: '2026-02-31' })]))]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /plan\.json: actions\[0\]\.due: "2026-02-31" is not a date in the calendar/);
  });
});

describe('apq validate on bad plans', () => {
  const cases: Array<{ name: string; evaluation: () => unknown; line: RegExp }> = [
    { name: `${(10_000).toLocaleString('en-GB')} actions`, evaluation: () => withActions(Array.from({ length: 10_000 }, (_, i) => action({ id: `a-${i}` }))), line: new RegExp(`actions: .*${INPUT_LIMITS.actions}`) },
    { name: 'an unknown status', evaluation: () => withActions([{ ...action(), status: 'finished' as never }]), line: /actions\[0\]\.status: must be one of/ },
    { name: 'a due date of 31 February', evaluation: () => withActions([action({ due: '2026-02-31' })]), line: /actions\[0\]\.due: "2026-02-31" is not a date in the calendar/ },
    { name: 'a review before the action was created', evaluation: () => withActions([action({ reviews: [review({ on: '2026-08-01' })] })]), line: /actions\[0\]\.reviews\[0\]\.on: the review is dated 2026-08-01, before the action was created \(2026-09-01\)/ },
    { name: 'an action for a missing area', evaluation: () => withActions([action({ area: 'no-such-area', priority: undefined })]), line: /actions\[0\]\.area: unknown area "no-such-area"/ },
    { name: 'an action for a missing priority', evaluation: () => withActions([action({ priority: 'gone' })]), line: /actions\[0\]\.priority: no priority "gone" in area "pupil-induction"/ },
  ];
  for (const c of cases) {
    it(`answers ${c.name} with path: problem and exit 1`, () => {
      const run = runApq(['validate', file(c.evaluation())]);
      assert.equal(run.status, 1, run.stdout);
      assert.match(run.stdout, c.line);
      const json = runApq(['validate', file(c.evaluation()), '--json']);
      assertCodes((JSON.parse(json.stdout) as Array<{ problems: never[] }>)[0]!.problems);
    });
  }
});

describe('apq examples', () => {
  // A submitted evaluation (the worked example) that offers one example of practice.
  const submitted = (JSON.parse(readFileSync(join(CORE_DIR, 'data/frameworks/ap-quality-toolkit/examples/self-evaluation-complete.json'), 'utf8')) as { evaluation: Evaluation }).evaluation;
  const offered = (id: string, name: string, title: string): Evaluation => ({
    ...structuredClone(submitted),
    id,
    setting: { name, urn: '123456', type: 'AP academy' },
    practice: [{ id: 'pupil-induction-practice-1', title, summary: 'What we do.', areas: ['pupil-induction'], settingType: 'AP academy', offeredAt: '2026-11-30T10:00:00Z' }],
  });

  it('collects the offers of a folder of evaluations into a library that validates and names no setting', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(offered('eval-a', 'Riverside', 'Key adults')));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(offered('eval-b', 'Hillside', 'Calm starts')));
    writeFileSync(join(dir, 'notes.txt'), 'not read');
    const run = runApq(['examples', dir, '--json', '--title', 'Our examples']);
    assert.equal(run.status, 0, run.stdout);
    const library = JSON.parse(run.stdout) as { format: string; title: string; examples: Array<{ title: string; id: string }> };
    assert.equal(library.format, 'apq-practice-library');
    assert.equal(library.title, 'Our examples');
    assert.deepEqual(library.examples.map((x) => x.title), ['Calm starts', 'Key adults']);
    for (const secret of ['Riverside', 'Hillside', '123456', 'eval-a', 'eval-b']) assert.ok(!run.stdout.includes(secret), secret);
    const libraryFile = tempFile('library.json', run.stdout);
    const valid = runApq(['validate', libraryFile]);
    assert.equal(valid.status, 0, valid.stdout);
    assert.match(valid.stdout, /valid library of practice \(2 examples\)/);
    const text = runApq(['examples', dir]);
    assert.match(text.stdout, /^2 examples of practice from 2 evaluations/);
  });

  it('answers a bad evaluation with path: problem and exit 1, and no files with a usage error', () => {
    const bad = offered('eval-a', 'Riverside', 'x');
    bad.practice![0]!.areas = ['nowhere'];
    const run = runApq(['examples', file(bad)]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /practice\[0\]\.areas\[0\]: unknown area "nowhere"/);
    assert.equal(runApq(['examples']).status, 2);
    assert.equal(runApq(['examples', tempDir()]).status, 2);
  });

  it('answers a bad library with path: problem and exit 1 in apq validate', () => {
    const run = runApq(['validate', file({ format: 'apq-practice-library', formatVersion: 1, examples: [{ id: 'x', title: 't', summary: 's', areas: [], offeredAt: '2026-12-01', framework: { id: 'ap-quality-toolkit', version: '2.0.0' }, settingName: 'Riverside' }] })]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /examples\[0\]\.areas: /);
    assert.match(run.stdout, /examples\[0\]\.settingName: /);
  });
});
