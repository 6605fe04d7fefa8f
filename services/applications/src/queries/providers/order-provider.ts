import type { RequestContext } from '@omsorg/platform';
import type { DecisionIssue } from '../../domain/decision-rules.ts';
import { offersService } from '../../domain/provider-choice.ts';
import type { Application } from '../../entities/application.ts';
import type { Decision } from '../../entities/decision.ts';
import type { Provider } from '../../entities/provider.ts';
import { currentChoice } from './provider-choice.ts';

/**
 * An order goes to the provider the person chose (LOV), and to one that delivers the service in
 * the person's area. Without a recorded choice (e.g. a service without free choice) any provider
 * of the area may be ordered from; with the area unknown, the area is not checked.
 */
export async function chosenProviderIssues(context: RequestContext, decision: Decision, application: Application, provider: Provider): Promise<DecisionIssue[]> {
  const choice = await currentChoice(context.em, decision.id);
  if (choice && choice.provider.id !== provider.id) return [{ field: 'providerId', key: 'validation.order.notChosen' }];
  const area = application.districtArea ?? null;
  if (area && !offersService(provider, decision.requestedService.serviceType, area)) return [{ field: 'providerId', key: 'validation.providerChoice.notOffered' }];
  return [];
}
