import { isUuid, pageArgs, toPage } from '@omsorg/platform';
import type { ContentLanguage } from '@omsorg/rules/offerings';
import { mayReadContent } from '../domain/access.ts';
import { contentFacts } from '../editor/publish.ts';
import { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import { builder } from './builder.ts';
import { EditorSessionPage } from './editor-types.ts';
import { OfferingAudienceEnum, OfferingKindEnum } from './enums.ts';
import { ContentLanguageEnum, contentLanguage, localized, LocalizedTextRef } from './localized.ts';
import { VenueRef } from './venue.ts';

type Preview = { offering: Offering; language: ContentLanguage };

const OfferingPreviewRef = builder.objectRef<Preview>('OfferingPreview').implement({
  description: 'An offering as a citizen reading `language` sees it, drafts included for editors ("förhandsgranska").',
  fields: (t) => ({
    id: t.id({ resolve: ({ offering }) => offering.id }),
    language: t.field({ type: ContentLanguageEnum, resolve: ({ language }) => language }),
    title: t.field({ type: LocalizedTextRef, resolve: ({ offering, language }) => localized(offering.texts, 'title', language) }),
    summary: t.field({ type: LocalizedTextRef, resolve: ({ offering, language }) => localized(offering.texts, 'summary', language) }),
    description: t.field({ type: LocalizedTextRef, resolve: ({ offering, language }) => localized(offering.texts, 'description', language) }),
    kind: t.field({ type: OfferingKindEnum, resolve: ({ offering }) => offering.kind }),
    audience: t.field({ type: OfferingAudienceEnum, resolve: ({ offering }) => offering.audience }),
    price: t.int({ resolve: ({ offering }) => offering.price }),
    heldInLanguage: t.string({ description: 'The language it is held in (ISO 639-1).', resolve: ({ offering }) => offering.language }),
    registrationRequired: t.boolean({ resolve: ({ offering }) => offering.registrationRequired }),
    venue: t.field({ type: VenueRef, resolve: ({ offering }) => offering.venue.id }),
    sessions: t.field({
      type: EditorSessionPage,
      description: 'The sessions not cancelled and not over, in time order.',
      args: pageArgs(t.arg),
      resolve: async ({ offering }, args, context) => {
        const [nodes, total] = await context.em.findAndCount(
          Session,
          { offering: offering.id, cancelledAt: null, endsAt: { $gt: new Date() } },
          { orderBy: { startsAt: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
        );
        return toPage(nodes, total, args);
      },
    }),
  }),
});

builder.queryField('offeringPreview', (t) =>
  t.field({
    type: OfferingPreviewRef,
    nullable: true,
    description: 'An offering in a chosen language as the public sees it. A draft (or one outside its dates) only for editors (mayReadContent); null otherwise.',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }), language: t.arg({ type: ContentLanguageEnum }) },
    resolve: async (_root, args, context) => {
      if (!isUuid(args.id)) return null;
      const offering = await context.em.findOne(Offering, { id: args.id });
      if (!offering || !mayReadContent(context.actor, contentFacts(offering), new Date())) return null;
      return { offering, language: contentLanguage(context, args.language) };
    },
  }),
);
