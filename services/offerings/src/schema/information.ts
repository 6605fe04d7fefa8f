import { definePage, pageArgs, text, toPage } from '@omsorg/platform';
import { optionalDay } from '@omsorg/rules';
import { CONTENT_LANGUAGES, INFORMATION_TOPICS, OFFERINGS_LIMITS, type ContentLanguage, type InformationTopic } from '@omsorg/rules/offerings';
import { z } from 'zod';
import { ContentChange } from '../entities/content-change.ts';
import { InformationPage } from '../entities/information-page.ts';
import { createInformationPage, editorActor, publishInformationPage, saveInformationPageText, unpublishInformationPage } from '../information/editing.ts';
import { publishedPages, readablePage } from '../information/reading.ts';
import { publishDays, writtenLanguages } from '../information/rules.ts';
import { builder } from './builder.ts';
import { ContentLanguageEnum, contentLanguage, localized, LocalizedTextRef } from './localized.ts';
import { StaffMemberRef } from './external-refs.ts';

/*
 * Information pages (docs/OFFERINGS.md "Information pages"): the public list and page in the
 * reader's language, and the editor's reads and changes (staff with the activities role).
 */

export const InformationTopicEnum = builder.enumType('InformationTopic', {
  description: 'What an information page is about: services to apply for, rights in Finnish, relatives, housing, complaints, accessibility.',
  values: INFORMATION_TOPICS,
});

// Named for the pages alone, so the editor's venues and offerings may name their own status type.
export const InformationPageStatusEnum = builder.enumType('InformationPageStatus', {
  description: 'A draft (editors only) or published (everyone, between its dates).',
  values: ['DRAFT', 'PUBLISHED'] as const,
});

type ReadPage = { page: InformationPage; language: ContentLanguage };

const InformationPageRef = builder.objectRef<ReadPage>('InformationPage').implement({
  description: 'An information page as a reader sees it, in their language or, where it is not written in it yet, in Swedish.',
  fields: (t) => ({
    id: t.id({ resolve: ({ page }) => page.id }),
    slug: t.string({ description: 'The address under /information, e.g. "boende".', resolve: ({ page }) => page.slug }),
    topic: t.field({ type: InformationTopicEnum, nullable: true, resolve: ({ page }) => page.topic ?? null }),
    title: t.field({ type: LocalizedTextRef, resolve: ({ page, language }) => localized(page.texts, 'title', language) }),
    summary: t.field({ type: LocalizedTextRef, resolve: ({ page, language }) => localized(page.texts, 'summary', language) }),
    body: t.field({ type: LocalizedTextRef, description: 'The text in the safe markup (docs/OFFERINGS.md "Safe text").', resolve: ({ page, language }) => localized(page.texts, 'body', language) }),
    languages: t.field({ type: [ContentLanguageEnum], description: 'The languages the page is written in.', resolve: ({ page }) => writtenLanguages(page.texts, CONTENT_LANGUAGES) }),
    updatedAt: t.string({ description: 'ISO 8601: when the page last changed.', resolve: ({ page }) => page.updatedAt.toISOString() }),
    isPublished: t.boolean({ description: 'False for a draft, which only editors see (a preview).', resolve: ({ page }) => page.status === 'PUBLISHED' }),
  }),
});

const InformationPagePage = definePage(builder, 'InformationPage', InformationPageRef);

builder.queryField('informationPages', (t) =>
  t.field({
    type: InformationPagePage,
    description: 'The published information pages, in their order. Open to everyone.',
    authScopes: { public: true },
    args: { ...pageArgs(t.arg), language: t.arg({ type: ContentLanguageEnum, description: 'The language to answer in; the request’s when left out.' }) },
    resolve: async (_root, args, context) => {
      const language = contentLanguage(context, args.language);
      const [nodes, total] = await publishedPages(context, args);
      return toPage(nodes.map((page) => ({ page, language })), total, args);
    },
  }),
);

