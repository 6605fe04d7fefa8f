import { AccessLogEntry } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmClock } from './domain/received-at.ts';
import { Application } from './entities/application.ts';
import { CASE_UNIT_LINKED_QUEUE } from './jobs/case-unit-linked.ts';
import { applicationsService } from './service.ts';
import { caseworkStaff, citizen, ERRORS, knownStaff, mutate, OTHER_UNIT, staff, UNIT } from './testing/casework-fixtures.ts';

let subgraph: TestSubgraph;
const { hanna, outreach, council } = caseworkStaff();
const karlNilsson = crypto.randomUUID();

const REGISTER = `mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) {
  __typename ... on MutationRegisterApplicationSuccess { data { id reference status channel urgent submittedAt requestedServices { serviceType } answers { phone contactMethod } } } ${ERRORS} } }`;
const INBOX = `query { inbox(limit: 50) { nodes { application { id urgent channel } } } }`;

const answers = {
  services: [{ serviceType: 'HOME_CARE_PERSONAL', needs: 'Behöver hjälp med dusch och påklädning.' }],
  contactMethod: 'PHONE',
  phone: '070-123 45 67',
  bestTime: 'Förmiddag',
  language: 'sv',
  interpreterNeeded: false,
};

const input = (overrides: Record<string, unknown> = {}) => ({
  applicantId: karlNilsson,
  channel: 'PHONE',
  receivedOn: stockholmClock().receivedOn,
  receivedTime: '00:00',
  answers,
  registrationKey: crypto.randomUUID(),
  ...overrides,
});

beforeAll(async () => {
  // Workers off: the case-unit link stays in the queue for identity's worker to take.
  subgraph = await startTestSubgraph(applicationsService, { jobs: { work: false } });
  await knownStaff(subgraph.orm, hanna);
});
afterAll(() => subgraph?.close());

describe('registering a phone, paper or discharge-notice application', () => {
  it('puts a phone application for Karl in the unit’s inbox with its channel, received time and a reference; pressing again makes no second case', async () => {
    const first = input({ receivedOn: '2026-12-01', receivedTime: '23:30' });
    const result = await mutate(subgraph, hanna, REGISTER, first);
    expect(result.__typename).toBe('MutationRegisterApplicationSuccess');
    expect(result.data).toMatchObject({ status: 'SUBMITTED', channel: 'PHONE', urgent: false, requestedServices: [{ serviceType: 'HOME_CARE_PERSONAL' }], answers: { phone: '070-123 45 67', contactMethod: 'PHONE' } });
    // 23:30 Stockholm winter time is 22:30 UTC.
    expect(result.data.submittedAt).toBe('2026-12-01T22:30:00.000Z');
    expect(result.data.reference).toMatch(/\d/);
    const again = await mutate(subgraph, hanna, REGISTER, first);
    expect(again.data.id).toBe(result.data.id);
    const em = subgraph.orm.em.fork();
    expect(await em.count(Application, { applicantId: karlNilsson })).toBe(1);
    expect((await em.findOneOrFail(Application, result.data.id)).registeredById).toBe(hanna.staffId);
    const inbox = await subgraph.request(hanna, INBOX);
    expect(inbox.data.inbox.nodes.map((node: any) => node.application)).toContainEqual({ id: result.data.id, urgent: false, channel: 'PHONE' });
    const links = await em.getConnection().execute<Array<{ data: { personIds: string[]; unit: string } }>>(`select data from pgboss.job where name = ?`, [CASE_UNIT_LINKED_QUEUE]);
    expect(links.map((row) => row.data)).toContainEqual(expect.objectContaining({ personIds: [karlNilsson], unit: UNIT }));
    const log = await em.find(AccessLogEntry, { personId: karlNilsson, staffId: hanna.staffId });
    expect(log.length).toBeGreaterThan(0);
  });

  it('marks a discharge notice urgent and sends it to the intake group, from whichever unit', async () => {
    const elsewhere = staff(['CASEWORKER'], OTHER_UNIT);
    const result = await mutate(subgraph, elsewhere, REGISTER, input({ channel: 'HOSPITAL_DISCHARGE', applicantId: crypto.randomUUID() }));
    expect(result.data).toMatchObject({ channel: 'HOSPITAL_DISCHARGE', urgent: true });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Application, result.data.id);
    expect(stored.unit).toBe(UNIT);
    const inbox = await subgraph.request(hanna, INBOX);
    expect(inbox.data.inbox.nodes[0].application).toEqual({ id: result.data.id, urgent: true, channel: 'HOSPITAL_DISCHARGE' });
  });

  it('refuses a received time in the future, the portal’s own channels and incomplete answers, with the portal’s messages, and stores nothing', async () => {
    const before = await subgraph.orm.em.fork().count(Application);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const future = await mutate(subgraph, hanna, REGISTER, input({ receivedOn: stockholmClock(tomorrow).receivedOn }));
    expect(future.issues).toEqual([{ field: 'receivedOn', message: 'Datumet kan inte vara senare än i dag.' }]);
    const web = await mutate(subgraph, hanna, REGISTER, input({ channel: 'WEB' }));
    expect(web.issues.map((issue: any) => issue.field)).toEqual(['channel']);
    const incomplete = await mutate(subgraph, hanna, REGISTER, input({ answers: { ...answers, services: [{ serviceType: 'SAFETY_ALARM', needs: ' ' }], phone: '' } }));
    expect(incomplete.issues.map((issue: any) => issue.field)).toEqual(['answers.services.0.needs', 'answers.phone']);
    const tooLong = await mutate(subgraph, hanna, REGISTER, input({ answers: { ...answers, bestTime: 'x'.repeat(500) } }));
    expect(tooLong.__typename).toBe('ValidationError');
    expect(await subgraph.orm.em.fork().count(Application)).toBe(before);
  });

  it('is not for citizens, outreach, the quality council or staff without a casework role', async () => {
    const before = await subgraph.orm.em.fork().count(Application);
    for (const actor of [citizen(karlNilsson), outreach, council, staff([]), { kind: 'anonymous' as const }]) {
      const result = await mutate(subgraph, actor, REGISTER, input());
      expect(result.__typename, JSON.stringify(actor)).toBe('GraphQLErrors');
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors[0].extensions.code);
    }
    expect(await subgraph.orm.em.fork().count(Application)).toBe(before);
  });
});
