import { LegalProvision } from '../../entities/legal-provision.ts';
import { caseworkActor } from '../../queries/casework/scope.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
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
  }),
});

builder.queryField('legalProvisions', (t) =>
  t.field({
    type: [LegalProvisionRef],
    description: 'Legal provisions in force today, to choose from when deciding ("lagrum"). Caseworkers and managers.',
    resolve: async (_root, _args, context) => {
      caseworkActor(context);
      const today = todayInStockholm();
      return context.em.find(
        LegalProvision,
        { validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gte: today } }] },
        { orderBy: { law: 'asc', code: 'asc' } },
      );
    },
  }),
);
