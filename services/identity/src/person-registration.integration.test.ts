import { AccessLogEntry } from '@omsorg/platform';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Person } from './entities/person.ts';
import { asPerson, asStaff, startIdentityWorld, type IdentityWorld } from './test-fixtures.ts';

let world: IdentityWorld;
beforeAll(async () => {
  world = await startIdentityWorld();
});
afterAll(() => world?.subgraph.close());
afterEach(() => {
  delete process.env.RATE_LIMIT_PERSON_LOOKUPS;
});

const LOOKUP = `query($pnr: String!) { personByPersonalIdentityNumber(personalIdentityNumber: $pnr) { id fullName } }`;
const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) {
  __typename
  ... on MutationRegisterPersonSuccess { data { id fullName birthDate legalGender preferredLanguage interpreterNeeded districtArea } }
  ... on ValidationError { message issues { field message } }
  ... on RateLimitError { message retryAfterSeconds }
} }`;

const NEW_PERSON = { personalIdentityNumber: '19400229-2383', givenName: 'Ingrid', familyName: 'Sjöberg', districtArea: 'Fruängen', preferredLanguage: 'fi', interpreterNeeded: true };

describe('finding a person by personnummer', () => {
  it.each([
    ['1945-08-08', 'Skriv personnumret med tolv siffror'],
    ['19451308-3195', 'inget riktigt datum'],
    ['19450808-3196', 'kontrollsiffran'],
  ])('refuses the malformed %s with a Swedish message saying what is wrong, and looks nothing up', async (pnr, words) => {
    const result = await world.subgraph.request(asStaff(world.hanna), LOOKUP, { pnr });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0])).toContain(words);
  });

  it('refuses a number longer than 20 characters at the validator, with the format message, for the lookup and the registration', async () => {
    const { subgraph, hanna } = world;
    // Karl's number with one space too many: the parser alone would find him.
    const spaced = '1 9 4 5 0 8 0 8 -3195';
    const lookup = await subgraph.request(asStaff(hanna), LOOKUP, { pnr: spaced });
    expect(lookup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(lookup.errors?.[0])).toContain('Skriv personnumret med tolv siffror');
    expect((await subgraph.request(asStaff(hanna), LOOKUP, { pnr: spaced.replace(' -', '-') })).data.personByPersonalIdentityNumber.fullName).toBe('Karl Nilsson');
    const register = await subgraph.request(asStaff(hanna), REGISTER, { input: { ...NEW_PERSON, personalIdentityNumber: `19400229-2383${' 1'.repeat(2_000)}` } });
    expect(register.data.registerPerson).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'personalIdentityNumber', message: expect.stringMatching(/Skriv personnumret med tolv siffror/) }] });
  });

  it('is rate-limited per staff member (RATE_LIMIT_PERSON_LOOKUPS)', async () => {
    process.env.RATE_LIMIT_PERSON_LOOKUPS = '2/1h';
    const { subgraph, hanna } = world;
    const jonas = { ...hanna, id: crypto.randomUUID() };
    expect((await subgraph.request(asStaff(jonas), LOOKUP, { pnr: '194508083195' })).data.personByPersonalIdentityNumber.fullName).toBe('Karl Nilsson');
    expect((await subgraph.request(asStaff(jonas), LOOKUP, { pnr: '195109231240' })).data.personByPersonalIdentityNumber).toBeNull();
    const third = await subgraph.request(asStaff(jonas), LOOKUP, { pnr: '194508083195' });
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(third.errors?.[0]?.message).toMatch(/Vänta/);
  });
});

describe('registering a person who is not known yet', () => {
  it('lets a caseworker register the person, with birth date and gender from the number, readable at once, and logged where the person sees it', async () => {
    const { subgraph, hanna } = world;
    const result = await subgraph.request(asStaff(hanna), REGISTER, { input: NEW_PERSON });
    expect(result.data.registerPerson).toMatchObject({
      __typename: 'MutationRegisterPersonSuccess',
      data: { fullName: 'Ingrid Sjöberg', birthDate: '1940-02-29', legalGender: 'FEMALE', preferredLanguage: 'fi', interpreterNeeded: true, districtArea: 'Fruängen' },
    });
    const id = result.data.registerPerson.data.id;
    const log = await subgraph.orm.em.fork().find(AccessLogEntry, { personId: id, staffId: hanna.id });
    expect(log.map((entry) => entry.resource)).toContain('Person.lookup');
    const again = await subgraph.request(asStaff(hanna), REGISTER, { input: { ...NEW_PERSON, personalIdentityNumber: '194002292383' } });
    expect(again.data.registerPerson).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'personalIdentityNumber', message: expect.stringMatching(/finns redan/) }] });
    expect(await subgraph.orm.em.fork().count(Person, { personalIdentityNumber: '194002292383' })).toBe(1);
  });

  it('refuses a malformed personnummer or an empty name as a typed error, and stores nothing', async () => {
    const { subgraph, hanna } = world;
    const checksum = await subgraph.request(asStaff(hanna), REGISTER, { input: { ...NEW_PERSON, personalIdentityNumber: '19400229-2384' } });
    expect(checksum.data.registerPerson).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'personalIdentityNumber', message: expect.stringMatching(/kontrollsiffran/) }] });
    const noName = await subgraph.request(asStaff(hanna), REGISTER, { input: { ...NEW_PERSON, personalIdentityNumber: '19450808-3195', givenName: ' ' } });
    expect(noName.data.registerPerson).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'givenName' }] });
    expect(await subgraph.orm.em.fork().count(Person, { personalIdentityNumber: '194002292384' })).toBe(0);
  });

  it('stores the language and interpreter need staff recorded, and refuses a language code it does not know', async () => {
    const { subgraph, hanna } = world;
    const unknown = await subgraph.request(asStaff(hanna), REGISTER, { input: { ...NEW_PERSON, personalIdentityNumber: '19480312-4587', preferredLanguage: 'xx' } });
    expect(unknown.data.registerPerson).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'preferredLanguage', message: expect.stringMatching(/Välj ett språk/) }] });
    expect(await subgraph.orm.em.fork().count(Person, { personalIdentityNumber: '194803124587' })).toBe(0);
    const sami = await subgraph.request(asStaff(hanna), REGISTER, { input: { ...NEW_PERSON, personalIdentityNumber: '19480312-4587', preferredLanguage: 'SMJ', interpreterNeeded: true } });
    expect(sami.data.registerPerson).toMatchObject({ __typename: 'MutationRegisterPersonSuccess', data: { preferredLanguage: 'smj', interpreterNeeded: true } });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Person, { personalIdentityNumber: '194803124587' });
    expect([stored.preferredLanguage, stored.interpreterNeeded]).toEqual(['smj', true]);
  });

  it('is not for citizens, outreach staff or the quality council', async () => {
    const { subgraph, hanna, karl } = world;
    const input = { ...NEW_PERSON, personalIdentityNumber: '19510923-1240' };
    for (const actor of [asPerson(karl), asStaff(hanna, ['OUTREACH']), asStaff(hanna, ['QUALITY_COUNCIL']), { kind: 'anonymous' as const }]) {
      const result = await subgraph.request(actor, REGISTER, { input });
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors?.[0]?.extensions?.code);
    }
    expect(await subgraph.orm.em.fork().count(Person, { personalIdentityNumber: '195109231240' })).toBe(0);
  });
});
