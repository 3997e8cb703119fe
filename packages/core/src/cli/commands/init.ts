// SPDX-License-Identifier: MIT
import { init } from '../../engine/init.js';
import { type Command, JSON_OPTION, UsageError } from '../command.js';
import { jsonText } from '../escape.js';
import { frameworkFromSpec } from '../resolve.js';

export const initCommand: Command = {
  name: 'init',
  usage: 'apq init <id>[@<version>] [--use <use>] [--json]',
  summary: 'print a new, empty evaluation of a framework version, ready to fill',
  options: { ...JSON_OPTION, use: { type: 'string' } },
  run({ positionals, values, catalogue, data }) {
    if (positionals.length > 1) throw new UsageError('name one framework');
    const framework = frameworkFromSpec(positionals[0], catalogue);
    const use = typeof values.use === 'string' ? values.use : undefined;
    if (use !== undefined && !framework.uses.some((u) => u.id === use)) {
      const known = framework.uses.map((u) => u.id);
      throw new UsageError(`unknown use "${use}" of ${framework.id}@${framework.version} (${known.length > 0 ? `known: ${known.join(', ')}` : 'it names no uses'})`);
    }
    // The output is a document either way: --json is accepted so every command takes it.
    data(jsonText(init(framework, use)));
    return 0;
  },
};
