import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInvitationCode, generateInvitationCode } from '../domain/invitation-code.ts';
import { Campaign } from '../entities/campaign.ts';
import { CohortMember } from '../entities/cohort-member.ts';
import { InvitationSession } from '../entities/invitation-session.ts';
import { Invitation } from '../entities/invitation.ts';
import { Resident } from '../entities/resident.ts';
import { outreachService } from '../service.ts';
import { createInvitations } from './create-invitations.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const BIRGITTA = 'b1000000-0000-4000-8000-000000000001';
const SIGNE = 'b1000000-0000-4000-8000-000000000002';
const KARL = 'b1000000-0000-4000-8000-000000000003';
const ERIK = 'b1000000-0000-4000-8000-000000000004';
const NOT_IN_COHORT = 'b1000000-0000-4000-8000-000000000005';
const erik: Actor = { kind: 'person', personId: ERIK, actingFor: [SIGNE] };
const stranger: Actor = { kind: 'person', personId: 'b1000000-0000-4000-8000-000000000009', actingFor: [] };
const anonymous: Actor = { kind: 'anonymous' };
const NO_MATCH = 'Koden och födelsedatumet hör inte ihop. Kontrollera och försök igen, eller ring oss på 08-508 00 508.';

const OPEN = `mutation($code: String!, $birthDate: String!) {
  openInvitation(code: $code, birthDate: $birthDate) {
    __typename
    ... on MutationOpenInvitationSuccess { data { token expiresAt invitation { id status firstName campaignName } } }
    ... on Error { message }
    ... on ValidationError { issues { field message } }
    ... on RateLimitError { retryAfterSeconds }
  }
}`;
const READ = `query($token: String!) { invitation(token: $token) { id status answered answeredAt firstName campaignName campaignDescription } }`;
const ACCEPT = `mutation($token: String, $invitationId: ID) {
  acceptInvitation(token: $token, invitationId: $invitationId) { __typename ... on MutationAcceptInvitationSuccess { data { id status answered } } ... on Error { message } }
}`;
const DECLINE = `mutation($token: String, $invitationId: ID, $reason: String) {
  declineInvitation(token: $token, invitationId: $invitationId, reason: $reason) { __typename ... on MutationDeclineInvitationSuccess { data { id status } } ... on Error { message } }
}`;
const MINE = `query { myInvitations { totalCount nodes { id firstName campaignName status } } }`;
const END = `mutation($token: String!) { endInvitationSession(token: $token) { __typename } }`;

let subgraph: TestSubgraph;
let campaignId: string;
const codes = new Map<string, string>();
const ids = new Map<string, string>();
let clients = 0;
/** A new client address per attempt unless a test is about one address: the per-address limit is its own test. */
const newClient = () => `192.0.2.${++clients}`;

async function open(code: string, birthDate: string, client = newClient()) {
  return (await subgraph.request(anonymous, OPEN, { code, birthDate }, 'sv', client)).data!.openInvitation;
}

function resident(id: string, givenName: string, birthDate: string) {
  return {
    id, givenName, familyName: 'Testsson', birthDate, legalGender: 'FEMALE' as const, districtArea: 'Fruängen', preferredLanguage: 'sv', interpreterNeeded: false,
    streetAddress: 'Fruängsgården 22', postalCode: '129 52', postalTown: 'Hägersten', email: null, updatedAt: new Date('2026-01-01T00:00:00Z'),
  };
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  const em = subgraph.orm.em.fork();
  const campaign = em.create(Campaign, { name: 'Hälsosamtal för dig som fyller 75', status: 'ACTIVE', targetDescription: 'Alla som fyller 75 i Hägersten-Älvsjö.', unit: UNIT });
  for (const [id, name, born] of [[BIRGITTA, 'Birgitta', '1951-09-23'], [SIGNE, 'Signe', '1942-03-15'], [KARL, 'Karl', '1945-08-08'], [NOT_IN_COHORT, 'Nils', '1951-01-01']] as const) {
    em.create(Resident, resident(id, name, born));
    if (id !== NOT_IN_COHORT) em.create(CohortMember, { campaign, personId: id });
  }
  await em.flush();
  campaignId = campaign.id;
  const created = await em.transactional((tx) => createInvitations(tx, campaignId, [BIRGITTA, SIGNE, KARL, NOT_IN_COHORT]));
  for (const c of created) {
    codes.set(c.personId, c.code);
    ids.set(c.personId, c.invitationId);
  }
});

