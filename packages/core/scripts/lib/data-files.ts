// SPDX-License-Identifier: MIT
// Reading and writing the framework data under `data/`. Every function takes the data folder,
// so the lint and its tests can run on a copy.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { AreaSource } from '../../src/schema/area.js';
import { CategorySource } from '../../src/schema/category.js';
import { type Framework, FrameworkSource } from '../../src/schema/framework.js';
import { RatingScaleSource } from '../../src/schema/scale.js';
import { compareVersions } from '../../src/model/catalogue.js';
import { parseJsonText } from '../../src/validate/json-text.js';
import type { DataLintCode } from '../../lint/codes.js';
import { type Problem, type ProblemParams, formatProblem } from '../../src/validate/problems.js';
import { parseWith, validateFramework } from '../../src/validate/validate.js';

export const CORE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_DATA_DIR = join(CORE_DIR, 'data');

/** A problem in one file: `file: path: message`. */
export interface FileProblem extends Problem {
  file: string;
}

/** A problem only the data lint reports; `path` is a JSON path as `formatPath` writes it. */
export function fileProblem(file: string, path: string, message: string, code: DataLintCode, params?: ProblemParams): FileProblem {
  return params === undefined ? { file, path, message, code } : { file, path, message, code, params };
}

export function formatFileProblem(p: FileProblem): string {
  return `${p.file}: ${formatProblem(p)}`;
}

export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export class DataFolder {
  readonly root: string;
  constructor(root: string = DEFAULT_DATA_DIR) {
    this.root = root;
  }

  rel(file: string): string {
    return relative(this.root, file);
  }

  frameworksDir(): string {
    return join(this.root, 'frameworks');
  }

  frameworkDir(id: string): string {
    return join(this.frameworksDir(), id);
  }

  frameworkIds(): string[] {
    return listDirs(this.frameworksDir());
  }

  scaleFiles(): string[] {
    const dir = join(this.root, 'scales');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
  }

  /** Every JSON file under data/, in a stable order. */
  jsonFiles(): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const file = join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (name.endsWith('.json')) out.push(file);
      }
    };
    walk(this.root);
    return out;
  }

  /** A framework's worked examples, `examples/<example-id>.json`, in name order. */
  exampleFiles(id: string): string[] {
    const dir = join(this.frameworkDir(id), 'examples');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
  }

  releasedDir(id: string): string {
    return join(this.frameworkDir(id), 'released');
  }

  releasedVersions(id: string): string[] {
    const dir = this.releasedDir(id);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /^\d+\.\d+\.\d+\.json$/.test(f))
      .map((f) => f.slice(0, -'.json'.length))
      .sort(compareVersions);
  }

  releasedFile(id: string, version: string): string {
    return join(this.releasedDir(id), `${version}.json`);
  }

  hashFile(id: string): string {
    return join(this.releasedDir(id), 'SHA256SUMS');
  }

  /** The held hashes of published files, from `released/SHA256SUMS` (sha256sum's format). */
  heldHashes(id: string): Map<string, string> {
    const file = this.hashFile(id);
    const hashes = new Map<string, string>();
    if (!existsSync(file)) return hashes;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^([0-9a-f]{64}) {2}(\d+\.\d+\.\d+)\.json$/.exec(line.trim());
      if (match) hashes.set(match[2]!, match[1]!);
    }
    return hashes;
  }

  readJson(file: string): { value?: unknown; problems: FileProblem[] } {
    const parsed = parseJsonText(readFileSync(file, 'utf8'));
    if (!parsed.ok) return { problems: parsed.problems.map((p) => ({ ...p, file: this.rel(file) })) };
    return { value: parsed.value, problems: [] };
  }

  /** Reads a file and checks it against a schema; problems name the file. */
  readWith<S extends z.ZodMiniType>(schema: S, file: string): { value?: z.infer<S>; problems: FileProblem[] } {
    const raw = this.readJson(file);
    if (raw.problems.length > 0) return { problems: raw.problems };
    const result = parseWith(schema, raw.value);
    if (!result.ok) return { problems: result.problems.map((p) => ({ ...p, file: this.rel(file) })) };
    return { value: result.value, problems: [] };
  }

  readScales() {
    return this.scaleFiles().map((file) => ({ file, ...this.readWith(RatingScaleSource, file) }));
  }

  /**
   * Builds the working copy of a framework (framework.json, categories, areas) into one
   * framework document, validated as a whole.
   */
  assembleWorkingCopy(id: string): { framework?: Framework; problems: FileProblem[] } {
    const dir = this.frameworkDir(id);
    const problems: FileProblem[] = [];
    const head = this.readWith(FrameworkSource, join(dir, 'framework.json'));
    if (!head.value) return { problems: head.problems };
    const { $schema: _schema, categories: categoryIds, ...rest } = head.value;
    const categories = [];
    for (const categoryId of categoryIds) {
      const categoryFile = join(dir, categoryId, '_category.json');
      if (!existsSync(categoryFile)) {
        problems.push(
          fileProblem(this.rel(join(dir, 'framework.json')), 'categories', `lists "${categoryId}" but ${this.rel(categoryFile)} does not exist`, 'listed-file-missing', {
            listed: categoryId,
          }),
        );
        continue;
      }
      const category = this.readWith(CategorySource, categoryFile);
      problems.push(...category.problems);
      if (!category.value) continue;
      const { $schema: _c, areas: areaIds, ...categoryRest } = category.value;
      const areas = [];
      for (const areaId of areaIds) {
        const areaFile = join(dir, categoryId, `${areaId}.json`);
        if (!existsSync(areaFile)) {
          problems.push(fileProblem(this.rel(categoryFile), 'areas', `lists "${areaId}" but ${this.rel(areaFile)} does not exist`, 'listed-file-missing', { listed: areaId }));
          continue;
        }
        const area = this.readWith(AreaSource, areaFile);
        problems.push(...area.problems);
        if (!area.value) continue;
        const { $schema: _a, ...areaRest } = area.value;
        areas.push(areaRest);
      }
      categories.push({ ...categoryRest, areas });
    }
    if (problems.length > 0) return { problems };
    const result = validateFramework({ ...rest, categories });
    if (!result.ok) {
      return { problems: result.problems.map((p) => ({ ...p, file: `${this.rel(dir)} (working copy)` })) };
    }
    return { framework: result.value, problems: [] };
  }

  readReleased(id: string, version: string): { framework?: Framework; text?: string; problems: FileProblem[] } {
    const file = this.releasedFile(id, version);
    const text = readFileSync(file, 'utf8');
    const raw = this.readJson(file);
    if (raw.problems.length > 0) return { text, problems: raw.problems };
    const result = validateFramework(raw.value);
    if (!result.ok) return { text, problems: result.problems.map((p) => ({ ...p, file: this.rel(file) })) };
    return { framework: result.value, text, problems: [] };
  }
}

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}
