import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['services/platform/src/testing/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['services/**/src/**/*.test.ts', 'rules/src/**/*.test.ts', 'infra/**/src/**/*.test.ts', 'portals/**/src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          // The replica proof runs alone (pnpm test:replicas, tests/integration/replicas.vitest.config.ts).
          exclude: ['**/node_modules/**', '**/dist/**', 'tests/integration/replicas.test.ts', 'portals/ui/**', 'portals/forms/**', 'portals/applications/**', 'portals/feedback/**', 'portals/outreach/**', 'portals/offerings/**'],
        },
      },
      'portals/ui/vitest.config.ts',
      'portals/forms/vitest.config.ts',
      'portals/applications/vitest.config.ts',
      'portals/feedback/vitest.config.ts',
      'portals/outreach/vitest.config.ts',
      'portals/offerings/vitest.config.ts',
    ],
  },
});
