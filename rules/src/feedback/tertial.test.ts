import { describe, expect, it } from 'vitest';
import { tertialDays } from './tertial.ts';

describe('tertialDays', () => {
  it('gives the first and last Stockholm day of each tertial', () => {
    expect(tertialDays(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-04-30' });
    expect(tertialDays(2026, 2)).toEqual({ from: '2026-05-01', to: '2026-08-31' });
    expect(tertialDays(2026, 3)).toEqual({ from: '2026-09-01', to: '2026-12-31' });
  });
});
