import { idSchema, logAccess, type RequestContext } from '@omsorg/platform';
import { mayReadRepresentativeAddress } from '../domain/access.ts';
import { isRepresentationActive, REPRESENTATION_KINDS, todayInStockholm } from '../domain/representation.ts';
import { Representation } from '../entities/representation.ts';
import { RepresentationEvent, REPRESENTATION_EVENT_TYPES } from '../entities/representation-event.ts';
import { ensureTies, tiesOf } from '../queries/person-ties.ts';
import { activeRepresentationsBy, currentAndComingRepresentationsOf } from '../queries/representations.ts';
import { builder } from './builder.ts';
import { IDENTITY_READS } from './identity-reads.ts';
import { identityDetailScope, loadPersons, PersonRef, postalAddressesOf, PostalAddressRef } from './person.ts';
import { StaffMemberRef } from './staff-member.ts';

export const RepresentationKindEnum = builder.enumType('RepresentationKind', {
  description: 'POWER_OF_ATTORNEY fullmakt, TRUSTEE god man, ADMINISTRATOR förvaltare.',
  values: REPRESENTATION_KINDS,
});

const RepresentationEventTypeEnum = builder.enumType('RepresentationEventType', {
  description: 'REGISTERED registrerad, ENDED avslutad.',
  values: REPRESENTATION_EVENT_TYPES,
});

const RepresentationEventRef = builder.objectRef<RepresentationEvent>('RepresentationEvent').implement({
  description: 'A change to a representation, with the member of staff who made it (append-only log).',
  fields: (t) => ({
    type: t.field({ type: RepresentationEventTypeEnum, resolve: (event) => event.type }),
    at: t.string({ description: 'ISO 8601 timestamp.', resolve: (event) => event.at.toISOString() }),
    staff: t.field({ type: StaffMemberRef, resolve: (event) => event.staffId }),
  }),
});

/** A person's full name, through the request's person loader (one query for a page of representations). */
async function fullNameOf(context: RequestContext, personId: string): Promise<string> {
  const person = await PersonRef.getDataloader(context).load(personId);
  return `${person.givenName} ${person.familyName}`;
}

const dateOrNull = (value: unknown) => (value ? String(value) : null);

/**
 * A representation is reached only through a person the actor may read (their own
 * representations, or a person's representatives), or as the result of staff registering it:
 * the names of both parties go with it, their other details stay behind the person policy.
 */
export const RepresentationRef = builder.objectRef<Representation>('Representation').implement({
  description: 'The right of one person to act for another ("ombud", "god man", "förvaltare").',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: RepresentationKindEnum, resolve: (rep) => rep.kind }),
    represented: t.field({ type: PersonRef, resolve: (rep) => rep.represented.id }),
    representative: t.field({ type: PersonRef, resolve: (rep) => rep.representative.id }),
    representedName: t.string({
      description: 'The full name of the person represented.',
      resolve: (rep, _args, context) => fullNameOf(context, rep.represented.id),
    }),
    representativeName: t.string({
      description: 'The full name of the representative.',
      resolve: (rep, _args, context) => fullNameOf(context, rep.representative.id),
    }),
    representativePostalAddress: t.loadable({
      type: PostalAddressRef,
      nullable: true,
      description:
        "Where the representative's copy of a letter in the represented person's case is posted (\"Kopia till\"); null when identity knows none. For caseworkers and managers whose unit has the person's case, while the representation is in force, and for the representative. Reading it as staff is logged as a read of the representative's postal address.",
      authScopes: async (rep, _args, context) => {
        // Loaded already on every path that returns representations; a path that did not loads them here.
        await ensureTies(context, [rep.represented.id]);
        const inForce = isRepresentationActive({ validFrom: String(rep.validFrom), validTo: dateOrNull(rep.validTo), verifiedAt: rep.verifiedAt ?? null, endedAt: rep.endedAt ?? null }, todayInStockholm());
        return mayReadRepresentativeAddress(context.actor, { representativeId: rep.representative.id, inForce }, tiesOf(context, rep.represented.id));
      },
      // The addresses of all the representatives in the answer: one load of the persons, one access-log insert.
      load: async (representativeIds: string[], context: RequestContext) => postalAddressesOf(await loadPersons(context, representativeIds), context),
      resolve: (rep) => rep.representative.id,
    }),
    validFrom: t.string({ resolve: (rep) => String(rep.validFrom) }),
    validTo: t.string({ nullable: true, resolve: (rep) => dateOrNull(rep.validTo) }),
    documentDate: t.string({ nullable: true, description: 'The date of the paper document.', resolve: (rep) => dateOrNull(rep.documentDate) }),
    endedAt: t.string({ nullable: true, description: 'When staff ended it (ISO 8601).', resolve: (rep) => rep.endedAt?.toISOString() ?? null }),
    events: t.field({
      type: [RepresentationEventRef],
      authScopes: { staff: true },
      description: 'Who registered and ended it, oldest first.',
      resolve: (rep, _args, context) => context.em.find(RepresentationEvent, { representationId: rep.id }, { orderBy: { at: 'asc' }, limit: 50 }),
    }),
  }),
});

builder.objectField(PersonRef, 'mayActFor', (t) =>
  t.field({
    type: [RepresentationRef],
    description: 'Valid, verified representations in force today where this person is the representative.',
    authScopes: (person, _args, context) => identityDetailScope(person, context),
    resolve: async (person, _args, context) => {
      await logAccess(context, [{ personId: person.id, resource: IDENTITY_READS.REPRESENTATIVES, resourceId: person.id }]);
      const representations = await activeRepresentationsBy(context.em, person.id, todayInStockholm());
      // The persons represented, whose ties decide what staff read of each representation: in one query.
      await ensureTies(context, representations.map((rep) => rep.represented.id));
      return representations;
    },
  }),
);

builder.objectField(PersonRef, 'representatives', (t) =>
  t.field({
    type: [RepresentationRef],
    description:
      'Who may act for this person ("ombud"): verified representations in force today or starting later, not ended; with `id`, that one alone (to read one representative\'s postal address for a letter, not all of them). Reading it as staff is logged.',
    args: { id: t.arg.id({ validate: idSchema.nullish() }) },
    authScopes: (person, _args, context) => identityDetailScope(person, context),
    resolve: async (person, args, context) => {
      await logAccess(context, [{ personId: person.id, resource: IDENTITY_READS.REPRESENTATIVES, resourceId: person.id }]);
      const representations = await currentAndComingRepresentationsOf(context.em, person.id, todayInStockholm());
      return args.id ? representations.filter((rep) => rep.id === String(args.id)) : representations;
    },
  }),
);
