import { clockInStockholm } from '@omsorg/rules';
import { definePage, pageArgs, toPage } from '@omsorg/platform';
import type { ContentKind } from '../entities/content-change.ts';
import { ContentChange } from '../entities/content-change.ts';
import type { Offering, OfferingTexts } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { Venue as VenueEntity, type Venue, type VenueTexts } from '../entities/venue.ts';
import { contentFacts } from '../editor/publish.ts';
import { publishFromDay, publishUntilDay } from '../editor/dates.ts';
import { textVersions, writtenLanguages } from '../editor/texts.ts';
import { isPublished } from '../domain/access.ts';
import { builder } from './builder.ts';
import { ContentStatusEnum, OfferingAudienceEnum, OfferingKindEnum, VenueKindEnum } from './enums.ts';
import { ContentLanguageEnum } from './localized.ts';
import { StaffMemberRef } from './external-refs.ts';

/** The editor's view of venues, offerings and sessions: every language, drafts, versions, history. */

export const ContentChangeRef = builder.objectRef<ContentChange>('ContentChange').implement({
  description: 'One save in the editor ("ändringshistorik"): who, what and when.',
  fields: (t) => ({
    id: t.exposeID('id'),
    contentKind: t.exposeString('contentKind', { description: 'VENUE, OFFERING, SESSION or INFORMATION_PAGE: an offering\'s history holds its sessions\' changes too.' }),
    contentId: t.exposeID('contentId'),
    action: t.exposeString('action', { description: 'CREATED, EDITED, PUBLISHED, UNPUBLISHED or CANCELLED.' }),
    fields: t.exposeStringList('fields', { description: 'What changed, texts with their language: ["fi:title", "capacity"].' }),
    changedAt: t.string({ description: 'ISO 8601.', resolve: (change) => change.changedAt.toISOString() }),
    changedBy: t.field({ type: StaffMemberRef, description: 'Who saved it; identity gives the name.', resolve: (change) => ({ id: change.staffId }) }),
  }),
});

const ContentChangePage = definePage(builder, 'ContentChange', ContentChangeRef);

