import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The remote's tests with .vue support, so the feedback form can be mounted (happy-dom per file).
export default defineConfig({
  plugins: [vue()],
  test: { name: 'portal-feedback', include: ['src/**/*.test.ts'] },
});
