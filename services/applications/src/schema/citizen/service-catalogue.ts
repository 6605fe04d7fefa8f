import { serviceCatalogue, type ServiceTypeInfo } from '../../domain/service-catalogue.ts';
import { ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';

const ServiceTypeInfoRef = builder.objectRef<ServiceTypeInfo>('ServiceTypeInfo').implement({
  description: 'A service one can apply for ("insats"). Labels and plain-language descriptions live in the portal\'s message files.',
  fields: (t) => ({
    type: t.field({ type: ServiceTypeEnum, resolve: (info) => info.type }),
    needsAssessment: t.exposeBoolean('needsAssessment', { description: 'Granted only after an individual needs assessment ("biståndsbedömning").' }),
    managerDecides: t.exposeBoolean('managerDecides', { description: 'The delegation order reserves the decision for a manager.' }),
  }),
});

builder.queryField('serviceCatalogue', (t) =>
  t.field({
    type: [ServiceTypeInfoRef],
    description: 'The services one can apply for, in the order to show them. Open to everyone.',
    authScopes: { public: true },
    resolve: () => serviceCatalogue(),
  }),
);
