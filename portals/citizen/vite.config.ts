import { federation } from '@module-federation/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { featureFlags, remoteEntry, sharedSingletons } from '../ui/build/federation.ts';

export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    federation({
      name: 'citizen',
      remotes: {
        applications: remoteEntry('applications'),
        feedback: remoteEntry('feedback'),
        offerings: remoteEntry('offerings'),
      },
      shared: sharedSingletons,
      dts: false,
      // No inline bootstrap script in index.html: the Content-Security-Policy allows 'self' only.
      hostInitInjectLocation: 'entry',
      // 'version-first' would fetch every remoteEntry.js at start-up to compare versions; the
      // shell provides the singletons itself, and a remote is fetched only when it is shown.
      shareStrategy: 'loaded-first',
    }),
  ],
  define: featureFlags,
  build: { target: 'esnext' },
});
