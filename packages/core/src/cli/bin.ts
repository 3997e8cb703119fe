#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the CLI on this process's arguments and streams. The package's `apq` bin is bin/apq.js, a
// committed launcher that imports this file once it is built (and the tests run it directly).
import { runCli } from './main.js';
import { processOutput } from './streams.js';

process.exitCode = await runCli(process.argv.slice(2), processOutput());
