// SPDX-License-Identifier: MIT
// The CDN build of @ap-quality/elements (run by its `build` script after tsc has emitted dist/):
//   dist/cdn/apq-elements.js   every element, with lit and core inside: one minified ES module
//   dist/cdn/apq-<element>.js  one element, with lit and core inside, for pages that want less
//   dist/cdn/apq-frameworks.js registers every bundled framework
//   dist/cdn/apq-framework-<id>-<version>.js registers one framework
//   dist/cdn/integrity.json    the SRI hash (sha384) of each file above, also printed at the end
// Every file is built on its own, so each is self-contained (no shared chunks): a page or a CMS
// takes exactly the files it names. The framework files never carry the elements' code, nor the
// elements file any framework data: they meet through the registry, which lives on globalThis under
// a well-known symbol, so the script tags may come in either order.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import { formatTable, writeIntegrity } from './scripts/cdn-integrity.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const elements = join(root, 'packages/elements');
const core = join(root, 'packages/core');
const out = join(elements, 'dist/cdn');

/** One virtual entry per bundled framework (from core's published JSON files), and one for all: name → module code. */
function frameworkEntries() {
  const files = readdirSync(join(core, 'frameworks')).filter((f) => f.endsWith('.json')).sort();
  const registry = JSON.stringify(join(elements, 'dist/internal/registry.js'));
  const modules = new Map();
  const imports = files.map((f, i) => `import f${i} from '@ap-quality/core/frameworks/${f}';`);
  modules.set('apq-frameworks', `${imports.join('\n')}\nimport { registerFrameworks } from ${registry};\nregisterFrameworks([${files.map((_, i) => `f${i}`).join(', ')}]);\n`);
  for (const f of files) {
    modules.set(`apq-framework-${f.replace(/\.json$/, '')}`, `import f from '@ap-quality/core/frameworks/${f}';\nimport { registerFrameworks } from ${registry};\nregisterFrameworks([f]);\n`);
  }
  return modules;
}

/** Serves one virtual entry module. */
function virtualEntry(name, code) {
  const id = `\0apq-entry:${name}`;
  return {
    id,
    plugin: { name: 'apq-virtual-entry', resolveId: (source) => (source === id ? id : null), load: (source) => (source === id ? code : null) },
  };
}

/** After the last build: writes dist/cdn/integrity.json and prints each file's SRI hash. */
function integrity() {
  return {
    name: 'apq-integrity',
    writeBundle() {
      const hashes = writeIntegrity(out);
      console.log(`CDN files (${out}) and their integrity (also in integrity.json):\n${formatTable(hashes)}`);
    },
  };
}

/**
 * Minifies the text of css`` templates, which terser leaves alone: drops comments, collapses
 * whitespace and removes it where CSS never needs it (around `{ } ; , >`, after `:`, inside
 * parentheses, before `!important`), drops the last `;` of a block and the leading zero of a
 * decimal, and trims the whole. Quoted strings (`content: ', '`) are kept as written: the former
 * minifier turned that one into ','. `quasis` are the raw texts between the template's ${}
 * expressions; a string or comment may run across one.
 */
export function minifyCss(quasis) {
  let state = 'css'; // or 'comment', or the quote character of the string being read
  const minified = quasis.map((raw) => {
    let out = '';
    let plain = '';
    const flush = () => {
      out += plain
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/: /g, ':')
        .replace(/\( /g, '(')
        .replace(/ \)/g, ')')
        .replace(/ !important/g, '!important')
        .replace(/([ :(,])0\.(\d)/g, '$1.$2')
        .replace(/;}/g, '}');
      plain = '';
    };
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (state === 'comment') {
        if (ch === '*' && raw[i + 1] === '/') {
          state = 'css';
          i++;
        }
      } else if (state !== 'css') {
        out += ch;
        if (ch === '\\' && i + 1 < raw.length) out += raw[++i];
        else if (ch === state) state = 'css';
      } else if (ch === '/' && raw[i + 1] === '*') {
        state = 'comment';
        i++;
      } else if (ch === '"' || ch === "'") {
        flush();
        state = ch;
        out += ch;
      } else {
        plain += ch;
      }
    }
    flush();
    return out;
  });
  minified[0] = minified[0].trimStart();
  minified[minified.length - 1] = minified[minified.length - 1].trimEnd();
  return minified;
}

