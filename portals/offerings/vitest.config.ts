import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The remote's tests with .vue support, so its components can be mounted (happy-dom per file).
export default defineConfig({
  plugins: [vue()],
  test: { name: 'portal-offerings', include: ['src/**/*.test.ts'] },
});
