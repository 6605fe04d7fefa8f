import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['specs/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    setupFiles: ['support/screenshots-on-failure.ts'],
    // One browser at a time: the whole stack shares two cores with it.
    fileParallelism: false,
    // Every citizen page is also measured at 320 px (three text sizes) and at 200 % zoom beside
    // axe (support/layout.ts): a journey of twenty pages needs more than a minute.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
