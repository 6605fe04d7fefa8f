import type { RequestContext } from '@omsorg/platform';
import { idSchema, logAccess } from '@omsorg/platform';
import { mayReadIdentityDetails, mayReadPerson } from '../domain/access.ts';
import { ageOn } from '../domain/age.ts';
import { todayInStockholm } from '../domain/representation.ts';
import { Person } from '../entities/person.ts';
import { loadTies, tiesOf } from '../queries/person-ties.ts';
import { IDENTITY_READS } from './identity-reads.ts';
import { builder } from './builder.ts';

export const LegalGender = builder.enumType('LegalGender', {
  description: 'Legal gender ("juridiskt kön"), for statistics split by gender.',
  values: ['FEMALE', 'MALE'] as const,
});

export type PostalAddress = { street: string; postalCode: string; town: string };

export const PostalAddressRef = builder.objectRef<PostalAddress>('PostalAddress').implement({
  description: 'A postal address ("postadress"), as printed on a letter.',
  fields: (t) => ({
    street: t.exposeString('street', { description: 'Street and number, e.g. Hägerstensvägen 110.' }),
    postalCode: t.exposeString('postalCode', { description: 'Postnummer, e.g. 126 49.' }),
    town: t.exposeString('town', { description: 'Postort, e.g. Hägersten.' }),
  }),
});

/** A person's postal address when identity has a whole one, the read logged (for staff) where the person sees it. */
export async function readPostalAddress(person: Person, context: RequestContext): Promise<PostalAddress | null> {
  const [address] = await postalAddressesOf([person], context);
  return address ?? null;
}

/** The postal addresses of several persons (null where identity has no whole one), the reads logged in one insert. */
export async function postalAddressesOf(people: readonly Person[], context: RequestContext): Promise<Array<PostalAddress | null>> {
  const addresses = people.map((person) =>
    person.streetAddress && person.postalCode && person.postalTown ? { street: person.streetAddress, postalCode: person.postalCode, town: person.postalTown } : null,
  );
  const read = people.filter((_person, index) => addresses[index] !== null);
  await logAccess(context, read.map((person) => ({ personId: person.id, resource: IDENTITY_READS.POSTAL_ADDRESS, resourceId: person.id })));
  return addresses;
}

/** Personnummer, legal gender and representatives: for those who may read them; staff reads are logged. */
export function identityDetailScope(person: Person, context: RequestContext): boolean {
  return mayReadIdentityDetails(context.actor, person.id, tiesOf(context, person.id));
}

export const PersonRef = builder.loadableObject('Person', {
  description: 'A resident ("person"): applicant, client, relative or representative. Staff read a person only when their unit has a case for them.',
  load: async (ids: string[], context: RequestContext): Promise<(Person | Error)[]> => {
    const [people] = await Promise.all([context.em.find(Person, { id: { $in: ids } }), loadTies(context, ids)]);
    return ids.map((id) => people.find((person) => person.id === id) ?? new Error(`Person ${id} not found`));
  },
  // Every path to a person (person, me, _entities, representations) loads through the loader
  // above, which loads the ties this policy needs.
  authScopes: (person, context) => mayReadPerson(context.actor, person.id, tiesOf(context, person.id)),
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    fullName: t.string({ resolve: (person) => `${person.givenName} ${person.familyName}` }),
    birthDate: t.string({ resolve: (person) => String(person.birthDate) }),
    age: t.int({ resolve: (person) => ageOn(String(person.birthDate), todayInStockholm()) }),
    legalGender: t.field({
      type: LegalGender,
      description: 'Reading it as staff is logged.',
      authScopes: (person, _args, context) => identityDetailScope(person, context),
      resolve: async (person, _args, context) => {
        await logAccess(context, [{ personId: person.id, resource: IDENTITY_READS.LEGAL_GENDER, resourceId: person.id }]);
        return person.legalGender;
      },
    }),
    districtArea: t.exposeString('districtArea', { nullable: true, description: 'Stadsdelsområde, e.g. Hägersten.' }),
    preferredLanguage: t.exposeString('preferredLanguage', { description: 'ISO 639-1 code, e.g. sv, fi.' }),
    interpreterNeeded: t.exposeBoolean('interpreterNeeded', { description: 'Behöver tolk.' }),
    postalAddress: t.field({
      type: PostalAddressRef,
      nullable: true,
      description: 'Where letters are posted (folkbokföringsadress); null when unknown. Reading it as staff is logged.',
      authScopes: (person, _args, context) => identityDetailScope(person, context),
      resolve: (person, _args, context) => readPostalAddress(person, context),
    }),
    personalIdentityNumber: t.string({
      description: 'Personnummer, 12 digits. Reading it as staff is logged.',
      authScopes: (person, _args, context) => identityDetailScope(person, context),
      resolve: async (person, _args, context) => {
        await logAccess(context, [{ personId: person.id, resource: IDENTITY_READS.PERSONAL_IDENTITY_NUMBER, resourceId: person.id }]);
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
    description: 'A person by id, for staff whose unit has a case for them. Logged in the access log, which the person sees.',
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { id }, context) => {
      const person = await PersonRef.getDataloader(context).load(String(id)).catch(() => null);
      if (person && mayReadPerson(context.actor, person.id, tiesOf(context, person.id))) {
        await logAccess(context, [{ personId: person.id, resource: IDENTITY_READS.PERSON, resourceId: person.id }]);
      }
      return person;
    },
  }),
);

/** Persons by id through the request's person loader (batched and cached with every other load of a person in the request). */
export async function loadPersons(context: RequestContext, ids: readonly string[]): Promise<Person[]> {
  return Promise.all(ids.map((id) => PersonRef.getDataloader(context).load(id)));
}
