import { federation } from '@module-federation/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { featureFlags, remoteBase, sharedSingletons } from '../ui/build/federation.ts';

export default defineConfig({
  base: remoteBase('feedback'),
  plugins: [
    vue(),
    federation({
      name: 'feedback',
      filename: 'remoteEntry.js',
      exposes: { './citizen': './src/citizen/index.ts', './staff': './src/staff/index.ts' },
      shared: sharedSingletons,
      dts: false,
      shareStrategy: 'loaded-first',
    }),
  ],
  define: featureFlags,
  build: { target: 'esnext', rolldownOptions: { input: {} } },
});
