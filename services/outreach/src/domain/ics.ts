import { escapeText, foldLine, icsCalendar, type IcsEvent } from '@omsorg/platform';
import { bookingLines, bookingNotes } from '../letters/booking-text.ts';
import { outreachWords, type BookingFacts } from '../letters/words.ts';

/**
 * A booked health conversation as an RFC 5545 calendar file (.ics) for the person's own
 * calendar, written by the platform's icsCalendar (UTC times, lines folded at 75 octets). A
 * cancelled or moved booking sends the same UID ("booking-<id>@outreach.omsorg") with a higher
 * SEQUENCE.
 */
export type CalendarEvent = Omit<IcsEvent, 'classification' | 'url'>;

const PRODUCT = '-//Stockholms stad//Omsorg uppsokande verksamhet//SV';

export { escapeText, foldLine };

/** The calendar file's text (CRLF line ends), or throws when the event cannot be one. `stamp` is DTSTAMP, now unless given. */
export function calendarFile(event: CalendarEvent, stamp: Date = new Date()): string {
  return icsCalendar({ productId: PRODUCT, method: event.status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH', events: [{ ...event, classification: 'PRIVATE' }], stamp });
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
