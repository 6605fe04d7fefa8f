import { execute, type Page, type RequestContext, text, toPage } from '@omsorg/platform';
import { z } from 'zod';
import { APPLICATION_STATUSES } from '../../domain/application-status.ts';
import { inboxDueOn, isInboxOverdue } from '../../domain/inbox.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { Application } from '../../entities/application.ts';
import { INBOX_SORT_FIELDS, workKinds, type WorkKind } from '../../domain/work-list.ts';
import { inboxCounts, inboxPage, totalCountKey, type InboxCounts, type InboxRow } from '../../queries/casework/inbox.ts';
import { workOfCases } from '../../queries/casework/work-sql.ts';
import { logCaseReads } from '../../queries/casework/case-reads.ts';
import { caseworkActor } from '../../queries/casework/scope.ts';
import { byKey } from '../../queries/casework/related.ts';
import { ApplicationRef, ApplicationStatusEnum, ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';
import { PersonRef } from '../person.ts';
import { OtherOpenApplicationRef, otherOpenApplications } from './other-applications.ts';
import { StaffMemberRef, staffReference } from './staff-member.ts';
import { staffPageArgs } from './page.ts';

type InboxWorkItem = { kind: WorkKind; count: number };
type InboxItem = { row: InboxRow; dueOn: string; overdue: boolean; work: InboxWorkItem[] };

export const InboxWorkEnum = builder.enumType('InboxWork', {
  description: 'What a case waits for from its caseworker ("att göra").',
  values: {
    OPEN_APPLICATION: { description: 'An application to investigate and decide (SUBMITTED, IN_INVESTIGATION or COMMUNICATED).' },
    OPEN_APPEAL: { description: 'An appeal to reconsider, or waiting for the court ("överklagande").' },
    SERVICE_NOT_ORDERED: { description: 'A granted service in force not yet ordered from a provider ("att beställa").' },
    PLAN_OVERDUE: { description: 'An order whose implementation plan is more than 14 days late ("genomförandeplan saknas").' },
    FOLLOW_UP_DUE: { description: 'A follow-up whose day has come ("uppföljning").' },
  } satisfies Record<WorkKind, { description: string }>,
});

const InboxSortFieldEnum = builder.enumType('InboxSortField', {
  description: 'A column to sort the inbox by.',
  values: {
    PRIORITY: { description: 'Urgent first, then earliest due (the default).' },
    REFERENCE: { description: 'Case number ("ärendenummer").' },
    RECEIVED: { description: 'When the application came in; the due day follows it.' },
    STATUS: { description: 'Status.' },
    AREA: { description: 'District area; cases without one last.' },
  } satisfies Record<(typeof INBOX_SORT_FIELDS)[number], { description: string }>,
});

const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

const InboxSortInput = builder.inputType('InboxSort', {
  fields: (t) => ({
    field: t.field({ type: InboxSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: 'ASC' }),
  }),
});

const InboxWorkItemRef = builder.objectRef<InboxWorkItem>('InboxWorkItem').implement({
  description: 'One kind of work on a case and how many (e.g. three services to order).',
  fields: (t) => ({
    kind: t.field({ type: InboxWorkEnum, resolve: (item) => item.kind }),
    count: t.exposeInt('count'),
  }),
});
type Inbox = Page<InboxItem> & { counts: InboxCounts };

const InboxFilterInput = builder.inputType('InboxFilter', {
  description: 'Narrows the inbox. Without a status only open cases show (SUBMITTED, IN_INVESTIGATION, COMMUNICATED); drafts never do.',
  fields: (t) => ({
    status: t.field({ type: [ApplicationStatusEnum] }),
    serviceType: t.field({ type: ServiceTypeEnum, description: 'Cases that ask for this service.' }),
    area: t.string({ validate: text({ max: 200 }).nullish(), description: 'District area ("stadsdelsområde").' }),
    assigneeId: t.id({ description: 'Cases of this caseworker.' }),
    unassigned: t.boolean({ description: 'Only cases nobody has taken.' }),
    mine: t.boolean({ description: 'Only your cases.' }),
    urgent: t.boolean(),
    overdue: t.boolean({ description: 'Open cases past their due day (14 days after submission).' }),
    work: t.field({
      type: [InboxWorkEnum],
      description: 'Cases with any of these kinds of work. Without a status, decided and closed cases with such work show too.',
    }),
    applicantId: t.id({ description: 'The cases of one person (found by personnummer through identity’s personByPersonalIdentityNumber).' }),
    applicantIds: t.idList({
      validate: z.array(z.string()).max(20),
      description: 'The cases of these persons, at most 20 (found by name through identity’s unitPersonsByName).',
    }),
    reference: t.string({ validate: text({ max: 32 }).nullish(), description: 'A case number ("ärendenummer"), whole or its start, e.g. ANS-2026-0001.' }),
  }),
});

const InboxCaseRef = builder.objectRef<InboxRow>('InboxCase').implement({
  description: 'A case as the inbox lists it: what its row shows, read in one pass for the whole page. Open the case (Query.application) for the rest.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The application’s id.' }),
    reference: t.exposeString('reference', { nullable: true, description: 'The case number ("ärendenummer").' }),
    status: t.field({ type: ApplicationStatusEnum, resolve: (row) => row.status }),
    version: t.exposeInt('version', { description: 'Send it back with a change to the case (taking it, assigning it).' }),
    submittedAt: t.string({ nullable: true, resolve: (row) => row.submittedAt?.toISOString() ?? null }),
    createdAt: t.string({ resolve: (row) => row.createdAt.toISOString() }),
    urgent: t.exposeBoolean('urgent', { description: 'Marked urgent ("brådskande").' }),
    districtArea: t.exposeString('districtArea', { nullable: true, description: 'District area ("stadsdelsområde").' }),
    applicant: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The person the application is for; identity resolves the name. Null, with FORBIDDEN at this path, in the seconds after a case is submitted (as Application.applicant).',
      resolve: (row) => ({ id: row.applicantId }),
    }),
    assignee: t.field({ type: StaffMemberRef, nullable: true, description: 'The caseworker ("handläggare").', resolve: (row) => staffReference(row.assigneeId) }),
    serviceTypes: t.field({ type: [ServiceTypeEnum], description: 'The services asked for, in the order letters list them.', resolve: (row) => row.serviceTypes }),
    otherOpenApplications: t.loadableList({
      type: OtherOpenApplicationRef,
      description: 'The person’s other open applications in your unit: the same need may be asked for twice.',
      load: (keys: string[], context: RequestContext) => otherOpenApplications(keys, context),
      resolve: (row) => `${row.applicantId}/${row.id}`,
    }),
  }),
});

