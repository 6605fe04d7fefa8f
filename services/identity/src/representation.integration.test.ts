import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from './domain/representation.ts';
import { Person } from './entities/person.ts';
import { RepresentationEvent } from './entities/representation-event.ts';
import { activeRepresentationsBy } from './queries/representations.ts';
import { asPerson, asStaff, OTHER_UNIT, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
});
afterAll(() => world?.subgraph.close());

const ERRORS = `... on ValidationError { message issues { field message } } ... on NotFoundError { message }`;
const REGISTER = `mutation($input: RegisterRepresentationInput!) { registerRepresentation(input: $input) {
  __typename ... on MutationRegisterRepresentationSuccess { data { id kind validFrom validTo documentDate representativeName representedName events { type staff { name } } } } ${ERRORS} } }`;
const END = `mutation($id: ID!) { endRepresentation(input: { id: $id }) {
  __typename ... on MutationEndRepresentationSuccess { data { id endedAt events { type staff { name } } } } ${ERRORS} } }`;

const today = todayInStockholm();
const birgitta = { representativePersonalIdentityNumber: '19510923-1240', representativeGivenName: 'Birgitta', representativeFamilyName: 'Ek' };
const terms = (extra: Record<string, unknown> = {}) => ({ representedId: world.signe.id, kind: 'TRUSTEE', validFrom: today, documentDate: today, ...birgitta, ...extra });

