import type { EntityManager } from '@mikro-orm/postgresql';
import type { ResponseFacts } from '../domain/investigation-response.ts';
import type { Application } from '../entities/application.ts';
import { Decision } from '../entities/decision.ts';
import type { Investigation } from '../entities/investigation.ts';
import { RequestedService } from '../entities/requested-service.ts';

/**
 * How many of each case's requested services have no decision in force yet, from the decisions
 * themselves (what investigation-response.ts asks: is anything left to decide). One statement for
 * the given services, whichever cases they belong to.
 */
export async function servicesAwaitingDecision(em: EntityManager, services: readonly RequestedService[]): Promise<Map<string, number>> {
  const awaiting = new Map<string, number>();
  if (services.length === 0) return awaiting;
  const decided = await em.find(Decision, { requestedService: { $in: services.map((service) => service.id) }, status: 'DECIDED' }, { fields: ['requestedService'] });
  const decidedIds = new Set(decided.map((decision) => decision.requestedService.id));
  for (const service of services) {
    const caseId = service.application.id;
    awaiting.set(caseId, (awaiting.get(caseId) ?? 0) + (decidedIds.has(service.id) ? 0 : 1));
  }
  return awaiting;
}

/** The same for one case, its services loaded here. */
async function servicesAwaitingDecisionOf(em: EntityManager, applicationId: string): Promise<number> {
  const services = await em.find(RequestedService, { application: applicationId });
  return (await servicesAwaitingDecision(em, services)).get(applicationId) ?? 0;
}

/** What the response rules (investigation-response.ts) need to know about one case and its investigation. */
export async function responseStateOf(em: EntityManager, application: Application, investigation: Investigation | null): Promise<ResponseFacts> {
  return {
    communicatedAt: investigation?.communicatedAt ?? null,
    responseDueOn: investigation?.responseDueOn ?? null,
    response: investigation?.response ?? null,
    caseStatus: application.status,
    servicesAwaitingDecision: await servicesAwaitingDecisionOf(em, application.id),
  };
}
