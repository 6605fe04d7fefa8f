import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookingCalendarEvent, calendarFile, escapeText, foldLine } from './ics.ts';

const event = bookingCalendarEvent({
  bookingId: '4f6c1c1e-0d5e-4c59-9d1b-6a0f6f3f7b11',
  // 09:00 UTC is 10.00 in Stockholm in winter.
  booking: { at: new Date('2027-01-12T09:00:00Z'), kind: 'MEETING_PLACE', placeName: 'Träffpunkt Hägersten', placeAddress: 'Hägerstensvägen 110, Hägersten', workerName: 'Omar Haddad', interpreter: null },
  end: new Date('2027-01-12T10:00:00Z'),
  language: 'sv',
  contact: { web: 'omsorg.stockholm.se/inbjudan', phone: '08-508 22 000' },
});

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, wrapped: new ICAL.Event(vevent) };
}

describe('the calendar file', () => {
  const text = calendarFile(event, new Date('2026-12-20T08:15:00Z'));

  it('is RFC 5545: CRLF line ends, no line over 75 octets, one VEVENT in a VCALENDAR 2.0', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { calendar } = parsed(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('has the UID, a DTSTAMP, the times in UTC, the summary, the place and, unfolded and unescaped, the description', () => {
    const { vevent, wrapped } = parsed(text);
    expect(wrapped.uid).toBe('booking-4f6c1c1e-0d5e-4c59-9d1b-6a0f6f3f7b11@outreach.omsorg');
    expect(text).toContain('\r\nDTSTAMP:20261220T081500Z\r\n');
    expect(wrapped.startDate.toJSDate().toISOString()).toBe('2027-01-12T09:00:00.000Z');
    expect(wrapped.endDate.toJSDate().toISOString()).toBe('2027-01-12T10:00:00.000Z');
    expect(wrapped.startDate.zone?.tzid).toBe('UTC');
    expect(wrapped.summary).toBe('Hälsosamtal med äldrelots');
    expect(wrapped.location).toBe('Träffpunkt Hägersten, Hägerstensvägen 110, Hägersten');
    expect(wrapped.description).toContain('När: tisdag 12 januari 2027 klockan 10.00\nHur: På en träffpunkt');
    expect(wrapped.description).toContain('Du kan också ringa 08-508 22 000.');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
  });

  it('cancels with the same UID, a higher SEQUENCE and METHOD:CANCEL', () => {
    const cancelled = calendarFile({ ...event, status: 'CANCELLED', sequence: 1 });
    const { calendar, vevent } = parsed(cancelled);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('uid')).toBe(event.uid);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('says "Per telefon" as the place of a phone call, in the person’s language', () => {
    const phone = bookingCalendarEvent({ bookingId: 'b', booking: { ...event, at: event.start, kind: 'PHONE', placeName: null, placeAddress: null, workerName: null, interpreter: null }, end: event.end, language: 'fi', contact: { web: 'w', phone: 'p' } });
    expect(phone.location).toBe('Puhelimessa');
    expect(phone.summary).toBe('Terveyskeskustelu vanhusluotsin kanssa');
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => calendarFile({ ...event, end: event.start })).toThrow(/end after it starts/);
  });

  it('escapes backslash, semicolon, comma and line breaks, and folds long lines by octets, never inside a letter', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`DESCRIPTION:${'åäö'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`DESCRIPTION:${'åäö'.repeat(40)}`);
  });
});
