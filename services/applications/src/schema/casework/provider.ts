import { definePage, toPage } from '@omsorg/platform';
import type { ServiceType } from '../../domain/service-types.ts';
import { Provider } from '../../entities/provider.ts';
import { ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';
import { staffPageArgs } from './page.ts';
import { ProviderRef } from './refs.ts';

ProviderRef.implement({
  description: 'A care provider ("utförare"): the unit’s own ("egen regi") or a private one under free choice (LOV).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    inHouse: t.exposeBoolean('inHouse', { description: 'Run by the city itself ("egen regi").' }),
    serviceTypes: t.field({ type: [ServiceTypeEnum], resolve: (provider) => provider.serviceTypes as ServiceType[] }),
  }),
});

const ProviderPage = definePage(builder, 'Provider', ProviderRef);

builder.queryField('providers', (t) =>
  t.field({
    type: ProviderPage,
    description: 'Active providers, the city’s own first, then by name; optionally only those delivering a service. Public, so a person can choose.',
    args: {
      serviceType: t.arg({ type: ServiceTypeEnum }),
      ...staffPageArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const where = args.serviceType ? { active: true, serviceTypes: { $contains: [args.serviceType] } } : { active: true };
      const [nodes, totalCount] = await context.em.findAndCount(Provider, where, {
        orderBy: { inHouse: 'desc', name: 'asc' },
        limit: args.limit,
        offset: args.offset,
      });
      return toPage(nodes, totalCount, args);
    },
  }),
);
