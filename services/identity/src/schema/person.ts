import type { RequestContext } from '@omsorg/platform';
import { logAccess, idSchema } from '@omsorg/platform';
import { ageOn } from '../domain/age.ts';
import { todayInStockholm } from '../domain/representation.ts';
import { maySeePerson } from '../domain/visibility.ts';
import { Person } from '../entities/person.ts';
import { builder } from './builder.ts';

export const LegalGender = builder.enumType('LegalGender', {
  description: 'Legal gender ("juridiskt kön"), for statistics split by gender.',
  values: ['FEMALE', 'MALE'] as const,
});

export const PersonRef = builder.loadableObject('Person', {
  description: 'A resident ("person"): applicant, client, relative or representative.',
  load: async (ids: string[], context: RequestContext): Promise<(Person | Error)[]> => {
    const people = await context.em.find(Person, { id: { $in: ids } });
    return ids.map((id) => people.find((person) => person.id === id) ?? new Error(`Person ${id} not found`));
  },
  authScopes: (person, context) => maySeePerson(context.actor, person.id),
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    fullName: t.string({ resolve: (person) => `${person.givenName} ${person.familyName}` }),
    birthDate: t.string({ resolve: (person) => String(person.birthDate) }),
    age: t.int({ resolve: (person) => ageOn(String(person.birthDate), todayInStockholm()) }),
    legalGender: t.field({ type: LegalGender, resolve: (person) => person.legalGender }),
    districtArea: t.exposeString('districtArea', { nullable: true, description: 'Stadsdelsområde, e.g. Hägersten.' }),
    preferredLanguage: t.exposeString('preferredLanguage', { description: 'ISO 639-1 code, e.g. sv, fi.' }),
    interpreterNeeded: t.exposeBoolean('interpreterNeeded', { description: 'Behöver tolk.' }),
    personalIdentityNumber: t.string({
      description: 'Personnummer, 12 digits. Reading it as staff is logged.',
      resolve: async (person, _args, context) => {
        await logAccess(context, [{ personId: person.id, resource: 'Person.personalIdentityNumber', resourceId: person.id }]);
        return person.personalIdentityNumber;
      },
    }),
  }),
});

builder.asEntity(PersonRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, context) => PersonRef.getDataloader(context).load(ref.id),
});

builder.queryField('person', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by id, for staff. Logged in the access log.',
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { id }, context) => {
      const person = await context.em.findOne(Person, { id: String(id) });
      if (person) await logAccess(context, [{ personId: person.id, resource: 'Person', resourceId: person.id }]);
      return person;
    },
  }),
);
