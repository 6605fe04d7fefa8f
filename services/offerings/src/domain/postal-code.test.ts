import { expect, it } from 'vitest';
import { normalisePostalCode } from './postal-code.ts';

it('writes five digits as three and two, the way Swedish addresses are printed', () => {
  expect(normalisePostalCode('12649')).toBe('126 49');
  expect(normalisePostalCode(' 126 49 ')).toBe('126 49');
});

it('refuses anything that is not five digits', () => {
  expect(normalisePostalCode('1264')).toBeNull();
  expect(normalisePostalCode('126 499')).toBeNull();
  expect(normalisePostalCode('126-49')).toBeNull();
  expect(normalisePostalCode('SE-126 49')).toBeNull();
});
