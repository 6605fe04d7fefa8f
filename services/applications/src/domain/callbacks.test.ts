import { describe, expect, it } from 'vitest';
import { callbackDueAt, callbackRules, parseOfficeHours } from './callbacks.ts';

const rules = callbackRules({});
const due = (requestedAt: string) => callbackDueAt(new Date(requestedAt), rules).toISOString();

describe('when a callback falls due', () => {
  it('is two working days of office hours (08:00-16:30 Stockholm time) after a request made while the office is open', () => {
    // Wednesday 10:00 (CET, UTC+1) -> Friday 10:00.
    expect(due('2026-11-25T09:00:00Z')).toBe('2026-11-27T09:00:00.000Z');
    // Thursday 15:00 -> Monday 15:00, over the weekend.
    expect(due('2026-11-26T14:00:00Z')).toBe('2026-11-30T14:00:00.000Z');
  });

  it('is never at night: a request at night or on a weekend counts from the next opening and is due at a closing', () => {
    // Saturday 5 December 00:48: not "Monday 00:48" but Tuesday 8 December 16:30.
    expect(due('2026-12-04T23:48:00Z')).toBe('2026-12-08T15:30:00.000Z');
    // Tuesday 23:00 -> Wednesday 08:00 -> Thursday 16:30.
    expect(due('2026-11-24T22:00:00Z')).toBe('2026-11-26T15:30:00.000Z');
    // Tuesday 06:30, before opening: the same.
    expect(due('2026-11-25T05:30:00Z')).toBe('2026-11-26T15:30:00.000Z');
  });

  it('skips public holidays and the eves, in summer time too', () => {
    // Wednesday 23 December 12:00: 24-27 December are closed -> Tuesday 29 December 12:00.
    expect(due('2026-12-23T11:00:00Z')).toBe('2026-12-29T11:00:00.000Z');
    // Thursday 18 June 2026 09:00 CEST (UTC+2): midsummer eve closed -> Tuesday 23 June 09:00.
    expect(due('2026-06-18T07:00:00Z')).toBe('2026-06-23T07:00:00.000Z');
  });

  it('falls within office hours on a working day whenever it is asked for', () => {
    const { hours } = rules;
    const start = Date.parse('2026-03-23T00:00:00Z'); // over the change to summer time, 29 March
    for (let hour = 0; hour < 24 * 14; hour += 1) {
      const at = callbackDueAt(new Date(start + hour * 3_600_000 + 17 * 60_000), rules);
      const [clock] = at.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour12: false }).split(' ');
      const [h, m] = clock!.split(':').map(Number);
      const minute = h! * 60 + m!;
      expect(minute >= hours.opensAt && minute <= hours.closesAt, `${at.toISOString()} (${clock})`).toBe(true);
      const weekday = at.toLocaleDateString('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short' });
      expect(['Sat', 'Sun']).not.toContain(weekday);
    }
  });

  it('takes its office hours and working days from the environment, and refuses what is not hours', () => {
    const custom = callbackRules({ CALLBACK_OFFICE_HOURS: '09:00-15:00', CALLBACK_WORKING_DAYS: '1' });
    expect(custom).toEqual({ hours: { opensAt: 540, closesAt: 900 }, workingDays: 1 });
    // Friday 20:00 -> Monday 09:00 + 6 h = Monday 15:00.
    expect(callbackDueAt(new Date('2026-11-27T19:00:00Z'), custom).toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(() => parseOfficeHours('16:30-08:00')).toThrow(/CALLBACK_OFFICE_HOURS/);
    expect(() => parseOfficeHours('8-16')).toThrow(/HH:MM-HH:MM/);
    expect(() => callbackRules({ CALLBACK_WORKING_DAYS: 'två' })).toThrow(/CALLBACK_WORKING_DAYS/);
  });
});
