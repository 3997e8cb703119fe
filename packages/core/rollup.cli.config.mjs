// SPDX-License-Identifier: MIT
// The `apq` command as one bundle (run by the `build` script after tsc): dist/cli-bundle/apq.js,
// with the worker thread of `apq aggregate` beside it. Loading the ~150 modules tsc emits costs a
// Node process about 0.3 s before it does anything; the bundle loads in a tenth of that, for the
// command and for each thread it starts. bin/apq.js runs the bundle; dist/cli/ stays the library's.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';

/** zod's benign import cycle is known; anything else is worth seeing. */
function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/zod/') || id.includes('/dist/'))) return;
  warn(warning);
}

export default {
  input: { apq: 'dist/cli/bin.js', 'aggregate-worker': 'dist/cli/aggregate-worker.js' },
  output: { dir: 'dist/cli-bundle', format: 'es', chunkFileNames: '[name].js', sourcemap: false },
  external: [/^node:/],
  onwarn,
  plugins: [nodeResolve({ exportConditions: ['node', 'import', 'default'], preferBuiltins: true }), commonjs(), json()],
};
