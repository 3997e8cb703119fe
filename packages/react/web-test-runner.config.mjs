// SPDX-License-Identifier: MIT
// Browser tests for @ap-quality/react: React 19 rendering the wrapped elements in the same headless
// Chromium, with the same closing count line, as the elements' tests. React ships CommonJS only, so
// each test file is served as one esbuild bundle, as an application's bundler would build it, with
// the elements and core from their builds, as an application that installs the packages gets them
// (`npm run build` first).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import elementsConfig from '../elements/web-test-runner.config.mjs';
import { summaryReporter } from '../elements/test/summary-reporter.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const rootDir = join(here, '../..');

/** Serves each `*.test.tsx` as a bundle of it and everything it imports. */
function bundledTests() {
  return {
    name: 'apq-react-bundled-tests',
    async serve(context) {
      if (!context.path.endsWith('.test.tsx')) return undefined;
      const result = await build({
        entryPoints: [join(rootDir, context.path)],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        platform: 'browser',
        tsconfig: join(here, 'tsconfig.json'),
        define: { 'process.env.NODE_ENV': '"development"' },
        sourcemap: 'inline',
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  rootDir,
  files: [join(here, 'test/**/*.test.tsx')],
  concurrency: 1,
  testFramework: { config: { timeout: 30_000 } },
  browsers: elementsConfig.browsers,
  plugins: [bundledTests()],
  reporters: [defaultReporter(), summaryReporter()],
};