describe('representations registered and ended by staff', () => {
  let registeredId: string;

  it('registers a god man from the paper document, creating the representative from personnummer and name, and logs who did it', async () => {
    const result = await world.subgraph.request(asStaff(world.hanna), REGISTER, { input: terms() });
    const data = result.data.registerRepresentation.data;
    expect(data).toMatchObject({
      kind: 'TRUSTEE',
      validFrom: today,
      validTo: null,
      documentDate: today,
      representativeName: 'Birgitta Ek',
      representedName: 'Signe Andersson',
      events: [{ type: 'REGISTERED', staff: { name: 'Hanna Lind' } }],
    });
    registeredId = data.id;
  });

  it('shows it to both persons under their own details', async () => {
    const { subgraph, signe } = world;
    const representative = await subgraph.orm.em.fork().findOneOrFail(Person, { personalIdentityNumber: '195109231240' });
    const mine = await subgraph.request(asPerson(representative, [signe.id]), `{ me { ... on Person { mayActFor { kind representedName validFrom } } } }`);
    expect(mine.data.me.mayActFor).toEqual([{ kind: 'TRUSTEE', representedName: 'Signe Andersson', validFrom: today }]);
    const hers = await subgraph.request(asPerson(signe), `{ me { ... on Person { representatives { kind representativeName } } } }`);
    expect(hers.data.me.representatives).toEqual([
      { kind: 'POWER_OF_ATTORNEY', representativeName: 'Erik Andersson' },
      { kind: 'TRUSTEE', representativeName: 'Birgitta Ek' },
    ]);
  });

  it('refuses the same representative of the same kind twice', async () => {
    const result = await world.subgraph.request(asStaff(world.hanna), REGISTER, { input: terms() });
    expect(result.data.registerRepresentation).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'representativePersonalIdentityNumber', message: 'Den här personen är redan registrerad som ombud av samma slag.' }],
    });
  });

  it('ends it: it stops counting today, and the end is logged after the registration', async () => {
    const { subgraph, hanna, signe } = world;
    const representative = await subgraph.orm.em.fork().findOneOrFail(Person, { personalIdentityNumber: '195109231240' });
    expect((await activeRepresentationsBy(subgraph.orm.em.fork(), representative.id, today)).map((rep) => rep.id)).toEqual([registeredId]);
    const result = await subgraph.request(asStaff(hanna), END, { id: registeredId });
    expect(result.data.endRepresentation.data.endedAt).toEqual(expect.any(String));
    expect(result.data.endRepresentation.data.events.map((event: { type: string }) => event.type)).toEqual(['REGISTERED', 'ENDED']);
    expect(await activeRepresentationsBy(subgraph.orm.em.fork(), representative.id, today)).toEqual([]);
    const hers = await subgraph.request(asPerson(signe), `{ me { ... on Person { representatives { kind } } } }`);
    expect(hers.data.me.representatives).toEqual([{ kind: 'POWER_OF_ATTORNEY' }]);
    const again = await subgraph.request(asStaff(hanna), END, { id: registeredId });
    expect(again.data.endRepresentation).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'id', message: 'Företrädarskapet är redan avslutat.' }] });
  });

  it('keeps the log append-only', async () => {
    const connection = world.subgraph.orm.em.fork().getConnection();
    await expect(connection.execute(`update "identity"."representation_event" set "type" = 'REGISTERED'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`delete from "identity"."representation_event"`)).rejects.toThrow(/append-only/);
    expect(await world.subgraph.orm.em.fork().count(RepresentationEvent, {})).toBe(2);
  });

  it('answers bad input with Swedish messages per field', async () => {
    const { subgraph, hanna } = world;
    const badNumber = await subgraph.request(asStaff(hanna), REGISTER, { input: terms({ representativePersonalIdentityNumber: '19510923-1241' }) });
    expect(badNumber.data.registerRepresentation.issues).toEqual([
      { field: 'representativePersonalIdentityNumber', message: 'Skriv ett personnummer med tolv siffror, till exempel 19420315-2386.' },
    ]);
    const unknownWithoutName = await subgraph.request(asStaff(hanna), REGISTER, {
      input: terms({ representativePersonalIdentityNumber: '193412243986', representativeGivenName: null, representativeFamilyName: '' }),
    });
    expect(unknownWithoutName.data.registerRepresentation.issues.map((issue: { field: string }) => issue.field)).toEqual(['representativeGivenName', 'representativeFamilyName']);
    const endsBeforeStart = await subgraph.request(asStaff(hanna), REGISTER, { input: terms({ kind: 'ADMINISTRATOR', validTo: '2020-01-01' }) });
    expect(endsBeforeStart.data.registerRepresentation.issues).toEqual([{ field: 'validTo', message: 'Slutdatumet kan inte vara före startdatumet.' }]);
    const self = await subgraph.request(asStaff(hanna), REGISTER, { input: terms({ representativePersonalIdentityNumber: '194203152386' }) });
    expect(self.data.registerRepresentation.issues[0].message).toBe('En person kan inte vara ombud för sig själv.');
  });

  it('is only for caseworkers and managers whose unit may read the represented person', async () => {
    const { subgraph, hanna, karl, erik } = world;
    const elsewhere = await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), REGISTER, { input: terms({ kind: 'ADMINISTRATOR' }) });
    expect(elsewhere.data.registerRepresentation.__typename).toBe('NotFoundError');
    const noCase = await subgraph.request(asStaff(hanna), REGISTER, { input: terms({ representedId: karl.id, kind: 'ADMINISTRATOR' }) });
    expect(noCase.data.registerRepresentation.__typename).toBe('NotFoundError');
    for (const actor of [asStaff(hanna, ['OUTREACH']), asStaff(hanna, ['QUALITY_COUNCIL']), asPerson(erik)]) {
      const result = await subgraph.request(actor, REGISTER, { input: terms({ kind: 'ADMINISTRATOR' }) });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const seeded = await subgraph.request(asStaff(hanna), `query($id: ID!) { person(id: $id) { representatives { id } } }`, { id: world.signe.id });
    const endElsewhere = await subgraph.request(asStaff(hanna, ['CASEWORKER'], OTHER_UNIT), END, { id: seeded.data.person.representatives[0].id });
    expect(endElsewhere.data.endRepresentation.__typename).toBe('NotFoundError');
    const endMalformed = await subgraph.request(asStaff(hanna), END, { id: 'not-a-uuid' });
    expect(endMalformed.data.endRepresentation.__typename).toBe('NotFoundError');
  });
});
