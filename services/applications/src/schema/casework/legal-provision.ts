import { LegalProvision } from '../../entities/legal-provision.ts';
import { caseworkActor } from '../../queries/casework/scope.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { ServiceTypeEnum } from '../application.ts';
import { builder } from '../builder.ts';
import { LegalProvisionRef } from './refs.ts';

LegalProvisionRef.implement({
  description:
    'A legal basis a decision rests on ("lagrum"), e.g. 4 kap. 1 § socialtjänstlagen (2001:453). Data the staff maintain: the Social Services Act was replaced on 1 July 2025 and paragraph numbers changed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Short code, e.g. SOL_4_1.' }),
    law: t.exposeString('law', { description: 'SOL or LSS.' }),
    citation: t.exposeString('citation', { description: 'As written in a decision letter.' }),
    title: t.exposeString('title'),
    validFrom: t.exposeString('validFrom', { description: 'First day the provision may be used.' }),
    validTo: t.exposeString('validTo', { nullable: true, description: 'Last day the provision may be used; null while in force.' }),
    serviceTypes: t.field({
      type: [ServiceTypeEnum],
      description: 'The service types a decision may rest on it for: the decision form offers it only for these.',
      resolve: (provision) => provision.serviceTypes,
    }),
    defaultFor: t.field({
      type: [ServiceTypeEnum],
      description: 'The service types for which it is the usual basis, preselected in the decision form.',
      resolve: (provision) => provision.defaultFor,
    }),
  }),
});

builder.queryField('legalProvisions', (t) =>
  t.field({
    type: [LegalProvisionRef],
    description: 'Legal provisions in force today, to choose from when deciding ("lagrum"), for one service type when it is given. Caseworkers and managers.',
    args: { serviceType: t.arg({ type: ServiceTypeEnum, required: false }) },
    resolve: async (_root, args, context) => {
      caseworkActor(context);
      const today = todayInStockholm();
      const provisions = await context.em.find(
        LegalProvision,
        { validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gte: today } }] },
        { orderBy: { law: 'asc', code: 'asc' } },
      );
      const serviceType = args.serviceType;
      return serviceType ? provisions.filter((provision) => provision.serviceTypes.includes(serviceType)) : provisions;
    },
  }),
);
