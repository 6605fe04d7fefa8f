import type { EntityManager } from '@mikro-orm/postgresql';
import { idSchema, isUuid, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import type { ContentLanguage, OfferingKind, ContentStatus } from '@omsorg/rules/offerings';
import { Offering, type OfferingTexts } from '../entities/offering.ts';
import { Venue } from '../entities/venue.ts';
import { editorActor } from '../editor/access.ts';
import { recordContentChange } from '../editor/history.ts';
import { lockedForEdit } from '../editor/locked.ts';
import { invalidField, setPublished } from '../editor/publish.ts';
import { mergeTexts } from '../editor/texts.ts';
import { builder } from './builder.ts';
import { EditorOfferingPage, EditorOfferingRef } from './editor-types.ts';
import { EditorOfferingFilter, OfferingFactsInput, OfferingTextInput, PublishInput, textList, VersionedIdInput } from './editor-inputs.ts';

const OFFERING_TEXT_FIELDS = ['title', 'summary', 'description'] as const;

type OfferingFacts = { kind: Offering['kind']; audience: Offering['audience']; venueId: string; price: number; language: string; registrationRequired: boolean };
type OfferingTextVersion = { language: ContentLanguage } & OfferingTexts;

/** The texts after the edit; every written language needs a title, Swedish always. */
function mergedOfferingTexts(context: RequestContext, current: Offering['texts'] | null, versions: OfferingTextVersion[]) {
  const merged = mergeTexts<OfferingTexts>(current, versions, OFFERING_TEXT_FIELDS);
  if (!merged.texts || !merged.texts.sv.title) throw invalidField(context, 'texts', 'validation.offerings.swedishRequired');
  for (const [language, value] of Object.entries(merged.texts)) {
    if (!value?.title) throw invalidField(context, `texts.${language}.title`, 'validation.offerings.titleRequired');
  }
  return { texts: merged.texts, changed: merged.changed };
}

async function venueFor(em: EntityManager, context: RequestContext, venueId: string): Promise<Venue> {
  const venue = await em.findOne(Venue, { id: venueId });
  if (!venue) throw invalidField(context, 'facts.venueId', 'error.offerings.venueNotFound');
  return venue;
}

const CreateOfferingInput = builder.inputType('CreateOfferingInput', {
  fields: (t) => ({
    facts: t.field({ type: OfferingFactsInput, required: true }),
    texts: t.field({ type: [OfferingTextInput], required: true, validate: textList }),
  }),
});

const UpdateOfferingInput = builder.inputType('UpdateOfferingInput', {
  description: 'Leave out facts or texts to keep them; texts: only the languages sent change.',
  fields: (t) => ({
    id: t.id({ required: true, validate: idSchema }),
    version: t.int({ required: true }),
    facts: t.field({ type: OfferingFactsInput }),
    texts: t.field({ type: [OfferingTextInput], validate: textList.nullish() }),
  }),
});

/** `%`, `_` and `\` typed in a search are words, not patterns. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

builder.queryField('editorOfferings', (t) =>
  t.field({
    type: EditorOfferingPage,
    description: 'Offerings, drafts included, newest change first, filtered. Editors (ACTIVITIES) only.',
    args: { filter: t.arg({ type: EditorOfferingFilter }), ...pageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      editorActor(context);
      const filter = args.filter ?? {};
      const where: Record<string, unknown> = {};
      if (filter.status) where.status = filter.status as ContentStatus;
      if (filter.kind) where.kind = filter.kind as OfferingKind;
      if (filter.venueId) where.venue = filter.venueId;
      if (filter.search) where.texts = { sv: { title: { $ilike: likePattern(filter.search) } } };
      const [nodes, total] = await context.em.findAndCount(Offering, where, { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, total, args);
    },
  }),
);

builder.queryField('editorOffering', (t) =>
  t.field({
    type: EditorOfferingRef,
    nullable: true,
    description: 'One offering with every language version, its sessions and history. Editors only.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      editorActor(context);
      return isUuid(args.id) ? context.em.findOne(Offering, { id: args.id }) : null;
    },
  }),
);

builder.mutationField('createOffering', (t) =>
  t.field({
    type: EditorOfferingRef,
    description: 'Creates an offering as a draft of your unit, with its facts and texts (Swedish required). Errors: ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CreateOfferingInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      const { texts, changed } = mergedOfferingTexts(context, null, input.texts as OfferingTextVersion[]);
      return context.em.transactional(async (em: EntityManager) => {
        const { venueId, ...facts } = input.facts as OfferingFacts;
        const venue = await venueFor(em, context, venueId);
        const offering = em.create(Offering, { ...facts, venue, texts, organiserUnit: actor.unit, status: 'DRAFT' });
        recordContentChange(em, { kind: 'OFFERING', id: offering.id, action: 'CREATED', fields: [...Object.keys(input.facts), ...changed], staffId: actor.staffId });
        return offering;
      });
    },
  }),
);

builder.mutationField('updateOffering', (t) =>
  t.field({
    type: EditorOfferingRef,
    description: 'Changes an offering\'s facts and/or texts (one language or several). Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: UpdateOfferingInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      return context.em.transactional(async (em: EntityManager) => {
        const offering = await lockedForEdit(em, context, Offering, input.id, input.version, 'error.offerings.offeringNotFound');
        const { texts, changed } = mergedOfferingTexts(context, offering.texts, (input.texts ?? []) as OfferingTextVersion[]);
        const fields: string[] = [];
        if (input.facts) {
          const { venueId, ...facts } = input.facts as OfferingFacts;
          if (venueId !== offering.venue.id) {
            offering.venue = await venueFor(em, context, venueId);
            fields.push('venueId');
          }
          for (const key of Object.keys(facts) as Array<keyof typeof facts>) {
            if (offering[key] !== facts[key]) fields.push(key);
          }
          Object.assign(offering, facts);
        }
        offering.texts = texts;
        offering.version += 1;
        recordContentChange(em, { kind: 'OFFERING', id: offering.id, action: 'EDITED', fields: [...fields, ...changed], staffId: actor.staffId });
        return offering;
      });
    },
  }),
);

builder.mutationField('publishOffering', (t) =>
  t.field({
    type: EditorOfferingRef,
    description: 'Publishes an offering, optionally between two days (Stockholm). Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: PublishInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      return context.em.transactional(async (em: EntityManager) => {
        const offering = await lockedForEdit(em, context, Offering, input.id, input.version, 'error.offerings.offeringNotFound');
        setPublished(em, context, offering, { kind: 'OFFERING', staffId: actor.staffId, publish: true, publishFrom: input.publishFrom, publishUntil: input.publishUntil });
        return offering;
      });
    },
  }),
);

builder.mutationField('unpublishOffering', (t) =>
  t.field({
    type: EditorOfferingRef,
    description: 'Makes an offering a draft again: the public no longer sees it or its sessions. Errors: NotFoundError, ConflictError.',
    errors: {},
    args: { input: t.arg({ type: VersionedIdInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = editorActor(context);
      return context.em.transactional(async (em: EntityManager) => {
        const offering = await lockedForEdit(em, context, Offering, input.id, input.version, 'error.offerings.offeringNotFound');
        setPublished(em, context, offering, { kind: 'OFFERING', staffId: actor.staffId, publish: false });
        return offering;
      });
    },
  }),
);
