import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { featureFlags, shellFederation } from '../ui/build/federation.ts';
import { precompiledMessages } from '../ui/build/messages.ts';
import { preloadCriticalChunks } from '../ui/build/preload-critical.ts';

export default defineConfig({
  base: '/',
  plugins: [vue(), precompiledMessages(), shellFederation({ audience: 'citizen', remotes: ['applications', 'feedback', 'offerings', 'outreach'] }), preloadCriticalChunks()],
  define: featureFlags,
  build: { target: 'esnext' },
});