/**
 * Collapses the whitespace in lit's html`` templates (runs that contain a line break, to one
 * space: the same rendering outside <pre>/<textarea> content, which the templates never have)
 * and minifies css`` templates (minifyCss), both of which terser leaves alone.
 */
function minifyTemplates() {
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
      else if (value && typeof value.type === 'string') walk(value, visit);
    }
  };
  return {
    name: 'apq-minify-templates',
    transform(code, id) {
      if (!id.includes('/packages/elements/dist/') || !/\b(html|css)\s*`/.test(code)) return null;
      const ms = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !['html', 'css'].includes(node.tag.name)) return;
        const quasis = node.quasi.quasis;
        const raws = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
        const next = node.tag.name === 'css' ? minifyCss(raws) : raws.map((raw) => raw.replace(/\s*\n\s*/g, ' '));
        quasis.forEach((quasi, i) => {
          if (next[i] === raws[i]) return;
          if (next[i].length > 0) ms.overwrite(quasi.start, quasi.end, next[i]);
          else ms.remove(quasi.start, quasi.end);
        });
      });
      return { code: ms.toString(), map: ms.generateMap({ hires: true }) };
    },
  };
}

/**
 * Swaps core's schema/describe.js for a module that returns each schema as it is: descriptions
 * only feed the generated JSON Schemas, and a browser never reads them, so terser drops their
 * texts as unused arguments. Fails the build when nothing imports the module, so that a rename
 * in core cannot quietly bring the texts back.
 */
function withoutDescriptions() {
  const target = join(core, 'dist/schema/describe.js');
  const id = '\0apq-described';
  let swapped = false;
  return {
    name: 'apq-without-descriptions',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || resolvePath(dirname(importer), source) !== target) return null;
      swapped = true;
      return id;
    },
    load: (source) => (source === id ? 'export const described = (schema) => schema;\n' : null),
    buildEnd(error) {
      if (!error && !swapped) this.error(`nothing imported ${target}: update withoutDescriptions() in rollup.config.mjs`);
    },
  };
}

const minify = () => terser({ ecma: 2022, module: true, format: { comments: false } });
const resolve = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production'] });

/** Known and harmless: tsc's decorator helper reads top-level `this`; zod has a benign import cycle and comments rollup moves. */
function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'INVALID_ANNOTATION') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules/zod/'))) return;
  warn(warning);
}

/** One self-contained file per entry (a dynamic import is inlined too): a page uploads exactly the files it names. */
const elementBundle = (name, entry) => ({
  input: { [name]: entry },
  onwarn,
  output: { dir: out, format: 'es', entryFileNames: '[name].js', sourcemap: true, inlineDynamicImports: true },
  plugins: [minifyTemplates(), withoutDescriptions(), resolve(), commonjs({ include: /node_modules\/json-logic-js\// }), minify()],
});

/** A framework file: the framework's JSON and the few lines of the registry, nothing else. */
const frameworkBundle = (name, code) => {
  const entry = virtualEntry(name, code);
  return {
    input: { [name]: entry.id },
    onwarn,
    output: { dir: out, format: 'es', entryFileNames: '[name].js', sourcemap: false, inlineDynamicImports: true },
    plugins: [entry.plugin, resolve(), json({ preferConst: true, compact: true }), minify()],
  };
};

// Every element (a folder with its apq-<name>.ts) is picked up, so a new element gets its file
// without touching this list.
const components = readdirSync(join(elements, 'src/components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(elements, 'src/components', entry.name, `apq-${entry.name}.ts`)))
  .map((entry) => entry.name)
  .sort();

const builds = [
  elementBundle('apq-elements', join(elements, 'dist/cdn.js')),
  ...components.map((name) => elementBundle(`apq-${name}`, join(elements, `dist/components/${name}/apq-${name}.js`))),
  ...[...frameworkEntries()].map(([name, code]) => frameworkBundle(name, code)),
];
// Rollup runs the builds in order: the last one hashes every file once all are written.
builds.at(-1).plugins.push(integrity());

export default builds;
