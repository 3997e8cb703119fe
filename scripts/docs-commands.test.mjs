// SPDX-License-Identifier: MIT
// Every shell command in the docs works as written, on a fresh clone. Reads each fenced ```sh
// (or bash, shell) block of README.md, packages/*/README.md, docs/**/*.md and packages/*/docs/**/*.md
// (the root README first, so its set-up runs before the guides), clones the repository into a
// temporary folder (with the working tree's uncommitted changes laid over it, so a local run
// tests what is on disk; in CI there are none), and runs the commands there, in order, one
// block at a time, each line in bash with `set -eo pipefail`:
//   - a server (`npm start`, `npm run demo`: port 8000; `npm run storybook`: port 6006) is started,
//     must answer on its port, and is stopped; whatever precedes it on the line (`npm install &&`)
//     runs first;
//   - `npm test` is not run: it is the command that runs this test (CI runs it, after the same set-up);
//   - interactive commands (`npx changeset` on its own) are not run;
//   - a block whose info string says `not run: <reason>` is skipped, e.g.
//       ```sh title="not run: needs the published package"
// npm runs with the cache first (prefer-offline), so the clone installs from the CI install's cache.
// Run after `npm run build` is not needed: the clone builds itself. node --test scripts/docs-commands.test.mjs
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Commands that serve until stopped, and the port each answers on (as the docs say). */
export const SERVERS = new Map([
  ['npm start', 8000],
  ['npm run demo', 8000],
  ['npm run storybook', 6006],
]);
const THIS_SUITE = 'npm test';
const INTERACTIVE = new Set(['npx changeset', 'npm run changeset']);
const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell']);
const COMMAND_TIMEOUT_MS = 5 * 60_000;
const SERVER_TIMEOUT_MS = 6 * 60_000;
const PORT_WAIT_MS = 30_000;

/** The Markdown files whose shell blocks are run, root README first, then package READMEs, then guides. */
export function docFiles(root = ROOT) {
  const markdownUnder = (dir) => (existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true }).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)).sort()
    : []);
  const packages = readdirSync(join(root, 'packages')).sort();
  return [
    'README.md',
    ...packages.map((p) => join('packages', p, 'README.md')).filter((f) => existsSync(join(root, f))),
    ...markdownUnder('docs'),
    ...packages.flatMap((p) => markdownUnder(join('packages', p, 'docs'))),
  ];
}

/** The fenced shell blocks of a Markdown text: where each starts, its info string and its lines. */
export function shellBlocks(text) {
  const blocks = [];
  let open;
  text.split('\n').forEach((line, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/.exec(line);
    if (open) {
      if (fence && fence[2][0] === open.fence[0] && fence[2].length >= open.fence.length && fence[3] === '' && fence[4].trim() === '') {
        if (open.shell) blocks.push({ line: open.line, info: open.info, lines: open.lines });
        open = undefined;
      } else open.lines.push({ line: i + 1, text: line });
      return;
    }
    if (fence) open = { fence: fence[2], line: i + 1, info: `${fence[3]}${fence[4]}`.trim(), shell: SHELL_LANGUAGES.has(fence[3]), lines: [] };
  });
  return blocks;
}

