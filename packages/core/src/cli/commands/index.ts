// SPDX-License-Identifier: MIT
import type { Command } from '../command.js';
import { aggregateCommand } from './aggregate.js';
import { compareCommand } from './compare.js';
import { diffCommand } from './diff.js';
import { frameworksCommand } from './frameworks.js';
import { initCommand } from './init.js';
import { migrateCommand } from './migrate.js';
import { schemaCommand } from './schema.js';
import { showCommand } from './show.js';
import { suggestCommand } from './suggest.js';
import { summaryCommand } from './summary.js';
import { validateCommand } from './validate.js';

export const COMMANDS: readonly Command[] = [
  frameworksCommand,
  showCommand,
  validateCommand,
  initCommand,
  suggestCommand,
  summaryCommand,
  compareCommand,
  aggregateCommand,
  diffCommand,
  migrateCommand,
  schemaCommand,
];
