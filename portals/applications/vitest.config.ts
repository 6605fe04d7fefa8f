import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The portal's tests with .vue support, so staff forms can be mounted (happy-dom per file).
export default defineConfig({
  plugins: [vue()],
  test: { name: 'portal-applications', include: ['src/**/*.test.ts'] },
});
