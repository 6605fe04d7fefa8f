import { AccessLogEntry } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Application } from './entities/application.ts';
import { Investigation } from './entities/investigation.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { ERRORS, knownLetterCaseworker, mutate, OTHER_UNIT, provisionId, staff, submittedApplication, versionOf } from './testing/casework-fixtures.ts';
import { pdfText } from './testing/pdf-text.ts';

/*
 * Staff print a representative's copy ("Kopia till") of each letter of a case: the staff portal
 * reads the representative's name and postal address from identity (logged there, see
 * services/identity/src/representative-address.integration.test.ts) and asks for the letter
 * addressed to them, saying whose case it is.
 */
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const today = todayInStockholm();
let signeCase: Awaited<ReturnType<typeof submittedApplication>>;

const ERIK = { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] };
const LETTERS = `query($id: ID!, $recipient: LetterRecipientInput, $concerning: String) { application(id: $id) {
  decisionLetter(recipient: $recipient, concerning: $concerning) { fileName contentBase64 language }
  investigationLetter(recipient: $recipient, concerning: $concerning) { fileName contentBase64 language }
  homeVisitLetter(recipient: $recipient, concerning: $concerning) { fileName contentBase64 language } } }`;
const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) { __typename ... on MutationDecideSuccess { data { id } } ${ERRORS} } }`;

const textOf = (letter: { contentBase64: string }) => pdfText(Buffer.from(letter.contentBase64, 'base64'));

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  await knownLetterCaseworker(subgraph.orm, hanna);
  signeCase = await submittedApplication(subgraph.orm, { services: ['HOME_CARE_PERSONAL'], status: 'COMMUNICATED', assigneeId: hanna.staffId, applicantName: 'Signe Andersson' });
  const em = subgraph.orm.em.fork();
  const application = await em.findOneOrFail(Application, signeCase.id);
  em.create(Investigation, {
    application,
    lifeAreas: { PERSONAL_CARE: { needs: 'Behöver hjälp med dusch.', wishes: '', resources: '' } },
    serviceDescriptions: { [signeCase.serviceIds.HOME_CARE_PERSONAL!]: 'Hjälp med personlig omvårdnad morgon och kväll.' },
    assessment: '',
    homeVisitAt: new Date('2026-12-01T09:30:00Z'),
    homeVisitPlace: 'Hägerstensvägen 110, Hägersten',
    communicatedAt: new Date(),
    responseDueOn: today,
  });
  await em.flush();
  const decided = await mutate(subgraph, hanna, DECIDE, {
    requestedServiceId: signeCase.serviceIds.HOME_CARE_PERSONAL!,
    applicationVersion: await versionOf(subgraph.orm, signeCase.id),
    outcome: 'GRANTED',
    hoursPerMonth: 40,
    validFrom: today,
    legalProvisionId: await provisionId(subgraph.orm, 'SOL2025_LIVSFORING'),
    motivation: 'Du behöver hjälp morgon och kväll.',
  });
  expect(decided.__typename).toBe('MutationDecideSuccess');
});

afterAll(() => subgraph?.close());

describe("a representative's copy printed by staff", () => {
  it('is each letter of the case addressed to the representative in the window, saying "Kopia till" and whose case it is', async () => {
    const result = await subgraph.request(hanna, LETTERS, { id: signeCase.id, recipient: ERIK, concerning: 'Signe Andersson' });
    expect(result.errors).toBeUndefined();
    const { decisionLetter, investigationLetter, homeVisitLetter } = result.data.application;
    for (const letter of [decisionLetter, investigationLetter, homeVisitLetter]) {
      const text = textOf(letter);
      expect(text).toContain('Erik Andersson Älvsjövägen 12 125 30 Älvsjö');
      expect(text).toContain('Kopia till Erik Andersson');
      expect(text).toContain('Ärendet gäller: Signe Andersson');
      expect(text).not.toContain('Postadress saknas');
    }
    expect(textOf(decisionLetter)).toContain('Beslut om bistånd');
    expect(textOf(investigationLetter)).toContain('Hjälp med personlig omvårdnad morgon och kväll.');
  });

  it('still renders when the representative has no known postal address, and says in the window that it is missing', async () => {
    const result = await subgraph.request(hanna, LETTERS, { id: signeCase.id, recipient: { name: 'Erik Andersson', addressLines: [] }, concerning: 'Signe Andersson' });
    expect(result.errors).toBeUndefined();
    const text = textOf(result.data.application.decisionLetter);
    expect(text).toContain('Erik Andersson Postadress saknas');
    expect(text).toContain('Kopia till Erik Andersson');
  });

  it('is the original, with no copy note, when no one else is named', async () => {
    const result = await subgraph.request(hanna, LETTERS, { id: signeCase.id, recipient: { name: 'Signe Andersson', addressLines: ['Hägerstensvägen 110', '126 49 Hägersten'] } });
    const text = textOf(result.data.application.decisionLetter);
    expect(text).not.toContain('Kopia till');
    expect(text).not.toContain('Ärendet gäller');
  });

  it('names whose case it is as the case has it, never the text the caller sent', async () => {
    const result = await subgraph.request(hanna, LETTERS, { id: signeCase.id, recipient: ERIK, concerning: 'Kommunen meddelar: ring 0900-123 456' });
    expect(result.errors).toBeUndefined();
    for (const letter of Object.values(result.data.application) as Array<{ contentBase64: string }>) {
      const text = textOf(letter);
      expect(text).toContain('Kopia till Erik Andersson');
      expect(text).toContain('Ärendet gäller: Signe Andersson');
      expect(text).not.toContain('0900-123 456');
    }
  });

  it('is still marked as a copy when the case does not know the name, without naming anyone', async () => {
    const em = subgraph.orm.em.fork();
    const application = await em.findOneOrFail(Application, signeCase.id);
    application.applicantName = null;
    await em.flush();
    try {
      const result = await subgraph.request(hanna, LETTERS, { id: signeCase.id, recipient: ERIK, concerning: 'Någon annan' });
      const text = textOf(result.data.application.decisionLetter);
      expect(text).toContain('Kopia till Erik Andersson');
      expect(text).not.toContain('Ärendet gäller');
      expect(text).not.toContain('Någon annan');
    } finally {
      application.applicantName = 'Signe Andersson';
      await em.flush();
    }
  });

  it('is not for a caseworker of another unit: no letter, and nothing of the case', async () => {
    const other = staff(['CASEWORKER'], OTHER_UNIT);
    const result = await subgraph.request(other, LETTERS, { id: signeCase.id, recipient: ERIK, concerning: 'Signe Andersson' });
    expect(result.data?.application ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toContain('contentBase64');
  });

  it("is a read of the case logged where the person sees it", async () => {
    const before = await subgraph.orm.em.fork().count(AccessLogEntry, { personId: signeCase.applicantId, staffId: hanna.staffId });
    await subgraph.request(hanna, LETTERS, { id: signeCase.id, recipient: ERIK, concerning: 'Signe Andersson' });
    const after = await subgraph.orm.em.fork().count(AccessLogEntry, { personId: signeCase.applicantId, staffId: hanna.staffId });
    expect(after).toBeGreaterThan(before);
  });
});
