// SPDX-License-Identifier: MIT
import type { Command } from '../command.js';
import { aggregateCommand } from './aggregate.js';
import { compareCommand } from './compare.js';
import { diffCommand } from './diff.js';
import { examplesCommand } from './examples.js';
import { frameworksCommand } from './frameworks.js';
import { initCommand } from './init.js';
import { migrateCommand } from './migrate.js';
import { planCommand } from './plan.js';
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
  planCommand,
  examplesCommand,
  compareCommand,
  aggregateCommand,
  diffCommand,
  migrateCommand,
  schemaCommand,
];
