import { enqueueJob } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { CARE_STATUS_CHANGED_QUEUE, PEOPLE_CHANGED_QUEUE } from '@omsorg/rules/outreach';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonCareStatus } from '../entities/person-care-status.ts';
import { Resident } from '../entities/resident.ts';
import { outreachService } from '../service.ts';
import { personFacts } from '../testing/residents.ts';
import { handleCareStatusChanged } from './care-status-changed.ts';
import { handlePeopleChanged } from './people-changed.ts';

/* Outreach's projections are fed by identity's and applications' events, through the queue. */

let subgraph: TestSubgraph;
const at = (iso: string) => new Date(iso).toISOString();

async function send(queue: string, data: object, key: string): Promise<void> {
  await subgraph.orm.em.fork().transactional((em) => enqueueJob(em, queue, data, { singletonKey: key }));
  await subgraph.settleJobs();
}
const residentOf = (id: string) => subgraph.orm.em.fork().findOne(Resident, id);

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
});
afterAll(() => subgraph?.close());

describe('outreach.people-changed', () => {
  it('writes the people an event names, and a newer event changes them', async () => {
    const birgitta = personFacts({ givenName: 'Birgitta', familyName: 'Ek', birthDate: '1951-09-23', version: at('2026-12-01T08:00:00Z') });
    const karl = personFacts({ givenName: 'Karl', familyName: 'Nilsson', birthDate: '1945-08-08', legalGender: 'MALE', districtArea: 'Hägersten' });
    await send(PEOPLE_CHANGED_QUEUE, { people: [birgitta, karl] }, 'first');
    expect(await residentOf(birgitta.id)).toMatchObject({ givenName: 'Birgitta', birthDate: '1951-09-23', districtArea: 'Fruängen', legalGender: 'FEMALE' });
    expect(await residentOf(karl.id)).toMatchObject({ familyName: 'Nilsson', legalGender: 'MALE' });

    await send(PEOPLE_CHANGED_QUEUE, { people: [{ ...birgitta, districtArea: 'Västertorp', version: at('2026-12-02T08:00:00Z') }] }, 'moved');
    expect(await residentOf(birgitta.id)).toMatchObject({ districtArea: 'Västertorp' });
  });

  it('never lets an older event overwrite a newer row', async () => {
    const person = personFacts({ birthDate: '1951-01-01', districtArea: 'Älvsjö', version: at('2026-12-03T08:00:00Z') });
    await handlePeopleChanged(subgraph.orm.em.fork(), { people: [person] });
    await handlePeopleChanged(subgraph.orm.em.fork(), { people: [{ ...person, districtArea: 'Solberga', version: at('2026-12-02T08:00:00Z') }] });
    expect(await residentOf(person.id)).toMatchObject({ districtArea: 'Älvsjö' });
  });

  it('takes the newest of one person named twice in one event', async () => {
    const person = personFacts({ birthDate: '1951-01-01', version: at('2026-12-02T08:00:00Z') });
    const older = { ...person, familyName: 'Äldre', version: at('2026-12-01T08:00:00Z') };
    await handlePeopleChanged(subgraph.orm.em.fork(), { people: [person, older] });
    expect(await residentOf(person.id)).toMatchObject({ familyName: 'Testsson' });
  });

  it('writes 1,000 people in one statement and refuses malformed data without writing anything', async () => {
    const people = Array.from({ length: 1000 }, (_, index) => personFacts({ birthDate: '1950-01-01', familyName: `Bulk${index}` }));
    expect(await handlePeopleChanged(subgraph.orm.em.fork(), { people })).toBe(1000);
    expect(await subgraph.orm.em.fork().count(Resident, { familyName: { $like: 'Bulk%' } })).toBe(1000);
    const bad = personFacts({ birthDate: 'igår' });
    await expect(handlePeopleChanged(subgraph.orm.em.fork(), { people: [bad] })).rejects.toThrow();
    await expect(handlePeopleChanged(subgraph.orm.em.fork(), { people: [...people, personFacts({ birthDate: '1950-01-01' })] })).rejects.toThrow();
    expect(await residentOf(bad.id)).toBeNull();
  });
});

describe('outreach.care-status-changed', () => {
  const statusOf = (id: string) => subgraph.orm.em.fork().findOne(PersonCareStatus, id);

  it('keeps the newest word on each person’s care services', async () => {
    const personId = crypto.randomUUID();
    await send(CARE_STATUS_CHANGED_QUEUE, { people: [{ personId, hasCurrentCareServices: true, version: at('2026-12-01T08:00:00Z') }] }, `${personId}:1`);
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: true });
    await send(CARE_STATUS_CHANGED_QUEUE, { people: [{ personId, hasCurrentCareServices: false, version: at('2026-12-03T08:00:00Z') }] }, `${personId}:3`);
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: false });
    // A late retry of an older event changes nothing.
    await handleCareStatusChanged(subgraph.orm.em.fork(), { people: [{ personId, hasCurrentCareServices: true, version: at('2026-12-02T08:00:00Z') }] });
    expect(await statusOf(personId)).toMatchObject({ hasCurrentCareServices: false });
  });

  it('refuses malformed data', async () => {
    await expect(handleCareStatusChanged(subgraph.orm.em.fork(), { people: [{ personId: 'x', hasCurrentCareServices: true, version: at('2026-12-01T08:00:00Z') }] })).rejects.toThrow();
    await expect(handleCareStatusChanged(subgraph.orm.em.fork(), { people: [] })).rejects.toThrow();
  });
});
