import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, parsePersonalIdentityNumber } from '@omsorg/platform';
import type { RepresentationKind } from '../domain/representation.ts';
import { Person } from '../entities/person.ts';
import { Representation } from '../entities/representation.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { publishPeople } from '../jobs/people-changed.ts';
import { publishStaffMembers } from '../jobs/staff-member-changed.ts';

export type IdentitySeed = {
  citizens: Array<{
    personalIdentityNumber: string;
    givenName: string;
    familyName: string;
    districtArea: string;
    preferredLanguage: string;
    interpreterNeeded: boolean;
    postalAddress?: { street: string; postalCode: string; town: string };
    /** The contact e-mail the person gave; most have none. */
    email?: string;
  }>;
  staff: Array<{ username: string; givenName: string; familyName: string; roles: string[]; unit: string; title: string; phone?: string }>;
  representations: Array<{ representative: string; represented: string; kind: RepresentationKind; validFrom: string; validTo: string | null; verifiedBy: string }>;
};

/**
 * Adds the development people, staff and representations that are not there yet, then tells
 * applications about every staff member and outreach about every person (new ones, and
 * existing ones of an older database).
 * Idempotent.
 */
export async function seedIdentity(orm: MikroORM, seed: IdentitySeed): Promise<void> {
  const em = orm.em.fork();
  const people = new Map<string, Person>();
  for (const { postalAddress, ...citizen } of seed.citizens) {
    const parsed = parsePersonalIdentityNumber(citizen.personalIdentityNumber);
    if (!parsed.ok) throw new Error(`Seed citizen ${citizen.givenName} has an invalid personnummer`);
    const existing = await em.findOne(Person, { personalIdentityNumber: parsed.value.normalized });
    people.set(
      citizen.personalIdentityNumber,
      existing ??
        em.create(Person, {
          ...citizen,
          email: citizen.email ?? null,
          streetAddress: postalAddress?.street ?? null,
          postalCode: postalAddress?.postalCode ?? null,
          postalTown: postalAddress?.town ?? null,
          personalIdentityNumber: parsed.value.normalized,
          birthDate: parsed.value.birthDate,
          legalGender: parsed.value.legalGender,
        }),
    );
  }
  const staff = new Map<string, StaffMember>();
  for (const member of seed.staff) {
    staff.set(member.username, (await em.findOne(StaffMember, { username: member.username })) ?? em.create(StaffMember, { ...member, phone: member.phone ?? null }));
  }
  await em.flush();
  for (const rep of seed.representations) {
    const representative = people.get(rep.representative);
    const represented = people.get(rep.represented);
    if (!representative || !represented) throw new Error('Seed representation names an unknown person');
    const exists = await em.count(Representation, { representative, represented, kind: rep.kind });
    if (exists) continue;
    em.create(Representation, {
      representative,
      represented,
      kind: rep.kind,
      validFrom: rep.validFrom,
      validTo: rep.validTo,
      verifiedBy: staff.get(rep.verifiedBy) ?? null,
      verifiedAt: new Date(`${rep.validFrom}T09:00:00Z`),
    });
  }
  await em.flush();
  const log = createLogger('identity-seed');
  await publishStaffMembers(orm, log);
  await publishPeople(orm, log);
}
