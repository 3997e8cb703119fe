// SPDX-License-Identifier: MIT
// apq: the command line of @ap-quality/core. Exit status 0 ok, 1 invalid input, 2 usage error.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundledCatalogue } from '../frameworks/index.js';
import { type CommandContext, type ExitCode, type Lines, UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';
import { escapeControls } from './escape.js';
import { packageFile } from './package-file.js';
import { type Output, processOutput } from './streams.js';

function help(): string[] {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'apq: AP quality frameworks, evaluations and the engine, from the command line.',
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json for machine-readable output.',
    'Exit status: 0 ok, 1 invalid input (one "path: problem" line each), 2 usage error.',
  ];
}

/**
 * Human output goes through one function, `escapeControls`, line by line; machine output (JSON,
 * CSV) is written as it is (`data`), its JSON made by `jsonText`.
 */
function channels(output: Output): Pick<CommandContext, 'out' | 'err' | 'data'> {
  const lines = (write: (text: string) => void) => (text: Lines) => {
    const list = typeof text === 'string' ? [text] : text;
    write(list.map((line) => `${escapeControls(line)}\n`).join(''));
  };
  return { out: lines(output.stdout), err: lines(output.stderr), data: (text) => output.stdout(`${text}\n`) };
}

export async function runCli(argv: string[], output: Output = processOutput()): Promise<ExitCode> {
  const { out, err, data } = channels(output);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? err : out)(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    out((JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err([`apq: unknown command "${name}"`, '', ...help()]);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run({ values, positionals, catalogue: bundledCatalogue, out, err, data });
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err([`apq ${command.name}: ${(error as Error).message}`, `Usage: ${command.usage}`]);
      return 2;
    }
    // A bug, not bad input: say so plainly, without a stack trace.
    err(`apq ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
