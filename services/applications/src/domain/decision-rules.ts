import { addDaysTo } from './calendar.ts';
import type { DecisionDraft as RuleDecisionDraft } from '@omsorg/rules/applications';
import type { ServiceType } from './service-types.ts';

/** A decision sent by post is taken to reach the person two days after it is decided. */
export const POSTAL_DELIVERY_DAYS = 2;

// The decision's own rules are shared with the decision form in the staff portal.
export { decisionIssues, isHomeCare, MAX_HOURS_PER_MONTH, MOTIVATION_MAX_LENGTH } from '@omsorg/rules/applications';
export type DecisionDraft = RuleDecisionDraft<ServiceType>;
/** A problem with one field, as a message key the service translates. */
export type { RuleIssue as DecisionIssue } from '@omsorg/rules';

/** When the person is taken to know of the decision: given, or two days after it by post. */
export function notificationDay(decidedOn: string, notifiedOn: string | null): string {
  return notifiedOn ?? addDaysTo(decidedOn, POSTAL_DELIVERY_DAYS);
}

/** Only granted services are ordered, started and followed up. */
export function isGranted(outcome: DecisionDraft['outcome']): boolean {
  return outcome !== 'DENIED';
}
