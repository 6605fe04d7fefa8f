import { enqueueJob } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffMember } from '../entities/staff-member.ts';
import { seedApplications } from '../seed/seed.ts';
import { applicationsService } from '../service.ts';
import { ERRORS, knownStaff, mutate, OTHER_UNIT, staff, submittedApplication, UNIT, versionOf } from '../testing/casework-fixtures.ts';
import { handleStaffMemberChanged, STAFF_MEMBER_CHANGED_QUEUE } from './staff-member-changed.ts';

/* The staff projection is fed by identity's events, not by a member's own requests. */

let subgraph: TestSubgraph;
const maria = staff(['MANAGER']);

const ASSIGN = `mutation($input: AssignApplicationInput!) { assignApplication(input: $input) { __typename
  ... on MutationAssignApplicationSuccess { data { id assignee { id } } } ${ERRORS} } }`;

const at = (iso: string) => new Date(iso).toISOString();
/** What identity sends, through the queue, then waits until applications handled it. */
async function identityTells(change: { id: string; unit: string; roles: string[]; version: string; removed?: boolean }): Promise<void> {
  await subgraph.orm.em.fork().transactional((em) => enqueueJob(em, STAFF_MEMBER_CHANGED_QUEUE, change, { singletonKey: `${change.id}:${change.version}` }));
  await subgraph.settleJobs();
}
async function assign(assigneeId: string): Promise<string> {
  const free = await submittedApplication(subgraph.orm, { services: ['SAFETY_ALARM'] });
  return (await mutate(subgraph, maria, ASSIGN, { id: free.id, version: await versionOf(subgraph.orm, free.id), assigneeId })).__typename;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  await knownStaff(subgraph.orm, maria);
});
afterAll(() => subgraph?.close());

describe('applications.staff-member-changed', () => {
  it('lets a colleague who never used applications be given a case once identity’s event is handled', async () => {
    const sara = staff(['CASEWORKER']);
    expect(await assign(sara.staffId)).toBe('ValidationError');
    await identityTells({ id: sara.staffId, unit: UNIT, roles: ['CASEWORKER'], version: at('2026-12-01T08:00:00Z') });
    expect(await assign(sara.staffId)).toBe('MutationAssignApplicationSuccess');
  });

  it('refuses a colleague moved to another unit, and an older event does not undo the move', async () => {
    const olle = staff(['CASEWORKER']);
    await identityTells({ id: olle.staffId, unit: UNIT, roles: ['CASEWORKER'], version: at('2026-12-01T08:00:00Z') });
    expect(await assign(olle.staffId)).toBe('MutationAssignApplicationSuccess');
    await identityTells({ id: olle.staffId, unit: OTHER_UNIT, roles: ['CASEWORKER'], version: at('2026-12-02T08:00:00Z') });
    expect(await assign(olle.staffId)).toBe('ValidationError');
    // A late retry of the first event (another key, so the queue takes it) changes nothing.
    await handleStaffMemberChanged(subgraph.orm.em.fork(), { id: olle.staffId, unit: UNIT, roles: ['CASEWORKER'], version: at('2026-12-01T08:00:00Z') });
    expect(await assign(olle.staffId)).toBe('ValidationError');
    expect(await subgraph.orm.em.fork().findOneOrFail(StaffMember, olle.staffId)).toMatchObject({ unit: OTHER_UNIT });
  });

  it('refuses a removed member, however old events arrive afterwards', async () => {
    const lena = staff(['CASEWORKER']);
    await identityTells({ id: lena.staffId, unit: UNIT, roles: ['CASEWORKER'], version: at('2026-12-01T08:00:00Z') });
    await identityTells({ id: lena.staffId, unit: UNIT, roles: ['CASEWORKER'], removed: true, version: at('2026-12-03T08:00:00Z') });
    expect(await assign(lena.staffId)).toBe('ValidationError');
    await handleStaffMemberChanged(subgraph.orm.em.fork(), { id: lena.staffId, unit: UNIT, roles: ['CASEWORKER'], version: at('2026-12-02T08:00:00Z') });
    expect(await assign(lena.staffId)).toBe('ValidationError');
  });

  it('still refuses an outreach worker of the unit and a random id', async () => {
    const outreach = staff(['OUTREACH']);
    await identityTells({ id: outreach.staffId, unit: UNIT, roles: ['OUTREACH'], version: at('2026-12-01T08:00:00Z') });
    expect(await assign(outreach.staffId)).toBe('ValidationError');
    expect(await assign(crypto.randomUUID())).toBe('ValidationError');
  });

  it('is idempotent, and refuses malformed data instead of writing anything', async () => {
    const id = crypto.randomUUID();
    const change = { id, unit: UNIT, roles: ['MANAGER', 'CASEWORKER', 'CASEWORKER'], version: at('2026-12-01T08:00:00Z') };
    await handleStaffMemberChanged(subgraph.orm.em.fork(), change);
    await handleStaffMemberChanged(subgraph.orm.em.fork(), change);
    expect(await subgraph.orm.em.fork().findOneOrFail(StaffMember, id)).toMatchObject({ unit: UNIT, roles: ['CASEWORKER', 'MANAGER'] });
    for (const bad of [{ ...change, id: 'nope' }, { ...change, unit: '' }, { id, unit: UNIT, roles: [] }]) {
      await expect(handleStaffMemberChanged(subgraph.orm.em.fork(), bad)).rejects.toThrow();
    }
  });

  it('keeps the name, title and direct phone letters print, and an event from before those fields does not erase them', async () => {
    const id = crypto.randomUUID();
    await handleStaffMemberChanged(subgraph.orm.em.fork(), {
      id,
      unit: UNIT,
      roles: ['CASEWORKER'],
      name: 'Hanna Lind',
      title: 'Biståndshandläggare',
      phone: '08-508 22 141',
      version: at('2026-12-01T08:00:00Z'),
    });
    await handleStaffMemberChanged(subgraph.orm.em.fork(), { id, unit: OTHER_UNIT, roles: ['CASEWORKER'], version: at('2026-12-02T08:00:00Z') });
    expect(await subgraph.orm.em.fork().findOneOrFail(StaffMember, id)).toMatchObject({ unit: OTHER_UNIT, name: 'Hanna Lind', title: 'Biståndshandläggare', phone: '08-508 22 141' });
  });
});
