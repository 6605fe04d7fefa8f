import { createLogger, type Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from './entities/application.ts';
import { backfillCaseUnitLinks } from './jobs/backfill-case-unit-links.ts';
import { CASE_UNIT_LINKED_QUEUE } from './jobs/case-unit-linked.ts';
import { applicationsService } from './service.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const signeId = crypto.randomUUID();
const signe: Actor = { kind: 'person', personId: signeId, actingFor: [] };

const STORED_COMPLETE = {
  services: [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' }],
  situation: { livesAlone: true, helpFromRelatives: '', recentHospitalStay: false },
  contact: { method: 'PHONE', whom: 'APPLICANT', phone: '070-123 45 67', email: '', bestTime: '' },
  language: 'sv',
  interpreterNeeded: false,
  consentToContactHealthCare: true,
};

let subgraph: TestSubgraph;
beforeAll(async () => {
  // Workers off: the job must stay in the queue for identity's worker to take.
  subgraph = await startTestSubgraph(applicationsService, { jobs: { work: false } });
});
afterAll(() => subgraph?.close());

async function queuedLinks(): Promise<unknown[]> {
  const rows = await subgraph.orm.em.fork().getConnection().execute<Array<{ data: unknown }>>(`select data from pgboss.job where name = ? order by created_on`, [CASE_UNIT_LINKED_QUEUE]);
  return rows.map((row) => row.data);
}

async function draft(answers: unknown): Promise<string> {
  const em = subgraph.orm.em.fork();
  const application = em.create(Application, { applicantId: signeId, submittedById: signeId, unit: UNIT, status: 'DRAFT', answers: answers as never });
  await em.flush();
  return application.id;
}

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename } }`;

describe('telling identity which unit has a case for whom', () => {
  it('queues nothing when the submission is refused', async () => {
    const id = await draft({ ...STORED_COMPLETE, services: [] });
    const result = await subgraph.request(signe, SUBMIT, { input: { id, submissionKey: crypto.randomUUID() } });
    expect(result.data.submitApplication.__typename).toBe('ValidationError');
    expect(await queuedLinks()).toEqual([]);
  });

  it('queues the link in the submit transaction, once per person and unit', async () => {
    for (let i = 0; i < 2; i += 1) {
      const id = await draft(STORED_COMPLETE);
      const result = await subgraph.request(signe, SUBMIT, { input: { id, submissionKey: crypto.randomUUID() } });
      expect(result.data.submitApplication.__typename).toBe('MutationSubmitApplicationSuccess');
    }
    expect(await queuedLinks()).toEqual([{ personIds: [signeId], unit: UNIT }]);
  });

  it('links the representative who sent it for the applicant too, so staff see who sent it', async () => {
    const erikId = crypto.randomUUID();
    const id = await draft(STORED_COMPLETE);
    const result = await subgraph.request({ kind: 'person', personId: erikId, actingFor: [signeId] }, SUBMIT, { input: { id, submissionKey: crypto.randomUUID() } });
    expect(result.data.submitApplication.__typename).toBe('MutationSubmitApplicationSuccess');
    expect(await queuedLinks()).toEqual([{ personIds: [signeId], unit: UNIT }, { personIds: [erikId, signeId].sort(), unit: UNIT }]);
  });

  it('queues the link when a citizen asks to be called back, so the unit sees whom to call', async () => {
    const karlId = crypto.randomUUID();
    const result = await subgraph.request(
      { kind: 'person', personId: karlId, actingFor: [] },
      `mutation($input: RequestCallbackInput!) { requestCallback(input: $input) { __typename } }`,
      { input: { personId: karlId, phone: '070-123 45 67' } },
    );
    expect(result.data.requestCallback.__typename).toBe('MutationRequestCallbackSuccess');
    expect(await queuedLinks()).toContainEqual({ personIds: [karlId], unit: expect.any(String) });
  });

  it('tells identity about the cases already there, without repeating a link, when the dev stack migrates and seeds', async () => {
    const em = subgraph.orm.em.fork();
    const olderId = crypto.randomUUID();
    em.create(Application, { applicantId: olderId, submittedById: olderId, unit: 'Beställarenheten äldre, Skärholmen', status: 'SUBMITTED', answers: STORED_COMPLETE as never });
    await em.flush();
    const before = (await queuedLinks()).length;
    await backfillCaseUnitLinks(subgraph.orm, createLogger('test'));
    const after = await queuedLinks();
    expect(after).toContainEqual({ personIds: [olderId], unit: 'Beställarenheten äldre, Skärholmen' });
    expect(after.length).toBe(before + 1);
  });
});
