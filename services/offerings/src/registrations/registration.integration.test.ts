import type { SmtpCatcher } from '@omsorg/letters/smtp-catcher';
import type { TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonGender } from '../entities/person-gender.ts';
import { Registration } from '../entities/registration.ts';
import { handlePersonGenders } from '../jobs/person-genders.ts';
import { Session } from '../entities/session.ts';
import { hashCancelCode } from './cancel-code.ts';
import { startRegistrationStack, type RegistrationStack } from './test-stack.ts';
import { anonymous, CANCEL, CANCEL_BY_CODE, contact, createSession, REGISTER, signe, stranger } from './fixtures.ts';

let stack: RegistrationStack;
let subgraph: TestSubgraph;
let catcher: SmtpCatcher;

beforeAll(async () => {
  stack = await startRegistrationStack();
  ({ subgraph, catcher } = stack);
});

afterAll(() => stack?.close());

/** A different client address per call, so the anonymous rate limit stays out of tests that are not about it. */
let client = 0;
const nextClient = () => `10.0.0.${++client}`;

describe('registerForSession', () => {
  it('registers a signed-in person and counts the place', async () => {
    const session = await createSession(subgraph.orm);
    const result = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson', { email: 'signe@example.se' }) });
    expect(result.data.registerForSession).toMatchObject({
      __typename: 'MutationRegisterForSessionSuccess',
      data: { cancelCode: null, registration: { status: 'REGISTERED', waitingPosition: null, session: { id: session.id, title: 'Sittgympa' } } },
    });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Registration, { id: result.data.registerForSession.data.registration.id });
    expect(stored).toMatchObject({ personId: (signe as { personId: string }).personId, cancelCodeHash: null, language: 'sv', gender: 'UNKNOWN' });
    expect((await subgraph.orm.em.fork().findOneOrFail(Session, { id: session.id })).registeredCount).toBe(1);
  });

  it('takes a signed-in person\'s gender from what identity sent last (offerings.person-genders), for the attendance reports', async () => {
    const elsa = '00000000-0000-4000-8000-00000000b002';
    await handlePersonGenders(subgraph.orm.em.fork(), { people: [{ id: elsa, legalGender: 'FEMALE', version: '2026-12-01T10:00:00.000Z' }] });
    // A late retry of an older event never undoes a newer one.
    await handlePersonGenders(subgraph.orm.em.fork(), { people: [{ id: elsa, legalGender: 'MALE', version: '2026-11-01T10:00:00.000Z' }] });
    expect((await subgraph.orm.em.fork().findOneOrFail(PersonGender, { personId: elsa })).legalGender).toBe('FEMALE');
    await expect(handlePersonGenders(subgraph.orm.em.fork(), { people: [{ id: 'not-a-uuid', legalGender: 'FEMALE', version: 'x' }] })).rejects.toThrow();

    const session = await createSession(subgraph.orm);
    const result = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Elsa Andersson', { personId: elsa }) });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Registration, { id: result.data.registerForSession.data.registration.id });
    expect(stored.gender).toBe('FEMALE');
    await subgraph.request(signe, CANCEL, { registrationId: stored.id });
  });

  it('registers a person one represents, and refuses someone one does not', async () => {
    const session = await createSession(subgraph.orm);
    const represented = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Elsa Andersson', { personId: '00000000-0000-4000-8000-00000000b002' }) });
    expect(represented.data.registerForSession.__typename).toBe('MutationRegisterForSessionSuccess');
    const stored = await subgraph.orm.em.fork().findOneOrFail(Registration, { id: represented.data.registerForSession.data.registration.id });
    expect(stored).toMatchObject({ personId: '00000000-0000-4000-8000-00000000b002', registeredById: (signe as { personId: string }).personId });
    const refused = await subgraph.request(stranger, REGISTER, { sessionId: session.id, input: contact('Elsa Andersson', { personId: '00000000-0000-4000-8000-00000000b002' }) });
    expect(refused.data.registerForSession).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'personId', message: 'Du kan bara anmäla dig själv eller någon du företräder.' }] });
  });

  it('refuses a second active registration of the same person, but takes one again after cancelling', async () => {
    const session = await createSession(subgraph.orm);
    const first = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    const second = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    expect(second.data.registerForSession).toMatchObject({ __typename: 'RegistrationClosedError', reason: 'ALREADY_REGISTERED', message: expect.stringContaining('redan anmäld') });
    await subgraph.request(signe, CANCEL, { registrationId: first.data.registerForSession.data.registration.id });
    const again = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    expect(again.data.registerForSession.data.registration.status).toBe('REGISTERED');
  });

  it('registers with name and phone without BankID, answering a cancel code of which only the HMAC is kept', async () => {
    const session = await createSession(subgraph.orm);
    const result = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Gösta Berg') }, 'sv', nextClient());
    const { cancelCode, registration } = result.data.registerForSession.data;
    expect(cancelCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const stored = await subgraph.orm.em.fork().findOneOrFail(Registration, { id: registration.id });
    expect(stored.personId).toBeNull();
    expect(stored.cancelCodeHash).toBe(hashCancelCode(cancelCode));
    expect(JSON.stringify(stored)).not.toContain(cancelCode);
  });

  it('refuses cancelled, begun, drop-in, unpublished and decision sessions with a message that says why', async () => {
    const cases = [
      [{ cancelled: true }, 'CANCELLED', 'inställt'],
      [{ startsAt: new Date(Date.now() - 60_000) }, 'PAST', 'redan börjat'],
      [{ capacity: null }, 'NO_REGISTRATION', 'behöver inte anmäla'],
      [{ registrationRequired: false }, 'NO_REGISTRATION', 'behöver inte anmäla'],
      [{ published: false }, 'NOT_FOUND', 'hittar inte'],
      [{ audience: 'DECISION' as const }, 'DECISION', 'Ansök om det hos biståndshandläggaren'],
    ] as const;
    for (const [options, reason, words] of cases) {
      const session = await createSession(subgraph.orm, options);
      const result = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
      expect(result.data.registerForSession, reason).toMatchObject({ __typename: 'RegistrationClosedError', reason, message: expect.stringContaining(words) });
      expect(await subgraph.orm.em.fork().count(Registration, { session: session.id })).toBe(0);
    }
  });

  it('checks every field, with Swedish messages, and refuses control characters', async () => {
    const session = await createSession(subgraph.orm);
    const result = await subgraph.request(anonymous, REGISTER, {
      sessionId: session.id,
      input: { name: 'Gösta\u0007', phone: 'abc', email: 'inte-en-adress', postalAddress: 'x'.repeat(501), noticeBy: 'LETTER' },
    }, 'sv', nextClient());
    expect(result.data.registerForSession.__typename).toBe('ValidationError');
    const issues = Object.fromEntries(result.data.registerForSession.issues.map((issue: { field: string; message: string }) => [issue.field, issue.message]));
    expect(issues['input.name'] ?? issues.name).toMatch(/tecken som inte kan sparas/);
    const missing = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: { name: ' ', phone: '070-1234567', noticeBy: 'EMAIL' } }, 'sv', nextClient());
    const messages = missing.data.registerForSession.issues.map((issue: { message: string }) => issue.message).join(' ');
    expect(messages).toContain('Fyll i det här fältet.');
    expect(messages).toContain('Skriv din e-postadress');
    const tooLong = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: { name: 'x'.repeat(201), phone: '070-1234567', noticeBy: 'PHONE' } }, 'sv', nextClient());
    expect(tooLong.data.registerForSession.__typename).toBe('ValidationError');
    expect(await subgraph.orm.em.fork().count(Registration, { session: session.id })).toBe(0);
  });

  it('limits registrations without signing in per client address', async () => {
    const session = await createSession(subgraph.orm, { capacity: 100 });
    const address = nextClient();
    const previous = process.env.RATE_LIMIT_OFFERINGS_REGISTRATION;
    process.env.RATE_LIMIT_OFFERINGS_REGISTRATION = '2/1h';
    try {
      for (let i = 0; i < 2; i++) expect((await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact(`Person ${i}`) }, 'sv', address)).data.registerForSession.__typename).toBe('MutationRegisterForSessionSuccess');
      const third = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Person 3') }, 'sv', address);
      expect(third.data.registerForSession).toMatchObject({ __typename: 'RateLimitError', message: expect.stringContaining('många anmälningar') });
      expect((await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Person 4') }, 'sv', nextClient())).data.registerForSession.__typename).toBe('MutationRegisterForSessionSuccess');
    } finally {
      if (previous === undefined) delete process.env.RATE_LIMIT_OFFERINGS_REGISTRATION;
      else process.env.RATE_LIMIT_OFFERINGS_REGISTRATION = previous;
    }
  });
});