builder.queryField('informationPage', (t) =>
  t.field({
    type: InformationPageRef,
    nullable: true,
    description: 'One page by its address, in the language asked for. Published pages for everyone; drafts for editors (a preview in any language). Null when there is none to see.',
    authScopes: { public: true },
    args: { slug: t.arg.string({ required: true, validate: z.string().max(100) }), language: t.arg({ type: ContentLanguageEnum, description: 'The language to answer in; the request’s when left out.' }) },
    resolve: async (_root, args, context) => {
      const page = await readablePage(context, args.slug);
      return page ? { page, language: contentLanguage(context, args.language) } : null;
    },
  }),
);

/* ---------------------------------------------------------------- the editor */

type PageText = { language: ContentLanguage; title: string; summary: string; body: string };

const InformationPageTextRef = builder.objectRef<PageText>('InformationPageText').implement({
  description: 'A page’s text in one language, as written.',
  fields: (t) => ({
    language: t.field({ type: ContentLanguageEnum, resolve: (text) => text.language }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    body: t.exposeString('body', { description: 'In the safe markup (docs/OFFERINGS.md "Safe text").' }),
  }),
});

const InformationPageChangeRef = builder.objectRef<ContentChange>('InformationPageChange').implement({
  description: 'Who changed what on a page, and when ("ändringshistorik").',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', { description: 'CREATED, EDITED, PUBLISHED or UNPUBLISHED.' }),
    fields: t.exposeStringList('fields', { description: 'What changed, with the language for texts, e.g. "fi:title".' }),
    changedAt: t.string({ description: 'ISO 8601.', resolve: (change) => change.changedAt.toISOString() }),
    changedBy: t.field({ type: StaffMemberRef, description: 'The editor (identity resolves the name).', resolve: (change) => ({ id: change.staffId }) }),
  }),
});
const InformationPageChangePage = definePage(builder, 'InformationPageChange', InformationPageChangeRef);

const EditableInformationPageRef = builder.objectRef<InformationPage>('EditableInformationPage').implement({
  description: 'An information page as the editors see it: every language as written, status, dates, version and history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    topic: t.field({ type: InformationTopicEnum, nullable: true, resolve: (page) => page.topic ?? null }),
    position: t.exposeInt('position'),
    status: t.field({ type: InformationPageStatusEnum, resolve: (page) => page.status }),
    publishFrom: t.string({ nullable: true, description: 'The first day it is shown, YYYY-MM-DD (Stockholm); null: from when it was published.', resolve: (page) => publishDays(page).from }),
    publishUntil: t.string({ nullable: true, description: 'The last day it is shown, YYYY-MM-DD (Stockholm); null: until unpublished.', resolve: (page) => publishDays(page).until }),
    version: t.exposeInt('version', { description: 'Send it back with a change: ConflictError when someone saved in between.' }),
    updatedAt: t.string({ resolve: (page) => page.updatedAt.toISOString() }),
    texts: t.field({
      type: [InformationPageTextRef],
      description: 'The languages it is written in, Swedish first.',
      resolve: (page) => writtenLanguages(page.texts, CONTENT_LANGUAGES).map((language) => ({ language, ...page.texts[language]! })),
    }),
    history: t.field({
      type: InformationPageChangePage,
      description: 'Changes, newest first.',
      args: pageArgs(t.arg),
      resolve: async (page, args, context) => {
        const [nodes, total] = await context.em.findAndCount(
          ContentChange,
          { contentKind: 'INFORMATION_PAGE', contentId: page.id },
          { orderBy: { changedAt: 'desc', id: 'desc' }, limit: args.limit, offset: args.offset },
        );
        return toPage(nodes, total, args);
      },
    }),
  }),
});
const EditableInformationPagePage = definePage(builder, 'EditableInformationPage', EditableInformationPageRef);

