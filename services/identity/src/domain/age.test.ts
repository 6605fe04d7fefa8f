import { expect, it } from 'vitest';
import { ageOn } from './age.ts';

it('counts whole years, turning a year older on the birthday', () => {
  expect(ageOn('1951-09-23', '2026-09-22')).toBe(74);
  expect(ageOn('1951-09-23', '2026-09-23')).toBe(75);
  expect(ageOn('1942-03-15', '2026-11-22')).toBe(84);
});
