import { REPRESENTATION_KINDS, todayInStockholm } from '../domain/representation.ts';
import { activeRepresentationsBy, activeRepresentationsOf } from '../queries/representations.ts';
import { Representation } from '../entities/representation.ts';
import { builder } from './builder.ts';
import { PersonRef } from './person.ts';

export const RepresentationKindEnum = builder.enumType('RepresentationKind', {
  description: 'POWER_OF_ATTORNEY fullmakt, TRUSTEE god man, ADMINISTRATOR förvaltare.',
  values: REPRESENTATION_KINDS,
});

export const RepresentationRef = builder.objectRef<Representation>('Representation').implement({
  description: 'The right of one person to act for another ("ombud", "god man", "förvaltare").',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: RepresentationKindEnum, resolve: (rep) => rep.kind }),
    represented: t.field({ type: PersonRef, resolve: (rep) => rep.represented.id }),
    representative: t.field({ type: PersonRef, resolve: (rep) => rep.representative.id }),
    validFrom: t.string({ resolve: (rep) => String(rep.validFrom) }),
    validTo: t.string({ nullable: true, resolve: (rep) => (rep.validTo ? String(rep.validTo) : null) }),
  }),
});

builder.objectField(PersonRef, 'mayActFor', (t) =>
  t.field({
    type: [RepresentationRef],
    description: 'Valid, verified representations where this person is the representative.',
    resolve: (person, _args, context) => activeRepresentationsBy(context.em, person.id, todayInStockholm()),
  }),
);

builder.objectField(PersonRef, 'representatives', (t) =>
  t.field({
    type: [RepresentationRef],
    description: 'Valid, verified representations of this person: who may act for them ("ombud").',
    resolve: (person, _args, context) => activeRepresentationsOf(context.em, person.id, todayInStockholm()),
  }),
);
