// SPDX-License-Identifier: MIT
import { type Command, JSON_OPTION } from '../command.js';

export const frameworksCommand: Command = {
  name: 'frameworks',
  usage: 'apq frameworks [--json]',
  summary: 'list the bundled framework ids and versions',
  options: { ...JSON_OPTION },
  run({ values, catalogue, out }) {
    const list = catalogue.list().map((f) => ({ id: f.id, version: f.version, title: f.title, status: f.status, released: f.released ?? null }));
    if (values.json) {
      out(JSON.stringify(list, null, 2));
      return 0;
    }
    const width = Math.max(...list.map((f) => `${f.id}@${f.version}`.length));
    for (const f of list) out(`${`${f.id}@${f.version}`.padEnd(width)}  ${f.status.padEnd(9)}  ${f.title}`);
    return 0;
  },
};
