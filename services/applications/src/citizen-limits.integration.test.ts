import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Application } from './entities/application.ts';
import { CallbackRequest } from './entities/callback-request.ts';
import { Investigation } from './entities/investigation.ts';
import { applicationsService } from './service.ts';
import { citizen, staff, submittedApplication, UNIT } from './testing/casework-fixtures.ts';
import { startSubgraphWithMail, type MailSubgraph } from './testing/mail-subgraph.ts';
import type { SmtpCatcher } from './testing/smtp-catcher.ts';

const START = `mutation($input: StartApplicationInput!) { startApplication(input: $input) { __typename
  ... on MutationStartApplicationSuccess { data { id } }
  ... on RateLimitError { message retryAfterSeconds } } }`;
const SAVE = `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { __typename
  ... on MutationSaveApplicationDraftSuccess { data { id version } }
  ... on ValidationError { message issues { field message } } } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename
  ... on MutationSubmitApplicationSuccess { data { id status } }
  ... on RateLimitError { message retryAfterSeconds }
  ... on ValidationError { message issues { field message } } } }`;
const CALLBACK = `mutation($input: RequestCallbackInput!) { requestCallback(input: $input) { __typename
  ... on MutationRequestCallbackSuccess { data { id } }
  ... on RateLimitError { message retryAfterSeconds }
  ... on ValidationError { issues { field message } } } }`;
const SAVE_INVESTIGATION = `mutation($input: SaveInvestigationInput!) { saveInvestigation(input: $input) { __typename
  ... on MutationSaveInvestigationSuccess { data { id } }
  ... on ValidationError { message issues { field message } } } }`;
const COURT_OUTCOME = `mutation($input: RecordCourtOutcomeInput!) { recordCourtOutcome(input: $input) { __typename
  ... on MutationRecordCourtOutcomeSuccess { data { id } }
  ... on ValidationError { message issues { field message } } } }`;