afterAll(() => subgraph?.close());

describe('creating invitations', () => {
  it('invites each cohort member once, returning their codes once', async () => {
    expect([...codes.keys()].sort()).toEqual([BIRGITTA, SIGNE, KARL].sort());
    for (const code of codes.values()) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    const again = await subgraph.orm.em.fork().transactional((tx) => createInvitations(tx, campaignId, [BIRGITTA, SIGNE, KARL, NOT_IN_COHORT]));
    expect(again).toEqual([]);
    const stored = await subgraph.orm.em.fork().find(Invitation, { campaign: campaignId });
    expect(stored).toHaveLength(3);
    // Only the hash is kept.
    for (const invitation of stored) expect(invitation.codeHash).not.toContain(codes.get(invitation.personId));
  });
});

describe('opening an invitation with the code and the birth date', () => {
  it('opens it with the code as people type it, showing the first name and the campaign only', async () => {
    const typed = formatInvitationCode(codes.get(BIRGITTA)!).toLowerCase().replaceAll('-', ' ');
    const result = await open(typed, '1951-09-23');
    expect(result.__typename).toBe('MutationOpenInvitationSuccess');
    expect(result.data.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.data.invitation).toEqual({ id: ids.get(BIRGITTA), status: 'INVITED', firstName: 'Birgitta', campaignName: 'Hälsosamtal för dig som fyller 75' });
    const read = await subgraph.request(anonymous, READ, { token: result.data.token });
    expect(read.data.invitation).toMatchObject({ id: ids.get(BIRGITTA), answered: false, answeredAt: null, firstName: 'Birgitta' });
  });

  it('says the same for a wrong birth date and an unknown code, naming the phone number', async () => {
    const wrongDate = await open(codes.get(BIRGITTA)!, '1951-09-24');
    const unknown = await open(generateInvitationCode(), '1951-09-23');
    expect(wrongDate).toEqual({ __typename: 'NotFoundError', message: NO_MATCH });
    expect(unknown).toEqual({ __typename: 'NotFoundError', message: NO_MATCH });
  });

  it('asks for a code of 12 characters and a real date before looking', async () => {
    const shortCode = await open('KBF7-9XTM', '1951-09-23');
    expect(shortCode).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'code', message: expect.stringMatching(/^Koden har 12 tecken/) }] });
    const noSuchDay = await open(codes.get(BIRGITTA)!, '1951-02-30');
    expect(noSuchDay).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'birthDate' }] });
  });

  it('locks a code after five wrong birth dates, even for the right date after', async () => {
    const code = codes.get(KARL)!;
    for (let i = 1; i <= 5; i++) expect((await open(code, `1945-08-${String(10 + i)}`)).message).toBe(NO_MATCH);
    const locked = await open(code, '1945-08-08');
    expect(locked.__typename).toBe('RateLimitError');
    expect(locked.message).toMatch(/^Koden är spärrad efter för många försök\. Försök igen om \d+ timmar, eller ring oss på 08-508 00 508/);
    expect(locked.retryAfterSeconds).toBeGreaterThan(23 * 3600);
  });

  it('limits attempts from one client address, right or wrong', async () => {
    const client = '198.51.100.7';
    for (let i = 0; i < 20; i++) expect((await open(generateInvitationCode(), '1950-01-01', client)).__typename).toBe('NotFoundError');
    const limited = await open(codes.get(SIGNE)!, '1942-03-15', client);
    expect(limited.__typename).toBe('RateLimitError');
    expect(limited.message).toMatch(/^Du har försökt många gånger på kort tid\. Vänta \d+ minuter och försök igen, eller ring oss på 08-508 00 508\.$/);
    // Another address is not held up by it.
    expect((await open(codes.get(SIGNE)!, '1942-03-15')).__typename).toBe('MutationOpenInvitationSuccess');
  });
});