/** A `history(offset, limit)` field: newest first. */
function historyField(t: any, kind: ContentKind) {
  return t.field({
    type: ContentChangePage,
    description: 'Who changed what, newest first.',
    args: pageArgs(t.arg),
    resolve: async (content: { id: string }, args: { offset: number; limit: number }, context: any) => {
      const own = { contentKind: kind, contentId: content.id };
      const sessionIds = kind === 'OFFERING' ? (await context.em.find(Session, { offering: content.id }, { fields: ['id'] })).map((session: Session) => session.id) : [];
      const where = sessionIds.length > 0 ? { $or: [own, { contentKind: 'SESSION', contentId: { $in: sessionIds } }] } : own;
      const [nodes, total] = await context.em.findAndCount(ContentChange, where, { orderBy: { changedAt: 'desc', id: 'desc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, total, args);
    },
  });
}

type Publishable = { status: 'DRAFT' | 'PUBLISHED'; publishFrom?: Date | null; publishUntil?: Date | null; version: number };

const publishingFields = (t: any) => ({
  status: t.field({ type: ContentStatusEnum, resolve: (content: Publishable) => content.status }),
  publishFrom: t.string({ nullable: true, description: 'First day shown (Stockholm), YYYY-MM-DD; empty: from publishing.', resolve: (content: Publishable) => publishFromDay(content.publishFrom ?? null) }),
  publishUntil: t.string({ nullable: true, description: 'Last day shown (Stockholm), YYYY-MM-DD; empty: until unpublished.', resolve: (content: Publishable) => publishUntilDay(content.publishUntil ?? null) }),
  visibleNow: t.boolean({ description: 'Published and inside its dates now: what the public sees.', resolve: (content: Publishable) => isPublished(contentFacts(content), new Date()) }),
  version: t.int({ description: 'Send it back with an edit; a stale one answers ConflictError.', resolve: (content: Publishable) => content.version }),
});

export const VenueTextVersionRef = builder.objectRef<{ language: string } & VenueTexts>('VenueTextVersion').implement({
  description: 'A venue\'s texts in one language, as written.',
  fields: (t) => ({
    language: t.field({ type: ContentLanguageEnum, resolve: (version) => version.language as never }),
    description: t.exposeString('description'),
    openingHours: t.exposeString('openingHours'),
    holidayHours: t.exposeString('holidayHours'),
    directions: t.exposeString('directions'),
    accessibility: t.exposeString('accessibility'),
  }),
});

export const EditorVenueRef = builder.objectRef<Venue>('EditorVenue').implement({
  description: 'A venue as the editor sees it: facts, every language version, drafts, history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: VenueKindEnum, resolve: (venue) => venue.kind }),
    name: t.exposeString('name'),
    streetAddress: t.exposeString('streetAddress'),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    district: t.exposeString('district'),
    area: t.exposeString('area'),
    phone: t.exposeString('phone', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    stepFree: t.exposeBoolean('stepFree'),
    hearingLoop: t.exposeBoolean('hearingLoop'),
    accessibleToilet: t.exposeBoolean('accessibleToilet'),
    texts: t.field({ type: [VenueTextVersionRef], description: 'Every language written, Swedish first.', resolve: (venue) => textVersions(venue.texts) }),
    writtenLanguages: t.field({ type: [ContentLanguageEnum], resolve: (venue) => writtenLanguages(venue.texts) }),
    ...publishingFields(t),
    history: historyField(t, 'VENUE'),
  }),
});

export const OfferingTextVersionRef = builder.objectRef<{ language: string } & OfferingTexts>('OfferingTextVersion').implement({
  description: 'An offering\'s texts in one language, as written (plain text with the safe markup, never HTML).',
  fields: (t) => ({
    language: t.field({ type: ContentLanguageEnum, resolve: (version) => version.language as never }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    description: t.exposeString('description'),
  }),
});

export const EditorSessionRef = builder.objectRef<Session>('EditorSession').implement({
  description: 'A session as the editor sees it, with its times in Stockholm.',
  fields: (t) => ({
    id: t.exposeID('id'),
    startsAt: t.string({ description: 'ISO 8601.', resolve: (session) => session.startsAt.toISOString() }),
    endsAt: t.string({ description: 'ISO 8601.', resolve: (session) => session.endsAt.toISOString() }),
    day: t.string({ description: 'The day in Stockholm, YYYY-MM-DD.', resolve: (session) => clockInStockholm(session.startsAt).day }),
    startTime: t.string({ description: 'HH:MM in Stockholm.', resolve: (session) => clockInStockholm(session.startsAt).time }),
    endTime: t.string({ description: 'HH:MM in Stockholm.', resolve: (session) => clockInStockholm(session.endsAt).time }),
    capacity: t.exposeInt('capacity', { nullable: true, description: 'Places; empty for drop-in.' }),
    registeredCount: t.exposeInt('registeredCount'),
    waitingCount: t.int({
      description: 'People on the waiting list now.',
      resolve: (session, _args, context) => context.em.count(Registration, { session: session.id, status: 'WAITING' }),
    }),
    room: t.exposeString('room', { nullable: true }),
    price: t.exposeInt('price', { nullable: true, description: 'Whole kronor when it differs from the offering\'s.' }),
    language: t.exposeString('language', { nullable: true, description: 'When it differs from the offering\'s.' }),
    venueId: t.id({ resolve: (session) => session.venue.id }),
    cancelledAt: t.string({ nullable: true, resolve: (session) => session.cancelledAt?.toISOString() ?? null }),
    cancelReason: t.string({ nullable: true, description: 'Why it was cancelled, as told to the people registered.', resolve: (session) => session.cancelReason }),
    version: t.exposeInt('version'),
  }),
});

export const EditorSessionPage = definePage(builder, 'EditorSession', EditorSessionRef);

export const EditorOfferingRef = builder.objectRef<Offering>('EditorOffering').implement({
  description: 'An offering as the editor sees it: facts, every language version, sessions, drafts, history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: OfferingKindEnum, resolve: (offering) => offering.kind }),
    audience: t.field({ type: OfferingAudienceEnum, resolve: (offering) => offering.audience }),
    title: t.string({ description: 'The Swedish title.', resolve: (offering) => offering.texts.sv.title }),
    venue: t.field({ type: EditorVenueRef, resolve: (offering, _args, context) => context.em.findOneOrFail(VenueEntity, { id: offering.venue.id }) }),
    price: t.exposeInt('price'),
    language: t.exposeString('language'),
    organiserUnit: t.exposeString('organiserUnit'),
    registrationRequired: t.exposeBoolean('registrationRequired'),
    texts: t.field({ type: [OfferingTextVersionRef], description: 'Every language written, Swedish first.', resolve: (offering) => textVersions(offering.texts) }),
    writtenLanguages: t.field({ type: [ContentLanguageEnum], resolve: (offering) => writtenLanguages(offering.texts) }),
    updatedAt: t.string({ resolve: (offering) => offering.updatedAt.toISOString() }),
    ...publishingFields(t),
    sessions: t.field({
      type: EditorSessionPage,
      description: 'Its sessions in time order, cancelled ones included.',
      args: pageArgs(t.arg),
      resolve: async (offering, args, context) => {
        const [nodes, total] = await context.em.findAndCount(Session, { offering: offering.id }, { orderBy: { startsAt: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset });
        return toPage(nodes, total, args);
      },
    }),
    history: historyField(t, 'OFFERING'),
  }),
});

export const EditorOfferingPage = definePage(builder, 'EditorOffering', EditorOfferingRef);
export const EditorVenuePage = definePage(builder, 'EditorVenue', EditorVenueRef);
