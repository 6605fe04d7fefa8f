import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['specs/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    setupFiles: ['support/screenshots-on-failure.ts'],
    // One browser at a time: the whole stack shares two cores with it.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
