import { toPage, type Page, text } from '@omsorg/platform';
import { APPLICATION_STATUSES } from '../../domain/application-status.ts';
import { inboxDueOn, isInboxOverdue } from '../../domain/inbox.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import type { Application } from '../../entities/application.ts';
import { inboxCounts, inboxPage, isUnfiltered, type InboxCounts } from '../../queries/casework/inbox.ts';
import { logCaseReads } from '../../queries/casework/case-reads.ts';
import { caseworkActor } from '../../queries/casework/scope.ts';
import { ApplicationRef, ApplicationStatusEnum, ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';
import { staffPageArgs } from './page.ts';

type InboxItem = { application: Application; dueOn: string; overdue: boolean };
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
  }),
});

const InboxItemRef = builder.objectRef<InboxItem>('InboxItem').implement({
  description: 'A case in the inbox with the day it is due.',
  fields: (t) => ({
    application: t.field({ type: ApplicationRef, resolve: (item) => item.application }),
    dueOn: t.exposeString('dueOn', { description: '14 days after submission.' }),
    overdue: t.exposeBoolean('overdue'),
  }),
});

const InboxCountsRef = builder.objectRef<InboxCounts>('InboxCounts').implement({
  description: 'Counts for the inbox tabs, over the open cases of your unit (filters do not apply).',
  fields: (t) => ({
    submitted: t.exposeInt('submitted', { description: 'New cases nobody has started (SUBMITTED).' }),
    mine: t.exposeInt('mine'),
    unassigned: t.exposeInt('unassigned'),
    urgent: t.exposeInt('urgent'),
    overdue: t.exposeInt('overdue'),
    openCallbacks: t.exposeInt('openCallbacks', { description: 'Callback requests not yet done; each is due within 48 hours of the request.' }),
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
    args: { filter: t.arg({ type: InboxFilterInput }), ...staffPageArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const actor = caseworkActor(context);
      const today = todayInStockholm();
      const filter = args.filter ?? {};
      const statuses = filter.status?.filter((status) => (APPLICATION_STATUSES as readonly string[]).includes(status));
      // The access-log insert overlaps the tab counts: both wait only on the page.
      const effective = { ...filter, status: statuses ?? null };
      const unfiltered = isUnfiltered(effective);
      const pageLogged = inboxPage(context, actor, effective, args, today, !unfiltered).then(async (page) => {
        await logCaseReads(context, 'Inbox', page[0]);
        return page;
      });
      const [[applications, filteredCount], counts] = await Promise.all([pageLogged, inboxCounts(context, actor, today)]);
      const totalCount = filteredCount ?? counts.open;
      const nodes = applications.map((application) => ({
        application,
        dueOn: application.submittedAt ? inboxDueOn(application.submittedAt) : todayInStockholm(application.createdAt),
        overdue: isInboxOverdue(application, today),
      }));
      return { ...toPage(nodes, totalCount, args), counts };
    },
  }),
);
