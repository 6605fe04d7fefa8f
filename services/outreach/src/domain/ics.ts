import { bookingLines, bookingNotes } from '../letters/booking-text.ts';
import { outreachWords, type BookingFacts } from '../letters/words.ts';

/**
 * A booked health conversation as an RFC 5545 calendar file (.ics) for the person's own
 * calendar. Written here in a few lines rather than with the `ics` package, which folds lines at
 * 75 characters, not 75 octets: Swedish text with å, ä and ö then gives longer lines than the
 * standard allows. Times are in UTC, so no calendar can misread summer and winter time; the
 * calendar shows them in its own zone. A cancelled or moved booking sends the same UID with a
 * higher SEQUENCE.
 */
export type CalendarEvent = {
  /** Stable per booking, e.g. "booking-<id>@outreach.omsorg". */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  description: string;
  status: 'CONFIRMED' | 'CANCELLED';
  /** 0 for the first version; one more for each change of the same booking. */
  sequence: number;
};

const PRODUCT = '-//Stockholms stad//Omsorg uppsokande verksamhet//SV';
const MAX_TEXT = 2_000;

/** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** An instant as a UTC DATE-TIME: 20270112T090000Z. */
function utc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The calendar file's text (CRLF line ends), or throws when the event cannot be one. `stamp` is DTSTAMP, now unless given. */
export function calendarFile(event: CalendarEvent, stamp: Date = new Date()): string {
  if (!(event.end > event.start)) throw new Error('A calendar event must end after it starts');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${event.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utc(stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary.slice(0, 200))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location.slice(0, 500))}`] : []),
    `DESCRIPTION:${escapeText(event.description.slice(0, MAX_TEXT))}`,
    'CLASS:PRIVATE',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * A booking as a calendar event in the person's language: the summary "Hälsosamtal med
 * äldrelots", the place (or "Per telefon"), and in the description the same lines and notes as
 * the confirmation letter, with how to change or cancel.
 */
export function bookingCalendarEvent(args: {
  bookingId: string;
  booking: BookingFacts;
  end: Date;
  language: string | null;
  contact: { web: string; phone: string };
  cancelled?: boolean;
  sequence?: number;
}): CalendarEvent {
  const words = outreachWords(args.language);
  const { booking } = args;
  const location =
    booking.kind === 'MEETING_PLACE' || booking.kind === 'HEALTH_CENTRE'
      ? [booking.placeName, booking.placeAddress].filter(Boolean).join(', ') || null
      : booking.kind === 'HOME'
        ? booking.placeAddress || words.meetingKinds.HOME
        : words.meetingKinds[booking.kind];
  const description = [
    ...bookingLines(words, booking).map((line) => `${line.label}: ${line.value}`),
    ...bookingNotes(words, booking, args.cancelled ? 'CANCELLED' : 'CONFIRMED'),
    ...(args.cancelled ? [] : words.booking.change(args.contact)),
  ].join('\n');
  return {
    uid: `booking-${args.bookingId}@outreach.omsorg`,
    start: booking.at,
    end: args.end,
    summary: words.calendarSummary,
    location,
    description,
    status: args.cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: args.sequence ?? 0,
  };
}
