import { describe, expect, it } from 'vitest';
import { isoWeekday, plannedSlots, type TemplateFacts } from './slots.ts';

const WORKER = '11111111-1111-4111-8111-111111111111';
const sunday: TemplateFacts = {
  workerId: WORKER,
  weekday: 7,
  startTime: '09:00',
  endTime: '10:00',
  slotMinutes: 30,
  kind: 'PHONE',
  placeName: null,
  placeAddress: null,
  validFrom: '2026-01-01',
  validTo: null,
};

describe('planned slots', () => {
  it('keep 09:00 Stockholm time across the last Sunday of March (UTC+1 → UTC+2)', () => {
    // 2028-03-19 is a winter Sunday, 2028-03-26 the day clocks go forward at 02:00 (2027's is Easter Sunday).
    const slots = plannedSlots([sunday], [], '2028-03-19', 8);
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2028-03-19T08:00:00.000Z',
      '2028-03-19T08:30:00.000Z',
      '2028-03-26T07:00:00.000Z',
      '2028-03-26T07:30:00.000Z',
    ]);
    expect(slots[3]!.endsAt.toISOString()).toBe('2028-03-26T08:00:00.000Z');
  });

  it('keep 09:00 Stockholm time across the last Sunday of October (UTC+2 → UTC+1)', () => {
    const slots = plannedSlots([sunday], [], '2027-10-24', 8);
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2027-10-24T07:00:00.000Z',
      '2027-10-24T07:30:00.000Z',
      '2027-10-31T08:00:00.000Z',
      '2027-10-31T08:30:00.000Z',
    ]);
  });

  it('cut a template into whole slots and drop a shorter last piece', () => {
    const slots = plannedSlots([{ ...sunday, weekday: 2, startTime: '09:00', endTime: '12:10', slotMinutes: 45 }], [], '2027-01-12', 1);
    expect(slots).toHaveLength(4);
    expect(slots[3]!.endsAt.toISOString()).toBe('2027-01-12T11:00:00.000Z'); // 12:00 Stockholm
  });

  it('offer nothing on public holidays and the eves, even on a template’s weekday', () => {
    // Thursday 2026-12-24 (julafton), Friday 2026-12-25, Wednesday 2027-01-06 (trettondedag jul).
    const every = [1, 2, 3, 4, 5].map((weekday) => ({ ...sunday, weekday }));
    const days = plannedSlots(every, [], '2026-12-21', 17).map((slot) => slot.startsAt.toISOString().slice(0, 10));
    expect(days).toContain('2026-12-23');
    for (const holiday of ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01', '2027-01-06']) expect(days).not.toContain(holiday);
  });

  it('respect the template’s validity and the worker’s exceptions, whole days or part of one', () => {
    const tuesday = { ...sunday, weekday: 2, startTime: '09:00', endTime: '12:00', slotMinutes: 60, validFrom: '2027-01-12', validTo: '2027-01-26' };
    const slots = plannedSlots(
      [tuesday],
      [
        { workerId: WORKER, startsOn: '2027-01-19', endsOn: '2027-01-19', startTime: null, endTime: null },
        { workerId: WORKER, startsOn: '2027-01-26', endsOn: '2027-01-26', startTime: '09:30', endTime: '10:15' },
        { workerId: 'someone-else', startsOn: '2027-01-12', endsOn: '2027-01-12', startTime: null, endTime: null },
      ],
      '2027-01-05',
      28,
    );
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2027-01-12T08:00:00.000Z',
      '2027-01-12T09:00:00.000Z',
      '2027-01-12T10:00:00.000Z',
      '2027-01-26T10:00:00.000Z',
    ]);
  });

  it('know the weekday of a day', () => {
    expect([isoWeekday('2026-12-07'), isoWeekday('2026-12-13')]).toEqual([1, 7]);
  });
});
