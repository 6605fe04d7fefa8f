import { SERVICES } from '@omsorg/dev/services';
import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF } from '@omsorg/dev-idp';
import { enqueueStaffMemberChanged, publishStaffMembers, seedIdentity, StaffMember } from '@omsorg/identity';
import { createLogger } from '@omsorg/platform';
import { pollUntil, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Identity feeds applications' staff projection (who may be given a case) through the job queue,
 * on one database as in development and production: seeded members arrive without ever having
 * used applications, and a move reaches applications within seconds.
 */
let identity: TestSubgraph;
let applications: TestSubgraph;
const service = (name: string) => SERVICES.find((candidate) => candidate.name === name)!;

type Projected = { id: string; unit: string; roles: string[] };
const projection = async (): Promise<Projected[]> =>
  applications.orm.em.fork().getConnection().execute<Projected[]>('select id, unit, roles from applications.staff_member order by id');

beforeAll(async () => {
  identity = await startTestSubgraph(service('identity'));
  applications = await startTestSubgraph(service('applications'), { databaseUrl: identity.databaseUrl });
  await seedIdentity(identity.orm, { citizens: TEST_CITIZENS, staff: TEST_STAFF, representations: TEST_REPRESENTATIONS });
}, 60_000);

afterAll(async () => {
  await applications?.close();
  await identity?.close();
});

describe('the staff projection in applications', () => {
  it('knows every seeded member, with identity’s unit and roles, before any of them used applications', async () => {
    const staff = await identity.orm.em.fork().find(StaffMember, {}, { orderBy: { id: 'asc' } });
    const expected = staff.map((member) => ({ id: member.id, unit: member.unit, roles: [...member.roles].sort() }));
    expect(await pollUntil(projection, (rows) => rows.length === staff.length, 15_000, 'the projection')).toEqual(expected);
  });

  it('follows a member moved to another unit, and a repeated backfill changes nothing', async () => {
    const moved = await identity.orm.em.fork().transactional(async (em) => {
      const member = await em.findOneOrFail(StaffMember, { username: 'handlaggare1' });
      member.unit = 'Beställarenheten äldre, Skärholmen';
      await em.flush();
      await enqueueStaffMemberChanged(em, member);
      return member.id;
    });
    const unitOf = async () => (await projection()).find((row) => row.id === moved)?.unit;
    expect(await pollUntil(unitOf, (unit) => unit === 'Beställarenheten äldre, Skärholmen', 15_000, 'the move')).toBeDefined();
    await publishStaffMembers(identity.orm, createLogger('test'));
    await applications.settleJobs();
    expect(await unitOf()).toBe('Beställarenheten äldre, Skärholmen');
  });
});
