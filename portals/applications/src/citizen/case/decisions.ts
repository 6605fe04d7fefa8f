import { stockholmDay } from '@omsorg/ui';
import { daysUntil } from '../../dates.ts';
import type { CitizenAppealFragment as Appeal, CitizenDecisionFragment as Decision, CitizenRequestedServiceFragment as RequestedService } from '../../generated/graphql.ts';
import type { CaseDetails } from './case-store.ts';

/** A decision the applicant has been told about: decided, not replaced by a newer one. */
export function isInForce(decision: Decision | null): decision is Decision {
  return decision !== null && decision.status === 'DECIDED';
}

/** Whether there is a decision letter to open: at least one service has been decided. */
export function hasDecisionLetter(application: Pick<CaseDetails, 'requestedServices'>): boolean {
  return application.requestedServices.some((service) => isInForce(service.decision));
}

/** The decisions that can be appealed now, in the order the services are listed. */
export function appealableDecisions(services: readonly RequestedService[]): Array<{ service: RequestedService; decision: Decision }> {
  return services.flatMap((service) => (isInForce(service.decision) && service.decision.canAppeal ? [{ service, decision: service.decision }] : []));
}

/** Every appeal against a service's decisions, also those that were later changed; oldest first. */
export function appealsOf(service: RequestedService): Appeal[] {
  const byId = new Map<string, Appeal>();
  for (const appeal of service.decision?.appeals ?? []) byId.set(appeal.id, appeal);
  for (const decision of service.decisions) for (const appeal of decision.appeals) byId.set(appeal.id, appeal);
  return [...byId.values()].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
}

export type DeadlineState = { kind: 'open'; daysLeft: number } | { kind: 'passed' };

/** Whether a deadline day ("senast …") is still ahead, counted in Stockholm. */
export function deadlineState(deadline: string, today: string = stockholmDay()): DeadlineState {
  const daysLeft = daysUntil(deadline, today);
  return daysLeft >= 0 ? { kind: 'open', daysLeft } : { kind: 'passed' };
}