/** Whole applications for the rows that ask for them (Inbox.nodes.application), with their services: one statement each. */
async function applicationsOfRows(ids: readonly string[], context: RequestContext): Promise<(Application | Error)[]> {
  const found = await context.em.find(Application, { id: { $in: [...ids] } }, { populate: ['requestedServices'] });
  return byKey(ids, found, (application) => application.id).map((application) => application ?? new Error('Application not found'));
}

const InboxItemRef = builder.objectRef<InboxItem>('InboxItem').implement({
  description: 'A case in the inbox with the day it is due.',
  fields: (t) => ({
    case: t.field({ type: InboxCaseRef, description: 'What the row shows, without loading the whole case.', resolve: (item) => item.row }),
    application: t.loadable({
      type: ApplicationRef,
      description: 'The whole case. Loaded only when asked (one statement for the page); the inbox reads `case`.',
      load: (ids: string[], context: RequestContext) => applicationsOfRows(ids, context),
      resolve: (item) => item.row.id,
    }),
    dueOn: t.exposeString('dueOn', { description: '14 days after submission.' }),
    overdue: t.exposeBoolean('overdue'),
    work: t.field({ type: [InboxWorkItemRef], description: 'What the case waits for, kind by kind.', resolve: (item) => item.work }),
  }),
});

