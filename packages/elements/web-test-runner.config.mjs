// SPDX-License-Identifier: MIT
// Browser tests for @ap-quality/elements: headless Debian Chromium, TypeScript through esbuild,
// core loaded from its TypeScript sources so nothing needs building first.
// One group per element (`npm test -- --group evaluation-form`), plus the strict-CSP page.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { summaryReporter } from './test/summary-reporter.mjs';
import { examplesPlugin } from './test/dev-server-plugins.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const rootDir = join(here, '../..');
const elementsDir = relative(rootDir, here);

/** The strict policy the CSP test page is served with: no unsafe-inline, no unsafe-eval, Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'nonce-apq-test'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const components = readdirSync(join(here, 'src/components')).filter((name) =>
  existsSync(join(here, 'src/components', name, `${name}.test.ts`)),
);

export default {
  rootDir,
  nodeResolve: { exportConditions: ['apq-source', 'browser'] },
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  groups: [
    { name: 'accessibility', files: join(here, 'test/accessibility.test.ts') },
    { name: 'shared-ground', files: join(here, 'test/shared-ground.test.ts') },
    { name: 'govuk', files: join(here, 'test/govuk-typeface.test.ts') },
    ...components.map((name) => ({ name, files: join(here, 'src/components', name, `${name}.test.ts`) })),
    // Runs when Storybook's static build is there (the root `npm run build` makes it), and always
    // in CI, where a missing build must fail rather than skip.
    ...(process.env.CI || existsSync(join(rootDir, 'stories/storybook-static/index.json'))
      ? [{ name: 'storybook', files: join(here, 'test/storybook-smoke.test.ts') }]
      : []),
    {
      name: 'csp',
      files: join(here, 'test/csp.test.ts'),
      // The runner's default page has an inline module script; this one carries the policy's nonce instead.
      testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Strict CSP and Trusted Types</title></head>
  <body>
    <script type="module" nonce="apq-test" src="/${elementsDir}/test/csp-violations.js"></script>
    <script type="module" nonce="apq-test">import '${testFramework}';</script>
  </body>
</html>`,
    },
  ],
  middleware: [
    // The test page a host form posts to (test/form-association.ts): answers with the body it received.
    async function hostFormPost(context, next) {
      if (context.method !== 'POST' || context.path !== '/__apq-host-form-post') return next();
      const chunks = [];
      for await (const chunk of context.req) chunks.push(chunk);
      context.type = 'text/plain';
      context.body = Buffer.concat(chunks).toString('utf8');
    },
    // Serves the CSP group's page (recognised by its nonce) with the strict policy as a real header.
    async function strictCsp(context, next) {
      await next();
      if (context.response.is('html') && typeof context.body === 'string' && context.body.includes('nonce="apq-test"')) {
        // The runner injects its own inline scripts (its config, log capture); they get the nonce too.
        context.body = context.body.replace(/<script(?![^>]*\bnonce=)/g, '<script nonce="apq-test"');
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  ],
  plugins: [
    examplesPlugin(rootDir),
    fromRollup(commonjs)({ include: ['**/node_modules/json-logic-js/**'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(here, 'tsconfig.json') }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
