import type { SmtpCatcher } from '@omsorg/letters/smtp-catcher';
import { pdfText } from '@omsorg/letters/testing';
import { clientFingerprint, internalTokenKey, signInternalToken, type Actor } from '@omsorg/platform';
import { TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { instantInStockholm, clockInStockholm } from '@omsorg/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendReminders } from '../jobs/reminder.ts';
import { Registration } from '../entities/registration.ts';
import { startRegistrationStack, type RegistrationStack } from './test-stack.ts';
import { anonymous, CANCEL, caseworker, contact, createSession, kerstin, otherUnit, REGISTER, signe, stranger } from './fixtures.ts';

let stack: RegistrationStack;
let subgraph: TestSubgraph;
let catcher: SmtpCatcher;

beforeAll(async () => {
  stack = await startRegistrationStack();
  ({ subgraph, catcher } = stack);
});

afterAll(() => stack?.close());

let client = 0;
const nextClient = () => `10.9.0.${++client}`;

/** A GET of one of the service's file routes, signed as the gateway signs. */
async function download(actor: Actor, path: string): Promise<Response> {
  const key = internalTokenKey(TEST_INTERNAL_SECRET);
  const token = await signInternalToken({ actor, locale: 'sv', client: clientFingerprint('10.0.0.1', key) }, key);
  return fetch(`${subgraph.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

const LIST = `query($id: ID!) { sessionRegistrations(sessionId: $id, limit: 50) { totalCount nodes { id name status waitingPosition signedIn } } }`;
const ATTENDANCE = `query($id: ID!) { sessionAttendance(sessionId: $id) { version waitingCount walkInWomen noticesToSend { id name noticeBy } session { registeredCount capacity } } }`;
const OPENINGS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { offeringsOpenings(limit: 10) { totalCount nodes { what staff { id } } } } } }`;

describe('the organiser\'s list', () => {
  it('shows a session\'s registrations to its organiser unit, registered first and the queue in order', async () => {
    const session = await createSession(subgraph.orm, { capacity: 1 });
    await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Gösta Berg') }, 'sv', nextClient());
    const list = await subgraph.request(kerstin, LIST, { id: session.id });
    expect(list.data.sessionRegistrations).toMatchObject({
      totalCount: 2,
      nodes: [
        { name: 'Signe Andersson', status: 'REGISTERED', signedIn: true },
        { name: 'Gösta Berg', status: 'WAITING', waitingPosition: 1, signedIn: false },
      ],
    });
  });

  it('refuses the list to a citizen, to another unit\'s activities staff and to other staff', async () => {
    const session = await createSession(subgraph.orm);
    await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    for (const actor of [signe, stranger, otherUnit, caseworker, anonymous]) {
      for (const query of [LIST, ATTENDANCE]) {
        const result = await subgraph.request(actor, query, { id: session.id });
        expect(result.data ?? null, JSON.stringify(actor)).toBeNull();
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors?.[0]?.extensions?.code);
      }
    }
  });

  it('logs the organiser\'s read of a signed-in person\'s registration, which the person then sees', async () => {
    const session = await createSession(subgraph.orm, { title: 'Läsecirkel' });
    await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    const person = (signe as { personId: string }).personId;
    const before = await subgraph.request(signe, OPENINGS, { representations: [{ __typename: 'Person', id: person }] });
    const countBefore = before.data._entities[0].offeringsOpenings.totalCount;
    await subgraph.request(kerstin, LIST, { id: session.id });
    const after = await subgraph.request(signe, OPENINGS, { representations: [{ __typename: 'Person', id: person }] });
    expect(after.data._entities[0].offeringsOpenings.totalCount).toBe(countBefore + 1);
    expect(after.data._entities[0].offeringsOpenings.nodes[0]).toEqual({ what: 'Läsecirkel', staff: { id: (kerstin as { staffId: string }).staffId } });
    const bystander = await subgraph.request(stranger, OPENINGS, { representations: [{ __typename: 'Person', id: person }] });
    expect(bystander.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('attendance', () => {
  const RECORD = `mutation($id: ID!, $attended: Boolean!, $gender: AttendanceGender) {
    recordAttendance(registrationId: $id, attended: $attended, gender: $gender) { __typename ... on MutationRecordAttendanceSuccess { data { attended gender } } ... on Error { message } }
  }`;
  const WALK_INS = `mutation($id: ID!, $women: Int!, $men: Int!, $unknown: Int!, $version: Int!) {
    recordWalkIns(sessionId: $id, women: $women, men: $men, unknown: $unknown, version: $version) {
      __typename ... on MutationRecordWalkInsSuccess { data { version walkInWomen } } ... on ConflictError { currentVersion message } ... on Error { message }
    }
  }`;

  it('marks who came with their gender, counts walk-ins with the version, and reports the month split women / men / unknown, also as CSV', async () => {
    const startsAt = instantInStockholm('2027-03-10', '10:00');
    const session = await createSession(subgraph.orm, { capacity: 5, startsAt, title: 'Sittgympa mars' });
    const ids: string[] = [];
    for (const name of ['Signe', 'Gösta', 'Okänd']) ids.push((await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact(name) }, 'sv', nextClient())).data.registerForSession.data.registration.id);
    expect((await subgraph.request(kerstin, RECORD, { id: ids[0], attended: true, gender: 'FEMALE' })).data.recordAttendance.data).toEqual({ attended: true, gender: 'FEMALE' });
    await subgraph.request(kerstin, RECORD, { id: ids[1], attended: true, gender: 'MALE' });
    await subgraph.request(kerstin, RECORD, { id: ids[2], attended: true });
    expect((await subgraph.request(otherUnit, RECORD, { id: ids[2], attended: false })).data.recordAttendance.__typename).toBe('NotFoundError');
    expect((await subgraph.request(signe, RECORD, { id: ids[2], attended: false })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { version } = (await subgraph.request(kerstin, ATTENDANCE, { id: session.id })).data.sessionAttendance;
    const saved = await subgraph.request(kerstin, WALK_INS, { id: session.id, women: 4, men: 2, unknown: 1, version });
    expect(saved.data.recordWalkIns).toMatchObject({ __typename: 'MutationRecordWalkInsSuccess', data: { version: version + 1, walkInWomen: 4 } });
    const byOtherUnit = await subgraph.request(otherUnit, WALK_INS, { id: session.id, women: 9, men: 9, unknown: 9, version: version + 1 });
    expect(byOtherUnit.data.recordWalkIns.__typename).toBe('NotFoundError');
    expect((await subgraph.request(signe, WALK_INS, { id: session.id, women: 9, men: 9, unknown: 9, version: version + 1 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stale = await subgraph.request(kerstin, WALK_INS, { id: session.id, women: 9, men: 9, unknown: 9, version });
    expect(stale.data.recordWalkIns).toMatchObject({ __typename: 'ConflictError', currentVersion: version + 1 });

    const report = await subgraph.request(kerstin, `{ attendanceReport(month: "2027-03") { sessions registered attended { women men unknown total } walkIns { women men unknown total } rows { title } } }`);
    expect(report.data.attendanceReport).toEqual({
      sessions: 1,
      registered: 3,
      attended: { women: 1, men: 1, unknown: 1, total: 3 },
      walkIns: { women: 4, men: 2, unknown: 1, total: 7 },
      rows: [{ title: 'Sittgympa mars' }],
    });
    const other = await subgraph.request(otherUnit, `{ attendanceReport(month: "2027-03") { sessions } }`);
    expect(other.data.attendanceReport.sessions).toBe(0);
    expect((await subgraph.request(signe, `{ attendanceReport(month: "2027-03") { sessions } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const csv = await download(kerstin, '/offerings-attendance/2027-03.csv');
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Aktivitet;Tid;Anmälda;Kom: kvinnor;Kom: män;Kom: okänt;Drop-in: kvinnor;Drop-in: män;Drop-in: okänt;Totalt deltagare');
    expect(lines[1]).toBe('Sittgympa mars;2027-03-10 10:00;3;1;1;1;4;2;1;10');
    expect((await download(signe, '/offerings-attendance/2027-03.csv')).status).toBe(403);
  });
});

describe('moved-up letters and phone calls', () => {
  it('lists a person moved up who asked for a letter, and gives the organiser the letter to print, no one else', async () => {
    const session = await createSession(subgraph.orm, { capacity: 1, title: 'Julbord' });
    const first = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    const waiting = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Gösta Berg', { noticeBy: 'LETTER', postalAddress: 'Storgatan 1, 126 52 Stockholm' }) }, 'sv', nextClient());
    await subgraph.request(signe, CANCEL, { registrationId: first.data.registerForSession.data.registration.id });
    const attendance = await subgraph.request(kerstin, ATTENDANCE, { id: session.id });
    const id = waiting.data.registerForSession.data.registration.id;
    expect(attendance.data.sessionAttendance.noticesToSend).toEqual([{ id, name: 'Gösta Berg', noticeBy: 'LETTER' }]);
    const letter = await download(kerstin, `/offerings-letters/${id}.pdf`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await letter.arrayBuffer()));
    expect(text).toContain('Du har fått en plats');
    expect(text).toContain('Gösta Berg');
    expect(text).toContain('Storgatan 1');
    expect(text).toContain('Julbord');
    for (const actor of [otherUnit, signe]) expect((await download(actor, `/offerings-letters/${id}.pdf`)).status).toBe(404);
  });
});

describe('the reminder the day before', () => {
  it('mails everyone registered with an e-mail for tomorrow\'s sessions, once, and nobody else', async () => {
    const now = new Date();
    const tomorrow = new Date(now.getTime() + 86_400_000);
    const session = await createSession(subgraph.orm, { capacity: 1, startsAt: instantInStockholm(clockInStockholm(tomorrow).day, '14:00'), title: 'Påminnelseprov' });
    const registered = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Maj Lind', { email: 'maj@example.se' }) }, 'sv', nextClient());
    await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Väntar', { email: 'vantar@example.se' }) }, 'sv', nextClient());
    const queued = await Promise.all([sendReminders(subgraph.orm.em.fork(), now), sendReminders(subgraph.orm.em.fork(), now)]);
    expect(queued[0] + queued[1]).toBe(1);
    await subgraph.settleJobs(20_000);
    const mails = catcher.mails.filter((mail) => mail.subject.includes('Påminnelseprov'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: ['maj@example.se'], subject: 'Påminnelse: Påminnelseprov i morgon' });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Registration, { id: registered.data.registerForSession.data.registration.id });
    expect(stored.reminderSentAt).toBeInstanceOf(Date);
    expect(await sendReminders(subgraph.orm.em.fork(), now)).toBe(0);
  });
});
