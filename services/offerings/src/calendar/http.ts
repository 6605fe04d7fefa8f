import type { ServerResponse } from 'node:http';
import { type HttpRoute, icsCalendar, isUuid, sendJsonError, type RequestContext } from '@omsorg/platform';
import { contentFacts } from '../catalogue/session-filter.ts';
import { findSessions } from '../catalogue/sessions.ts';
import { mayReadContent } from '../domain/access.ts';
import type { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';
import { SESSION_CALENDAR_PREFIX, VENUE_CALENDAR_PREFIX } from './paths.ts';
import { CALENDAR_PRODUCT, sessionEvent } from './session-events.ts';
import { calendarWords } from './words.ts';

/*
 * GET /session-calendars/<sessionId>.ics: one session, "Lägg till i kalender".
 * GET /venue-calendars/<venueId>.ics: a venue's coming sessions, a calendar to subscribe to
 * (webcal://). Public, like the catalogue: the gateway lets anonymous GETs through for these
 * two prefixes only (PUBLIC_FILE_ROUTES). Drafts only for editors, as in GraphQL.
 */

/** The most sessions a venue calendar lists (a quarter's programme is far fewer). */
export const VENUE_CALENDAR_MAX = 500;

function idFrom(url: string | undefined, prefix: string): string | null {
  const path = new URL(url ?? '/', 'http://localhost').pathname;
  const id = new RegExp(`^${prefix}/([^/]+)\\.ics$`).exec(path)?.[1];
  return id && isUuid(id) ? id : null;
}

function sendCalendar(res: ServerResponse, method: string | undefined, text: string, fileName: string, inline: boolean): void {
  const body = Buffer.from(text, 'utf8');
  res
    .writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-length': String(body.length),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${fileName}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=900',
      'content-security-policy': "default-src 'none'; sandbox",
    })
    .end(method === 'HEAD' ? undefined : body);
}

const notFound = (res: ServerResponse, context: RequestContext) => sendJsonError(res, 404, 'NOT_FOUND', context.t('error.notFound'));
const isRead = (method: string | undefined) => method === 'GET' || method === 'HEAD';

export const sessionCalendarRoute: HttpRoute = {
  prefix: SESSION_CALENDAR_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    const id = idFrom(req.url, SESSION_CALENDAR_PREFIX);
    if (!id || !isRead(req.method)) return notFound(res, context);
    const session = await context.em.findOne(Session, { id }, { populate: ['offering', 'venue'], strategy: 'joined' });
    const now = new Date();
    if (!session || !mayReadContent(context.actor, contentFacts(session.offering as unknown as Offering), now) || !mayReadContent(context.actor, contentFacts(session.venue as unknown as Venue), now)) {
      return notFound(res, context);
    }
    const text = icsCalendar({ productId: CALENDAR_PRODUCT, method: 'PUBLISH', events: [sessionEvent(session, context.locale)] });
    sendCalendar(res, req.method, text, `aktivitet-${session.startsAt.toISOString().slice(0, 10)}.ics`, false);
  },
};

export const venueCalendarRoute: HttpRoute = {
  prefix: VENUE_CALENDAR_PREFIX,
  maxBodyBytes: () => 0,
  async handle(req, res, context) {
    const id = idFrom(req.url, VENUE_CALENDAR_PREFIX);
    if (!id || !isRead(req.method)) return notFound(res, context);
    const venue = await context.em.findOne(Venue, { id });
    const now = new Date();
    if (!venue || !mayReadContent(context.actor, contentFacts(venue), now)) return notFound(res, context);
    const { nodes } = await findSessions(context.em, { venueId: venue.id }, { offset: 0, limit: VENUE_CALENDAR_MAX }, { now, readerLanguage: context.locale, includeDrafts: false });
    const text = icsCalendar({
      productId: CALENDAR_PRODUCT,
      method: 'PUBLISH',
      name: calendarWords(context.locale).calendar(venue.name),
      events: nodes.map((session) => sessionEvent(session, context.locale)),
    });
    sendCalendar(res, req.method, text, 'aktiviteter.ics', true);
  },
};