/** Why a block is not run (from `not run: <reason>` in its info string), or undefined. */
export function notRunReason(block) {
  return /\bnot run:\s*([^"']+)/.exec(block.info)?.[1].trim();
}

/** A line without its trailing `# comment` (a # that starts a word outside quotes). */
export function withoutComment(line) {
  let quote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

/** The commands of a block: continuation lines joined, comments and blank lines dropped. */
export function commandsOf(block) {
  const commands = [];
  let pending;
  for (const { line, text } of block.lines) {
    const bare = withoutComment(text);
    if (pending) {
      pending.command += ` ${bare.trim()}`;
    } else if (bare.trim() !== '') {
      pending = { line, command: bare.trim() };
    }
    if (pending && pending.command.endsWith('\\')) pending.command = pending.command.slice(0, -1).trimEnd();
    else if (pending) {
      commands.push(pending);
      pending = undefined;
    }
  }
  if (pending) commands.push(pending);
  return commands;
}

/** What to do with one command: run it, start and check a server (after what precedes it), or skip it. */
export function planOf(command) {
  const steps = command.split(/\s*&&\s*/).filter((step) => step !== THIS_SUITE);
  if (steps.length === 0) return { kind: 'skip', reason: `\`${THIS_SUITE}\` runs this test` };
  if (steps.length === 1 && INTERACTIVE.has(steps[0])) return { kind: 'skip', reason: 'interactive' };
  const last = steps.at(-1);
  if (SERVERS.has(last)) return { kind: 'server', before: steps.slice(0, -1).join(' && '), server: last, port: SERVERS.get(last) };
  return { kind: 'run', command: steps.join(' && ') };
}

/** The environment the commands run in: npm from its cache first, quiet, no telemetry. */
function commandEnv() {
  return {
    ...process.env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    STORYBOOK_DISABLE_TELEMETRY: '1',
  };
}

/** Starts bash on a command in its own process group; resolves when it exits. */
function startBash(command, cwd) {
  const child = spawn('bash', ['-c', `set -eo pipefail\n${command}`], { cwd, env: commandEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

function stopGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Runs a command to its end; throws with its output's tail when it fails or times out. */
export async function runCommand(command, cwd, timeoutMs = COMMAND_TIMEOUT_MS) {
  const run = startBash(command, cwd);
  const timer = setTimeout(() => stopGroup(run.child, 'SIGKILL'), timeoutMs);
  const { code, signal } = await run.exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`\`${command}\` ${signal ? `was stopped (${signal}, over ${timeoutMs / 1000} s)` : `exited with ${code}`}:\n${run.output().slice(-4000)}`);
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Listening TCP sockets (Linux): socket inode → port; undefined where /proc cannot tell. */
function listeningSockets() {
  const tables = ['/proc/net/tcp', '/proc/net/tcp6'].filter((file) => existsSync(file));
  if (tables.length === 0) return undefined;
  const sockets = new Map();
  for (const table of tables) {
    for (const row of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state, , , , , , inode] = row.trim().split(/\s+/);
      if (local && state === '0A') sockets.set(inode, Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16));
    }
  }
  return sockets;
}

/**
 * The ports that processes of the group `pgid` (a command and everything it started) listen on,
 * so that an answer from something else on the same port is never taken for the command's;
 * undefined where /proc cannot tell.
 */
export function portsOfGroup(pgid) {
  const sockets = listeningSockets();
  if (sockets === undefined) return undefined;
  const ports = new Set();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== pgid) continue;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (socket && sockets.has(socket[1])) ports.add(sockets.get(socket[1]));
      }
    } catch {
      // the process has gone, or is not ours to read
    }
  }
  return ports;
}

/**
 * Starts a server command, waits until it listens on its port and http://localhost:<port>/
 * answers 200, then stops it. Waits a while for the port when something else holds it; if it is
 * still held, a server that moves to another port by itself (as the demo's does) is checked there,
 * and the test says so.
 */
