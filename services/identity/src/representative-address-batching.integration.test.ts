import { AccessLogEntry } from '@omsorg/platform';
import { countStatements } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person } from './entities/person.ts';
import { Representation } from './entities/representation.ts';
import { StaffMember } from './entities/staff-member.ts';
import { handleCaseUnitLinked } from './jobs/case-unit-linked.ts';
import { asStaff, startIdentityWorld, UNIT, type IdentityWorld } from './test-fixtures.ts';

/**
 * Representatives' postal addresses for a page of representations: a constant number of SQL
 * statements (one load of the persons, one of their ties, one access-log insert), not a few per
 * representation.
 */
let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
  await setAddress(world.erik.id, 'Älvsjövägen 12');
});
afterAll(() => world?.subgraph.close());

const REPRESENTATIVES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
  representatives { representativeName representedName representativePostalAddress { street postalCode town } }
} } }`;
const MAY_ACT_FOR = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
  mayActFor { representativeName representedName representativePostalAddress { street } }
} } }`;
const entity = (id: string) => ({ r: [{ __typename: 'Person', id }] });

async function setAddress(personId: string, street: string): Promise<void> {
  const em = world.subgraph.orm.em.fork();
  Object.assign(await em.findOneOrFail(Person, personId), { streetAddress: street, postalCode: '125 30', postalTown: 'Älvsjö' });
  await em.flush();
}

let serial = 0;
/** A new person with an address, in force as a representative of `represented` from 2025. */
async function newRepresentation(represented: string, representative?: string): Promise<string> {
  const em = world.subgraph.orm.em.fork();
  const person =
    representative ??
    em.create(Person, {
      personalIdentityNumber: `19500101${String(1001 + serial).slice(-4)}`,
      givenName: `Ombud${(serial += 1)}`,
      familyName: 'Berg',
      birthDate: '1950-01-01',
      legalGender: 'FEMALE',
      streetAddress: `Ombudsgatan ${serial}`,
      postalCode: '117 43',
      postalTown: 'Stockholm',
      preferredLanguage: 'sv',
      interpreterNeeded: false,
    }).id;
  const hanna = await em.findOneOrFail(StaffMember, world.hanna.id);
  em.create(Representation, { representative: person, represented, kind: 'POWER_OF_ATTORNEY', validFrom: '2025-02-01', validTo: null, verifiedBy: hanna, verifiedAt: new Date() });
  await em.flush();
  return person;
}

async function statementsOf(query: string, personId: string) {
  const counter = countStatements(world.subgraph.orm);
  try {
    const result = await world.subgraph.request(asStaff(world.hanna), query, entity(personId));
    expect(result.errors).toBeUndefined();
    return { count: counter.count, person: result.data._entities[0] };
  } finally {
    counter.stop();
  }
}

const postalReadsOf = (personId: string) => world.subgraph.orm.em.fork().count(AccessLogEntry, { personId, staffId: world.hanna.id, resource: 'Person.postalAddress' });

describe("representatives' postal addresses in one request", () => {
  it("costs the same statements for one representative as for four, each with their own address, each read logged", async () => {
    const { signe } = world;
    const one = await statementsOf(REPRESENTATIVES, signe.id);
    expect(one.person.representatives).toEqual([
      { representativeName: 'Erik Andersson', representedName: 'Signe Andersson', representativePostalAddress: { street: 'Älvsjövägen 12', postalCode: '125 30', town: 'Älvsjö' } },
    ]);
    const others = [await newRepresentation(signe.id), await newRepresentation(signe.id), await newRepresentation(signe.id)];
    const four = await statementsOf(REPRESENTATIVES, signe.id);
    expect(four.person.representatives.map((rep: { representativePostalAddress: { street: string } }) => rep.representativePostalAddress.street).sort()).toEqual(
      ['Älvsjövägen 12', ...others.map((_, index) => `Ombudsgatan ${serial - 2 + index}`)].sort(),
    );
    expect(new Set(four.person.representatives.map((rep: { representedName: string }) => rep.representedName))).toEqual(new Set(['Signe Andersson']));
    expect(four.count).toBe(one.count);
    for (const personId of others) expect(await postalReadsOf(personId)).toBe(1);
  });

  it('costs the same statements for a representative of one person as of four (mayActFor), the ties of each represented person checked', async () => {
    const { erik, karl, signe } = world;
    // Erik's own case in the unit lets staff read whom he acts for.
    await handleCaseUnitLinked(world.subgraph.orm.em.fork(), { personId: erik.id, unit: UNIT });
    const one = await statementsOf(MAY_ACT_FOR, erik.id);
    expect(one.person.mayActFor).toEqual([{ representativeName: 'Erik Andersson', representedName: 'Signe Andersson', representativePostalAddress: { street: 'Älvsjövägen 12' } }]);

    // Erik acts for Karl too, and for two more persons with cases in the unit.
    const represented = [karl.id, await newRepresentation(signe.id), await newRepresentation(signe.id)];
    for (const personId of represented) await newRepresentation(personId, erik.id);
    await handleCaseUnitLinked(world.subgraph.orm.em.fork(), { personIds: represented, unit: UNIT });
    const four = await statementsOf(MAY_ACT_FOR, erik.id);
    expect(four.person.mayActFor).toHaveLength(4);
    expect(four.person.mayActFor.every((rep: { representativePostalAddress: { street: string } | null }) => rep.representativePostalAddress?.street === 'Älvsjövägen 12')).toBe(true);
    expect(four.count).toBe(one.count);
  });

  it('still refuses the address where the represented person has no case in the unit', async () => {
    const { erik, karl } = world;
    const stranger = await newRepresentation(karl.id);
    const strangersName = `Ombud${serial} Berg`;
    await newRepresentation(stranger, erik.id);
    const result = await world.subgraph.request(asStaff(world.hanna), MAY_ACT_FOR, entity(erik.id));
    const reps = result.data._entities[0].mayActFor as Array<{ representedName: string; representativePostalAddress: unknown }>;
    expect(reps.find((rep) => rep.representedName === strangersName)?.representativePostalAddress).toBeNull();
    expect(reps.filter((rep) => rep.representativePostalAddress !== null)).toHaveLength(4);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
