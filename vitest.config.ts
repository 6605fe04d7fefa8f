import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['services/**/src/**/*.test.ts', 'infra/**/src/**/*.test.ts', 'portals/**/src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['services/platform/src/testing/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
