import type { TestSubgraph } from '@omsorg/platform/testing';
import { pollUntil } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnswers } from '../domain/answers.ts';
import { todayInStockholm } from '../domain/stockholm-time.ts';
import { Application } from '../entities/application.ts';
import { RequestedService } from '../entities/requested-service.ts';
import { seedApplications } from '../seed/seed.ts';
import { citizen, ERRORS, mutate, provisionId, staff, versionOf } from '../testing/casework-fixtures.ts';
import { startSubgraphWithMail, type MailSubgraph } from '../testing/mail-subgraph.ts';
import type { CaughtMail, SmtpCatcher } from '../testing/smtp-catcher.ts';

/*
 * Mail in the addressee's language (issue 8): Aino's record says Finnish, so her mails are in
 * Finnish; a Swedish speaker's are in Swedish; a representative gets theirs in their own language.
 * Through the whole path: mutation, queue, worker, SMTP, with the Content-Language header.
 */

let mail: MailSubgraph;
let subgraph: TestSubgraph;
let catcher: SmtpCatcher;
const hanna = staff(['CASEWORKER']);

const START = `mutation($input: StartApplicationInput!) { startApplication(input: $input) { __typename ... on MutationStartApplicationSuccess { data { id } } ${ERRORS} } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { __typename ... on MutationSubmitApplicationSuccess { data { id reference } } ${ERRORS} } }`;
const TAKE = `mutation($input: TakeApplicationInput!) { takeApplication(input: $input) { __typename ${ERRORS} } }`;
const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) { __typename ... on MutationDecideSuccess { data { id } } ${ERRORS} } }`;

const mailTo = (address: string, subject: RegExp): Promise<CaughtMail> =>
  pollUntil(() => catcher.mails.find((caught) => caught.to.includes(address) && subject.test(caught.subject)), (found) => found !== undefined, 15_000, `mail to ${address}`).then((found) => found!);

/** A complete draft of a safety alarm, in `language`, contact by e-mail at `email`; sent by `submitter`. */
async function sendApplication(options: { applicant: string; submitter?: string; name: string; language: string; email: string }): Promise<{ id: string; reference: string }> {
  const submitter = options.submitter ?? options.applicant;
  const started = await mutate(subgraph, citizen(submitter, submitter === options.applicant ? [] : [options.applicant]), START, {
    applicantId: options.applicant,
    applicantName: options.name,
    submitterLanguage: submitter === options.applicant ? null : 'fi',
  });
  const id = started.data.id as string;
  const em = subgraph.orm.em.fork();
  const draft = await em.findOneOrFail(Application, id);
  const answers = emptyAnswers();
  answers.services = [{ serviceType: 'SAFETY_ALARM', needs: 'Jag har ramlat två gånger i vinter.' }];
  answers.situation = { livesAlone: true, helpFromRelatives: '', recentHospitalStay: false };
  answers.contact = { method: 'EMAIL', phone: '', email: options.email, bestTime: '', whom: submitter === options.applicant ? 'APPLICANT' : 'REPRESENTATIVE' };
  answers.language = options.language;
  answers.interpreterNeeded = options.language !== 'sv';
  answers.consentToContactHealthCare = true;
  draft.answers = answers;
  await em.flush();
  const sent = await mutate(subgraph, citizen(submitter, submitter === options.applicant ? [] : [options.applicant]), SUBMIT, { id, submissionKey: crypto.randomUUID() });
  expect(sent.__typename).toBe('MutationSubmitApplicationSuccess');
  return { id, reference: sent.data.reference as string };
}

/** Hanna takes the case and grants the alarm. */
async function grantAlarm(id: string, name: string): Promise<void> {
  expect((await mutate(subgraph, hanna, TAKE, { id, version: await versionOf(subgraph.orm, id), applicantName: name })).__typename).toBe('MutationTakeApplicationSuccess');
  const service = await subgraph.orm.em.fork().findOneOrFail(RequestedService, { application: id });
  const decided = await mutate(subgraph, hanna, DECIDE, {
    requestedServiceId: service.id,
    applicationVersion: await versionOf(subgraph.orm, id),
    outcome: 'GRANTED',
    validFrom: todayInStockholm(),
    legalProvisionId: await provisionId(subgraph.orm, 'SOL2025_LIVSFORING'),
    motivation: 'Behovet är utrett.',
  });
  expect(decided.__typename).toBe('MutationDecideSuccess');
}

beforeAll(async () => {
  mail = await startSubgraphWithMail();
  ({ subgraph, catcher } = mail);
  await seedApplications(subgraph.orm);
});
afterAll(() => mail?.close());

describe('mail in the addressee’s language', () => {
  it('writes to Aino in Finnish, from her confirmation to her decision, tagged fi-FI', async () => {
    const aino = crypto.randomUUID();
    const { id, reference } = await sendApplication({ applicant: aino, name: 'Aino Virtanen', language: 'fi', email: 'aino@example.fi' });
    const confirmation = await mailTo('aino@example.fi', /hakemuksesi/);
    expect(confirmation).toMatchObject({ subject: `Olemme vastaanottaneet hakemuksesi ${reference}`, language: 'fi-FI' });
    expect(confirmation.text).toContain(`Asianumerosi on ${reference}.`);
    expect(confirmation.text).toContain('- Turvahälytin');
    await grantAlarm(id, 'Aino Virtanen');
    const decision = await mailTo('aino@example.fi', /^Päätös asiassa/);
    expect(decision).toMatchObject({ subject: `Päätös asiassa ${reference}`, language: 'fi-FI' });
    expect(decision.text).toContain('Olemme tehneet päätöksen hakemuksestasi');
  });

  it('writes to a Swedish speaker in Swedish, tagged sv-SE', async () => {
    const karl = crypto.randomUUID();
    const { id, reference } = await sendApplication({ applicant: karl, name: 'Karl Nilsson', language: 'sv', email: 'karl@example.se' });
    const confirmation = await mailTo('karl@example.se', /din ansökan/);
    expect(confirmation).toMatchObject({ subject: `Vi har tagit emot din ansökan ${reference}`, language: 'sv-SE' });
    await grantAlarm(id, 'Karl Nilsson');
    const decision = await mailTo('karl@example.se', /^Beslut i ärende/);
    expect(decision).toMatchObject({ subject: `Beslut i ärende ${reference}`, language: 'sv-SE' });
    expect(decision.text).toContain('Vi har fattat beslut om din ansökan');
  });

  it('writes to a representative in their own language, naming the person, whatever the person’s language', async () => {
    const signe = crypto.randomUUID();
    const erik = crypto.randomUUID();
    // Erik's own language is Finnish (the portal sent it from identity); Signe's is Swedish.
    const { id, reference } = await sendApplication({ applicant: signe, submitter: erik, name: 'Signe Andersson', language: 'sv', email: 'erik.fi@example.se' });
    expect((await subgraph.orm.em.fork().findOneOrFail(Application, id)).submitterLanguage).toBe('fi');
    const confirmation = await mailTo('erik.fi@example.se', new RegExp(reference));
    expect(confirmation.language).toBe('fi-FI');
    expect(confirmation.text).toContain('hakemuksen, jonka teit henkilön Signe Andersson puolesta');
  });

  it('keeps no language from a stranger’s code, and none for one’s own application', async () => {
    const person = crypto.randomUUID();
    const other = crypto.randomUUID();
    const unknown = await mutate(subgraph, citizen(person, [other]), START, { applicantId: other, submitterLanguage: 'xx' });
    expect((await subgraph.orm.em.fork().findOneOrFail(Application, unknown.data.id)).submitterLanguage).toBeNull();
    const own = await mutate(subgraph, citizen(person), START, { applicantId: person, submitterLanguage: 'fi' });
    expect((await subgraph.orm.em.fork().findOneOrFail(Application, own.data.id)).submitterLanguage).toBeNull();
  });
});