describe('waiting list and moving up', () => {
  it('puts the eleventh on a ten-place session on the waiting list, and moves them up when someone cancels, by e-mail in their language', async () => {
    const session = await createSession(subgraph.orm, { capacity: 10 });
    const registered = [];
    for (let i = 0; i < 10; i++) {
      const result = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact(`Deltagare ${i}`) }, 'sv', nextClient());
      registered.push(result.data.registerForSession.data);
    }
    expect(registered.every((receipt) => receipt.registration.status === 'REGISTERED')).toBe(true);
    const eleventh = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Aino Virtanen', { email: 'aino@example.fi', noticeBy: 'EMAIL' }) }, 'fi', nextClient());
    expect(eleventh.data.registerForSession.data.registration).toMatchObject({ status: 'WAITING', waitingPosition: 1 });
    const twelfth = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Olle Ek') }, 'sv', nextClient());
    expect(twelfth.data.registerForSession.data.registration).toMatchObject({ status: 'WAITING', waitingPosition: 2 });

    const cancelled = await subgraph.request(anonymous, CANCEL_BY_CODE, { code: registered[3].cancelCode.toLowerCase().replace('-', '') }, 'sv', nextClient());
    expect(cancelled.data.cancelRegistrationByCode).toMatchObject({ data: { movedUp: true, registration: { status: 'CANCELLED' } } });
    const moved = await subgraph.orm.em.fork().findOneOrFail(Registration, { id: eleventh.data.registerForSession.data.registration.id });
    expect(moved).toMatchObject({ status: 'REGISTERED', waitingPosition: 1, promotedAt: expect.any(Date) });
    expect((await subgraph.orm.em.fork().findOneOrFail(Session, { id: session.id })).registeredCount).toBe(10);

    const mail = await catcher.next();
    expect(mail.to).toEqual(['aino@example.fi']);
    expect(mail.language).toBe('fi-FI');
    expect(mail.subject).toBe('Sait paikan: Tuolijumppa');
    expect(mail.text).toContain('Hei Aino Virtanen!');
  });

  it('moves nobody up when a waiting person cancels, and the code works once', async () => {
    const session = await createSession(subgraph.orm, { capacity: 1 });
    await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Först') }, 'sv', nextClient());
    const waiting = await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Sedan') }, 'sv', nextClient());
    const code = waiting.data.registerForSession.data.cancelCode;
    const first = await subgraph.request(anonymous, CANCEL_BY_CODE, { code }, 'sv', nextClient());
    expect(first.data.cancelRegistrationByCode.data).toMatchObject({ movedUp: false, registration: { status: 'CANCELLED' } });
    const twice = await subgraph.request(anonymous, CANCEL_BY_CODE, { code }, 'sv', nextClient());
    expect(twice.data.cancelRegistrationByCode.data.movedUp).toBe(false);
    expect((await subgraph.orm.em.fork().findOneOrFail(Session, { id: session.id })).registeredCount).toBe(1);
  });

  it('answers an unknown or malformed code with a plain message, and limits guessing', async () => {
    const address = nextClient();
    const unknown = await subgraph.request(anonymous, CANCEL_BY_CODE, { code: 'AAAA-BBBB' }, 'sv', address);
    expect(unknown.data.cancelRegistrationByCode).toMatchObject({ __typename: 'NotFoundError', message: expect.stringContaining('ingen anmälan med den koden') });
    const malformed = await subgraph.request(anonymous, CANCEL_BY_CODE, { code: 'hej' }, 'sv', address);
    expect(malformed.data.cancelRegistrationByCode).toMatchObject({ __typename: 'ValidationError', issues: [{ message: expect.stringContaining('K7QM-3PXW') }] });
    const previous = process.env.RATE_LIMIT_OFFERINGS_CANCEL_CODE;
    process.env.RATE_LIMIT_OFFERINGS_CANCEL_CODE = '2/1h';
    try {
      await subgraph.request(anonymous, CANCEL_BY_CODE, { code: 'AAAA-BBBC' }, 'sv', address);
      const limited = await subgraph.request(anonymous, CANCEL_BY_CODE, { code: 'AAAA-BBBD' }, 'sv', address);
      expect(limited.data.cancelRegistrationByCode.__typename).toBe('RateLimitError');
    } finally {
      if (previous === undefined) delete process.env.RATE_LIMIT_OFFERINGS_CANCEL_CODE;
      else process.env.RATE_LIMIT_OFFERINGS_CANCEL_CODE = previous;
    }
  });

  it('does not let a stranger cancel another person\'s registration, nor a code cancel a signed-in one', async () => {
    const session = await createSession(subgraph.orm, { capacity: 1 });
    const mine = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    const id = mine.data.registerForSession.data.registration.id;
    const byStranger = await subgraph.request(stranger, CANCEL, { registrationId: id });
    expect(byStranger.data.cancelRegistration).toMatchObject({ __typename: 'NotFoundError' });
    const byAnonymous = await subgraph.request(anonymous, CANCEL, { registrationId: id });
    expect(byAnonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.orm.em.fork().findOneOrFail(Registration, { id })).status).toBe('REGISTERED');
  });

  it('refuses to cancel once the session has begun', async () => {
    const session = await createSession(subgraph.orm, { capacity: 1 });
    const mine = await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    await subgraph.orm.em.fork().nativeUpdate(Session, { id: session.id }, { startsAt: new Date(Date.now() - 60_000) });
    const late = await subgraph.request(signe, CANCEL, { registrationId: mine.data.registerForSession.data.registration.id });
    expect(late.data.cancelRegistration).toMatchObject({ __typename: 'RegistrationClosedError', reason: 'PAST' });
  });
});

