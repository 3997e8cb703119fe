// SPDX-License-Identifier: MIT
// Core hardening, the command line: a closed pipe ends apq quietly (defect 5), control characters
// and bidi overrides in what a file holds are shown escaped in human output (defect 6), and the CSV
// formula guard sees through leading whitespace and full-width signs (defect 10). The CLI tests run
// the built CLI (`npm run build` first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { escapeControls, jsonText } from '../src/cli/escape.js';
import { toCsv } from '../src/engine/csv.js';
import { WORKED_EXAMPLES } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import { CLI, CORE_DIR, runApq, tempDir, tempFile } from './helpers.js';
import { minimalEvaluation } from './fixtures.js';

const released = (id: string, version: string) => join(CORE_DIR, 'data/frameworks', id, 'released', `${version}.json`);

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+|Unhandled 'error' event|EPIPE/, 'no stack trace, no EPIPE');
}

function exampleFile(id: string): string {
  const example = WORKED_EXAMPLES.find((x) => x.id === id);
  assert.ok(example, id);
  return tempFile(`${id}.json`, `${JSON.stringify(example.evaluation, null, 2)}\n`);
}

interface PipedRun {
  status: number;
  /** What the reader printed (head), or '' for a reader that prints nothing. */
  stdout: string;
  /** apq's stderr, unless it was sent into the pipe. */
  stderr: string;
}

/**
 * Runs `node bin.js <args> | <reader>` through `sh -c`, so the pipe is a real one that the reader
 * closes. `into` says which of apq's streams goes into the pipe (the other to /dev/null, or to this
 * process for stderr). apq's own exit status is written to a file, as sh has no pipefail.
 */
