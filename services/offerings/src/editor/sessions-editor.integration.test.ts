import { startSmtpCatcher, type SmtpCatcher } from '@omsorg/letters/smtp-catcher';
import { pollUntil, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';
import { offeringsService, seedOfferings } from '../service.ts';
import { CASEWORKER, KERSTIN, mutate, sittgympa } from './editor-testing.ts';
import { SESSION_CANCELLED_QUEUE } from './session-cancelled.ts';

let subgraph: TestSubgraph;
let catcher: SmtpCatcher;
let previousSmtp: string | undefined;
let hagersten: string;

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  previousSmtp = process.env.SMTP_URL;
  process.env.SMTP_URL = catcher.url;
  subgraph = await startTestSubgraph(offeringsService);
  await seedOfferings(subgraph.orm);
  hagersten = (await subgraph.orm.em.fork().findOneOrFail(Venue, { name: 'Träffpunkt Hägersten' })).id;
});

afterAll(async () => {
  await subgraph?.close();
  if (previousSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtp;
  await catcher?.close();
});

const SESSION_FIELDS = 'id version day startTime endTime startsAt capacity registeredCount waitingCount room price cancelledAt cancelReason';
const SESSIONS = `query($id: ID!) { editorOffering(id: $id) { sessions(limit: 100) { totalCount nodes { ${SESSION_FIELDS} } }
  history { nodes { action contentKind fields } } } }`;

async function offeringWithSeries(series: Record<string, unknown>) {
  const created = await mutate(subgraph, KERSTIN, 'createOffering', sittgympa(hagersten, `Sittgympa ${Date.now()}`));
  const answer = await mutate(subgraph, KERSTIN, 'createSessionSeries', { offeringId: created.data.id, startTime: '10:00', endTime: '11:00', weekdays: [1], capacity: 10, room: 'Stora salen', ...series }, 'id');
  return { id: created.data.id as string, answer };
}

async function sessionsOf(id: string) {
  return (await subgraph.request(KERSTIN, SESSIONS, { id })).data.editorOffering;
}

describe('createSessionSeries', () => {
  it('makes one session per week at 10:00 Stockholm time on both sides of the change to summer time', async () => {
    // Summer time starts on Sunday 28 March 2027: 10:00 is 09:00 UTC before and 08:00 UTC after.
    const { id, answer } = await offeringWithSeries({ firstDate: '2027-03-15', weeks: 3 });
    expect(answer.__typename).toBe('MutationCreateSessionSeriesSuccess');
    const { sessions, history } = await sessionsOf(id);
    expect(sessions.nodes.map((s: { day: string; startTime: string; endTime: string; startsAt: string }) => [s.day, s.startTime, s.endTime, s.startsAt])).toEqual([
      ['2027-03-15', '10:00', '11:00', '2027-03-15T09:00:00.000Z'],
      ['2027-03-22', '10:00', '11:00', '2027-03-22T09:00:00.000Z'],
      ['2027-03-29', '10:00', '11:00', '2027-03-29T08:00:00.000Z'],
    ]);
    expect(sessions.nodes[0]).toMatchObject({ capacity: 10, registeredCount: 0, room: 'Stora salen', price: null, cancelledAt: null, cancelReason: null });
    expect(history.nodes[0]).toEqual({ action: 'EDITED', contentKind: 'OFFERING', fields: ['sessions:+3'] });
  });

  it('leaves out public holidays when asked (Easter Monday 29 March 2027), to a last date', async () => {
    const { id } = await offeringWithSeries({ firstDate: '2027-03-22', lastDate: '2027-04-05', skipHolidays: true });
    expect((await sessionsOf(id)).sessions.nodes.map((s: { day: string }) => s.day)).toEqual(['2027-03-22', '2027-04-05']);
  });

  it('refuses an end before the start, no length, too many sessions, and makes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ firstDate: '2027-03-15', weeks: 2, endTime: '09:00' }, 'endTime'],
      [{ firstDate: '2027-03-15' }, 'weeks'],
      [{ firstDate: '2027-03-15', weeks: 52, weekdays: [1, 2, 3, 4, 5, 6, 7] }, 'weeks'],
      [{ firstDate: '2027-03-15', lastDate: '2027-03-01' }, 'lastDate'],
      [{ firstDate: '2027-03-15', weeks: 2, startTime: '25:00' }, 'startTime'],
      [{ firstDate: '2027-03-15', weeks: 2, capacity: 0 }, 'capacity'],
    ];
    for (const [series, field] of cases) {
      const { id, answer } = await offeringWithSeries(series);
      expect(answer, JSON.stringify(series)).toMatchObject({ __typename: 'ValidationError', issues: [{ field }] });
      expect((await sessionsOf(id)).sessions.totalCount).toBe(0);
    }
  });

  it('is refused to a caseworker', async () => {
    const { id } = await offeringWithSeries({ firstDate: '2027-03-15', weeks: 1 });
    const result = await subgraph.request(CASEWORKER, `mutation($i: SessionSeriesInput!) { createSessionSeries(input: $i) { __typename } }`, {
      i: { offeringId: id, firstDate: '2027-03-15', weeks: 1, weekdays: [1], startTime: '10:00', endTime: '11:00' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sessionsOf(id)).sessions.totalCount).toBe(1);
  });
});

