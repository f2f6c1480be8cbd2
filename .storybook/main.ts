import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Written by hand (the init wizard needs the network). The Vite builder reads the root
 * vite.config.ts but drops its `build` section, so the library build (entries, outDir) does not
 * leak into Storybook; `viteFinal` merges the root's oxc options explicitly, because Lit's
 * reactive properties need legacy decorators (see /work/shared/TOOLCHAIN.md).
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig, { configType }) {
    const { loadConfigFromFile, mergeConfig } = await import('vite');
    const command = configType === 'PRODUCTION' ? 'build' : 'serve';
    const root = await loadConfigFromFile(
      { command, mode: configType === 'PRODUCTION' ? 'production' : 'development' },
      fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    );
    // The root's resolve conditions make the Portalkit packages resolve to their sources.
    return mergeConfig(viteConfig, { oxc: root?.config.oxc, resolve: root?.config.resolve });
  },
};

export default config;
