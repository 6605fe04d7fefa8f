import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { featureFlags, remoteFederation } from '../ui/build/federation.ts';
import { precompiledMessages } from '../ui/build/messages.ts';

export default defineConfig({
  plugins: [vue(), precompiledMessages(), remoteFederation('applications')],
  define: featureFlags,
  build: { target: 'esnext' },
});
