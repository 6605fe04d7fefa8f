import { applicationsService } from '@omsorg/applications';
import { feedbackService } from '@omsorg/feedback';
import { identityService } from '@omsorg/identity';
import { offeringsService } from '@omsorg/offerings';
import { outreachService } from '@omsorg/outreach';
import type { ServiceDefinition } from '@omsorg/platform';

/** Every domain subgraph, in the order the supergraph lists them. */
export const SERVICES: ServiceDefinition[] = [identityService, applicationsService, feedbackService, offeringsService, outreachService];
