import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnswers } from './domain/answers.ts';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Application } from './entities/application.ts';
import { Decision } from './entities/decision.ts';
import { Provider } from './entities/provider.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { TEST_PDF, TEST_PNG, uploadAttachment } from './testing/attachment-upload.ts';
import { citizen, ERRORS, mutate, staff, submittedApplication, UNIT } from './testing/casework-fixtures.ts';

// Attachments and provider choices appear in the case timeline, for staff and for the applicant's side.
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const today = todayInStockholm();

const TIMELINE = `query($id: ID!) { application(id: $id) { timeline { type data actor { id } person { id } } } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ... on MutationSubmitApplicationSuccess { data { id } } ${ERRORS} } }`;
const SEND = `mutation($input: SendAttachmentsInput!) { sendAttachments(input: $input) { __typename ... on MutationSendAttachmentsSuccess { data { id } } ${ERRORS} } }`;
const CHOOSE = `mutation($input: ChooseProviderInput!) { chooseProvider(input: $input) { __typename ... on MutationChooseProviderSuccess { data { id } } ${ERRORS} } }`;
const RECORD = `mutation($input: RecordProviderChoiceInput!) { recordProviderChoice(input: $input) { __typename ... on MutationRecordProviderChoiceSuccess { data { id } } ${ERRORS} } }`;

type Event = { type: string; data: Record<string, unknown>; actor: { id: string } | null; person: { id: string } | null };

async function timeline(actor: Parameters<TestSubgraph['request']>[0], caseId: string, type: string): Promise<Event[]> {
  const result = await subgraph.request(actor, TIMELINE, { id: caseId });
  expect(result.errors).toBeUndefined();
  return result.data.application.timeline.filter((event: { type: string }) => event.type === type).map((event: { data: string }) => ({ ...event, data: JSON.parse(event.data) }));
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
});

afterAll(() => subgraph?.close());

describe('attachments in the timeline', () => {
  const signeId = crypto.randomUUID();
  const erikId = crypto.randomUUID();
  const signe = citizen(signeId);
  const erik = citizen(erikId, [signeId]);

  it('shows a draft’s certificate once the application is sent, to staff and to the applicant, with kind and name', async () => {
    const em = subgraph.orm.em.fork();
    const answers = emptyAnswers();
    answers.services = [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' }];
    answers.contact = { ...answers.contact, method: 'PHONE', phone: '070-123 45 67', email: '', bestTime: 'Förmiddag' };
    const draft = em.create(Application, { applicantId: signeId, submittedById: signeId, unit: UNIT, status: 'DRAFT', answers });
    await em.flush();
    expect((await uploadAttachment(subgraph, signe, draft.id, 'APPLICATION', 'läkarintyg.pdf', TEST_PDF)).status).toBe(201);
    expect(await timeline(signe, draft.id, 'ATTACHMENT_ADDED')).toEqual([]);

    const sent = await mutate(subgraph, signe, SUBMIT, { id: draft.id, submissionKey: crypto.randomUUID() });
    expect(sent.__typename).toBe('MutationSubmitApplicationSuccess');
    const expected = { purpose: 'APPLICATION', fileName: 'läkarintyg.pdf', contentType: 'application/pdf', byStaff: false };
    const [forStaff] = await timeline(hanna, draft.id, 'ATTACHMENT_ADDED');
    expect(forStaff).toMatchObject({ data: expected, actor: null, person: { id: signeId } });
    expect(await timeline(signe, draft.id, 'ATTACHMENT_ADDED')).toEqual([expect.objectContaining({ data: expect.objectContaining(expected), person: null })]);
  });

  it('shows a response’s file only when it is sent, once, by whom it was sent', async () => {
    const sent = await submittedApplication(subgraph.orm, { applicantId: signeId, services: ['SAFETY_ALARM'], status: 'COMMUNICATED', assigneeId: hanna.staffId });
    const uploaded = await uploadAttachment(subgraph, erik, sent.id, 'RESPONSE', 'synpunkter.png', TEST_PNG);
    expect(uploaded.status).toBe(201);
    expect(await timeline(hanna, sent.id, 'ATTACHMENT_ADDED')).toEqual([]);

    for (let time = 0; time < 2; time++) {
      expect((await mutate(subgraph, erik, SEND, { applicationId: sent.id, purpose: 'RESPONSE', attachmentIds: [uploaded.body.attachment!.id] })).__typename).toBe('MutationSendAttachmentsSuccess');
    }
    const events = await timeline(hanna, sent.id, 'ATTACHMENT_ADDED');
    expect(events).toEqual([expect.objectContaining({ data: expect.objectContaining({ purpose: 'RESPONSE', fileName: 'synpunkter.png', contentType: 'image/png' }), person: { id: erikId } })]);
    expect(await timeline(signe, sent.id, 'ATTACHMENT_ADDED')).toHaveLength(1);
  });

  it('shows paper the caseworker scanned at once, to the applicant too, as staff’s', async () => {
    const sent = await submittedApplication(subgraph.orm, { applicantId: signeId, services: ['SAFETY_ALARM'], status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
    expect((await uploadAttachment(subgraph, hanna, sent.id, 'CASE_DOCUMENT', 'överklagande-papper.pdf', TEST_PDF)).status).toBe(201);
    expect(await timeline(hanna, sent.id, 'ATTACHMENT_ADDED')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ purpose: 'CASE_DOCUMENT', fileName: 'överklagande-papper.pdf', byStaff: true }), actor: { id: hanna.staffId }, person: null }),
    ]);
    expect((await timeline(signe, sent.id, 'ATTACHMENT_ADDED')).map((event) => event.data.fileName)).toEqual(['överklagande-papper.pdf']);
  });

  it('makes no event for an upload that is refused', async () => {
    const sent = await submittedApplication(subgraph.orm, { applicantId: signeId, services: ['SAFETY_ALARM'], status: 'IN_INVESTIGATION', assigneeId: hanna.staffId });
    expect((await uploadAttachment(subgraph, hanna, sent.id, 'CASE_DOCUMENT', 'brev.pdf', TEST_PNG)).status).toBe(415);
    expect(await timeline(hanna, sent.id, 'ATTACHMENT_ADDED')).toEqual([]);
  });
});

