// SPDX-License-Identifier: MIT
// The release as a vendor or a council gets it: packs both packages (`npm pack`), installs the
// tarballs into a fresh project outside the repository, and there imports the core from Node ESM,
// requires it from CommonJS, typechecks a TypeScript consumer under `module: nodenext`, runs
// `npx apq frameworks`, follows every source map, and loads the CDN files from the installed
// package in headless Chromium under the documented Content-Security-Policy, with the `integrity`
// of integrity.json on every script tag. Run after `npm run build`: node --test scripts/packages.test.mjs
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { cdnIntegrity } from './cdn-integrity.mjs';
import { checkSourceMaps } from './check-sourcemaps.mjs';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The policy docs/embedding.md gives (§ "Safe on any page"), with the test server as the CDN. */
const DOCUMENTED_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

let work;
let project;
const tarballs = {};

async function sh(command, args, options = {}) {
  try {
    return await run(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${error.code}):\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

const installed = (name) => join(project, 'node_modules/@ap-quality', name);

before(async () => {
  for (const built of ['packages/core/dist/index.js', 'packages/elements/dist/cdn/apq-elements.js']) {
    assert.ok(existsSync(join(root, built)), `${built} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'apq-packages-'));
  const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', work, '--workspace', '@ap-quality/core', '--workspace', '@ap-quality/elements', '--loglevel=error'], { cwd: root });
  for (const pack of JSON.parse(stdout)) tarballs[pack.name] = { file: join(work, pack.filename), files: pack.files.map((f) => f.path) };
  project = join(work, 'vendor-project');
  await sh('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'vendor-project', private: true, version: '1.0.0' }, null, 2));
  // The npm cache from the repository's own install has every dependency: no network needed.
  await sh('npm', ['install', '--prefer-offline', ...NPM_QUIET, tarballs['@ap-quality/core'].file, tarballs['@ap-quality/elements'].file], { cwd: project });
});

after(() => {
  if (work && !process.env.APQ_KEEP_TMP) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it('name the bin the lockfile names, so that a fresh `npm ci` links `apq` before anything is built', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    for (const workspace of ['packages/core', 'packages/elements']) {
      const declared = JSON.parse(readFileSync(join(root, workspace, 'package.json'), 'utf8')).bin ?? {};
      const normalise = (bins) => Object.fromEntries(Object.entries(bins ?? {}).map(([name, file]) => [name, file.replace(/^\.\//, '')]));
      assert.deepEqual(normalise(lock.packages[workspace]?.bin), normalise(declared), `package-lock.json's bin for ${workspace} is stale: run \`npm install --package-lock-only\``);
      for (const file of Object.values(declared)) {
        const path = join(root, workspace, file);
        assert.ok(existsSync(path), `${workspace}: bin ${file} is not in the repository`);
        assert.ok(statSync(path).mode & 0o111, `${workspace}: bin ${file} is not executable`);
        const staged = execFileSync('git', ['ls-files', '--stage', '--', path], { cwd: root, encoding: 'utf8' });
        if (staged) assert.match(staged, /^100755 /, `${workspace}: git holds bin ${file} without its executable bit: git update-index --chmod=+x ${workspace}/${file}`);
      }
    }
  });


  it('carry the LICENSE, the README and what the entry points and bin need', () => {
    for (const [name, pack] of Object.entries(tarballs)) {
      for (const file of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts']) {
        assert.ok(pack.files.includes(file), `${name} has no ${file}`);
      }
      assert.ok(!pack.files.some((f) => /\.(test|stories)\.[jt]s$/.test(f)), `${name} ships test or story files`);
    }
    assert.ok(tarballs['@ap-quality/core'].files.includes('bin/apq.js'));
    const license = readFileSync(join(installed('core'), 'LICENSE'), 'utf8');
    assert.match(license, /^MIT License/);
  });

  it('have source maps that resolve (the sources are shipped or inlined)', () => {
    const { maps, problems } = checkSourceMaps([installed('core'), installed('elements')]);
    assert.ok(maps > 100, `only ${maps} source maps found`);
    assert.deepEqual(problems.slice(0, 10), []);
  });
});

describe('a vendor project that installed the tarballs', () => {
  it('imports the core from Node ESM', async () => {
    writeFileSync(join(project, 'esm.mjs'), `import { parseJsonText, validateEvaluation, init } from '@ap-quality/core';
import { bundledCatalogue } from '@ap-quality/core/frameworks';
const framework = bundledCatalogue.latest('ap-quality-toolkit');
const evaluation = init(framework);
const parsed = parseJsonText(JSON.stringify(evaluation));
const result = validateEvaluation(parsed.value, bundledCatalogue);
console.log(JSON.stringify({ ok: result.ok, versions: bundledCatalogue.list().length }));
`);
    const { stdout } = await sh(process.execPath, ['esm.mjs'], { cwd: project });
    const out = JSON.parse(stdout);
    assert.equal(out.ok, true, stdout);
    assert.ok(out.versions >= 3);
  });

  it('requires the core from CommonJS (require(esm), Node 20.19+ and 22.12+)', async () => {
    writeFileSync(join(project, 'cjs.cjs'), `const core = require('@ap-quality/core');
const { bundledCatalogue } = require('@ap-quality/core/frameworks');
console.log(JSON.stringify({ validate: typeof core.validateEvaluation, latest: bundledCatalogue.latest('leicestershire-bp-qa').version }));
`);
    const { stdout } = await sh(process.execPath, ['--no-warnings', 'cjs.cjs'], { cwd: project });
    assert.deepEqual(JSON.parse(stdout), { validate: 'function', latest: '1.0.0' });
  });

  it('typechecks a TypeScript consumer under module: nodenext', async () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023', 'dom', 'dom.iterable'], types: [], strict: true, noEmit: true, skipLibCheck: true },
      files: ['consumer.mts'],
    }, null, 2));
    writeFileSync(join(project, 'consumer.mts'), `import { type Evaluation, type Framework, type Problem, formatProblem, validateEvaluation } from '@ap-quality/core';
import { bundledCatalogue } from '@ap-quality/core/frameworks';
import { type ApqEvaluationForm, registerFrameworks } from '@ap-quality/elements';

export function check(input: unknown): string[] {
  const result = validateEvaluation(input, bundledCatalogue);
  if (result.ok) {
    const evaluation: Evaluation = result.value.evaluation;
    const framework: Framework = result.value.framework;
    return [\`\${framework.id}@\${framework.version}: \${evaluation.setting.name}\`];
  }
  return result.problems.map((problem: Problem) => formatProblem(problem));
}

export function show(form: ApqEvaluationForm, framework: Framework): void {
  registerFrameworks([framework]);
  form.framework = framework;
}
`);
    // A wrong type must fail, or the check proves nothing: the same file with one mistake.
    writeFileSync(join(project, 'tsconfig.broken.json'), JSON.stringify({ extends: './tsconfig.json', files: ['broken.mts'] }));
    writeFileSync(join(project, 'broken.mts'), `import { validateEvaluation } from '@ap-quality/core';\nconst n: number = validateEvaluation;\nexport { n };\n`);
    await sh(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
    await assert.rejects(sh(process.execPath, [tsc, '-p', 'tsconfig.broken.json'], { cwd: project }), /TS2322/);
  });

  it('runs `npx apq frameworks`', async () => {
    const { stdout } = await sh('npx', ['--no-install', 'apq', 'frameworks'], { cwd: project });
    assert.match(stdout, /ap-quality-toolkit/);
    assert.match(stdout, /leicestershire-bp-qa/);
  });
});