describe('the invitation session', () => {
  it('answers its own invitation: yes, then no with a reason', async () => {
    const { token } = (await open(codes.get(BIRGITTA)!, '1951-09-23')).data;
    const accepted = await subgraph.request(anonymous, ACCEPT, { token });
    expect(accepted.data.acceptInvitation).toMatchObject({ __typename: 'MutationAcceptInvitationSuccess', data: { id: ids.get(BIRGITTA), status: 'ACCEPTED', answered: true } });
    const declined = await subgraph.request(anonymous, DECLINE, { token, reason: 'Jag går redan på hälsokontroller.' });
    expect(declined.data.declineInvitation.data).toEqual({ id: ids.get(BIRGITTA), status: 'DECLINED' });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Invitation, { id: ids.get(BIRGITTA)! });
    expect(stored).toMatchObject({ status: 'DECLINED', declineReason: 'Jag går redan på hälsokontroller.' });
    expect(stored.answeredAt).toBeInstanceOf(Date);
  });

  it('cannot read or answer another invitation', async () => {
    const { token } = (await open(codes.get(BIRGITTA)!, '1951-09-23')).data;
    const before = await subgraph.orm.em.fork().findOneOrFail(Invitation, { id: ids.get(SIGNE)! });
    const result = await subgraph.request(anonymous, ACCEPT, { token, invitationId: ids.get(SIGNE) });
    expect(result.data.acceptInvitation.__typename).toBe('NotFoundError');
    expect(await subgraph.orm.em.fork().findOneOrFail(Invitation, { id: ids.get(SIGNE)! })).toMatchObject({ status: before.status });
    // A token made up, or another's id with no token, opens nothing.
    expect((await subgraph.request(anonymous, READ, { token: 'A'.repeat(43) })).data.invitation).toBeNull();
    expect((await subgraph.request(anonymous, ACCEPT, { invitationId: ids.get(SIGNE) })).data.acceptInvitation.__typename).toBe('NotFoundError');
  });

  it('ends when the invitation is opened again, and on "Avsluta"', async () => {
    const first = (await open(codes.get(BIRGITTA)!, '1951-09-23')).data.token;
    const second = (await open(codes.get(BIRGITTA)!, '1951-09-23')).data.token;
    expect((await subgraph.request(anonymous, READ, { token: first })).data.invitation).toBeNull();
    expect((await subgraph.request(anonymous, READ, { token: second })).data.invitation).not.toBeNull();
    await subgraph.request(anonymous, END, { token: second });
    expect((await subgraph.request(anonymous, READ, { token: second })).data.invitation).toBeNull();
    expect((await subgraph.request(anonymous, ACCEPT, { token: second })).data.acceptInvitation).toMatchObject({ __typename: 'NotFoundError', message: 'Du behöver skriva in koden och födelsedatumet igen.' });
  });
});

describe('an invitation session that has expired', () => {
  it('opens nothing, and a use before the end moves the end on', async () => {
    const { token, expiresAt } = (await open(codes.get(BIRGITTA)!, '1951-09-23')).data;
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    const em = subgraph.orm.em.fork();
    await em.nativeUpdate(InvitationSession, { invitation: ids.get(BIRGITTA)! }, { expiresAt: new Date(Date.now() + 60_000) });
    expect((await subgraph.request(anonymous, READ, { token })).data.invitation).not.toBeNull();
    const slid = await subgraph.orm.em.fork().findOneOrFail(InvitationSession, { invitation: ids.get(BIRGITTA)! });
    expect(slid.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    await em.nativeUpdate(InvitationSession, { invitation: ids.get(BIRGITTA)! }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await subgraph.request(anonymous, READ, { token })).data.invitation).toBeNull();
    expect((await subgraph.request(anonymous, ACCEPT, { token })).data.acceptInvitation.__typename).toBe('NotFoundError');
  });
});

describe('signed in', () => {
  it('a representative sees and answers the represented person’s invitation', async () => {
    const mine = await subgraph.request(erik, MINE);
    expect(mine.data.myInvitations).toEqual({ totalCount: 1, nodes: [{ id: ids.get(SIGNE), firstName: 'Signe', campaignName: 'Hälsosamtal för dig som fyller 75', status: expect.any(String) }] });
    const accepted = await subgraph.request(erik, ACCEPT, { invitationId: ids.get(SIGNE) });
    expect(accepted.data.acceptInvitation.data).toMatchObject({ id: ids.get(SIGNE), status: 'ACCEPTED' });
  });

  it('a stranger sees none and cannot answer one', async () => {
    expect((await subgraph.request(stranger, MINE)).data.myInvitations).toEqual({ totalCount: 0, nodes: [] });
    const result = await subgraph.request(stranger, DECLINE, { invitationId: ids.get(KARL) });
    expect(result.data.declineInvitation.__typename).toBe('NotFoundError');
    expect(await subgraph.orm.em.fork().findOneOrFail(Invitation, { id: ids.get(KARL)! })).toMatchObject({ status: 'INVITED' });
  });

  it('myInvitations is for signed-in citizens only', async () => {
    expect((await subgraph.request(anonymous, MINE)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
