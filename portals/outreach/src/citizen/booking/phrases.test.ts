import { describe, expect, it } from 'vitest';
import { clockInWords, dayInWords, timeInWords } from './phrases.ts';

describe('booking phrases', () => {
  it('writes a day in full, weekday first, in the reader’s language', () => {
    expect(dayInWords('2027-01-12', 'sv')).toBe('tisdag 12 januari');
    expect(dayInWords('2027-01-12', 'en')).toBe('Tuesday 12 January');
    expect(dayInWords('2027-01-12', 'fi')).toBe('tiistai 12. tammikuuta');
  });

  it('keeps the day of the date given, whatever the clock changes (last Sunday of March and October)', () => {
    expect(dayInWords('2027-03-28', 'sv')).toBe('söndag 28 mars');
    expect(dayInWords('2026-10-25', 'sv')).toBe('söndag 25 oktober');
  });

  it('writes plain Swedish days and times as Swedish', () => {
    expect(dayInWords('2027-01-12', 'sv-x-easy')).toBe('tisdag 12 januari');
    expect(clockInWords('10:30', 'sv-x-easy')).toBe('10.30');
  });

  it('leaves what is not a day as it is', () => {
    expect(dayInWords('nonsense', 'sv')).toBe('nonsense');
  });

  it('writes the time with a full stop in Swedish and Finnish, a colon in English', () => {
    expect(clockInWords('10:00', 'sv')).toBe('10.00');
    expect(clockInWords('09:30', 'fi')).toBe('09.30');
    expect(clockInWords('10:00', 'en')).toBe('10:00');
  });

  it('reads a time in full for a screen reader', () => {
    expect(timeInWords({ date: '2027-01-12', startTime: '10:00' }, 'Träffpunkt Hägersten', 'sv', 'klockan')).toBe('tisdag 12 januari klockan 10.00, Träffpunkt Hägersten');
    expect(timeInWords({ date: '2027-01-12', startTime: '10:00' }, 'Terveyskeskus', 'fi', 'kello')).toBe('tiistai 12. tammikuuta kello 10.00, Terveyskeskus');
  });
});
