import { createLogger } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { FEEDBACK_CARE_STATUS_CHANGED_QUEUE } from '@omsorg/rules/feedback';
import { CARE_STATUS_CHANGED_QUEUE, careStatusChangedData } from '@omsorg/rules/outreach';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysTo } from '../domain/calendar.ts';
import { startOfDayInStockholm, todayInStockholm } from '../domain/stockholm-time.ts';
import { seedApplications } from '../seed/seed.ts';
import { applicationsService } from '../service.ts';
import { ERRORS, mutate, provisionId, staff, submittedApplication, versionOf } from '../testing/casework-fixtures.ts';
import { enqueueCareStatus, peopleWithPeriodsTurning, publishCareStatuses } from './care-status.ts';

/* Applications tells outreach who has current care services, through outreach's queue. */

let subgraph: TestSubgraph;
let sol: string;
const hanna = staff(['CASEWORKER']);
const today = todayInStockholm();
const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) { __typename ${ERRORS} } }`;

type Sent = { personId: string; hasCurrentCareServices: boolean; version: string };
/** Every care status sent for a person, oldest first, as outreach would read the jobs. */
async function sentFor(personId: string, queue = CARE_STATUS_CHANGED_QUEUE): Promise<Sent[]> {
  const rows = await subgraph.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ data: unknown }>>(`select data from pgboss.job where name = ? order by created_on`, [queue]);
  return rows.flatMap((row) => careStatusChangedData.parse(row.data).people.filter((person) => person.personId === personId));
}

async function grant(caseId: string, serviceId: string, overrides: Record<string, unknown> = {}) {
  return mutate(subgraph, hanna, DECIDE, {
    requestedServiceId: serviceId,
    applicationVersion: await versionOf(subgraph.orm, caseId),
    outcome: 'GRANTED',
    validFrom: today,
    legalProvisionId: sol,
    motivation: 'Behovet är utrett och kan tillgodoses med insatsen.',
    ...overrides,
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  sol = await provisionId(subgraph.orm, 'SOL2025_LIVSFORING');
});
afterAll(() => subgraph?.close());

describe('care status to outreach', () => {
  it('sends "has current care services" with the decision that grants a service from today', async () => {
    const signe = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
    expect(await grant(signe.id, signe.serviceIds.SAFETY_ALARM!)).toMatchObject({ __typename: 'MutationDecideSuccess' });
    expect(await sentFor(signe.applicantId)).toEqual([{ personId: signe.applicantId, hasCurrentCareServices: true, version: expect.any(String) }]);
  });

  it('sends none when the decision is not saved (someone saved first)', async () => {
    const case_ = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
    const stale = await grant(case_.id, case_.serviceIds.SAFETY_ALARM!, { applicationVersion: 0 });
    expect(stale.__typename).toBe('ConflictError');
    expect(await sentFor(case_.applicantId)).toEqual([]);
  });

  it('sends false for a grant that starts later, and the nightly sweep sends true on its first day and false after its last', async () => {
    const starts = addDaysTo(today, 3);
    const ends = addDaysTo(today, 10);
    const later = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
    expect(await grant(later.id, later.serviceIds.SAFETY_ALARM!, { validFrom: starts, validTo: ends })).toMatchObject({ __typename: 'MutationDecideSuccess' });
    expect((await sentFor(later.applicantId)).map((sent) => sent.hasCurrentCareServices)).toEqual([false]);

    const em = subgraph.orm.em.fork();
    expect(await peopleWithPeriodsTurning(em, addDaysTo(today, 1))).not.toContain(later.applicantId);
    expect(await peopleWithPeriodsTurning(em, starts)).toContain(later.applicantId);
    expect(await peopleWithPeriodsTurning(em, addDaysTo(ends, 1))).toContain(later.applicantId);
    await em.fork().transactional((tx) => enqueueCareStatus(tx, [later.applicantId], startOfDayInStockholm(starts)));
    await em.fork().transactional((tx) => enqueueCareStatus(tx, [later.applicantId], startOfDayInStockholm(addDaysTo(ends, 1))));
    expect((await sentFor(later.applicantId)).map((sent) => sent.hasCurrentCareServices)).toEqual([false, true, false]);
  });

  it('sends everyone’s status once at seed, in chunks outreach accepts', async () => {
    const none = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'] });
    const count = await publishCareStatuses(subgraph.orm, createLogger('test'));
    expect(count).toBeGreaterThanOrEqual(4);
    expect((await sentFor(none.applicantId)).map((sent) => sent.hasCurrentCareServices)).toEqual([false]);
  });

  it('sends feedback the same status on its own queue, at the same moments (the user survey is offered to people with services)', async () => {
    const person = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'], status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
    expect(await grant(person.id, person.serviceIds.SAFETY_ALARM!)).toMatchObject({ __typename: 'MutationDecideSuccess' });
    const toFeedback = await sentFor(person.applicantId, FEEDBACK_CARE_STATUS_CHANGED_QUEUE);
    expect(toFeedback).toEqual([{ personId: person.applicantId, hasCurrentCareServices: true, version: expect.any(String) }]);
    expect(toFeedback).toEqual(await sentFor(person.applicantId));
  });
});
