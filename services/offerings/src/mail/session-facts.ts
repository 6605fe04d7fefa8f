import type { EntityManager } from '@mikro-orm/postgresql';
import { isContentLanguage, pickTranslation } from '@omsorg/rules/offerings';
import { Offering } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';

/** The four languages a mail or letter to a person is written in; anything else is Swedish. */
export type NoticeLanguage = 'sv' | 'en' | 'fi' | 'ar';

export function noticeLanguage(language: string): NoticeLanguage {
  return language === 'en' || language === 'fi' || language === 'ar' ? language : 'sv';
}

const TAGS: Record<NoticeLanguage, string> = { sv: 'sv-SE', en: 'en-GB', fi: 'fi-FI', ar: 'ar' };

export function languageTag(language: NoticeLanguage): string {
  return TAGS[language];
}

/** "torsdag 10 december 2026 kl. 10:00–11:00" in Stockholm time, in the language. */
export function writeSessionTime(startsAt: Date, endsAt: Date, language: NoticeLanguage): string {
  const tag = TAGS[language];
  const day = new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(startsAt);
  const clock = new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
  return `${day}, ${clock.format(startsAt)}–${clock.format(endsAt)}`;
}

/** What a notice says about the session: the title in the person's language, when and where. */
export type SessionNoticeFacts = {
  registration: Registration;
  language: NoticeLanguage;
  title: string;
  when: string;
  place: string;
  organiserUnit: string;
  venuePhone: string | null;
};

/** A registration with its session, offering and venue, as a notice needs them, in the person's language unless `language` says otherwise; null when gone. */
export async function sessionNoticeFacts(em: EntityManager, registrationId: string, language?: NoticeLanguage): Promise<SessionNoticeFacts | null> {
  const registration = await em.findOne(Registration, { id: registrationId });
  if (!registration) return null;
  const session = await em.findOneOrFail(Session, { id: registration.session.id });
  const offering = await em.findOneOrFail(Offering, { id: session.offering.id });
  const venue = await em.findOneOrFail(Venue, { id: session.venue.id });
  const wanted = language ?? noticeLanguage(registration.language);
  const title = pickTranslation(offering.texts, isContentLanguage(wanted) ? wanted : 'sv').value.title;
  const place = [venue.name, session.room, `${venue.streetAddress}, ${venue.postalCode} ${venue.city}`].filter(Boolean).join(', ');
  return { registration, language: wanted, title, when: writeSessionTime(session.startsAt, session.endsAt, wanted), place, organiserUnit: offering.organiserUnit, venuePhone: venue.phone ?? null };
}
