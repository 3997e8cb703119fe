// SPDX-License-Identifier: MIT
// Storybook for the elements: stories sit beside each element (packages/elements/src/**), whole
// journeys here. Core and the elements load from their TypeScript sources, so nothing needs building.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

const config: StorybookConfig = {
  stories: ['../../packages/elements/src/**/*.stories.ts', '../*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: {
        // Core from its TypeScript sources, as the apq-source export condition does for the test runner.
        alias: [
          { find: /^@ap-quality\/core$/, replacement: join(root, 'packages/core/src/index.ts') },
          { find: /^@ap-quality\/core\/frameworks$/, replacement: join(root, 'packages/core/src/frameworks/index.ts') },
        ],
      },
      esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
