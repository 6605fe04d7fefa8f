import { isUuid, pageArgs, toPage, definePage, type RequestContext } from '@omsorg/platform';
import { OFFERINGS_LIMITS } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { venueCalendarPath } from '../calendar/paths.ts';
import { contentFacts } from '../catalogue/session-filter.ts';
import { findVenues } from '../catalogue/venues.ts';
import { mayReadContent } from '../domain/access.ts';
import { Venue, type VenueTexts } from '../entities/venue.ts';
import { builder } from './builder.ts';
import { VenueKindEnum } from './enums.ts';
import { ContentLanguageEnum, localized, LocalizedTextRef } from './localized.ts';
import { readIn, readingLanguage, readOptions } from './reading.ts';
import { upcomingSessionsField } from './upcoming.ts';

export const VenueRef = builder.loadableObject('Venue', {
  description: 'A meeting place ("träffpunkt") or activity centre for everyone over 65.',
  load: async (ids: string[], context: RequestContext): Promise<(Venue | Error)[]> => {
    const venues = await context.em.find(Venue, { id: { $in: ids } });
    return ids.map((id) => venues.find((venue) => venue.id === id) ?? new Error(`Venue ${id} not found`));
  },
  fields: (t) => {
    const text = (field: keyof VenueTexts, description: string) =>
      t.field({ type: LocalizedTextRef, description, resolve: (venue, _args, context) => localized(venue.texts, field, readingLanguage(context)) });
    return {
      id: t.exposeID('id', { description: 'Stable identifier of the meeting place, also its federation key.' }),
      kind: t.field({ type: VenueKindEnum, description: 'Meeting place, activity centre or day-activity place.', resolve: (venue) => venue.kind }),
      name: t.exposeString('name', { description: 'The name of the meeting place ("namn"), e.g. Träffpunkt Fruängen.' }),
      streetAddress: t.exposeString('streetAddress', { description: 'Street and number ("gatuadress").' }),
      postalCode: t.exposeString('postalCode', { description: 'Postal code ("postnummer") as printed, e.g. "129 52".' }),
      city: t.exposeString('city', { description: 'The town ("ort").' }),
      district: t.exposeString('district', { description: 'The district ("stadsdelsområde"), e.g. Hägersten-Älvsjö.' }),
      area: t.exposeString('area', { description: 'The neighbourhood ("stadsdel"), e.g. Fruängen.' }),
      phone: t.string({ nullable: true, description: 'Phone number ("telefon").', resolve: (venue) => venue.phone ?? null }),
      email: t.string({ nullable: true, description: 'E-mail address ("e-post").', resolve: (venue) => venue.email ?? null }),
      stepFree: t.exposeBoolean('stepFree', { description: 'Step-free access: ramp, lift or ground level ("tillgänglig entré").' }),
      hearingLoop: t.exposeBoolean('hearingLoop', { description: 'A hearing loop ("hörselslinga").' }),
      accessibleToilet: t.exposeBoolean('accessibleToilet', { description: 'A toilet adapted for wheelchairs ("anpassad toalett").' }),
      openingHours: text('openingHours', 'Opening hours in words ("öppettider"), e.g. "Måndag–fredag 10–16".'),
      holidayHours: text('holidayHours', 'Hours on holidays ("helgdagar"); may be blank.'),
      accessibility: text('accessibility', 'How accessible the place is ("tillgänglighet"), in words.'),
      directions: text('directions', 'How to get there ("hitta hit"): bus, underground, parking; may be blank.'),
      description: text('description', 'What happens there ("beskrivning"): activities, meals, company.'),
      calendarUrl: t.string({ description: 'Path of the venue’s coming sessions as a calendar to subscribe to (.ics), public.', resolve: (venue) => venueCalendarPath(venue.id) }),
      upcomingSessions: upcomingSessionsField(t, (venue: Venue) => ({ venueId: venue.id }), 'Coming sessions at the venue, ordered by start.'),
    };
  },
});

builder.asEntity(VenueRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, context) => VenueRef.getDataloader(context).load(ref.id),
});

const VenuePage = definePage(builder, 'Venue', VenueRef);

const VenueFilterInput = builder.inputType('VenueFilter', {
  description: 'What to narrow the list of meeting places by; all optional, together they all apply.',
  fields: (t) => ({
    district: t.string({ description: 'The district ("stadsdelsområde").', validate: z.string().max(OFFERINGS_LIMITS.name) }),
    area: t.string({ description: 'The neighbourhood ("stadsdel").', validate: z.string().max(OFFERINGS_LIMITS.name) }),
    kind: t.field({ type: VenueKindEnum, description: 'Only this kind of place.' }),
    stepFree: t.boolean({ description: 'Only places with step-free access.' }),
    hearingLoop: t.boolean({ description: 'Only places with a hearing loop.' }),
    accessibleToilet: t.boolean({ description: 'Only places with an adapted toilet.' }),
    search: t.string({ description: 'Words in the name, address or neighbourhood.', validate: z.string().max(OFFERINGS_LIMITS.name) }),
  }),
});

builder.queryField('venues', (t) =>
  t.field({
    type: VenuePage,
    description: 'Published meeting places ("träffpunkter"), ordered by neighbourhood and then name. Open to everyone, signed in or not.',
    authScopes: { public: true },
    args: { filter: t.arg({ type: VenueFilterInput }), language: t.arg({ type: ContentLanguageEnum }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      readIn(context, args.language);
      const filter = args.filter ?? {};
      const { nodes, totalCount } = await findVenues(context.em, { ...filter, kind: filter.kind ?? null }, args, readOptions(context).now);
      return toPage(nodes, totalCount, args);
    },
  }),
);

builder.queryField('venue', (t) =>
  t.field({
    type: VenueRef,
    nullable: true,
    description: 'One meeting place with its hours, accessibility, directions and coming sessions; null when there is none the reader may see.',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }), language: t.arg({ type: ContentLanguageEnum }) },
    resolve: async (_root, args, context) => {
      readIn(context, args.language);
      if (!isUuid(args.id)) return null;
      const venue = await context.em.findOne(Venue, { id: args.id });
      return venue && mayReadContent(context.actor, contentFacts(venue), new Date()) ? venue : null;
    },
  }),
);
