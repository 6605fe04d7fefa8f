import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChoiceFacts } from '../../domain/provider-choice.ts';
import { choiceRefusal, offersService } from '../../domain/provider-choice.ts';
import type { Application } from '../../entities/application.ts';
import type { Decision } from '../../entities/decision.ts';
import { Provider } from '../../entities/provider.ts';
import { RequestedService } from '../../entities/requested-service.ts';
import { ProviderChoice } from '../../entities/provider-choice.ts';
import { ServiceOrder } from '../../entities/service-order.ts';

/** The choice in force for a decision: the newest recorded. */
export function currentChoice(em: EntityManager, decisionId: string): Promise<ProviderChoice | null> {
  return em.findOne(ProviderChoice, { decision: decisionId }, { orderBy: { createdAt: 'desc', id: 'asc' }, populate: ['provider'] });
}

/** What choiceRefusal needs to know about a decision of this case. */
export async function choiceFactsOf(em: EntityManager, decision: Decision, application: Application): Promise<ChoiceFacts> {
  return {
    status: decision.status,
    outcome: decision.outcome,
    serviceType: decision.requestedService.serviceType,
    area: application.districtArea ?? null,
    ordered: (await em.count(ServiceOrder, { decision: decision.id })) > 0,
  };
}

/**
 * The providers each decision's person may choose among: those that deliver the service in the
 * person's area, the city's own first, then by name. For a whole page of decisions in three
 * statements whatever its size: their services with the cases (for the area), which are ordered,
 * and the registry's active providers. The registry is small (tens of providers), so the area is
 * matched here, as the rule says, not in SQL. The decisions are the ones the page already loaded.
 */
export async function providerOptionsOf(em: EntityManager, decisions: readonly Decision[]): Promise<Provider[][]> {
  if (decisions.length === 0) return [];
  const decisionIds = decisions.map((decision) => decision.id);
  const services = await em.find(RequestedService, { id: { $in: [...new Set(decisions.map((decision) => decision.requestedService.id))] } }, { populate: ['application'] });
  const serviceById = new Map(services.map((service) => [service.id, service]));
  const ordered = new Set((await em.find(ServiceOrder, { decision: { $in: decisionIds } }, { fields: ['decision'] })).map((order) => order.decision.id));
  let registry: Provider[] | null = null;
  const options: Provider[][] = [];
  for (const decision of decisions) {
    const service = serviceById.get(decision.requestedService.id);
    if (!service) {
      options.push([]);
      continue;
    }
    const facts: ChoiceFacts = {
      status: decision.status,
      outcome: decision.outcome,
      serviceType: service.serviceType,
      area: (service.application as Application).districtArea ?? null,
      ordered: ordered.has(decision.id),
    };
    // NOT_OFFERED with no provider: the decision is open for a choice, so there is a list to show.
    if (choiceRefusal(facts, null) !== 'NOT_OFFERED') {
      options.push([]);
      continue;
    }
    registry ??= await em.find(Provider, { active: true }, { orderBy: { inHouse: 'desc', name: 'asc' } });
    options.push(registry.filter((provider) => offersService(provider, facts.serviceType, facts.area)));
  }
  return options;
}
