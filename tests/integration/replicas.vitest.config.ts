import { defineConfig } from 'vitest/config';

/**
 * The replica proof on its own, after the unit tests (`pnpm test:replicas`): it starts twelve
 * service processes, and beside 350 other test files on two cores their start-up could take
 * longer than any sensible wait. Alone it starts in about 15 s.
 */
export default defineConfig({
  test: {
    name: 'replicas',
    root: import.meta.dirname,
    include: ['replicas.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
