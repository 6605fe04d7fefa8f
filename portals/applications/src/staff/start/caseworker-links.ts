import { ApplicationStatus, InboxWork, type StaffInboxCountsQuery } from '../../generated/graphql.ts';
import { callbacksQuery, inboxQuery } from '../inbox/inbox-filters.ts';

export type CaseworkerCounts = StaffInboxCountsQuery['inboxCounts'];

/**
 * The caseworker's start-page links: each count opens the inbox filtered to exactly the cases it
 * counts (the service's totalCountKey gives that list the same count), so the two always agree.
 * Callbacks are the unit's: anyone in the unit may make the call.
 */
export const caseworkerLinks = [
  { key: 'all', count: 'mine', query: inboxQuery({ assignee: 'mine' }) },
  { key: 'submitted', count: 'mineSubmitted', query: inboxQuery({ status: ApplicationStatus.Submitted, assignee: 'mine' }) },
  { key: 'openAppeals', count: 'mineOpenAppeals', query: inboxQuery({ work: InboxWork.OpenAppeal, assignee: 'mine' }) },
  { key: 'servicesNotOrdered', count: 'mineServicesNotOrdered', query: inboxQuery({ work: InboxWork.ServiceNotOrdered, assignee: 'mine' }) },
  { key: 'plansOverdue', count: 'minePlansOverdue', query: inboxQuery({ work: InboxWork.PlanOverdue, assignee: 'mine' }) },
  { key: 'followUpsDue', count: 'mineFollowUpsDue', query: inboxQuery({ work: InboxWork.FollowUpDue, assignee: 'mine' }) },
  { key: 'openCallbacks', count: 'openCallbacks', query: callbacksQuery },
] as const satisfies ReadonlyArray<{ key: string; count: Exclude<keyof CaseworkerCounts, '__typename'>; query: Readonly<Record<string, string>> }>;
