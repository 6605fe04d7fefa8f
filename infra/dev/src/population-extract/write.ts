import { writeFileSync } from 'node:fs';
import { TEST_CITIZENS } from '@omsorg/dev-idp';
import { generatePopulationExtract } from './generate.ts';

/** The committed fixture: 20,000 residents in 2026, without the development people. */
export const FIXTURE_URL = new URL('../../fixtures/population-extract-20000.csv', import.meta.url);

export function fixtureExtract(): string {
  return generatePopulationExtract({ rows: 20_000, year: 2026, seed: 2026, exclude: TEST_CITIZENS.map((c) => c.personalIdentityNumber) });
}

// `node infra/dev/src/population-extract/write.ts` writes it again.
if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(FIXTURE_URL, fixtureExtract());
  console.log(`wrote ${FIXTURE_URL.pathname}`);
}
