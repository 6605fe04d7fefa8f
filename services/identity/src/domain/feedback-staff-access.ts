import { hasRole, type Actor } from '@omsorg/platform';

/**
 * Whom feedback can be assigned to: the quality council and managers, who assign feedback
 * (services/feedback/src/domain/access.ts), see their unit's staff of every role and the names of
 * the units. Nobody else: a caseworker has `colleagues`.
 */
export function mayListFeedbackHandlers(actor: Actor): boolean {
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}