describe('the CDN files from the installed tarball, in Chromium', () => {
  let server;
  let browser;
  let base;
  let cdn;
  let hashes;

  before(async () => {
    cdn = join(installed('elements'), 'dist/cdn');
    hashes = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
    const script = (file) => `<script type="module" src="/cdn/${file}" integrity="${hashes[file]}"></script>`;
    const page = (title, head, body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
    const pages = {
      '/framework-first.html': page('Framework file first', script('apq-framework-ap-quality-toolkit-2.0.0.js') + script('apq-elements.js'),
        '<apq-evaluation-form framework="ap-quality-toolkit" version="2.0.0" storage-key="t1"></apq-evaluation-form>'),
      '/elements-first.html': page('Elements file first', script('apq-elements.js') + script('apq-frameworks.js'),
        '<apq-framework-view framework="leicestershire-bp-qa" version="1.0.0"></apq-framework-view>'),
      '/late.html': page('Framework registered after the page loaded', script('apq-evaluation-form.js') + '<script type="module" src="/late.js"></script>',
        '<apq-evaluation-form framework="ap-quality-toolkit" version="2.0.0" storage-key="t3"></apq-evaluation-form>'),
      '/missing.html': page('A framework file the page forgot', script('apq-framework-view.js') + script('apq-framework-ap-quality-toolkit-2.0.0.js'),
        '<apq-framework-view framework="ap-quality-toolkit" version="1.0.0"></apq-framework-view>'),
    };
    // import(), not a script element: the page enforces Trusted Types, which guard a script's src.
    const late = "addEventListener('load', () => setTimeout(() => import('/cdn/apq-framework-ap-quality-toolkit-2.0.0.js'), 300));";
    server = createServer((request, response) => {
      const path = new URL(request.url, 'http://x').pathname;
      const send = (type, body) => response.writeHead(200, { 'content-type': type, 'content-security-policy': DOCUMENTED_CSP }).end(body);
      if (pages[path]) return send('text/html; charset=utf-8', pages[path]);
      if (path === '/late.js') return send('text/javascript', late);
      if (path === '/favicon.ico') return response.writeHead(204).end();
      const file = path.startsWith('/cdn/') ? join(cdn, path.slice(5)) : undefined;
      if (file && !file.includes('..') && existsSync(file)) return send(extname(file) === '.js' ? 'text/javascript' : 'application/json', readFileSync(file));
      response.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a page, collecting CSP violations, failed requests and script errors. */
  async function open(path) {
    const page = await browser.newPage();
    const trouble = [];
    page.on('pageerror', (error) => trouble.push(`error: ${error.message}`));
    page.on('requestfailed', (request) => trouble.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => response.status() >= 400 && trouble.push(`${response.status()}: ${response.url()}`));
    page.on('console', (message) => message.type() === 'error' && trouble.push(`console: ${message.text()}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    return { page, trouble };
  }

  /** The text the element shows, once it contains `expected` (or after a timeout, whatever it shows). */
  async function shownText(page, tag, expected) {
    await page.waitForFunction((t, e) => document.querySelector(t)?.shadowRoot?.textContent.includes(e), { timeout: 15_000 }, tag, expected).catch(() => {});
    return page.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent ?? '', tag);
  }

  it('ships self-contained files (no chunks, no imports of other files) and an integrity.json that matches them', () => {
    const entries = readdirSync(cdn);
    assert.ok(!entries.some((e) => !e.includes('.')), `a folder in dist/cdn: ${entries}`);
    for (const file of entries.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(cdn, file), 'utf8');
      assert.doesNotMatch(code, /(?:\bfrom\s*|\bimport\s*\(?\s*)["'][./]/, `${file} imports another file`);
    }
    assert.deepEqual(hashes, cdnIntegrity(cdn));
    for (const element of ['apq-elements.js', 'apq-frameworks.js', 'apq-evaluation-form.js', 'apq-summary.js', 'apq-framework-view.js']) assert.ok(hashes[element], `no ${element}`);
  });

  it('renders the form when the framework file comes before the elements file', async () => {
    const toolkit = JSON.parse(readFileSync(join(installed('core'), 'frameworks/ap-quality-toolkit-2.0.0.json'), 'utf8'));
    const { page, trouble } = await open('/framework-first.html');
    assert.match(await shownText(page, 'apq-evaluation-form', toolkit.categories[0].areas[0].title), new RegExp(toolkit.categories[0].areas[0].title));
    assert.deepEqual(trouble, []);
  });

  it('renders an element when the elements file comes first', async () => {
    const leicestershire = JSON.parse(readFileSync(join(installed('core'), 'frameworks/leicestershire-bp-qa-1.0.0.json'), 'utf8'));
    const { page, trouble } = await open('/elements-first.html');
    assert.match(await shownText(page, 'apq-framework-view', leicestershire.categories[0].areas[0].title), new RegExp(leicestershire.categories[0].areas[0].title));
    assert.deepEqual(trouble, []);
  });

  it('recovers when the framework is registered after the page has loaded', async () => {
    const toolkit = JSON.parse(readFileSync(join(installed('core'), 'frameworks/ap-quality-toolkit-2.0.0.json'), 'utf8'));
    const { page, trouble } = await open('/late.html');
    assert.match(await shownText(page, 'apq-evaluation-form', toolkit.categories[0].areas[0].title), new RegExp(toolkit.categories[0].areas[0].title));
    assert.deepEqual(trouble, []);
  });

  it('names the file the page is missing, not the one it loaded', async () => {
    const { page } = await open('/missing.html');
    const text = await shownText(page, 'apq-framework-view', 'apq-framework-ap-quality-toolkit-1.0.0.js');
    assert.match(text, /apq-framework-ap-quality-toolkit-1\.0\.0\.js/);
    assert.doesNotMatch(text, /apq-framework-ap-quality-toolkit-2\.0\.0\.js/);
  });
});
