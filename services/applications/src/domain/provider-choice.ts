import type { DecisionIssue } from './decision-rules.ts';
import type { ServiceType } from './service-types.ts';

/*
 * Free choice of provider (LOV, lagen (2008:962) om valfrihetssystem): after a grant, the person
 * chooses among the providers that deliver the service where they live. A provider that does not
 * is neither offered nor accepted.
 */

/** What the rule needs to know about a provider. */
export type ProviderFacts = { serviceTypes: readonly string[]; areas: readonly string[]; active: boolean };

/** What the rule needs to know about the decided service the choice is for. */
export type ChoiceFacts = { status: string; outcome: string; serviceType: ServiceType; area: string | null; ordered: boolean };

export type ChoiceRefusal =
  /** Only a granted decision in force has a provider to choose. */
  | 'NOT_GRANTED'
  /** The service is already ordered: a new choice goes through the caseworker. */
  | 'ALREADY_ORDERED'
  /** The person's district area is not known yet: no provider can be shown to serve it. */
  | 'AREA_UNKNOWN'
  /** The provider does not deliver this service in the person's area. */
  | 'NOT_OFFERED';

const sameArea = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'base' }) === 0;

/** Whether the provider delivers this service in this district area. */
export function offersService(provider: ProviderFacts, serviceType: ServiceType, area: string | null): boolean {
  if (!provider.active || !area || !provider.serviceTypes.includes(serviceType)) return false;
  return provider.areas.some((served) => sameArea(served, area));
}

/** Why this provider may not be chosen for this service now; null when it may. */
export function choiceRefusal(service: ChoiceFacts, provider: ProviderFacts | null): ChoiceRefusal | null {
  if (service.status !== 'DECIDED' || (service.outcome !== 'GRANTED' && service.outcome !== 'PARTLY_GRANTED')) return 'NOT_GRANTED';
  if (service.ordered) return 'ALREADY_ORDERED';
  if (!service.area) return 'AREA_UNKNOWN';
  if (!provider || !offersService(provider, service.serviceType, service.area)) return 'NOT_OFFERED';
  return null;
}

/**
 * An order goes to the provider the person chose (LOV), and to one that delivers the service in
 * the person's area. Without a recorded choice (e.g. a service without free choice) any provider
 * of the area may be ordered from; with the area unknown, the area is not checked.
 */
export function chosenProviderIssues(
  provider: ProviderFacts & { id: string },
  service: { serviceType: ServiceType; area: string | null },
  chosenProviderId: string | null,
): DecisionIssue[] {
  if (chosenProviderId && chosenProviderId !== provider.id) return [{ field: 'providerId', key: 'validation.order.notChosen' }];
  if (service.area && !offersService(provider, service.serviceType, service.area)) return [{ field: 'providerId', key: 'validation.providerChoice.notOffered' }];
  return [];
}
