import { parsePersonalIdentityNumber, text } from '@omsorg/platform';
import { z } from 'zod';
import { todayInStockholm } from '../domain/representation.ts';
import { Person } from '../entities/person.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { activeRepresentationsBy } from '../queries/representations.ts';
import { builder } from './builder.ts';

/**
 * What the gateway needs to know about someone who has just signed in. These fields are for
 * the gateway only (system scope) and hidden from the public supergraph (@inaccessible).
 */
type SignedIn = { kind: 'person' | 'staff'; id: string; displayName: string; actingFor: string[]; roles: string[]; unit: string | null };

const SignedInRef = builder.objectRef<SignedIn>('SignedInActor').implement({
  inaccessible: true,
  fields: (t) => ({
    kind: t.exposeString('kind'),
    id: t.exposeID('id'),
    displayName: t.exposeString('displayName'),
    actingFor: t.exposeStringList('actingFor'),
    roles: t.exposeStringList('roles'),
    unit: t.exposeString('unit', { nullable: true }),
  }),
});

builder.mutationField('signInCitizen', (t) =>
  t.field({
    type: SignedInRef,
    inaccessible: true,
    authScopes: { system: true },
    description: 'Finds, or registers on first sign-in, the person with this personnummer.',
    args: {
      personalIdentityNumber: t.arg.string({ required: true, validate: z.string().regex(/^\d{12}$/) }),
      givenName: t.arg.string({ required: true, validate: text({ max: 100, min: 1 }) }),
      familyName: t.arg.string({ required: true, validate: text({ max: 100, min: 1 }) }),
    },
    resolve: async (_root, args, context) => {
      const parsed = parsePersonalIdentityNumber(args.personalIdentityNumber);
      if (!parsed.ok) throw new Error('invalid personal identity number from identity provider');
      const em = context.em;
      let person = await em.findOne(Person, { personalIdentityNumber: parsed.value.normalized });
      if (!person) {
        person = em.create(Person, {
          personalIdentityNumber: parsed.value.normalized,
          givenName: args.givenName,
          familyName: args.familyName,
          birthDate: parsed.value.birthDate,
          legalGender: parsed.value.legalGender,
          districtArea: null,
        });
        await em.flush();
      }
      const representations = await activeRepresentationsBy(em, person.id, todayInStockholm());
      return {
        kind: 'person' as const,
        id: person.id,
        displayName: `${person.givenName} ${person.familyName}`,
        actingFor: representations.map((rep) => rep.represented.id),
        roles: [],
        unit: null,
      };
    },
  }),
);

builder.mutationField('signInStaff', (t) =>
  t.field({
    type: SignedInRef,
    nullable: true,
    inaccessible: true,
    authScopes: { system: true },
    description: 'The staff member with this username, or null when there is none.',
    args: { username: t.arg.string({ required: true, validate: text({ max: 64, min: 1 }) }) },
    resolve: async (_root, { username }, context) => {
      const member = await context.em.findOne(StaffMember, { username });
      if (!member) return null;
      return {
        kind: 'staff' as const,
        id: member.id,
        displayName: `${member.givenName} ${member.familyName}`,
        actingFor: [],
        roles: member.roles,
        unit: member.unit,
      };
    },
  }),
);
