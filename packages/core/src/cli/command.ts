// SPDX-License-Identifier: MIT
import type { ParseArgsConfig } from 'node:util';
import type { Catalogue } from '../model/catalogue.js';

/** Lines for people: one string is one line (a newline inside it is shown as `\n`). */
export type Lines = string | readonly string[];

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  catalogue: Catalogue;
  /** Human-readable lines on stdout, each escaped (`escapeControls`): nothing in them reaches a terminal raw. */
  out: (lines: Lines) => void;
  /** Human-readable lines on stderr, escaped the same way. */
  err: (lines: Lines) => void;
  /** Machine-readable output on stdout (JSON from `jsonText`, CSV, a schema file), written as it is. */
  data: (text: string) => void;
}

/** What a command returns: its exit status. 0 ok, 1 bad input or a check failed, 2 usage error. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(context: CommandContext): ExitCode | Promise<ExitCode>;
}

/** A usage error: the command line itself is wrong (exit status 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const JSON_OPTION = { json: { type: 'boolean' } } as const;
