// SPDX-License-Identifier: MIT
// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc: tags, attributes,
// properties, events, slots, CSS parts and custom properties. Storybook's API tables read it, so
// it holds the public API only: private and protected members (controllers, timers, internals)
// are dropped, and the shared base classes are analysed so inherited public members appear.
function publicApiOnly() {
  return {
    name: 'apq-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !(m.static && m.kind === 'field'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts', 'src/internal/apq-element.ts', 'src/internal/form-associated.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.harness.ts',
    'src/**/*.examples.ts',
    'src/**/*.strings.ts',
    'src/components/*/parts/*.ts',
    'src/components/*/model.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [publicApiOnly()],
};