builder.queryField('editableInformationPages', (t) =>
  t.field({
    type: EditableInformationPagePage,
    description: 'Every information page, drafts too, in their order. Editors (activities role).',
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      editorActor(context);
      const [nodes, total] = await context.em.findAndCount(InformationPage, {}, { orderBy: { position: 'asc', slug: 'asc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, total, args);
    },
  }),
);

builder.queryField('editableInformationPage', (t) =>
  t.field({
    type: EditableInformationPageRef,
    nullable: true,
    description: 'One page for editing, by id. Editors (activities role).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      editorActor(context);
      return z.uuid().safeParse(id).success ? context.em.findOne(InformationPage, { id }) : null;
    },
  }),
);

const titleText = () => text({ max: OFFERINGS_LIMITS.title });
const summaryText = () => text({ max: OFFERINGS_LIMITS.summary, multiline: true });
const bodyText = () => text({ max: OFFERINGS_LIMITS.text, multiline: true });

const CreateInformationPageInput = builder.inputType('CreateInformationPageInput', {
  description: 'A new page, as a draft, with its Swedish text.',
  fields: (t) => ({
    slug: t.string({ required: true, validate: text({ max: 100 }), description: 'The address under /information: a–z, digits and hyphens.' }),
    topic: t.field({ type: InformationTopicEnum }),
    position: t.int({ validate: z.number().int().min(0).max(1000).nullish(), description: 'Place in the list (0 first).' }),
    title: t.string({ required: true, validate: titleText(), description: `At most ${OFFERINGS_LIMITS.title} characters.` }),
    summary: t.string({ required: true, validate: summaryText(), description: `At most ${OFFERINGS_LIMITS.summary} characters.` }),
    body: t.string({ required: true, validate: bodyText(), description: `Safe markup, at most ${OFFERINGS_LIMITS.text} characters.` }),
  }),
});

const SaveInformationPageTextInput = builder.inputType('SaveInformationPageTextInput', {
  description: 'One language’s text of a page. All three empty removes the translation (not Swedish).',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    language: t.field({ type: ContentLanguageEnum, required: true }),
    title: t.string({ required: true, validate: titleText() }),
    summary: t.string({ required: true, validate: summaryText() }),
    body: t.string({ required: true, validate: bodyText() }),
  }),
});

const PublishInformationPageInput = builder.inputType('PublishInformationPageInput', {
  description: 'Publish a page, from and until the days given (Stockholm time).',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    publishFrom: t.string({ validate: optionalDay.nullish(), description: 'First day shown, YYYY-MM-DD; empty: from now.' }),
    publishUntil: t.string({ validate: optionalDay.nullish(), description: 'Last day shown, YYYY-MM-DD; empty: until unpublished.' }),
  }),
});

const UnpublishInformationPageInput = builder.inputType('UnpublishInformationPageInput', {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

builder.mutationField('createInformationPage', (t) =>
  t.field({
    type: EditableInformationPageRef,
    description: 'Creates a page as a draft. Editors. Errors: ValidationError.',
    errors: {},
    args: { input: t.arg({ type: CreateInformationPageInput, required: true }) },
    resolve: (_root, { input }, context) =>
      createInformationPage(context, { ...input, topic: (input.topic ?? null) as InformationTopic | null, position: input.position ?? 0 }),
  }),
);

builder.mutationField('saveInformationPageText', (t) =>
  t.field({
    type: EditableInformationPageRef,
    description: 'Saves one language’s text. Editors. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: SaveInformationPageTextInput, required: true }) },
    resolve: (_root, { input }, context) => saveInformationPageText(context, { ...input, id: String(input.id) }),
  }),
);

builder.mutationField('publishInformationPage', (t) =>
  t.field({
    type: EditableInformationPageRef,
    description: 'Publishes a page between the days given. Editors. Errors: NotFoundError, ConflictError, ValidationError.',
    errors: {},
    args: { input: t.arg({ type: PublishInformationPageInput, required: true }) },
    resolve: (_root, { input }, context) =>
      publishInformationPage(context, { id: String(input.id), version: input.version, publishFrom: input.publishFrom ?? null, publishUntil: input.publishUntil ?? null }),
  }),
);

builder.mutationField('unpublishInformationPage', (t) =>
  t.field({
    type: EditableInformationPageRef,
    description: 'Makes a page a draft again. Editors. Errors: NotFoundError, ConflictError.',
    errors: {},
    args: { input: t.arg({ type: UnpublishInformationPageInput, required: true }) },
    resolve: (_root, { input }, context) => unpublishInformationPage(context, { id: String(input.id), version: input.version }),
  }),
);
