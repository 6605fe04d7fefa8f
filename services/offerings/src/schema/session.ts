import { isUuid, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import { OFFERINGS_LIMITS } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { sessionCalendarPath } from '../calendar/paths.ts';
import { stockholmClock } from '../catalogue/clock.ts';
import { contentFacts } from '../catalogue/session-filter.ts';
import { findSessions, waitingCounts } from '../catalogue/sessions.ts';
import { mayReadContent } from '../domain/access.ts';
import type { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import type { Venue } from '../entities/venue.ts';
import { builder } from './builder.ts';
import { OfferingKindEnum } from './enums.ts';
import { ContentLanguageEnum } from './localized.ts';
import { readIn, readOptions } from './reading.ts';
import { OfferingRef, SessionPage, SessionRef } from './refs.ts';
import { VenueRef } from './venue.ts';

const offeringOf = (session: Session) => session.offering as unknown as Offering;

/** A session's start and end on the Stockholm clock, worked out once per session (a week has a hundred). */
const clocks = new WeakMap<Session, { start: { day: string; time: string }; end: { day: string; time: string } }>();
function clockOf(session: Session) {
  let clock = clocks.get(session);
  if (!clock) {
    clock = { start: stockholmClock(session.startsAt), end: stockholmClock(session.endsAt) };
    clocks.set(session, clock);
  }
  return clock;
}
const venueOf = (session: Session) => session.venue as unknown as Venue;

builder.objectType(SessionRef, {
  description: 'One occasion of an offering ("tillfälle"): when, where, places left.',
  fields: (t) => ({
  id: t.exposeID('id', { description: 'Stable identifier of the session.' }),
  offering: t.field({ type: OfferingRef, description: 'What is offered: title, summary, kind, audience.', resolve: offeringOf }),
  venue: t.field({ type: VenueRef, description: 'Where it is: the venue, with its accessibility facts.', resolve: venueOf }),
  startsAt: t.string({ description: 'When it starts (ISO 8601 instant).', resolve: (session) => session.startsAt.toISOString() }),
  endsAt: t.string({ description: 'When it ends (ISO 8601 instant).', resolve: (session) => session.endsAt.toISOString() }),
  day: t.string({ description: 'The Stockholm day it starts, "YYYY-MM-DD".', resolve: (session) => clockOf(session).start.day }),
  startTime: t.string({ description: 'Stockholm time it starts, "HH:MM".', resolve: (session) => clockOf(session).start.time }),
  endTime: t.string({ description: 'Stockholm time it ends, "HH:MM".', resolve: (session) => clockOf(session).end.time }),
  room: t.string({ nullable: true, description: 'A room or meeting point ("Stora salen", "Vid busshållplatsen").', resolve: (session) => session.room ?? null }),
  capacity: t.int({ nullable: true, description: 'Places; null when anyone may drop in.', resolve: (session) => session.capacity ?? null }),
  placesLeft: t.int({
    nullable: true,
    description: 'Places not yet taken; null when anyone may drop in. 0 means full: the waiting list is offered.',
    resolve: (session) => (session.capacity == null ? null : Math.max(0, session.capacity - session.registeredCount)),
  }),
  waitingCount: t.loadable({
    type: 'Int',
    description: 'People on the waiting list (a number only, nothing about them).',
    load: async (ids: string[], context: RequestContext) => {
      const counts = await waitingCounts(context.em, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    },
    resolve: (session) => session.id,
  }),
  cancelled: t.boolean({ description: 'The session is cancelled ("inställt").', resolve: (session) => session.cancelledAt != null }),
  price: t.int({ description: 'Price in whole kronor; 0 is free of charge ("gratis").', resolve: (session) => session.price ?? offeringOf(session).price }),
  language: t.string({ description: 'The language it is held in (ISO 639-1: sv, fi, ar, …).', resolve: (session) => session.language ?? offeringOf(session).language }),
  calendarUrl: t.string({ description: 'Path of the session as a calendar file (.ics), public.', resolve: (session) => sessionCalendarPath(session.id) }),
  }),
});

const dayArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.day').nullish();

const SessionFilterInput = builder.inputType('OfferingSessionFilter', {
  description: 'What to narrow the public list of sessions by; all optional, together they all apply.',
  fields: (t) => ({
    district: t.string({ description: 'The district ("stadsdelsområde"), e.g. Hägersten-Älvsjö.', validate: z.string().max(OFFERINGS_LIMITS.name) }),
    area: t.string({ description: 'The neighbourhood ("stadsdel"), e.g. Fruängen.', validate: z.string().max(OFFERINGS_LIMITS.name) }),
    venueId: t.id({ description: 'One venue.', validate: z.uuid() }),
    from: t.string({ description: 'First Stockholm day "YYYY-MM-DD" (included); without it, from now.', validate: dayArg }),
    to: t.string({ description: 'Last Stockholm day "YYYY-MM-DD" (included). A week view asks Monday to Sunday.', validate: dayArg }),
    kinds: t.field({ type: [OfferingKindEnum], description: 'Only these kinds.' }),
    language: t.string({ description: 'Only sessions held in this language (sv, fi, ar, …).', validate: z.string().max(8) }),
    freeOfCharge: t.boolean({ description: 'Only sessions that cost nothing.' }),
    stepFree: t.boolean({ description: 'Only at venues with step-free access.' }),
    hearingLoop: t.boolean({ description: 'Only at venues with a hearing loop.' }),
    search: t.string({ description: 'Words in the title (Swedish or the reader’s language) or the venue’s name.', validate: z.string().max(OFFERINGS_LIMITS.title) }),
  }),
});

builder.queryField('offeringSessions', (t) =>
  t.field({
    type: SessionPage,
    description: 'Coming sessions of published offerings, ordered by start: the public list and the week view. Open to everyone.',
    authScopes: { public: true },
    args: { filter: t.arg({ type: SessionFilterInput }), language: t.arg({ type: ContentLanguageEnum }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      readIn(context, args.language);
      const page = await findSessions(context.em, args.filter ?? {}, args, readOptions(context));
      return toPage(page.nodes, page.totalCount, args);
    },
  }),
);

builder.queryField('offeringSession', (t) =>
  t.field({
    type: SessionRef,
    nullable: true,
    description: 'One session; null when there is none the reader may see (drafts only for editors).',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }), language: t.arg({ type: ContentLanguageEnum }) },
    resolve: async (_root, args, context) => {
      readIn(context, args.language);
      if (!isUuid(args.id)) return null;
      const session = await context.em.findOne(Session, { id: args.id }, { populate: ['offering', 'venue'], strategy: 'joined' });
      const now = new Date();
      if (!session || !mayReadContent(context.actor, contentFacts(offeringOf(session)), now) || !mayReadContent(context.actor, contentFacts(venueOf(session)), now)) return null;
      return session;
    },
  }),
);
