import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_CITIZENS } from '@omsorg/dev-idp';
import { generatePopulationExtract } from './generate.ts';

/**
 * The development extract: 20,000 residents in 2026, without the development people. It is
 * generated (the same bytes every time), not kept in git: `pnpm start` writes it when it is
 * missing, for the staff page "Invånare"; the bench and the tests generate it in memory.
 */
export const FIXTURE_URL = new URL('../../fixtures/population-extract-20000.csv', import.meta.url);

export function fixtureExtract(): string {
  return generatePopulationExtract({ rows: 20_000, year: 2026, seed: 2026, exclude: TEST_CITIZENS.map((c) => c.personalIdentityNumber) });
}

/** Writes the development extract unless it is there; `force` writes it again (after changing the generator). */
export function writeFixture(force = false): string {
  const path = fileURLToPath(FIXTURE_URL);
  if (force || !existsSync(path)) {
    mkdirSync(new URL('.', FIXTURE_URL), { recursive: true });
    writeFileSync(path, fixtureExtract());
  }
  return path;
}

// `node infra/dev/src/population-extract/write.ts` writes it again.
if (import.meta.url === `file://${process.argv[1]}`) console.log(`wrote ${writeFixture(true)}`);
