import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// Lets `vitest` run the forms package tests on their own (from portals/forms).
export default defineConfig({
  plugins: [vue()],
  test: { include: ['src/**/*.test.ts'] },
});
