import type { StaffInboxCountsQuery } from '../../generated/graphql.ts';

export type CaseworkerCounts = StaffInboxCountsQuery['inboxCounts'];

/**
 * The caseworker's start-page links: each count opens the inbox filtered to exactly the cases it
 * counts (the service's totalCountKey gives that list the same count), so the two always agree.
 * Callbacks are the unit's: anyone in the unit may make the call.
 */
export const caseworkerLinks = [
  { key: 'all', count: 'mine', query: { handlaggare: 'mina' } },
  { key: 'submitted', count: 'mineSubmitted', query: { status: 'nya', handlaggare: 'mina' } },
  { key: 'openAppeals', count: 'mineOpenAppeals', query: { arbete: 'overklaganden', handlaggare: 'mina' } },
  { key: 'servicesNotOrdered', count: 'mineServicesNotOrdered', query: { arbete: 'att-bestalla', handlaggare: 'mina' } },
  { key: 'plansOverdue', count: 'minePlansOverdue', query: { arbete: 'genomforandeplaner', handlaggare: 'mina' } },
  { key: 'followUpsDue', count: 'mineFollowUpsDue', query: { arbete: 'uppfoljningar', handlaggare: 'mina' } },
  { key: 'openCallbacks', count: 'openCallbacks', query: { vy: 'aterringningar' } },
] as const satisfies ReadonlyArray<{ key: string; count: Exclude<keyof CaseworkerCounts, '__typename'>; query: Record<string, string> }>;
