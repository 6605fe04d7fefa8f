import type { IcsEvent, Locale } from '@omsorg/platform';
import type { ContentLanguage } from '@omsorg/rules/offerings';
import type { Offering } from '../entities/offering.ts';
import type { Session } from '../entities/session.ts';
import type { Venue } from '../entities/venue.ts';
import { localized } from '../schema/localized.ts';
import { calendarWords } from './words.ts';

export const CALENDAR_PRODUCT = '-//Stockholms stad//Omsorg aktiviteter//SV';

/** The UID a session keeps in every calendar file, so a calendar updates it rather than adding a copy. */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@offerings.omsorg`;
}

/** A session as a public calendar event in the reader's language (Swedish where not translated). */
export function sessionEvent(session: Session, locale: Locale, language: ContentLanguage = locale): IcsEvent {
  const offering = session.offering as unknown as Offering;
  const venue = session.venue as unknown as Venue;
  const words = calendarWords(locale);
  const price = session.price ?? offering.price;
  const title = localized(offering.texts, 'title', language).text;
  const description = [
    localized(offering.texts, 'summary', language).text,
    ...(session.room ? [`${words.room}: ${session.room}`] : []),
    `${words.price_label}: ${price === 0 ? words.free : words.price(price)}`,
    `${venue.name}, ${venue.streetAddress}, ${venue.postalCode} ${venue.city}`,
    ...(venue.phone ? [venue.phone] : []),
  ].join('\n');
  return {
    uid: sessionUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    summary: session.cancelledAt ? `${words.cancelled}: ${title}` : title,
    location: [venue.name, session.room, `${venue.streetAddress}, ${venue.postalCode} ${venue.city}`].filter(Boolean).join(', '),
    description,
    status: session.cancelledAt ? 'CANCELLED' : 'CONFIRMED',
    sequence: session.version - 1,
    classification: 'PUBLIC',
  };
}
