import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The remote's tests with .vue support, so what imports @omsorg/ui's components can be tested (happy-dom per file).
export default defineConfig({
  plugins: [vue()],
  test: { name: 'portal-outreach', include: ['src/**/*.test.ts'] },
});