/** People on a session, as registration would put them there. */
async function register(sessionId: string, people: Array<{ name: string; email: string | null; status?: 'REGISTERED' | 'WAITING' | 'CANCELLED' }>) {
  const em = subgraph.orm.em.fork();
  const session = await em.findOneOrFail(Session, { id: sessionId });
  for (const [index, person] of people.entries()) {
    const status = person.status ?? 'REGISTERED';
    em.create(Registration, { session, status, name: person.name, email: person.email, noticeBy: person.email ? 'EMAIL' : 'PHONE', waitingPosition: status === 'WAITING' ? index + 1 : null });
    if (status === 'REGISTERED') session.registeredCount += 1;
  }
  await em.flush();
}

describe('updateSession', () => {
  it('moves a session, changes its places and room, and keeps the places at or above the number registered', async () => {
    const { id } = await offeringWithSeries({ firstDate: '2027-03-15', weeks: 1 });
    const session = (await sessionsOf(id)).sessions.nodes[0];
    await register(session.id, [{ name: 'Signe Andersson', email: null }, { name: 'Aino Virtanen', email: null }]);
    const edit = { id: session.id, version: 1, day: '2027-03-29', startTime: '13:30', endTime: '14:30', capacity: 1, room: 'Lilla salen', price: 20 };
    const below = await mutate(subgraph, KERSTIN, 'updateSession', edit, 'id');
    expect(below).toMatchObject({ __typename: 'CapacityBelowRegisteredError', registeredCount: 2, message: expect.stringContaining('2 personer är redan anmälda') });
    const dropIn = await mutate(subgraph, KERSTIN, 'updateSession', { ...edit, capacity: null }, 'id');
    expect(dropIn.__typename).toBe('CapacityBelowRegisteredError');

    const saved = await mutate(subgraph, KERSTIN, 'updateSession', { ...edit, capacity: 2 }, SESSION_FIELDS);
    expect(saved.data).toMatchObject({ version: 2, day: '2027-03-29', startTime: '13:30', endTime: '14:30', startsAt: '2027-03-29T11:30:00.000Z', capacity: 2, room: 'Lilla salen', price: 20, registeredCount: 2 });
    const stale = await mutate(subgraph, KERSTIN, 'updateSession', { ...edit, capacity: 5 }, 'id');
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const { history } = await sessionsOf(id);
    expect(history.nodes[0]).toEqual({ action: 'EDITED', contentKind: 'SESSION', fields: ['startsAt', 'endsAt', 'capacity', 'room', 'price'] });
  });
});

describe('cancelSession', () => {
  it('cancels, mails those registered or waiting who gave an address, and keeps the registrations', async () => {
    const { id } = await offeringWithSeries({ firstDate: '2027-03-15', weeks: 1 });
    const session = (await sessionsOf(id)).sessions.nodes[0];
    await register(session.id, [
      { name: 'Signe Andersson', email: 'signe@example.se' },
      { name: 'Utan Epost', email: null },
      { name: 'Väntande Person', email: 'vantar@example.se', status: 'WAITING' },
      { name: 'Avbokad Person', email: 'avbokad@example.se', status: 'CANCELLED' },
    ]);
    const cancelled = await mutate(subgraph, KERSTIN, 'cancelSession', { id: session.id, version: 1, reason: 'Ledaren är sjuk.' }, SESSION_FIELDS);
    expect(cancelled.data).toMatchObject({ version: 2, cancelledAt: expect.any(String), cancelReason: 'Ledaren är sjuk.' });

    await subgraph.settleJobs(20_000);
    await pollUntil(async () => catcher.mails.length, (count) => count >= 2, 10_000, 'two mails');
    const mails = catcher.mails.filter((mail) => mail.subject.includes('Sittgympa'));
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['signe@example.se', 'vantar@example.se']);
    const signe = mails.find((mail) => mail.to[0] === 'signe@example.se')!;
    expect(signe.subject).toMatch(/^Inställt: Sittgympa \d+ måndag 15 mars 2027$/);
    expect(signe.text).toContain('Hej Signe Andersson!');
    expect(signe.text).toContain('klockan 10:00 på Träffpunkt Hägersten är inställt');
    expect(signe.text).toContain('Orsak: Ledaren är sjuk.');

    expect(await subgraph.orm.em.fork().count(Registration, { session: session.id })).toBe(4);
    const { history } = await sessionsOf(id);
    expect(history.nodes[0]).toEqual({ action: 'CANCELLED', contentKind: 'SESSION', fields: ['cancelledAt', 'cancelReason'] });

    const again = await mutate(subgraph, KERSTIN, 'cancelSession', { id: session.id, version: 2, reason: 'Igen.' }, 'id');
    expect(again).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'id' }] });
    const edit = await mutate(subgraph, KERSTIN, 'updateSession', { id: session.id, version: 2, day: '2027-03-15', startTime: '10:00', endTime: '11:00', capacity: 10 }, 'id');
    expect(edit.__typename).toBe('ValidationError');
    const jobs = await subgraph.orm.em.fork().getConnection().execute<Array<{ data: { sessionId: string } }>>(`select data from pgboss.job where name = ? and data->>'sessionId' = ?`, [SESSION_CANCELLED_QUEUE, session.id]);
    expect(jobs).toHaveLength(1);
  });

  it('refuses an empty reason and a stale version', async () => {
    const { id } = await offeringWithSeries({ firstDate: '2027-03-15', weeks: 1 });
    const session = (await sessionsOf(id)).sessions.nodes[0];
    expect(await mutate(subgraph, KERSTIN, 'cancelSession', { id: session.id, version: 1, reason: '  ' }, 'id')).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'reason' }] });
    expect(await mutate(subgraph, KERSTIN, 'cancelSession', { id: session.id, version: 5, reason: 'Sjuk.' }, 'id')).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
  });
});
