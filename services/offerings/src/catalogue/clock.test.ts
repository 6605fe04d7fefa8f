import { clockInStockholm } from '@omsorg/rules';
import { describe, expect, it } from 'vitest';
import { stockholmClock } from './clock.ts';

describe('stockholmClock', () => {
  it('gives what clockInStockholm gives, every 7 minutes across both changes of summer time', () => {
    for (let at = Date.parse('2027-03-27T20:00:00Z'); at < Date.parse('2027-03-28T06:00:00Z'); at += 7 * 60_000) {
      expect(stockholmClock(new Date(at))).toEqual(clockInStockholm(new Date(at)));
    }
    for (let at = Date.parse('2027-10-30T20:00:00Z'); at < Date.parse('2027-10-31T06:00:00Z'); at += 7 * 60_000) {
      expect(stockholmClock(new Date(at))).toEqual(clockInStockholm(new Date(at)));
    }
  });

  it('puts 23:30 UTC on 31 December in the new year in Stockholm', () => {
    expect(stockholmClock(new Date('2026-12-31T23:30:00Z'))).toEqual({ day: '2027-01-01', time: '00:30' });
  });
});
