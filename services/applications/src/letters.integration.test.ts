import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Application } from './entities/application.ts';
import { Investigation } from './entities/investigation.ts';
import { seedApplications } from './seed/seed.ts';
import { applicationsService } from './service.ts';
import { citizen, ERRORS, knownLetterCaseworker, mutate, provisionId, staff, submittedApplication, versionOf } from './testing/casework-fixtures.ts';
import { pdfText } from './testing/pdf-text.ts';

/*
 * Letters for the post (issue 8): the unit's letterhead, the recipient in the window, the
 * caseworker and who decided from the staff projection identity feeds, the legal basis from the
 * table, and Finnish for a Finnish-speaking person (Stockholm is in the Finnish administrative
 * area). The PDF's language is the letter's.
 */
let subgraph: TestSubgraph;
const hanna = staff(['CASEWORKER']);
const today = todayInStockholm();
let ainoCase: Awaited<ReturnType<typeof submittedApplication>>;
let signeCase: Awaited<ReturnType<typeof submittedApplication>>;
const aino = () => citizen(ainoCase.applicantId);
const erik = () => citizen(crypto.randomUUID(), [signeCase.applicantId]);

const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) { __typename ... on MutationDecideSuccess { data { id } } ${ERRORS} } }`;
const LETTER = `query($id: ID!, $recipient: LetterRecipientInput, $concerning: String, $language: String) { application(id: $id) {
  decisionLetter(recipient: $recipient, concerning: $concerning, language: $language) { fileName contentBase64 language }
  homeVisitLetter(recipient: $recipient) { fileName contentBase64 language } } }`;
const PROVISIONS = `query($serviceType: ServiceType) { legalProvisions(serviceType: $serviceType) { code law citation serviceTypes defaultFor } }`;

async function decide(caseId: string, serviceId: string, legalProvisionId: string) {
  return mutate(subgraph, hanna, DECIDE, {
    requestedServiceId: serviceId,
    applicationVersion: await versionOf(subgraph.orm, caseId),
    outcome: 'GRANTED',
    hoursPerMonth: 40,
    validFrom: today,
    legalProvisionId,
    motivation: 'Du behöver hjälp morgon och kväll.',
  });
}

async function letterOf(actor: ReturnType<typeof citizen>, id: string, variables: Record<string, unknown> = {}) {
  const result = await subgraph.request(actor, LETTER, { id, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data.application;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(applicationsService);
  await seedApplications(subgraph.orm);
  await knownLetterCaseworker(subgraph.orm, hanna);
  ainoCase = await submittedApplication(subgraph.orm, { services: ['HOME_CARE_PERSONAL'], status: 'COMMUNICATED', assigneeId: hanna.staffId });
  signeCase = await submittedApplication(subgraph.orm, { services: ['HOME_CARE_PERSONAL'], status: 'COMMUNICATED', assigneeId: hanna.staffId, applicantName: 'Signe Andersson' });
  const em = subgraph.orm.em.fork();
  const application = await em.findOneOrFail(Application, ainoCase.id);
  // The application's language, preset from identity's Person.preferredLanguage in the portal.
  application.answers = { ...application.answers, language: 'fi', interpreterNeeded: true };
  em.create(Investigation, { application, lifeAreas: {}, serviceDescriptions: {}, assessment: '', homeVisitAt: new Date('2026-12-01T09:30:00Z'), homeVisitPlace: 'Lillåvägen 3, Älvsjö' });
  await em.flush();
  const sol = await provisionId(subgraph.orm, 'SOL2025_LIVSFORING');
  expect((await decide(ainoCase.id, ainoCase.serviceIds.HOME_CARE_PERSONAL!, sol)).__typename).toBe('MutationDecideSuccess');
  expect((await decide(signeCase.id, signeCase.serviceIds.HOME_CARE_PERSONAL!, sol)).__typename).toBe('MutationDecideSuccess');
});

afterAll(() => subgraph?.close());

describe('the decision letter', () => {
  it('is in Finnish for a person whose language is Finnish, tagged fi-FI, with chapter and paragraph and who decided', async () => {
    const recipient = { name: 'Aino Virtanen', addressLines: ['Lillåvägen 3', '125 52 Älvsjö'] };
    const { decisionLetter } = await letterOf(aino(), ainoCase.id, { recipient });
    expect(decisionLetter.language).toBe('fi');
    expect(decisionLetter.fileName).toMatch(/^paatos-/);
    const pdf = Buffer.from(decisionLetter.contentBase64, 'base64');
    expect(pdf.toString('latin1')).toContain('/Lang (fi-FI)');
    const text = pdfText(pdf);
    for (const expected of [
      'Päätös avustuksesta',
      'Aino Virtanen',
      'Lillåvägen 3',
      'Box 4, 129 21 Hägersten',
      'Käsittelijä: Hanna Lind',
      'Suora numero: 08-508 22 141',
      'Kotipalvelu, henkilökohtainen hoiva',
      'Päätös: Myönnetään',
      'Lainkohta: 4 kap. 1 § socialtjänstlagen (2025:400)',
      'Päätöksen teki: Hanna Lind, biståndshandläggare',
      'Näin valitat päätöksestä',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is in Swedish when asked for beside the Finnish one', async () => {
    const { decisionLetter } = await letterOf(aino(), ainoCase.id, { language: 'sv' });
    expect(decisionLetter.language).toBe('sv');
    expect(Buffer.from(decisionLetter.contentBase64, 'base64').toString('latin1')).toContain('/Lang (sv-SE)');
  });

  it("is a representative's copy that says so and whose case it is", async () => {
    const recipient = { name: 'Erik Andersson', addressLines: ['Älvsjövägen 12', '125 30 Älvsjö'] };
    const { decisionLetter } = await letterOf(erik(), signeCase.id, { recipient, concerning: 'Signe Andersson' });
    expect(decisionLetter.language).toBe('sv');
    const text = pdfText(Buffer.from(decisionLetter.contentBase64, 'base64'));
    expect(text).toContain('Kopia till Erik Andersson');
    expect(text).toContain('Ärendet gäller: Signe Andersson');
    expect(text).toContain('Erik Andersson Älvsjövägen 12 125 30 Älvsjö');
    expect(text).toContain('Beslutet fattades av: Hanna Lind, biståndshandläggare');
  });
});

describe('the home-visit invitation', () => {
  it('is a letter in Finnish with the time in Stockholm and the interpreter booked', async () => {
    const { homeVisitLetter } = await letterOf(aino(), ainoCase.id);
    expect(homeVisitLetter.language).toBe('fi');
    const text = pdfText(Buffer.from(homeVisitLetter.contentBase64, 'base64'));
    expect(text).toContain('Kutsu kotikäynnille');
    expect(text).toContain('klo 10.30');
    expect(text).toContain('Varaamme käynnille tulkin.');
  });

  it('is null until a visit is booked', async () => {
    expect((await letterOf(erik(), signeCase.id)).homeVisitLetter).toBeNull();
  });
});

describe('the legal provisions', () => {
  it('offers no LSS paragraph for elderly home care, and the new act as its usual basis', async () => {
    const { data } = await subgraph.request(hanna, PROVISIONS, { serviceType: 'HOME_CARE_PERSONAL' });
    const provisions = data.legalProvisions as Array<{ code: string; law: string; defaultFor: string[] }>;
    expect(provisions.length).toBeGreaterThan(0);
    expect(provisions.filter((provision) => provision.law === 'LSS')).toEqual([]);
    expect(provisions.filter((provision) => provision.defaultFor.includes('HOME_CARE_PERSONAL')).map((provision) => provision.code)).toEqual(['SOL2025_LIVSFORING']);
  });

  it('offers the LSS paragraph for escort', async () => {
    const { data } = await subgraph.request(hanna, PROVISIONS, { serviceType: 'ESCORT' });
    expect(data.legalProvisions.map((provision: { code: string }) => provision.code)).toContain('LSS_9_3');
  });

  it('refuses a decision on home care resting on an LSS paragraph, saying why', async () => {
    const other = await submittedApplication(subgraph.orm, { services: ['HOME_CARE_PERSONAL'], status: 'COMMUNICATED', assigneeId: hanna.staffId });
    const result = await decide(other.id, other.serviceIds.HOME_CARE_PERSONAL!, await provisionId(subgraph.orm, 'LSS_9_3'));
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toContainEqual({ field: 'legalProvisionId', message: 'Lagrummet gäller inte den här insatsen. Välj ett av lagrummen som erbjuds för insatsen.' });
  });
});
