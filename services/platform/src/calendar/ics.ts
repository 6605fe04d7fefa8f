/**
 * RFC 5545 calendar files (.ics), written in a few lines rather than with the `ics` package, which
 * folds lines at 75 characters, not 75 octets: Swedish text with å, ä and ö then gives longer
 * lines than the standard allows. Times are in UTC, so no calendar can misread summer and winter
 * time; the calendar shows them in its own zone (Europe/Stockholm is named as the calendar's zone).
 */
export type IcsEvent = {
  /** Stable per event, e.g. "session-<id>@offerings.omsorg": a calendar updates, never duplicates. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string | null;
  description: string;
  status: 'CONFIRMED' | 'CANCELLED';
  /** 0 for the first version; one more for each change of the same event. */
  sequence: number;
  /** PUBLIC for what everyone may see (a programme), PRIVATE for one person's booking. */
  classification?: 'PUBLIC' | 'PRIVATE';
  url?: string;
};

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
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** One VEVENT's lines, or throws when the event cannot be one. */
export function icsEventLines(event: IcsEvent, stamp: Date): string[] {
  if (!(event.end > event.start)) throw new Error('A calendar event must end after it starts');
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary.slice(0, 200))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location.slice(0, 500))}`] : []),
    `DESCRIPTION:${escapeText(event.description.slice(0, MAX_TEXT))}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `CLASS:${event.classification ?? 'PRIVATE'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * A calendar file's text (CRLF line ends) with any number of events. `name` makes it a calendar
 * to subscribe to (X-WR-CALNAME, with a refresh hint); `stamp` is DTSTAMP, now unless given.
 */
export function icsCalendar(args: { productId: string; method: 'PUBLISH' | 'CANCEL'; events: IcsEvent[]; name?: string; stamp?: Date }): string {
  const stamp = args.stamp ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${args.productId}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${args.method}`,
    ...(args.name ? [`X-WR-CALNAME:${escapeText(args.name.slice(0, 200))}`, 'X-WR-TIMEZONE:Europe/Stockholm', 'REFRESH-INTERVAL;VALUE=DURATION:PT6H', 'X-PUBLISHED-TTL:PT6H'] : []),
    ...args.events.flatMap((event) => icsEventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
