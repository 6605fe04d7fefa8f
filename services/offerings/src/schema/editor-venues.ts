import type { EntityManager } from '@mikro-orm/postgresql';
import { idSchema, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import type { ContentLanguage } from '@omsorg/rules/offerings';
import { normalisePostalCode } from '../domain/postal-code.ts';
import { Venue, type VenueTexts } from '../entities/venue.ts';
import { editorActor } from '../editor/access.ts';
import { recordContentChange } from '../editor/history.ts';
import { lockedForEdit } from '../editor/locked.ts';
import { invalidField, setPublished } from '../editor/publish.ts';
import { mergeTexts } from '../editor/texts.ts';
import { builder } from './builder.ts';
import { EditorVenuePage, EditorVenueRef } from './editor-types.ts';
import { PublishInput, textList, VenueFactsInput, VenueTextInput, VersionedIdInput } from './editor-inputs.ts';

const VENUE_TEXT_FIELDS = ['description', 'openingHours', 'holidayHours', 'directions', 'accessibility'] as const;

type VenueFacts = {
  kind: Venue['kind']; name: string; streetAddress: string; postalCode: string; city: string; district: string; area: string;
  phone?: string | null; email?: string | null; stepFree: boolean; hearingLoop: boolean; accessibleToilet: boolean;
};
type VenueTextVersion = { language: ContentLanguage } & VenueTexts;

function checkedFacts(context: RequestContext, facts: VenueFacts) {
  const postalCode = normalisePostalCode(facts.postalCode);
  if (!postalCode) throw invalidField(context, 'facts.postalCode', 'validation.offerings.postalCode');
  return { ...facts, postalCode, phone: facts.phone || null, email: facts.email || null };
}

function mergedVenueTexts(context: RequestContext, current: Venue['texts'] | null, versions: VenueTextVersion[]) {
  const merged = mergeTexts<VenueTexts>(current, versions, VENUE_TEXT_FIELDS);
  if (!merged.texts) throw invalidField(context, 'texts', 'validation.offerings.swedishRequired');
  return { texts: merged.texts, changed: merged.changed };
}

const changedFacts = (venue: Venue, facts: ReturnType<typeof checkedFacts>) =>
  (Object.keys(facts) as Array<keyof typeof facts>).filter((key) => venue[key] !== facts[key]);

const CreateVenueInput = builder.inputType('CreateVenueInput', {
  fields: (t) => ({
    facts: t.field({ type: VenueFactsInput, required: true }),
    texts: t.field({ type: [VenueTextInput], required: true, validate: textList }),
  }),
});

const UpdateVenueInput = builder.inputType('UpdateVenueInput', {
  description: 'Leave out facts or texts to keep them; texts: only the languages sent change.',
  fields: (t) => ({
    id: t.id({ required: true, validate: idSchema }),
    version: t.int({ required: true }),
    facts: t.field({ type: VenueFactsInput }),
    texts: t.field({ type: [VenueTextInput], validate: textList.nullish() }),
  }),
});

builder.queryField('editorVenues', (t) =>
  t.field({
    type: EditorVenuePage,
    description: 'Every venue, drafts included, by area and name. Editors (ACTIVITIES) only.',
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      editorActor(context);
      const [nodes, total] = await context.em.findAndCount(Venue, {}, { orderBy: { area: 'asc', name: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, total, args);
    },
  }),
);

builder.queryField('editorVenue', (t) =>
  t.field({
    type: EditorVenueRef,
    nullable: true,
    description: 'One venue with every language version and its history. Editors only.',
    args: { id: t.arg.id({ required: true, validate: idSchema }) },
    resolve: (_root, args, context) => {
      editorActor(context);
      return context.em.findOne(Venue, { id: args.id });
    },
  }),
);

builder.mutationField('createVenue', (t) =>
  t.field({
    type: EditorVenueRef,
    description: 'Creates a venue as a draft, with its facts and texts (Swedish required). Errors: ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CreateVenueInput, required: true }) },
    resolve: async (_root, { input: args }, context) => {
      const actor = editorActor(context);
      const facts = checkedFacts(context, args.facts);
      const { texts, changed } = mergedVenueTexts(context, null, args.texts as VenueTextVersion[]);
      return context.em.transactional(async (em: EntityManager) => {
        const venue = em.create(Venue, { ...facts, texts, status: 'DRAFT' });
        recordContentChange(em, { kind: 'VENUE', id: venue.id, action: 'CREATED', fields: [...Object.keys(facts), ...changed], staffId: actor.staffId });
        return venue;
      });
    },
  }),
);

builder.mutationField('updateVenue', (t) =>
  t.field({
    type: EditorVenueRef,
    description: 'Changes a venue\'s facts and/or texts (one language or several). Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: UpdateVenueInput, required: true }) },
    resolve: async (_root, { input: args }, context) => {
      const actor = editorActor(context);
      const facts = args.facts ? checkedFacts(context, args.facts) : null;
      return context.em.transactional(async (em: EntityManager) => {
        const venue = await lockedForEdit(em, context, Venue, args.id, args.version, 'error.offerings.venueNotFound');
        const { texts, changed } = mergedVenueTexts(context, venue.texts, (args.texts ?? []) as VenueTextVersion[]);
        const fields = [...(facts ? changedFacts(venue, facts) : []), ...changed];
        if (facts) Object.assign(venue, facts);
        venue.texts = texts;
        venue.version += 1;
        recordContentChange(em, { kind: 'VENUE', id: venue.id, action: 'EDITED', fields, staffId: actor.staffId });
        return venue;
      });
    },
  }),
);

builder.mutationField('publishVenue', (t) =>
  t.field({
    type: EditorVenueRef,
    description: 'Publishes a venue, optionally between two days. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: PublishInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      return context.em.transactional(async (em: EntityManager) => {
        const venue = await lockedForEdit(em, context, Venue, input.id, input.version, 'error.offerings.venueNotFound');
        setPublished(em, context, venue, { kind: 'VENUE', staffId: actor.staffId, publish: true, publishFrom: input.publishFrom, publishUntil: input.publishUntil });
        return venue;
      });
    },
  }),
);

builder.mutationField('unpublishVenue', (t) =>
  t.field({
    type: EditorVenueRef,
    description: 'Makes a venue a draft again (the public no longer sees it). Errors: NotFoundError, ConflictError.',
    errors: {},
    args: { input: t.arg({ type: VersionedIdInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      return context.em.transactional(async (em: EntityManager) => {
        const venue = await lockedForEdit(em, context, Venue, input.id, input.version, 'error.offerings.venueNotFound');
        setPublished(em, context, venue, { kind: 'VENUE', staffId: actor.staffId, publish: false });
        return venue;
      });
    },
  }),
);
