// SPDX-License-Identifier: MIT
import type { Command } from '../command.js';
import { frameworksCommand } from './frameworks.js';
import { schemaCommand } from './schema.js';
import { showCommand } from './show.js';
import { validateCommand } from './validate.js';

export const COMMANDS: readonly Command[] = [frameworksCommand, showCommand, validateCommand, schemaCommand];
