import { describe, expect, it } from 'vitest';
import { receivedInstant, stockholmClock } from './received-at.ts';

describe('received time in Stockholm', () => {
  it('reads the Stockholm day and time around midnight UTC, winter and summer', () => {
    expect(stockholmClock(new Date('2026-12-04T23:30:00Z'))).toEqual({ receivedOn: '2026-12-05', receivedTime: '00:30' });
    expect(stockholmClock(new Date('2026-06-30T22:15:00Z'))).toEqual({ receivedOn: '2026-07-01', receivedTime: '00:15' });
  });

  it('turns a typed Stockholm time into the right instant, winter and summer', () => {
    expect(receivedInstant({ receivedOn: '2026-12-05', receivedTime: '00:30' }).toISOString()).toBe('2026-12-04T23:30:00.000Z');
    expect(receivedInstant({ receivedOn: '2026-07-01', receivedTime: '09:00' }).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    // The clocks go forward at 02:00 on 29 March 2026; 03:30 is summer time.
    expect(receivedInstant({ receivedOn: '2026-03-29', receivedTime: '03:30' }).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(receivedInstant({ receivedOn: '2026-03-29', receivedTime: '01:30' }).toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });

  it('goes both ways', () => {
    const instant = new Date('2026-10-12T13:47:00Z');
    expect(receivedInstant(stockholmClock(instant)).toISOString()).toBe(instant.toISOString());
  });
});
