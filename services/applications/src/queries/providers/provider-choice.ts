import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChoiceFacts } from '../../domain/provider-choice.ts';
import { offersService } from '../../domain/provider-choice.ts';
import type { Application } from '../../entities/application.ts';
import type { Decision } from '../../entities/decision.ts';
import { Provider } from '../../entities/provider.ts';
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
 * The providers that deliver this service in this area, the city's own first, then by name. The
 * registry is small (tens of providers), so the area is matched here, as the rule says, not in SQL.
 */
export async function providersOffering(em: EntityManager, serviceType: ChoiceFacts['serviceType'], area: string | null): Promise<Provider[]> {
  if (!area) return [];
  const candidates = await em.find(Provider, { active: true, serviceTypes: { $contains: [serviceType] } }, { orderBy: { inHouse: 'desc', name: 'asc' } });
  return candidates.filter((provider) => offersService(provider, serviceType, area));
}
