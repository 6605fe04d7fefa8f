import { enqueueJob } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonLink } from '../entities/person-link.ts';
import { identityService } from '../service.ts';
import { CASE_UNIT_LINKED_QUEUE, handleCaseUnitLinked } from './case-unit-linked.ts';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(identityService);
});
afterAll(() => subgraph?.close());

describe('handleCaseUnitLinked', () => {
  const personId = crypto.randomUUID();

  it('links the person to the unit once, however often the job runs', async () => {
    await handleCaseUnitLinked(subgraph.orm.em.fork(), { personId, unit: 'Enhet A' });
    await handleCaseUnitLinked(subgraph.orm.em.fork(), { personId, unit: 'Enhet A' });
    await handleCaseUnitLinked(subgraph.orm.em.fork(), { personId, unit: 'Enhet B' });
    const links = await subgraph.orm.em.fork().find(PersonLink, { personId }, { orderBy: { unit: 'asc' } });
    expect(links.map((link) => [link.unit, link.source])).toEqual([['Enhet A', 'CASE'], ['Enhet B', 'CASE']]);
  });

  it('links the persons of one case together', async () => {
    const [applicant, sender] = [crypto.randomUUID(), crypto.randomUUID()];
    await handleCaseUnitLinked(subgraph.orm.em.fork(), { personIds: [applicant, sender], unit: 'Enhet A' });
    expect(await subgraph.orm.em.fork().count(PersonLink, { personId: { $in: [applicant, sender] }, unit: 'Enhet A' })).toBe(2);
    await expect(handleCaseUnitLinked(subgraph.orm.em.fork(), { personIds: [applicant, 'nope'], unit: 'Enhet B' })).rejects.toThrow();
    expect(await subgraph.orm.em.fork().count(PersonLink, { personId: applicant, unit: 'Enhet B' })).toBe(0);
  });

  it('refuses malformed data instead of linking anything', async () => {
    await expect(handleCaseUnitLinked(subgraph.orm.em.fork(), { personId: 'nope', unit: 'Enhet A' })).rejects.toThrow();
    await expect(handleCaseUnitLinked(subgraph.orm.em.fork(), { personId })).rejects.toThrow();
  });

  it('is what the identity worker does with a job on the queue', async () => {
    const queued = crypto.randomUUID();
    await subgraph.orm.em.fork().transactional((em) => enqueueJob(em, CASE_UNIT_LINKED_QUEUE, { personId: queued, unit: 'Enhet C' }));
    await subgraph.settleJobs();
    const links = await subgraph.orm.em.fork().find(PersonLink, { personId: queued });
    expect(links.map((link) => link.unit)).toEqual(['Enhet C']);
  });
});