describe('a provider choice in the timeline', () => {
  const signeId = crypto.randomUUID();
  const erikId = crypto.randomUUID();
  const signe = citizen(signeId);
  const erik = citizen(erikId, [signeId]);
  let caseId: string;
  let decisionId: string;

  beforeAll(async () => {
    const sent = await submittedApplication(subgraph.orm, { applicantId: signeId, services: ['HOME_CARE_PERSONAL'], status: 'DECIDED', assigneeId: hanna.staffId, districtArea: 'Hägersten' });
    caseId = sent.id;
    const em = subgraph.orm.em.fork();
    const decision = em.create(Decision, { requestedService: sent.serviceIds.HOME_CARE_PERSONAL!, status: 'DECIDED', outcome: 'GRANTED', motivation: 'Beviljas.', decidedAt: new Date(), notifiedOn: today, validFrom: today });
    await em.flush();
    decisionId = decision.id;
  });

  const providerId = async (name: string) => (await subgraph.orm.em.fork().findOneOrFail(Provider, { name })).id;

  it('says which provider Erik chose for Signe in the portal, as her representative, and names him to staff', async () => {
    const chosen = await mutate(subgraph, erik, CHOOSE, { decisionId, providerId: await providerId('Kotihoiva Tukholma AB') });
    expect(chosen.__typename).toBe('MutationChooseProviderSuccess');
    const [event] = await timeline(hanna, caseId, 'PROVIDER_CHOSEN');
    expect(event).toEqual({
      type: 'PROVIDER_CHOSEN',
      data: { decisionId, requestedServiceId: expect.any(String), serviceType: 'HOME_CARE_PERSONAL', providerName: 'Kotihoiva Tukholma AB', madeBy: 'REPRESENTATIVE', channel: 'PORTAL' },
      actor: null,
      person: { id: erikId },
    });
    expect(await timeline(signe, caseId, 'PROVIDER_CHOSEN')).toEqual([expect.objectContaining({ data: expect.objectContaining({ providerName: 'Kotihoiva Tukholma AB', madeBy: 'REPRESENTATIVE' }), person: null })]);
  });

  it('says the caseworker recorded a choice made by phone, with who called', async () => {
    const recorded = await mutate(subgraph, hanna, RECORD, { decisionId, providerId: await providerId('Omsorgsgruppen Söderljus AB'), madeBy: 'REPRESENTATIVE', madeByName: 'Erik Andersson, son och ombud' });
    expect(recorded.__typename).toBe('MutationRecordProviderChoiceSuccess');
    const events = await timeline(hanna, caseId, 'PROVIDER_CHOSEN');
    expect(events.map((event) => event.data.providerName)).toEqual(['Kotihoiva Tukholma AB', 'Omsorgsgruppen Söderljus AB']);
    expect(events[1]).toMatchObject({ data: { madeBy: 'REPRESENTATIVE', madeByName: 'Erik Andersson, son och ombud', channel: 'PHONE' }, actor: { id: hanna.staffId }, person: null });
  });

  it('makes no event for a choice refused', async () => {
    const refused = await mutate(subgraph, erik, CHOOSE, { decisionId, providerId: await providerId('Hemtjänst Kungsholmen Nära AB') });
    expect(refused.__typename).toBe('ValidationError');
    expect(await timeline(hanna, caseId, 'PROVIDER_CHOSEN')).toHaveLength(2);
  });
});