const COMPLETE = {
  services: [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' }],
  contactMethod: 'EMAIL',
  contactWhom: 'APPLICANT',
  email: 'signe.andersson@example.se',
};
const INVALID_CHARACTERS = 'Texten innehåller tecken som inte kan sparas, till exempel osynliga styrtecken. Skriv om texten utan dem och försök igen.';
const WAIT = '(\\d+ minuter|\\d+ timmar|1 timme)';

// Two replicas of the service on one database, as behind a load balancer.
let first: TestSubgraph;
let second: TestSubgraph;
let catcher: SmtpCatcher;
let mailSubgraph: MailSubgraph;

beforeAll(async () => {
  mailSubgraph = await startSubgraphWithMail();
  ({ subgraph: first, catcher } = mailSubgraph);
  second = await startTestSubgraph(applicationsService, { databaseUrl: first.databaseUrl });
});

afterAll(async () => {
  await second?.close();
  await mailSubgraph?.close();
});

const replica = (i: number) => (i % 2 === 0 ? first : second);

/** Runs `body` with RATE_LIMIT_<name> set, then restores it. */
async function withEnv<T>(name: string, value: string, body: () => Promise<T>): Promise<T> {
  const previous = process.env[name];
  process.env[name] = value;
  try {
    return await body();
  } finally {
    if (previous === undefined) delete process.env[name];
    else process.env[name] = previous;
  }
}

/** Polls until `check` holds, failing after the deadline. */
async function eventually(check: () => boolean | Promise<boolean>, deadlineMs = 5_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('application limits', () => {
  it('lets a person start 5 new applications a day, counted across replicas, then says why in Swedish', async () => {
    const represented = Array.from({ length: 7 }, () => crypto.randomUUID());
    const erik = citizen(crypto.randomUUID(), represented);
    for (let i = 0; i < 5; i++) {
      const result = await replica(i).request(erik, START, { input: { applicantId: represented[i] } });
      expect(result.data?.startApplication.data.id).toBeDefined();
    }
    // Continuing a draft never counts.
    expect((await first.request(erik, START, { input: { applicantId: represented[0] } })).data?.startApplication.data.id).toBeDefined();
    const refused = (await second.request(erik, START, { input: { applicantId: represented[5] } })).data?.startApplication;
    expect(refused.__typename).toBe('RateLimitError');
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.message).toMatch(new RegExp(`^Du har skickat många ansökningar på kort tid\\. Vänta ${WAIT} och försök igen\\.`));
    expect(await first.orm.em.fork().count(Application, { submittedById: (erik as { personId: string }).personId })).toBe(5);

    const karl = citizen(crypto.randomUUID());
    expect((await first.request(karl, START, { input: { applicantId: (karl as { personId: string }).personId } })).data?.startApplication.data.id).toBeDefined();
  });

  it('sends 5 applications a day per person, and only 5 confirmation mails', async () => {
    const represented = Array.from({ length: 6 }, () => crypto.randomUUID());
    const erik = citizen(crypto.randomUUID(), represented);
    const mailsBefore = catcher.mails.length;
    const drafts = await withEnv('RATE_LIMIT_APPLICATIONS_STARTED', 'off', async () => {
      const ids: Array<{ id: string; version: number }> = [];
      for (const applicantId of represented) {
        const id = (await first.request(erik, START, { input: { applicantId } })).data?.startApplication.data.id as string;
        const saved = await first.request(erik, SAVE, { input: { id, version: 1, answers: COMPLETE } });
        expect(saved.data?.saveApplicationDraft.__typename).toBe('MutationSaveApplicationDraftSuccess');
        ids.push(saved.data?.saveApplicationDraft.data);
      }
      return ids;
    });
    // All at once, on both replicas, as a script would send them.
    const results = await Promise.all(
      drafts.map(async (draft, i) => (await replica(i).request(erik, SUBMIT, { input: { id: draft.id, submissionKey: crypto.randomUUID() } })).data?.submitApplication),
    );
    expect(results.filter((result) => result.__typename === 'MutationSubmitApplicationSuccess')).toHaveLength(5);
    const refused = results.filter((result) => result.__typename === 'RateLimitError');
    expect(refused).toHaveLength(1);
    expect(refused[0].message).toMatch(new RegExp(`^Du har skickat många ansökningar på kort tid\\. Vänta ${WAIT} och försök igen\\.`));
    expect(refused[0].retryAfterSeconds).toBeGreaterThan(86_000);
    const ids = drafts.map((draft) => draft.id);
    expect(await first.orm.em.fork().count(Application, { id: { $in: ids }, status: 'DRAFT' })).toBe(1);

    await eventually(() => catcher.mails.length >= mailsBefore + 5);
    expect(catcher.mails.length).toBe(mailsBefore + 5);
  });

  it('lets a person ask to be called back 3 times a day; another person still may', async () => {
    const signeId = crypto.randomUUID();
    const signe = citizen(signeId);
    for (let i = 0; i < 3; i++) {
      const result = await replica(i).request(signe, CALLBACK, { input: { personId: signeId, phone: '070-123 45 67' } });
      expect(result.data?.requestCallback.__typename).toBe('MutationRequestCallbackSuccess');
    }
    const refused = (await second.request(signe, CALLBACK, { input: { personId: signeId, phone: '070-123 45 67' } })).data?.requestCallback;
    expect(refused.__typename).toBe('RateLimitError');
    expect(refused.message).toMatch(new RegExp(`^Du har bett om att bli uppringd många gånger på kort tid\\. Vänta ${WAIT} och försök igen\\.`));
    expect(await first.orm.em.fork().count(CallbackRequest, { personId: signeId })).toBe(3);

    const karlId = crypto.randomUUID();
    const other = await first.request(citizen(karlId), CALLBACK, { input: { personId: karlId, phone: '070-123 45 67' } });
    expect(other.data?.requestCallback.__typename).toBe('MutationRequestCallbackSuccess');
  });
});

describe('text hygiene', () => {
  it.each([
    ['NUL', 'Jag behöver\u0000 hjälp.'],
    ['a lone surrogate', 'Jag behöver \uDC00 hjälp.'],
    ['a right-to-left override', 'Jag behöver \u202Eplähj'],
  ])('refuses %s in an application answer with a Swedish message, and stores nothing', async (_name, needs) => {
    const signeId = crypto.randomUUID();
    const signe = citizen(signeId);
    const id = (await first.request(signe, START, { input: { applicantId: signeId } })).data?.startApplication.data.id as string;
    const result = await first.request(signe, SAVE, { input: { id, version: 1, answers: { services: [{ serviceType: 'SAFETY_ALARM', needs }] } } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.saveApplicationDraft).toEqual({
      __typename: 'ValidationError',
      message: 'Uppgifterna behöver rättas innan de kan skickas.',
      issues: [{ field: 'answers.services.0.needs', message: INVALID_CHARACTERS }],
    });
    const stored = await first.orm.em.fork().findOneOrFail(Application, id);
    expect([stored.version, stored.answers.services]).toEqual([1, []]);
  });

  it.each([
    ['NUL', 'Behoven\u0000 kan tillgodoses.'],
    ['a lone surrogate', 'Behoven \uD800 kan tillgodoses.'],
    ['a right-to-left override', 'Behoven \u202Esesedogllit nak'],
  ])('refuses %s in a caseworker’s note with a Swedish message, and stores nothing', async (_name, assessment) => {
    const hanna = staff(['CASEWORKER']);
    const application = await submittedApplication(first.orm, { services: ['SAFETY_ALARM'], unit: UNIT });
    const { version } = await first.orm.em.fork().findOneOrFail(Application, application.id);
    const result = await first.request(hanna, SAVE_INVESTIGATION, { input: { applicationId: application.id, version, assessment } });
    expect(result.data?.saveInvestigation).toEqual({
      __typename: 'ValidationError',
      message: 'Uppgifterna behöver rättas innan de kan skickas.',
      issues: [{ field: 'assessment', message: INVALID_CHARACTERS }],
    });
    expect(await first.orm.em.fork().count(Investigation, { application: application.id })).toBe(0);
  });

  it('limits the court-outcome note to 5,000 characters, as a ValidationError', async () => {
    const result = await first.request(staff(['CASEWORKER']), COURT_OUTCOME, {
      input: { appealId: crypto.randomUUID(), status: 'COURT_UPHELD', decidedOn: '2026-11-30', note: 'x'.repeat(5_001) },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordCourtOutcome).toEqual({
      __typename: 'ValidationError',
      message: 'Uppgifterna behöver rättas innan de kan skickas.',
      issues: [{ field: 'note', message: 'Texten får vara högst 5000 tecken.' }],
    });
  });
});
