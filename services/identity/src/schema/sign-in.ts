import type { EntityManager } from '@mikro-orm/postgresql';
import { idSchema, parsePersonalIdentityNumber, text } from '@omsorg/platform';
import { z } from 'zod';
import { todayInStockholm } from '../domain/representation.ts';
import { Person } from '../entities/person.ts';
import { enqueuePersonChanged } from '../jobs/people-changed.ts';
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

async function personView(em: EntityManager, person: Person): Promise<SignedIn> {
  const representations = await activeRepresentationsBy(em, person.id, todayInStockholm());
  return {
    kind: 'person',
    id: person.id,
    displayName: `${person.givenName} ${person.familyName}`,
    actingFor: representations.map((rep) => rep.represented.id),
    roles: [],
    unit: null,
  };
}

/** A member of staff without any role may do nothing, so is not let in at all. */
function staffView(member: StaffMember): SignedIn | null {
  if (member.roles.length === 0) return null;
  return { kind: 'staff', id: member.id, displayName: `${member.givenName} ${member.familyName}`, actingFor: [], roles: member.roles, unit: member.unit };
}

builder.queryField('currentActor', (t) =>
  t.field({
    type: SignedInRef,
    nullable: true,
    inaccessible: true,
    authScopes: { system: true },
    description:
      'Who a signed-in person or member of staff is now: representations in force today, roles and unit. Null when they no longer exist or have no role. The gateway asks this for every session, so a change takes effect without a new sign-in.',
    args: { kind: t.arg.string({ required: true, validate: z.enum(['person', 'staff']) }), id: t.arg.id({ required: true, validate: idSchema }) },
    resolve: async (_root, { kind, id }, context) => {
      if (kind === 'person') {
        const person = await context.em.findOne(Person, { id: String(id) });
        return person ? personView(context.em, person) : null;
      }
      const member = await context.em.findOne(StaffMember, { id: String(id) });
      return member ? staffView(member) : null;
    },
  }),
);

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
        person = await em.transactional(async (tx) => {
          const created = tx.create(Person, {
            personalIdentityNumber: parsed.value.normalized,
            givenName: args.givenName,
            familyName: args.familyName,
            birthDate: parsed.value.birthDate,
            legalGender: parsed.value.legalGender,
            districtArea: null,
          });
          await tx.flush();
          await enqueuePersonChanged(tx, created);
          return created;
        });
      }
      return personView(em, person);
    },
  }),
);

builder.mutationField('signInStaff', (t) =>
  t.field({
    type: SignedInRef,
    nullable: true,
    inaccessible: true,
    authScopes: { system: true },
    description: 'The staff member with this username, or null when there is none or they have no role.',
    args: { username: t.arg.string({ required: true, validate: text({ max: 64, min: 1 }) }) },
    resolve: async (_root, { username }, context) => {
      const member = await context.em.findOne(StaffMember, { username });
      return member ? staffView(member) : null;
    },
  }),
);