function piped(args: string[], reader: string, into: 'stdout' | 'stderr' = 'stdout'): PipedRun {
  const statusFile = join(tempDir('apq-pipe-'), 'status');
  const redirect = into === 'stdout' ? '' : ' 2>&1 >/dev/null';
  const script = `{ "$@"${redirect}; echo $? >"$APQ_STATUS"; } | ${reader}`;
  const run = spawnSync('sh', ['-c', script, 'sh', process.execPath, CLI, ...args], {
    cwd: CORE_DIR,
    env: { ...process.env, APQ_STATUS: statusFile },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: Number(readFileSync(statusFile, 'utf8').trim()), stdout: run.stdout, stderr: run.stderr };
}

describe('defect 5: a closed pipe ends apq quietly', () => {
  it('apq show ap-quality-toolkit@2.0.0 --json | head -c 10 prints 10 bytes and exits 0, with no stack trace', { timeout: 60_000 }, () => {
    const published = readFileSync(released('ap-quality-toolkit', '2.0.0'), 'utf8');
    for (let i = 0; i < 3; i++) {
      const run = piped(['show', 'ap-quality-toolkit@2.0.0', '--json'], 'head -c 10');
      assert.equal(run.stdout, published.slice(0, 10));
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
    }
  });

  it('every command keeps its own exit status when its reader has gone (stdout, or stderr, into a closed pipe)', { timeout: 120_000 }, () => {
    const good = exampleFile('self-evaluation-complete');
    const older = exampleFile('self-evaluation-in-progress');
    const leics = exampleFile('mixed-with-rationale');
    const bad = tempFile('bad.json', '{"format":"apq-evaluation"}');
    const folder = tempDir('apq-pipe-folder-');
    for (const name of ['a', 'b', 'c']) writeFileSync(join(folder, `${name}.json`), readFileSync(good));
    const v1 = tempFile('v1.json', JSON.stringify({ ...minimalEvaluation(), framework: { id: 'ap-quality-toolkit', version: '1.0.0' }, use: undefined, answers: {}, areas: {}, actions: [] }));
    const cases: Array<[string[], number]> = [
      [['show', 'ap-quality-toolkit@2.0.0', '--json'], 0],
      [['show', 'ap-quality-toolkit'], 0],
      [['frameworks'], 0],
      [['schema', 'evaluation'], 0],
      [['init', 'ap-quality-toolkit'], 0],
      [['validate', good, bad], 1],
      [['suggest', leics], 0],
      [['summary', good], 0],
      [['summary', good, '--csv'], 0],
      [['compare', older, good], 0],
      [['aggregate', folder], 0],
      [['diff', 'ap-quality-toolkit@1.0.0', 'ap-quality-toolkit@2.0.0'], 0],
      [['migrate', v1, '--to', '2.0.0'], 0],
      [['--version'], 0],
      [['nope'], 2],
    ];
    for (const [args, status] of cases) {
      const run = piped(args, 'true');
      assert.equal(run.status, status, `${args.join(' ')} | true: ${run.stderr}`);
      assertNoStackTrace(run.stderr);
    }
    // The report of migrate, the help and usage errors go to stderr: into a closed pipe too.
    for (const [args, status] of [[['migrate', v1, '--to', '2.0.0'], 0], [[], 2], [['show', 'nope'], 2], [['validate', bad], 1]] as Array<[string[], number]>) {
      const run = piped(args, 'true', 'stderr');
      assert.equal(run.status, status, `${args.join(' ')} 2>&1 >/dev/null | true`);
    }
    // And a reader that takes part of a long output, then goes.
    const diff = piped(['diff', 'ap-quality-toolkit@1.0.0', 'ap-quality-toolkit@2.0.0', '--json'], 'head -c 100');
    assert.equal(diff.status, 0);
    assert.equal(diff.stdout.length, 100);
    assertNoStackTrace(diff.stderr);
  });
});

// ---- Defect 6 ----

const ESC = '\x1b';
const CR = '\r';
const RLO = '\u202e';
/** Anything a terminal could act on: C0 controls but the newline, DEL, C1 controls, bidi overrides and isolates. */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;

function assertEscaped(text: string, what: string): void {
  const raw = RAW.exec(text);
  assert.equal(raw, null, `${what}: raw U+${raw?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, (raw?.index ?? 0) - 40), (raw?.index ?? 0) + 40))}`);
}

const evil = {
  id: `evil${ESC}[31m${CR}${RLO}-id`,
  name: `Evil${ESC}]0;pwned\x07 School${CR}${RLO}loohcS`,
  strength: `Strong${ESC}[2J${CR}strength${RLO}`,
  priority: `Priority${ESC}[1m${CR}${RLO}\x9b\x7f\nnext line`,
};
const shown = {
  id: 'evil\\x1b[31m\\r\\u202e-id',
  name: 'Evil\\x1b]0;pwned\\x07 School\\r\\u202eloohcS',
  strength: 'Strong\\x1b[2J\\rstrength\\u202e',
  priority: 'Priority\\x1b[1m\\r\\u202e\\x9b\\x7f\\nnext line',
};

function evilEvaluation(parts: Partial<Evaluation> = {}): Evaluation {
  return minimalEvaluation({
    id: evil.id,
    setting: { name: evil.name, urn: '123456' },
    areas: { 'pupil-induction': { strengths: [evil.strength], priorities: [{ id: 'p1', text: evil.priority }] } },
    ...parts,
  });
}

describe('defect 6: human output shows control characters escaped', () => {
  const file = tempFile('evil.json', JSON.stringify(evilEvaluation()));

  it('apq suggest, summary and compare escape the id, the setting name, strengths and priorities', () => {
    const suggest = runApq(['suggest', file]);
    assert.equal(suggest.status, 0, suggest.stderr);
    assertEscaped(suggest.stdout + suggest.stderr, 'suggest');
    assert.ok(suggest.stdout.includes(`evaluation ${shown.id}`), suggest.stdout.slice(0, 300));

    const summary = runApq(['summary', file]);
    assert.equal(summary.status, 0, summary.stderr);
    assertEscaped(summary.stdout + summary.stderr, 'summary');
    assert.ok(summary.stdout.startsWith(`${shown.name} (URN 123456)`), summary.stdout.slice(0, 200));
    assert.ok(summary.stdout.includes(`    + ${shown.strength}\n`));
    assert.ok(summary.stdout.includes(`    ! ${shown.priority}\n`));

    const before = tempFile('before.json', JSON.stringify(evilEvaluation({ id: `before${ESC}`, areas: {}, actions: [] })));
    const compare = runApq(['compare', before, file]);
    assert.equal(compare.status, 0, compare.stderr);
    assertEscaped(compare.stdout + compare.stderr, 'compare');
    assert.ok(compare.stdout.startsWith('before\\x1b ('));
    assert.ok(compare.stdout.includes(` → ${shown.id} (`));
    assert.ok(compare.stdout.includes(`  + strength: ${shown.strength}\n`));
    assert.ok(compare.stdout.includes(`  + priority: ${shown.priority}\n`));
  });

  it('apq aggregate escapes the priorities it shows, and never names the files it leaves out', () => {
    const folder = tempDir('apq-evil-');
    ['100001', '100002', '100003', '100004', '100005'].forEach((urn, i) =>
      writeFileSync(join(folder, `${i}.json`), JSON.stringify(evilEvaluation({ id: `e${i}`, setting: { name: `${evil.name} ${i}`, urn } }))),
    );
    const other = join(folder, `other${ESC}[5m.json`);
    writeFileSync(other, JSON.stringify(minimalEvaluation({ framework: { id: 'leicestershire-bp-qa', version: '1.0.0' }, use: undefined, areas: {}, answers: {}, actions: [] })));
    const run = runApq(['aggregate', folder, '--status', 'any']);
    assert.equal(run.status, 0, run.stderr);
    assertEscaped(run.stdout + run.stderr, 'aggregate');
    assert.ok(run.stdout.includes(`      ${shown.priority} (5 settings)`), run.stdout);
    assert.ok(!run.stdout.includes('.json'), 'a file left out is counted, never named');
  });

  it('apq validate escapes the values its problems quote ("got …") and the file names it names', () => {
    const bad = tempFile('bad.json', JSON.stringify({ ...evilEvaluation(), updatedAt: `2026${ESC}[31m${CR}${RLO}`, status: `final${ESC}` }));
    const named = join(tempDir(), `named${ESC}[31m${RLO}.json`);
    writeFileSync(named, JSON.stringify(evilEvaluation()));
    const run = runApq(['validate', bad, named]);
    assert.equal(run.status, 1);
    assertEscaped(run.stdout + run.stderr, 'validate');
    assert.match(run.stdout, /updatedAt: .*got .*\\u202e/);
    assert.ok(run.stdout.includes('named\\x1b[31m\\u202e.json: valid evaluation'), run.stdout);
  });

  it('every other human output and every error message is escaped too: show, diff, migrate, usage errors', () => {
    const framework = JSON.parse(readFileSync(released('ap-quality-toolkit', '2.0.0'), 'utf8')) as { version: string; categories: Array<{ areas: Array<{ title: string }> }> };
    framework.version = '2.0.1';
    framework.categories[0]!.areas[0]!.title = `Evil${ESC}[2J${CR}${RLO} title`;
    const frameworkFile = tempFile('evil-framework.json', JSON.stringify(framework));
    const runs = {
      diff: runApq(['diff', 'ap-quality-toolkit@2.0.0', frameworkFile]),
      migrate: runApq(['migrate', tempFile(`bad${ESC}.json`, '{}'), '--to', '2.0.0']),
      show: runApq(['show', `nope${ESC}[31m${RLO}`]),
      command: runApq([`nope${ESC}[31m`]),
      option: runApq(['frameworks', `--colour${ESC}`]),
    };
    for (const [what, run] of Object.entries(runs)) {
      assertEscaped(run.stdout + run.stderr, what);
      // Text a message quotes as JSON shows ESC as \u001b; the rest of the line escapes it as \x1b.
      assert.match(run.stdout + run.stderr, /\\x1b|\\u001b/, `${what} shows the escape: ${run.stdout}${run.stderr}`);
    }
    assert.equal(runs.show.status, 2);
    assert.match(runs.show.stderr, /unknown framework "nope\\x1b\[31m\\u202e"/);
  });

  it('--json output stays JSON: parseable, the values as they were, bidi and C1 controls written as \\u escapes', () => {
    const bad = tempFile('bad.json', JSON.stringify({ ...evilEvaluation(), updatedAt: `2026${ESC}${RLO}` }));
    const commands: Array<[string[], number]> = [
      [['suggest', file, '--json'], 0],
      [['summary', file, '--json'], 0],
      [['compare', file, file, '--json'], 0],
      [['validate', bad, '--json'], 1],
      [['summary', bad, '--json'], 1],
    ];
    for (const [args, status] of commands) {
      const run = runApq(args);
      assert.equal(run.status, status, run.stderr);
      assertEscaped(run.stdout, args.join(' '));
      assert.ok(run.stdout.includes('\\u202e'), `${args.join(' ')} writes U+202E as \\u202e`);
      JSON.parse(run.stdout);
    }
    const summary = JSON.parse(runApq(['summary', file, '--json']).stdout) as { evaluation: { setting: { name: string } }; strengths: unknown };
    assert.equal(summary.evaluation.setting.name, evil.name);
    assert.ok(JSON.stringify(summary).includes(JSON.stringify(evil.priority).slice(1, -1)));
  });

  it('one escaping function: C0 and C1 controls, DEL, bidi overrides and isolates; newlines too (one line is one line)', () => {
    assert.equal(escapeControls(`a${ESC}b${CR}c\nd\te\x00f\x7fg\x85h${RLO}i\u2066j\u2069k\u202al`), 'a\\x1bb\\rc\\nd\\te\\x00f\\x7fg\\x85h\\u202ei\\u2066j\\u2069k\\u202al');
    assert.equal(escapeControls('Plain text, “quotes”, é, 日本, \\ and emoji 🙂'), 'Plain text, “quotes”, é, 日本, \\ and emoji 🙂');
    const value = { a: `x${RLO}\x9b\x7f${ESC}\u2028`, b: ['\u2066'] };
    const text = jsonText(value);
    assertEscaped(text, 'jsonText');
    assert.deepEqual(JSON.parse(text), value);
    assert.equal(jsonText({ a: 'plain' }), JSON.stringify({ a: 'plain' }, null, 2));
  });
});

describe('defect 10: the CSV formula guard', () => {
  const cell = (value: string) => toCsv([[value]]);

  it('neutralises = + - @ after leading whitespace of any kind, newlines and tabs included', () => {
    assert.equal(cell(' =1+1'), "' =1+1");
    assert.equal(cell('   @SUM(A1)'), "'   @SUM(A1)");
    assert.equal(cell('\n=HYPERLINK("x")'), `"'\n=HYPERLINK(""x"")"`);
    assert.equal(cell('\r\n+1'), `"'\r\n+1"`);
    assert.equal(cell('\t-1'), "'\t-1");
    assert.equal(cell('\u00a0=1'), "'\u00a0=1");
    assert.equal(cell('\u3000=1'), "'\u3000=1");
    assert.equal(cell('\ufeff=1'), "'\ufeff=1");
    assert.equal(cell('\u2028=1'), "'\u2028=1");
  });

  it('neutralises the full-width forms ＝ ＋ － ＠, with or without whitespace before them', () => {
    for (const sign of ['＝', '＋', '－', '＠']) {
      assert.equal(cell(`${sign}1+1`), `'${sign}1+1`);
      assert.equal(cell(` \t${sign}1`), `' \t${sign}1`);
    }
  });

  it('neutralises a cell starting with a tab or a carriage return, whatever follows', () => {
    assert.equal(cell('\tplain'), "'\tplain");
    assert.equal(cell('\rplain'), `"'\rplain"`);
  });

  it('leaves other text and numbers as they are', () => {
    for (const text of ['Good', 'a=b', '1-2', 'x @ y', ' leading space', 'Not judged', '']) assert.equal(cell(text), text);
    assert.equal(toCsv([[-1, 2]]), '-1,2');
    assert.equal(cell('a,b'), '"a,b"');
  });
});
