import { SERVICES } from '@omsorg/dev/services';
import { TEST_CITIZENS, TEST_REPRESENTATIONS, TEST_STAFF } from '@omsorg/dev-idp';
import { enqueueStaffMemberChanged, seedIdentity, StaffMember } from '@omsorg/identity';
import { seedOutreach } from '@omsorg/outreach';
import { pollUntil, startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Identity feeds outreach's staff projection through the job queue (the same facts it sends
 * applications), and the development seed gives Omar (uppsok1) his weekly calendar with slots.
 */
let identity: TestSubgraph;
let outreach: TestSubgraph;
const service = (name: string) => SERVICES.find((candidate) => candidate.name === name)!;
const sql = <T extends object[]>(query: string, params: unknown[] = []) => outreach.orm.em.fork().getConnection().execute<T>(query, params);

beforeAll(async () => {
  identity = await startTestSubgraph(service('identity'));
  outreach = await startTestSubgraph(service('outreach'), { databaseUrl: identity.databaseUrl });
  await seedIdentity(identity.orm, { citizens: TEST_CITIZENS, staff: TEST_STAFF, representations: TEST_REPRESENTATIONS });
}, 60_000);

afterAll(async () => {
  await outreach?.close();
  await identity?.close();
});

describe('outreach’s staff projection and Omar’s calendar', () => {
  it('seeds Omar’s weekly templates and their slots, once however often it runs', async () => {
    await seedOutreach(outreach.orm);
    await seedOutreach(outreach.orm);
    const templates = await sql<Array<{ weekday: number; kind: string; place_name: string | null }>>(
      `select t.weekday, t.kind, t.place_name from outreach.availability_template t join outreach.staff_member m on m.id = t.worker_id where m.name = 'Omar Haddad' order by weekday, start_time`,
    );
    expect(templates.map((template) => `${template.weekday} ${template.kind} ${template.place_name ?? ''}`.trim())).toEqual([
      '1 PHONE',
      '1 HOME',
      '2 MEETING_PLACE Träffpunkt Hägersten',
      '3 HEALTH_CENTRE Vårdcentral Fruängen',
      '4 MEETING_PLACE Träffpunkt Hägersten',
    ]);
    const [row] = await sql<Array<{ count: number }>>(`select count(*)::int as count from outreach.slot`);
    const count = row?.count ?? 0;
    // About 8 weeks of 3 + 2 + 4 + 4 + 4 slots a week, less holidays.
    expect(count).toBeGreaterThan(100);
  });

  it('knows every seeded member, and follows a change of title', async () => {
    const staff = await identity.orm.em.fork().find(StaffMember, {});
    const known = () => sql<Array<{ id: string; title: string | null }>>(`select id, title from outreach.staff_member`);
    await pollUntil(known, (rows) => rows.length === staff.length, 15_000, 'the projection');
    const moved = await identity.orm.em.fork().transactional(async (em) => {
      const member = await em.findOneOrFail(StaffMember, { username: 'uppsok1' });
      member.title = 'Äldrelots och samordnare';
      await em.flush();
      await enqueueStaffMemberChanged(em, member);
      return member.id;
    });
    const titleOf = async () => (await known()).find((row) => row.id === moved)?.title;
    expect(await pollUntil(titleOf, (title) => title === 'Äldrelots och samordnare', 15_000, 'the change')).toBeDefined();
  });
});
