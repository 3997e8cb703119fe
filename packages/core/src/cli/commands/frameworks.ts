// SPDX-License-Identifier: MIT
import { type Command, JSON_OPTION } from '../command.js';
import { jsonText } from '../escape.js';

export const frameworksCommand: Command = {
  name: 'frameworks',
  usage: 'apq frameworks [--json]',
  summary: 'list the bundled framework ids and versions',
  options: { ...JSON_OPTION },
  run({ values, catalogue, out, data }) {
    const list = catalogue.list().map((f) => ({ id: f.id, version: f.version, title: f.title, status: f.status, released: f.released ?? null }));
    if (values.json) {
      data(jsonText(list));
      return 0;
    }
    const width = Math.max(...list.map((f) => `${f.id}@${f.version}`.length));
    out(list.map((f) => `${`${f.id}@${f.version}`.padEnd(width)}  ${f.status.padEnd(9)}  ${f.title}`));
    return 0;
  },
};
