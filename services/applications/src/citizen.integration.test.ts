import { AccessLogEntry, type Actor } from '@omsorg/platform';
import { pollUntil, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationEvent } from './entities/application-event.ts';
import { Application } from './entities/application.ts';
import { MAIL_QUEUE } from './mail/mail-queue.ts';
import { RequestedService } from './entities/requested-service.ts';
import { startSubgraphWithMail, type MailSubgraph } from './testing/mail-subgraph.ts';
import { startSmtpCatcher, type SmtpCatcher } from './testing/smtp-catcher.ts';

const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const signeId = crypto.randomUUID();
const erikId = crypto.randomUUID();
const karlId = crypto.randomUUID();

const signe: Actor = { kind: 'person', personId: signeId, actingFor: [] };
const erik: Actor = { kind: 'person', personId: erikId, actingFor: [signeId] };
const erikNoLonger: Actor = { kind: 'person', personId: erikId, actingFor: [] };
const karl: Actor = { kind: 'person', personId: karlId, actingFor: [] };
const hanna: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER'], unit: UNIT };
const otherUnit: Actor = { kind: 'staff', staffId: crypto.randomUUID(), roles: ['CASEWORKER'], unit: 'Beställarenheten äldre, Skärholmen' };
const anonymous: Actor = { kind: 'anonymous' };

const FIELDS = `id reference status channel version draftStep submittedAt updatedAt applicant { id } submittedBy { id }
  answers { services { serviceType needs } livesAlone helpFromRelatives recentHospitalStay contactMethod phone email bestTime language interpreterNeeded consentToContactHealthCare }
  requestedServices { serviceType } timeline { type }`;
const START = `mutation($input: StartApplicationInput!) { startApplication(input: $input) { __typename
  ... on MutationStartApplicationSuccess { data { ${FIELDS} } } } }`;
const SAVE = `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { __typename
  ... on MutationSaveApplicationDraftSuccess { data { ${FIELDS} } }
  ... on ValidationError { message issues { field message } }
  ... on ConflictError { message currentVersion }
  ... on NotFoundError { message } } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename
  ... on MutationSubmitApplicationSuccess { data { ${FIELDS} } }
  ... on ValidationError { message issues { field message } }
  ... on NotFoundError { message } } }`;
const APPLICATION = `query($id: ID!) { application(id: $id) { ${FIELDS} } }`;
const MINE = `query { myApplications(limit: 50) { totalCount hasNextPage nodes { id status applicant { id } } } }`;

let subgraph: TestSubgraph;
let catcher: SmtpCatcher;

const start = async (actor: Actor, applicantId: string) => (await subgraph.request(actor, START, { input: { applicantId } })) as { data?: any; errors?: any[] };
const save = async (actor: Actor, input: Record<string, unknown>) => {
  const result = await subgraph.request(actor, SAVE, { input });
  if (result.errors) console.log(JSON.stringify(result.errors));
  return result.data?.saveApplicationDraft;
};
const submit = async (actor: Actor, id: string, submissionKey: string = crypto.randomUUID()) =>
  (await subgraph.request(actor, SUBMIT, { input: { id, submissionKey } })).data?.submitApplication;
const read = async (actor: Actor, id: string) => (await subgraph.request(actor, APPLICATION, { id })).data?.application;