const InboxCountsRef = builder.objectRef<InboxCounts>('InboxCounts').implement({
  description:
    'Counts for the inbox tabs ("att göra") over your unit (filters do not apply). Each is the total of the list its tab opens: mine, unassigned and urgent count every case with work of any kind, decided ones too.',
  fields: (t) => ({
    submitted: t.exposeInt('submitted', { description: 'New cases nobody has started (SUBMITTED).' }),
    mine: t.exposeInt('mine', { description: 'Your cases with work of any kind (filter: mine, work: every kind).' }),
    unassigned: t.exposeInt('unassigned', { description: 'Cases with work and no caseworker.' }),
    urgent: t.exposeInt('urgent', { description: 'Urgent cases with work.' }),
    overdue: t.exposeInt('overdue'),
    work: t.exposeInt('work', { description: 'Cases with work of any kind (filter: work: every kind).' }),
    openApplications: t.exposeInt('open', { description: 'Open applications (the inbox without filters).' }),
    openAppeals: t.exposeInt('openAppeals', { description: 'Cases with an appeal not yet finished (filter: work: OPEN_APPEAL).' }),
    servicesNotOrdered: t.exposeInt('servicesNotOrdered', { description: 'Cases with a granted service not yet ordered.' }),
    plansOverdue: t.exposeInt('plansOverdue', { description: 'Cases with an implementation plan more than 14 days late.' }),
    followUpsDue: t.exposeInt('followUpsDue', { description: 'Cases with a follow-up due today or earlier.' }),
    openCallbacks: t.exposeInt('openCallbacks', { description: 'Callback requests not yet done; each is due within 48 hours of the request.' }),
    mineSubmitted: t.exposeInt('mineSubmitted', { description: 'Your new cases, not yet started (filter: status SUBMITTED, mine).' }),
    mineOpenAppeals: t.exposeInt('mineOpenAppeals', { description: 'Your cases with an appeal not yet finished (filter: work OPEN_APPEAL, mine).' }),
    mineServicesNotOrdered: t.exposeInt('mineServicesNotOrdered', { description: 'Your cases with a granted service not yet ordered (filter: work SERVICE_NOT_ORDERED, mine).' }),
    minePlansOverdue: t.exposeInt('minePlansOverdue', { description: 'Your cases with an implementation plan more than 14 days late (filter: work PLAN_OVERDUE, mine).' }),
    mineFollowUpsDue: t.exposeInt('mineFollowUpsDue', { description: 'Your cases with a follow-up due today or earlier (filter: work FOLLOW_UP_DUE, mine).' }),
  }),
});

const InboxRef = builder.objectRef<Inbox>('Inbox').implement({
  description: 'The unit’s incoming cases ("inkorg"), most urgent and earliest due first.',
  fields: (t) => ({
    nodes: t.field({ type: [InboxItemRef], resolve: (inbox) => inbox.nodes }),
    totalCount: t.exposeInt('totalCount'),
    hasNextPage: t.exposeBoolean('hasNextPage'),
    counts: t.field({ type: InboxCountsRef, resolve: (inbox) => inbox.counts }),
  }),
});

builder.queryField('inbox', (t) =>
  t.field({
    type: InboxRef,
    description:
      'Your unit’s cases: urgent first, then by due day (submitted + 14 days). Caseworkers and managers. A constant number of SQL statements whatever the page size; each listed case is logged as read ("Inbox").',
    args: { filter: t.arg({ type: InboxFilterInput }), sort: t.arg({ type: InboxSortInput }), ...staffPageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const actor = caseworkActor(context);
      const today = todayInStockholm();
      const filter = args.filter ?? {};
      const statuses = filter.status?.filter((status) => (APPLICATION_STATUSES as readonly string[]).includes(status));
      // Known kinds, each once; none named is no work filter (workKinds would read it as every kind).
      const work = filter.work?.length ? workKinds(filter.work) : null;
      const effective = { ...filter, status: statuses ?? null, work };
      // The tab counts give most lists' totals (totalCountKey), so those pages need no count of their own.
      const countKey = totalCountKey(effective);
      // The access-log insert and the rows' work overlap the tab counts: they wait only on the page.
      const pageDone = inboxPage(context, actor, effective, args, today, countKey === null, args.sort).then(async (page) => {
        const [workByCase] = await Promise.all([workOfCases(connection(context), page[0], today), logCaseReads(context, 'Inbox', page[0])]);
        return [page[0], page[1], workByCase] as const;
      });
      const [[rows, filteredCount, workByCase], counts] = await Promise.all([pageDone, inboxCounts(context, actor, today)]);
      const totalCount = filteredCount ?? (countKey ? counts[countKey] : 0);
      const nodes = rows.map((row) => ({
        row,
        dueOn: row.submittedAt ? inboxDueOn(row.submittedAt) : todayInStockholm(row.createdAt),
        overdue: isInboxOverdue(row, today),
        work: workByCase.get(row.id) ?? [],
      }));
      return { ...toPage(nodes, totalCount, args), counts };
    },
  }),
);

builder.queryField('inboxCounts', (t) =>
  t.field({
    type: InboxCountsRef,
    description:
      'The inbox tab counts alone, for the staff start page ("att göra"): the same numbers as Inbox.counts, each the total of the list it links to. Caseworkers and managers of the unit; numbers only, so nothing is logged as read.',
    resolve: (_root, _args, context) => inboxCounts(context, caseworkActor(context), todayInStockholm()),
  }),
);

const connection = (context: RequestContext): Parameters<typeof workOfCases>[0] => ({ execute: <T>(sql: string, params: unknown[]) => execute<T & object>(context.em, sql, params) as Promise<T> });
