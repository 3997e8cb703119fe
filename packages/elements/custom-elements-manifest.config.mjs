// SPDX-License-Identifier: MIT
// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc: tags, attributes,
// properties, events, slots, CSS parts and custom properties. Storybook's API tables read it.
export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.harness.ts', 'src/components/*/parts/*.ts', 'src/components/*/model.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