export async function checkServer(command, port, cwd, timeoutMs = SERVER_TIMEOUT_MS) {
  for (let waited = 0; waited < PORT_WAIT_MS && (await portAnswers(port)); waited += 1000) await new Promise((resolve) => setTimeout(resolve, 1000));
  const run = startBash(command, cwd);
  let exited;
  run.exited.then((result) => {
    exited = result;
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exited) throw new Error(`\`${command}\` exited (${exited.code ?? exited.signal}) before answering on port ${port}:\n${run.output().slice(-4000)}`);
      if (Date.now() > deadline) throw new Error(`\`${command}\` did not answer on http://localhost:${port}/ within ${timeoutMs / 1000} s:\n${run.output().slice(-4000)}`);
      const ports = portsOfGroup(run.child.pid);
      let answering;
      if (ports === undefined || ports.has(port)) answering = port;
      else if (ports.size > 0 && (await portAnswers(port))) {
        answering = Math.min(...ports);
        console.log(`# port ${port} is held by another process: \`${command}\` serves on ${answering} instead`);
      }
      const status = answering ? await fetch(`http://localhost:${answering}/`).then((r) => r.status, () => undefined) : undefined;
      if (status === 200) return;
      if (status !== undefined) throw new Error(`\`${command}\` answered ${status} on http://localhost:${answering}/`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    stopGroup(run.child);
    const killer = setTimeout(() => stopGroup(run.child, 'SIGKILL'), 5000);
    await run.exited;
    clearTimeout(killer);
  }
}

/** Runs every command of a block in order. */
export async function runBlock(block, cwd) {
  for (const { command } of commandsOf(block)) {
    const plan = planOf(command);
    if (plan.kind === 'run') await runCommand(plan.command, cwd);
    else if (plan.kind === 'server') {
      if (plan.before) await runCommand(plan.before, cwd);
      await checkServer(plan.server, plan.port, cwd);
    }
  }
}

function git(args, cwd = ROOT) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** A fresh clone of the repository, with the working tree's uncommitted changes laid over it. */
function freshClone(into) {
  git(['clone', '--quiet', ROOT, into], tmpdir());
  const paths = (args) => git(args).split('\0').filter(Boolean);
  const changed = new Set([...paths(['diff', '--name-only', '-z', 'HEAD']), ...paths(['ls-files', '-z', '--others', '--exclude-standard'])]);
  for (const path of changed) {
    const from = join(ROOT, path);
    const to = join(into, path);
    if (!existsSync(from)) {
      rmSync(to, { force: true });
      continue;
    }
    if (!statSync(from).isFile()) continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    chmodSync(to, statSync(from).mode);
  }
  return changed.size;
}

describe('reading the docs', () => {
  const block = (info, text) => shellBlocks(`# Doc\n\n\`\`\`${info}\n${text}\n\`\`\`\n`)[0];

  it('finds sh blocks with their lines and info strings, and nothing else', () => {
    const text = '```js\nnot();\n```\n```sh title="not run: needs the published package"\nnpm install x\n```\n````md\n```sh\ninside();\n```\n````\n';
    const blocks = shellBlocks(text);
    assert.equal(blocks.length, 1);
    assert.equal(notRunReason(blocks[0]), 'needs the published package');
    assert.deepEqual(commandsOf(blocks[0]), [{ line: 5, command: 'npm install x' }]);
  });

  it('drops comments, keeps # inside quotes, joins continued lines', () => {
    const b = block('sh', '# a comment\nnpx apq show x   # read one\necho "a # b" \\\n  --json\n');
    assert.deepEqual(commandsOf(b).map((c) => c.command), ['npx apq show x', 'echo "a # b" --json']);
  });

  it('plans servers, the suite itself and interactive commands', () => {
    assert.deepEqual(planOf('npm install && npm start'), { kind: 'server', before: 'npm install', server: 'npm start', port: 8000 });
    assert.deepEqual(planOf('npm run gen && npm test'), { kind: 'run', command: 'npm run gen' });
    assert.equal(planOf('npm test').kind, 'skip');
    assert.equal(planOf('npx changeset').kind, 'skip');
    assert.equal(planOf('npx changeset version').kind, 'run');
  });

  it('fails on a broken command, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apq-docs-self-'));
    try {
      await runBlock(block('sh', 'true\nls no-such-file-here   # broken on purpose\n'), dir);
      assert.fail('a broken command passed');
    } catch (error) {
      assert.match(error.message, /`ls no-such-file-here` exited with 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells a server of its own from another process on the same port', async () => {
    const server = createServer((request, response) => response.end('x'));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address();
      const stat = readFileSync('/proc/self/stat', 'utf8');
      const ownGroup = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      assert.ok(portsOfGroup(ownGroup).has(port));
      assert.ok(!portsOfGroup(ownGroup + 100_000).has(port));
    } finally {
      server.close();
    }
  });

  it('fails on a pipeline whose first command fails', async () => {
    await assert.rejects(runCommand('false | cat', tmpdir()), /exited with 1/);
  });
});

describe('every shell command in the docs, in a fresh clone', () => {
  const work = mkdtempSync(join(tmpdir(), 'apq-docs-'));
  const clone = join(work, 'repo');
  const started = Date.now();

  before(() => {
    const overlaid = freshClone(clone);
    if (overlaid > 0) console.log(`# fresh clone in ${clone}, with ${overlaid} uncommitted paths of the working tree laid over it`);
    // Beside the clone, as beside the repository: the source documents some tests read.
    if (existsSync(join(ROOT, '../shared'))) symlinkSync(join(ROOT, '../shared'), join(work, 'shared'));
  });

  after(() => {
    console.log(`# docs commands: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (!process.env.APQ_KEEP_TMP) rmSync(work, { recursive: true, force: true });
  });

  for (const file of docFiles()) {
    for (const b of shellBlocks(readFileSync(join(ROOT, file), 'utf8'))) {
      const name = `${file}:${b.line}: ${commandsOf(b).map((c) => c.command).join('; ') || '(no commands)'}`;
      const reason = notRunReason(b);
      if (reason) it(name, { skip: `not run: ${reason}` }, () => {});
      else it(name, { timeout: 15 * 60_000 }, () => runBlock(b, clone));
    }
  }

  it('found the README set-up among the blocks', () => {
    const setUp = shellBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8')).flatMap(commandsOf).map((c) => c.command);
    assert.ok(setUp.includes('npm install && npm start'), `README.md's set-up is not \`npm install && npm start\`: ${setUp.join('; ')}`);
    assert.ok(setUp.includes(THIS_SUITE));
  });
});