const COMPLETE = {
  services: [
    { serviceType: 'HOME_CARE_PERSONAL', needs: 'Jag behöver hjälp att duscha och klä på mig.' },
    { serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' },
  ],
  livesAlone: true,
  helpFromRelatives: 'Min son handlar ibland.',
  recentHospitalStay: false,
  contactMethod: 'EMAIL',
  email: 'signe.andersson@example.se',
  bestTime: 'Förmiddagar',
  language: 'sv',
  interpreterNeeded: false,
  consentToContactHealthCare: true,
};

/** A draft for `applicantId` started by `actor`, filled in completely; its current version. */
async function completeDraft(actor: Actor, applicantId: string, answers: Record<string, unknown> = COMPLETE): Promise<{ id: string; version: number }> {
  const em = subgraph.orm.em.fork();
  const draft = em.create(Application, {
    applicantId,
    submittedById: (actor as Extract<Actor, { kind: 'person' }>).personId,
    unit: UNIT,
    status: 'DRAFT',
    answers: { services: [], situation: { livesAlone: null, helpFromRelatives: '', recentHospitalStay: null }, contact: { method: null, phone: '', email: '', bestTime: '' }, language: 'sv', interpreterNeeded: null, consentToContactHealthCare: null },
  });
  await em.flush();
  const saved = await save(actor, { id: draft.id, version: draft.version, answers });
  expect(saved.__typename).toBe('MutationSaveApplicationDraftSuccess');
  return { id: draft.id, version: saved.data.version };
}

let mailSubgraph: MailSubgraph;

beforeAll(async () => {
  mailSubgraph = await startSubgraphWithMail();
  ({ subgraph, catcher } = mailSubgraph);
});

afterAll(() => mailSubgraph?.close());

describe('who may use the citizen side', () => {
  it('shows the service catalogue to anyone', async () => {
    const result = await subgraph.request(anonymous, `{ serviceCatalogue { type needsAssessment managerDecides } }`);
    expect(result.data.serviceCatalogue).toHaveLength(12);
    expect(result.data.serviceCatalogue).toContainEqual({ type: 'NURSING_HOME', needsAssessment: true, managerDecides: true });
  });

  it('tells anonymous visitors to sign in, and staff that it is not theirs', async () => {
    const someId = crypto.randomUUID();
    for (const query of [
      MINE,
      `{ application(id: "${someId}") { id } }`,
      `mutation { startApplication(input: { applicantId: "${signeId}" }) { __typename } }`,
      `mutation { saveApplicationDraft(input: { id: "${someId}", version: 1, answers: {} }) { __typename } }`,
      `mutation { submitApplication(input: { id: "${someId}", submissionKey: "${someId}" }) { __typename } }`,
    ]) {
      expect((await subgraph.request(anonymous, query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      if (!query.includes('application(')) expect((await subgraph.request(hanna, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('starting an application', () => {
  it('starts a draft for yourself, and gives the same draft back when you start again', async () => {
    const first = (await start(signe, signeId)).data.startApplication.data;
    expect(first).toMatchObject({ status: 'DRAFT', channel: 'WEB', reference: null, version: 1, applicant: { id: signeId }, submittedBy: { id: signeId } });
    expect(first.answers).toMatchObject({ services: [], contactMethod: null, language: 'sv', email: '' });
    expect(first.timeline).toEqual([{ type: 'DRAFT_STARTED' }]);
    const again = (await start(signe, signeId)).data.startApplication.data;
    expect(again.id).toBe(first.id);
  });

  it('lets Erik start one for Signe, whom he represents', async () => {
    const draft = (await start(erik, signeId)).data.startApplication.data;
    expect(draft).toMatchObject({ status: 'DRAFT', applicant: { id: signeId }, submittedBy: { id: erikId } });
  });

  it('refuses Karl an application for Signe, and stores nothing', async () => {
    const result = await start(karl, signeId);
    expect(result.data?.startApplication ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.orm.em.fork().count(Application, { submittedById: karlId })).toBe(0);
  });

  it('refuses Erik once he no longer represents Signe', async () => {
    expect((await start(erikNoLonger, signeId)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('autosaving a draft', () => {
  it('saves each page, keeps what a page did not send, and moves the version on', async () => {
    const draft = (await start(karl, karlId)).data.startApplication.data;
    const services = await save(karl, { id: draft.id, version: draft.version, draftStep: 'services', answers: { services: [{ serviceType: 'MEAL_DELIVERY', needs: '' }] } });
    expect(services.__typename).toBe('MutationSaveApplicationDraftSuccess');
    expect(services.data).toMatchObject({ version: 2, draftStep: 'services', answers: { services: [{ serviceType: 'MEAL_DELIVERY', needs: '' }] } });

    const contact = await save(karl, { id: draft.id, version: 2, draftStep: 'contact', answers: { contactMethod: 'PHONE', phone: ' 070-123 45 67 ' } });
    expect(contact.data).toMatchObject({ version: 3, draftStep: 'contact' });
    expect(contact.data.answers).toMatchObject({ services: [{ serviceType: 'MEAL_DELIVERY', needs: '' }], contactMethod: 'PHONE', phone: '070-123 45 67' });
  });

  it('answers a stale version with ConflictError and keeps the newer draft', async () => {
    const draft = (await start(karl, karlId)).data.startApplication.data;
    const before = await read(karl, draft.id);
    const stale = await save(karl, { id: draft.id, version: before.version - 1, answers: { bestTime: 'Kvällar' } });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: before.version });
    expect(stale.message).toMatch(/ändrat/);
    expect(await read(karl, draft.id)).toEqual(before);
  });

  it('refuses malformed answers with Swedish messages per field, and loses nothing already saved', async () => {
    const { id } = await completeDraft(signe, signeId);
    const before = await read(signe, id);
    const result = await save(signe, {
      id,
      version: before.version,
      answers: {
        services: [
          { serviceType: 'ESCORT', needs: 'x'.repeat(4001) },
          { serviceType: 'ESCORT', needs: '' },
        ],
        email: 'signe@',
        phone: 'ring mig',
      },
    });
    expect(result.__typename).toBe('ValidationError');
    expect(result.message).toBe('Uppgifterna behöver rättas innan de kan skickas.');
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { field: 'answers.services.0.needs', message: 'Beskrivningen får vara högst 4 000 tecken.' },
        { field: 'answers.services.1.serviceType', message: 'Du har valt samma insats två gånger. Ta bort den ena.' },
        { field: 'answers.email', message: 'Skriv en e-postadress, till exempel namn@exempel.se.' },
        { field: 'answers.phone', message: 'Skriv ett telefonnummer med siffror, till exempel 070-123 45 67.' },
      ]),
    );
    expect(await read(signe, id)).toEqual(before);
  });

  it('refuses a page name that is too long', async () => {
    const draft = (await start(karl, karlId)).data.startApplication.data;
    const result = await save(karl, { id: draft.id, version: draft.version, draftStep: 'x'.repeat(41), answers: {} });
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues[0].field).toBe('draftStep');
  });
});

describe("Signe's case is not Karl's", () => {
  let signesDraft: { id: string; version: number };
  beforeAll(async () => {
    signesDraft = await completeDraft(signe, signeId);
  });

  it('does not show it to Karl, in any list or by id', async () => {
    expect(await read(karl, signesDraft.id)).toBeNull();
    const mine = (await subgraph.request(karl, MINE)).data.myApplications;
    expect(mine.nodes.every((node: { applicant: { id: string } }) => node.applicant.id === karlId)).toBe(true);
  });

  it('does not let Karl save or submit it, and leaves it as it was', async () => {
    const before = await read(signe, signesDraft.id);
    expect(await save(karl, { id: signesDraft.id, version: signesDraft.version, answers: { bestTime: 'Aldrig' } })).toMatchObject({ __typename: 'NotFoundError' });
    expect(await submit(karl, signesDraft.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await read(signe, signesDraft.id)).toEqual(before);
  });

  it('shows Signe her drafts and Erik’s draft for her, and Erik the same while he represents her', async () => {
    const signes = (await subgraph.request(signe, MINE)).data.myApplications;
    const eriks = (await subgraph.request(erik, MINE)).data.myApplications;
    expect(signes.totalCount).toBeGreaterThanOrEqual(2);
    expect(eriks.nodes.map((node: { id: string }) => node.id).sort()).toEqual(signes.nodes.map((node: { id: string }) => node.id).sort());
    expect((await subgraph.request(erikNoLonger, MINE)).data.myApplications.totalCount).toBe(0);
    expect(await read(erikNoLonger, signesDraft.id)).toBeNull();
  });

  it('keeps drafts from staff, even of the unit', async () => {
    expect(await read(hanna, signesDraft.id)).toBeNull();
  });
});

describe('submitting', () => {
  it('refuses an incomplete application, saying what is missing', async () => {
    const draft = (await start(karl, karlId)).data.startApplication.data;
    await save(karl, { id: draft.id, version: draft.version, answers: { services: [{ serviceType: 'ESCORT', needs: '' }], contactMethod: 'EMAIL' } });
    const result = await submit(karl, draft.id);
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([
      { field: 'answers.services.0.needs', message: 'Beskriv med egna ord vad du behöver hjälp med.' },
      { field: 'answers.email', message: 'Skriv en e-postadress som vi kan skriva till.' },
    ]);
    expect((await read(karl, draft.id)).status).toBe('DRAFT');
  });

  it('asks Erik, applying for Signe, whom to contact before it sends', async () => {
    const { id } = await completeDraft(erik, signeId, { ...COMPLETE, contactWhom: null });
    const refused = await submit(erik, id);
    expect(refused).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'answers.contactWhom', message: 'Välj vem handläggaren ska kontakta' }] });
  });

  it('sends a complete application: reference, requested services, event, and a confirmation e-mail', async () => {
    // Erik applies for Signe and gives her e-mail: the caseworker contacts her.
    const { id } = await completeDraft(erik, signeId, { ...COMPLETE, contactWhom: 'APPLICANT' });
    const key = crypto.randomUUID();
    const result = await submit(erik, id, key);
    expect(result.__typename).toBe('MutationSubmitApplicationSuccess');
    const sent = result.data;
    expect(sent.reference).toMatch(new RegExp(`^ANS-${new Date().getFullYear()}-\\d{6}$`));
    expect(sent).toMatchObject({ status: 'SUBMITTED', applicant: { id: signeId }, submittedBy: { id: erikId } });
    expect(sent.requestedServices.map((service: { serviceType: string }) => service.serviceType).sort()).toEqual(['HOME_CARE_PERSONAL', 'SAFETY_ALARM']);
    expect(sent.timeline.map((event: { type: string }) => event.type)).toEqual(['SUBMITTED']);
    const stored = await subgraph.orm.em.fork().find(RequestedService, { application: id }, { orderBy: { serviceType: 'asc' } });
    expect(stored.map((service) => service.needs)).toEqual(['Jag behöver hjälp att duscha och klä på mig.', 'Jag har ramlat två gånger i vinter.']);

    const mail = await catcher.next();
    expect(mail.to).toEqual(['signe.andersson@example.se']);
    expect(mail.subject).toBe(`Vi har tagit emot din ansökan ${sent.reference}`);
    // Erik sent it for Signe but asked us to contact her: the mail is to her, about her application.
    expect(mail.text).toContain(`Vi har tagit emot din ansökan om bistånd. Ditt ärendenummer är ${sent.reference}`);
    expect(mail.text).not.toContain('den du företräder');
    expect(mail.text).toContain('Det här händer nu');

    // Pressing again, with the same key or a new one, returns the same case and sends nothing more.
    const mailsBefore = catcher.mails.length;
    const again = await submit(erik, id, key);
    const withNewKey = await submit(signe, id);
    expect(again.data.reference).toBe(sent.reference);
    expect(withNewKey.data.reference).toBe(sent.reference);
    expect(await subgraph.orm.em.fork().count(ApplicationEvent, { application: id, type: 'SUBMITTED' })).toBe(1);
    expect(await subgraph.orm.em.fork().count(RequestedService, { application: id })).toBe(2);
    await subgraph.settleJobs();
    expect(catcher.mails.length).toBe(mailsBefore);
  });

  it('creates one application when two submits race', async () => {
    const { id } = await completeDraft(signe, signeId, { ...COMPLETE, contactMethod: 'PHONE', phone: '08-123 456', email: '' });
    const key = crypto.randomUUID();
    const results = await Promise.all([submit(signe, id, key), submit(signe, id, key), submit(erik, id)]);
    // Named first, so a failure says which error a racing request got.
    expect(results.map((result) => (result.data ? null : `${result.__typename}: ${result.message}`))).toEqual([null, null, null]);
    const references = results.map((result) => result.data?.reference);
    expect(references[0]).toMatch(/^ANS-/);
    expect(new Set(references).size).toBe(1);
    const em = subgraph.orm.em.fork();
    expect(await em.count(ApplicationEvent, { application: id, type: 'SUBMITTED' })).toBe(1);
    expect(await em.count(RequestedService, { application: id })).toBe(2);
    expect(await em.count(Application, { reference: references[0] })).toBe(1);
  });

  it('refuses one submission key for two applications', async () => {
    const first = await completeDraft(karl, karlId);
    const key = crypto.randomUUID();
    expect((await submit(karl, first.id, key)).__typename).toBe('MutationSubmitApplicationSuccess');
    const second = (await start(karl, karlId)).data.startApplication.data;
    await save(karl, { id: second.id, version: second.version, answers: COMPLETE });
    const result = await submit(karl, second.id, key);
    expect(result).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'submissionKey' }] });
  });

  it('cannot change an application once it is sent', async () => {
    const { id } = await completeDraft(karl, karlId);
    const sent = (await submit(karl, id)).data;
    const result = await save(karl, { id, version: sent.version, answers: { bestTime: 'Kvällar' } });
    expect(result).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('redan skickad') });
  });

  it('sends the application while the mail server is down, and the confirmation exactly once when it is back', async () => {
    const { id } = await completeDraft(karl, karlId, { ...COMPLETE, email: 'karl@example.se' });
    const toKarl = () => catcher.mails.filter((mail) => mail.to.includes('karl@example.se'));
    const port = Number(new URL(catcher.url).port);
    await catcher.close();

    const result = await submit(karl, id);
    expect(result.__typename).toBe('MutationSubmitApplicationSuccess');
    expect(result.data.status).toBe('SUBMITTED');
    // The worker has tried and failed, so the mail waits for a retry.
    const attempts = () => subgraph.orm.em.fork().getConnection().execute<Array<{ state: string }>>(`select state from pgboss.job where name = ? and data->>'applicationId' = ?`, [MAIL_QUEUE, id]);
    await pollUntil(attempts, (jobs) => jobs.length === 1 && jobs[0]!.state === 'retry', 15_000, 'a failed attempt');

    catcher = mailSubgraph.catcher = await startSmtpCatcher(port);
    await pollUntil(toKarl, (mails) => mails.length > 0, 20_000, 'the confirmation after the mail server is back');
    await subgraph.settleJobs();
    expect(toKarl()).toHaveLength(1);
    expect(toKarl()[0]!.subject).toBe(`Vi har tagit emot din ansökan ${result.data.reference}`);
  });
});

describe('staff reading a case', () => {
  it('lets staff of the unit read a sent application, logs it, and shows the applicant who opened it', async () => {
    const { id } = await completeDraft(signe, signeId);
    await submit(signe, id);
    expect(await read(otherUnit, id)).toBeNull();
    const staffView = await read(hanna, id);
    expect(staffView.status).toBe('SUBMITTED');
    const hannaId = (hanna as { staffId: string }).staffId;
    const log = await subgraph.orm.em.fork().find(AccessLogEntry, { resourceId: id });
    expect(log.map((entry) => [entry.staffId, entry.personId, entry.resource])).toEqual([[hannaId, signeId, 'Application']]);
    // Reloading the case page is the same opening; another member reading it in the inbox list is another.
    await read(hanna, id);
    const em = subgraph.orm.em.fork();
    const jonasId = crypto.randomUUID();
    em.create(AccessLogEntry, { staffId: jonasId, personId: signeId, resource: 'Inbox', resourceId: id });
    await em.flush();

    const OPENED = `query($id: ID!) { application(id: $id) { openedBy(limit: 10) { totalCount hasNextPage nodes { at staff { __typename id } } } } }`;
    const opened = (await subgraph.request(signe, OPENED, { id })).data.application.openedBy;
    expect(opened).toMatchObject({ totalCount: 2, hasNextPage: false });
    expect(opened.nodes.map((node: any) => node.staff.id).sort()).toEqual([hannaId, jonasId].sort());
    expect(Date.parse(opened.nodes[0].at)).not.toBeNaN();
    // Citizens reading their own case are not logged.
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { resourceId: id, resource: 'Application' })).toBe(2);
  });

  it('answers null for an id that is not a UUID', async () => {
    expect(await read(signe, 'not-a-uuid')).toBeNull();
  });
});
