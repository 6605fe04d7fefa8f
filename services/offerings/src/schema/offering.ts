import { isUuid } from '@omsorg/platform';
import { contentFacts } from '../catalogue/session-filter.ts';
import { mayReadContent } from '../domain/access.ts';
import { Offering } from '../entities/offering.ts';
import type { Venue } from '../entities/venue.ts';
import { builder } from './builder.ts';
import { OfferingAudienceEnum, OfferingKindEnum } from './enums.ts';
import { ContentLanguageEnum, localized, LocalizedTextRef } from './localized.ts';
import { readIn, readingLanguage } from './reading.ts';
import { OfferingRef } from './refs.ts';
import { upcomingSessionsField } from './upcoming.ts';
import { VenueRef } from './venue.ts';

builder.objectType(OfferingRef, {
  description: 'Something offered ("aktivitet"): an activity, culture event, outing, course, meal with company, digital help or relatives’ group.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier of the offering.' }),
    kind: t.field({ type: OfferingKindEnum, description: 'What kind of offering it is.', resolve: (offering) => offering.kind }),
    audience: t.field({ type: OfferingAudienceEnum, description: 'Open to everyone over 65, or only with a decision.', resolve: (offering) => offering.audience }),
    title: t.field({ type: LocalizedTextRef, description: 'The title ("Sittgympa").', resolve: (offering, _args, context) => localized(offering.texts, 'title', readingLanguage(context)) }),
    summary: t.field({ type: LocalizedTextRef, description: 'One or two sentences for the list.', resolve: (offering, _args, context) => localized(offering.texts, 'summary', readingLanguage(context)) }),
    description: t.field({ type: LocalizedTextRef, description: 'The whole description, in safe text.', resolve: (offering, _args, context) => localized(offering.texts, 'description', readingLanguage(context)) }),
    price: t.exposeInt('price', { description: 'Price per session in whole kronor; 0 is free of charge. A session may differ.' }),
    language: t.exposeString('language', { description: 'The language it is held in (ISO 639-1). A session may differ.' }),
    registrationRequired: t.exposeBoolean('registrationRequired', { description: 'Registration needed; false for drop-in.' }),
    venue: t.field({ type: VenueRef, description: 'Where its sessions usually are.', resolve: (offering) => offering.venue as unknown as Venue }),
    upcomingSessions: upcomingSessionsField(t, (offering: Offering) => ({ offeringId: offering.id }), 'Its coming sessions, ordered by start.'),
  }),
});

builder.queryField('offering', (t) =>
  t.field({
    type: OfferingRef,
    nullable: true,
    description: 'One offering with its coming sessions; null when there is none the reader may see (drafts only for editors).',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }), language: t.arg({ type: ContentLanguageEnum }) },
    resolve: async (_root, args, context) => {
      readIn(context, args.language);
      if (!isUuid(args.id)) return null;
      const offering = await context.em.findOne(Offering, { id: args.id }, { populate: ['venue'], strategy: 'joined' });
      return offering && mayReadContent(context.actor, contentFacts(offering), new Date()) ? offering : null;
    },
  }),
);
