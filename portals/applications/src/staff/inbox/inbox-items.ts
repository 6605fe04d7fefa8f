import type { StaffCallbackRequestsQuery, StaffInboxQuery } from '../../generated/graphql.ts';

/** The inbox's rows and counts as inbox.graphql selects them. */
export type InboxItem = StaffInboxQuery['inbox']['nodes'][number];
export type InboxCounts = StaffInboxQuery['inbox']['counts'];
export type CallbackRequest = StaffCallbackRequestsQuery['callbackRequests']['nodes'][number];