describe('myRegistrations and availability', () => {
  it('lists the person\'s own and represented persons\' registrations with the session, and nobody else\'s', async () => {
    const session = await createSession(subgraph.orm, { title: 'Boule för alla' });
    await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Elsa Andersson', { personId: '00000000-0000-4000-8000-00000000b002' }) });
    const query = `{ myRegistrations(limit: 100) { totalCount nodes { name status session { title venueName startsAt } } } }`;
    const mine = await subgraph.request(signe, query);
    expect(mine.data.myRegistrations.nodes).toContainEqual({ name: 'Elsa Andersson', status: 'REGISTERED', session: { title: 'Boule för alla', venueName: expect.stringContaining('Träffpunkt test'), startsAt: session.startsAt.toISOString() } });
    const theirs = await subgraph.request(stranger, query);
    expect(theirs.data.myRegistrations.nodes.map((node: { name: string }) => node.name)).not.toContain('Elsa Andersson');
    expect((await subgraph.request(anonymous, query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the person a cancelled session with the reason staff gave', async () => {
    const session = await createSession(subgraph.orm, { title: 'Vattengympa' });
    await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    await subgraph.orm.em.fork().nativeUpdate(Session, { id: session.id }, { cancelledAt: new Date(), cancelReason: 'Simhallen är stängd.' });
    const mine = await subgraph.request(signe, `{ myRegistrations(limit: 100) { nodes { session { title cancelled cancelReason } } } }`);
    expect(mine.data.myRegistrations.nodes).toContainEqual({ session: { title: 'Vattengympa', cancelled: true, cancelReason: 'Simhallen är stängd.' } });
  });

  it('tells places left, the queue, and the reason a session is closed', async () => {
    const session = await createSession(subgraph.orm, { capacity: 1 });
    const query = `query($id: ID!) { registrationAvailability(sessionId: $id) { open closedReason placesLeft waitingCount capacity myRegistration { status } } }`;
    expect((await subgraph.request(anonymous, query, { id: session.id })).data.registrationAvailability).toEqual({ open: true, closedReason: null, placesLeft: 1, waitingCount: 0, capacity: 1, myRegistration: null });
    await subgraph.request(signe, REGISTER, { sessionId: session.id, input: contact('Signe Andersson') });
    await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact('Gösta') }, 'sv', nextClient());
    expect((await subgraph.request(anonymous, query, { id: session.id })).data.registrationAvailability).toMatchObject({ open: true, placesLeft: 0, waitingCount: 1 });
    expect((await subgraph.request(signe, query, { id: session.id })).data.registrationAvailability).toMatchObject({ open: false, closedReason: 'ALREADY_REGISTERED', myRegistration: { status: 'REGISTERED' } });
    const draft = await createSession(subgraph.orm, { published: false });
    expect((await subgraph.request(anonymous, query, { id: draft.id })).data.registrationAvailability).toBeNull();
  });
});
