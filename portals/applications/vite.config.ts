import { federation } from '@module-federation/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { featureFlags, remoteBase, remoteFederation } from '../ui/build/federation.ts';
import { precompiledMessages } from '../ui/build/messages.ts';

export default defineConfig({
  base: remoteBase('applications'),
  plugins: [vue(), precompiledMessages(), federation(remoteFederation('applications'))],
  define: featureFlags,
  build: { target: 'esnext', rolldownOptions: { input: {} } },
});
