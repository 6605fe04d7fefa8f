import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { offeringsService } from '../service.ts';
import { anonymous, CANCEL_BY_CODE, contact, createSession, REGISTER } from './fixtures.ts';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(offeringsService);
});

afterAll(() => subgraph?.close());

describe('registrations under load', () => {
  it('registers exactly five of forty at once on five places, and queues the rest 1..35 without gaps or duplicates', async () => {
    const session = await createSession(subgraph.orm, { capacity: 5 });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact(`Person ${i}`) }, 'sv', `10.1.0.${i}`)),
    );
    const receipts = results.map((result) => result.data.registerForSession.data.registration);
    expect(receipts.filter((registration) => registration.status === 'REGISTERED')).toHaveLength(5);
    const positions = receipts.filter((registration) => registration.status === 'WAITING').map((registration) => registration.waitingPosition).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    const stored = await subgraph.orm.em.fork().findOneOrFail(Session, { id: session.id });
    expect(stored).toMatchObject({ registeredCount: 5, waitingSequence: 35 });
    expect(await subgraph.orm.em.fork().count(Registration, { session: session.id, status: 'REGISTERED' })).toBe(5);
  });

  it('gives a freed place to one waiting person only when people cancel and register at the same time', async () => {
    const session = await createSession(subgraph.orm, { capacity: 3 });
    const first = [];
    for (let i = 0; i < 6; i++) first.push((await subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact(`Först ${i}`) }, 'sv', `10.2.0.${i}`)).data.registerForSession.data);
    const codes = first.filter((receipt) => receipt.registration.status === 'REGISTERED').map((receipt) => receipt.cancelCode);
    await Promise.all([
      ...codes.map((code, i) => subgraph.request(anonymous, CANCEL_BY_CODE, { code }, 'sv', `10.3.0.${i}`)),
      ...Array.from({ length: 10 }, (_, i) => subgraph.request(anonymous, REGISTER, { sessionId: session.id, input: contact(`Sedan ${i}`) }, 'sv', `10.4.0.${i}`)),
    ]);
    const em = subgraph.orm.em.fork();
    expect(await em.count(Registration, { session: session.id, status: 'REGISTERED' })).toBe(3);
    expect((await em.findOneOrFail(Session, { id: session.id })).registeredCount).toBe(3);
    // The three first on the waiting list moved up, in order.
    const moved = await em.find(Registration, { session: session.id, promotedAt: { $ne: null } }, { orderBy: { waitingPosition: 'asc' } });
    expect(moved.map((registration) => registration.waitingPosition)).toEqual([1, 2, 3]);
  });
});
