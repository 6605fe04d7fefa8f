/** Where the calendar files are: public GET routes, one line each in the gateway's FILE_ROUTES. */
export const SESSION_CALENDAR_PREFIX = '/session-calendars';
export const VENUE_CALENDAR_PREFIX = '/venue-calendars';

/** One session as a calendar file ("Lägg till i kalender"). */
export function sessionCalendarPath(sessionId: string): string {
  return `${SESSION_CALENDAR_PREFIX}/${sessionId}.ics`;
}

/** A venue's coming sessions, a calendar to subscribe to (webcal:// + host + this path). */
export function venueCalendarPath(venueId: string): string {
  return `${VENUE_CALENDAR_PREFIX}/${venueId}.ics`;
}
