import { hasRole, type Actor } from '@omsorg/platform';

/**
 * The statistics per tertial and the indicator report (docs/FEEDBACK.md, "Statistics"): counts
 * only, no text and no sender, so any unit's figures are open to the quality council and to
 * managers. Caseworkers, outreach staff, citizens and anonymous callers get nothing, on every
 * path: the GraphQL queries and the HTTP export (statistics/http.ts).
 */
export function mayReadFeedbackStatistics(actor: Actor): boolean {
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}
