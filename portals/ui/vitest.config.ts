import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// Lets `vitest` run the ui's component tests on their own (from portals/ui).
export default defineConfig({
  plugins: [vue()],
  test: { include: ['src/**/*.test.ts', 'build/**/*.test.ts'] },
});
