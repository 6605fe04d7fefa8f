import { parsePersonalIdentityNumber } from '@omsorg/platform';
import { TEST_CITIZENS } from '@omsorg/dev-idp';
import { describe, expect, it } from 'vitest';
import { BROKEN_EVERY, EXTRACT_HEADER, generatePopulationExtract } from './generate.ts';
import { fixtureExtract } from './write.ts';

const rowsOf = (csv: string) => csv.trimEnd().split('\n').slice(1).map((line) => line.split(';'));

describe('the generated population extract', () => {
  it('is the same bytes every time it is generated, so the bench and a developer import the same file', () => {
    expect(fixtureExtract()).toBe(fixtureExtract());
  });

  it('has 20,000 rows: valid personnummer, about 1 in 25 turning 75 in 2026 and as many 80, both genders, none of the development people', () => {
    const rows = rowsOf(fixtureExtract());
    expect(rows).toHaveLength(20_000);
    const parsed = rows.map(([pnr]) => parsePersonalIdentityNumber(pnr!));
    const valid = parsed.flatMap((p) => (p.ok ? [p.value] : []));
    expect(rows.length - valid.length).toBeGreaterThan(0);
    expect(rows.length - valid.length).toBeLessThanOrEqual(20_000 / BROKEN_EVERY);
    const turning = (age: number) => valid.filter((p) => p.birthDate.startsWith(String(2026 - age))).length / rows.length;
    expect(turning(75)).toBeGreaterThan(0.036);
    expect(turning(75)).toBeLessThan(0.044);
    expect(turning(80)).toBeGreaterThan(0.036);
    expect(turning(80)).toBeLessThan(0.044);
    expect(Math.min(...valid.map((p) => Number(p.birthDate.slice(0, 4))))).toBeGreaterThanOrEqual(1926);
    expect(Math.max(...valid.map((p) => Number(p.birthDate.slice(0, 4))))).toBeLessThanOrEqual(1966);
    const women = valid.filter((p) => p.legalGender === 'FEMALE').length / valid.length;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.65);
    const numbers = new Set(valid.map((p) => p.normalized));
    for (const citizen of TEST_CITIZENS) expect(numbers.has(citizen.personalIdentityNumber)).toBe(false);
    expect(new Set(rows.map((r) => r[6])).has('Fruängen')).toBe(true);
  });

  it('is deterministic, and another seed gives another file', () => {
    const options = { rows: 900, year: 2026, seed: 7 };
    expect(generatePopulationExtract(options)).toBe(generatePopulationExtract(options));
    expect(generatePopulationExtract({ ...options, seed: 8 })).not.toBe(generatePopulationExtract(options));
    expect(generatePopulationExtract(options).split('\n')[0]).toBe(EXTRACT_HEADER.join(';'));
  });
});
