import { definePage, shortText, toPage } from '@omsorg/platform';
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
    areas: t.stringList({ description: 'District areas where it delivers ("stadsdelsområde" parts, e.g. Hägersten).', resolve: (provider) => provider.areas }),
    languages: t.stringList({ description: 'Languages its staff speak, as codes (sv, fi, ar…): e.g. Finnish-speaking home care.', resolve: (provider) => provider.languages }),
    profile: t.exposeString('profile', { description: 'A short presentation in plain Swedish, for comparing providers.' }),
    contactEmail: t.exposeString('contactEmail', {
      nullable: true,
      authScopes: { staff: true },
      description: 'Where the provider takes orders and forwarded feedback ("kontakt-e-post"). Staff only.',
    }),
  }),
});

export const ProviderPage = definePage(builder, 'Provider', ProviderRef);

builder.queryField('providers', (t) =>
  t.field({
    type: ProviderPage,
    description: 'Active providers, the city’s own first, then by name; optionally only those delivering a service, or in an area. Public, so a person can compare.',
    args: {
      serviceType: t.arg({ type: ServiceTypeEnum }),
      area: t.arg.string({ validate: shortText().nullish(), description: 'Only those delivering in this district area (exact name, e.g. Hägersten).' }),
      ...staffPageArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const where = {
        active: true,
        ...(args.serviceType ? { serviceTypes: { $contains: [args.serviceType] } } : {}),
        ...(args.area ? { areas: { $contains: [args.area] } } : {}),
      };
      const [nodes, totalCount] = await context.em.findAndCount(Provider, where, {
        orderBy: { inHouse: 'desc', name: 'asc' },
        limit: args.limit,
        offset: args.offset,
      });
      return toPage(nodes, totalCount, args);
    },
  }),
);
