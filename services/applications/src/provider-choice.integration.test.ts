import { pollUntil, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInStockholm } from './domain/stockholm-time.ts';
import { Application } from './entities/application.ts';
import { ProviderChoice } from './entities/provider-choice.ts';
import { Provider } from './entities/provider.ts';
import { seedApplications } from './seed/seed.ts';
import { citizen, ERRORS, mutate, provisionId, staff, submittedApplication, versionOf } from './testing/casework-fixtures.ts';
import { startSubgraphWithMail, type MailSubgraph } from './testing/mail-subgraph.ts';
import type { SmtpCatcher } from './testing/smtp-catcher.ts';

let mail: MailSubgraph;
let subgraph: TestSubgraph;
let catcher: SmtpCatcher;
const hanna = staff(['CASEWORKER']);
const otherUnit = staff(['CASEWORKER', 'MANAGER'], 'Beställarenheten äldre, Skärholmen');
const outreach = staff(['OUTREACH']);
const signe = crypto.randomUUID();
const erik = crypto.randomUUID();
const karl = crypto.randomUUID();
const today = todayInStockholm();
let caseId: string;
let homeCare: string;
let alarm: string;
const providerIds: Record<string, string> = {};

const TAKE = `mutation($input: TakeApplicationInput!) { takeApplication(input: $input) { __typename ${ERRORS} } }`;
const DECIDE = `mutation($input: DecideInput!) { decide(input: $input) { __typename ... on MutationDecideSuccess { data { id } } ${ERRORS} } }`;
const OPTIONS = `query($id: ID!) { application(id: $id) { requestedServices { serviceType decision { id providerOptions { totalCount nodes { name languages areas profile } } providerChoice { madeBy madeByName channel provider { name } } } } } }`;
const CHOOSE = `mutation($input: ChooseProviderInput!) { chooseProvider(input: $input) {
  __typename ... on MutationChooseProviderSuccess { data { madeBy channel provider { name } } } ${ERRORS} } }`;
const RECORD = `mutation($input: RecordProviderChoiceInput!) { recordProviderChoice(input: $input) {
  __typename ... on MutationRecordProviderChoiceSuccess { data { madeBy madeByName channel provider { name } } } ${ERRORS} } }`;
const ORDER = `mutation($input: OrderServiceInput!) { orderService(input: $input) {
  __typename ... on MutationOrderServiceSuccess { data { id provider { name } } } ${ERRORS} } }`;

const mailsTo = (address: string) => catcher.mails.filter((caught) => caught.to.includes(address));
const waitForMail = (address: string, match: (subject: string) => boolean) =>
  pollUntil(() => mailsTo(address), (mails) => mails.some((caught) => match(caught.subject)), 15_000, `mail to ${address}`);

beforeAll(async () => {
  mail = await startSubgraphWithMail();
  ({ subgraph, catcher } = mail);
  await seedApplications(subgraph.orm);
  for (const provider of await subgraph.orm.em.fork().find(Provider, {})) providerIds[provider.name] = provider.id;
  const sent = await submittedApplication(subgraph.orm, { applicantId: signe, services: ['HOME_CARE_PERSONAL', 'SAFETY_ALARM'], districtArea: null });
  caseId = sent.id;
  // Erik sent it for Signe, with his address and phone; Signe speaks Finnish and needs an interpreter.
  const em = subgraph.orm.em.fork();
  const application = await em.findOneOrFail(Application, caseId);
  application.submittedById = erik;
  application.answers = { ...application.answers, contact: { method: 'EMAIL', phone: '070-123 45 67', email: 'erik@example.se', bestTime: '' }, language: 'fi', interpreterNeeded: true };
  await em.flush();
  const take = await mutate(subgraph, hanna, TAKE, { id: caseId, version: await versionOf(subgraph.orm, caseId), applicantName: 'Signe Andersson', applicantDistrictArea: 'Hägersten' });
  expect(take.__typename).toBe('MutationTakeApplicationSuccess');
  const sol = await provisionId(subgraph.orm, 'SOL2025_LIVSFORING');
  const decide = async (serviceId: string, extra: Record<string, unknown>) =>
    (
      await mutate(subgraph, hanna, DECIDE, {
        requestedServiceId: serviceId,
        applicationVersion: await versionOf(subgraph.orm, caseId),
        outcome: 'GRANTED',
        validFrom: today,
        legalProvisionId: sol,
        motivation: 'Behovet är utrett.',
        ...extra,
      })
    ).data.id as string;
  homeCare = await decide(sent.serviceIds.HOME_CARE_PERSONAL!, { hoursPerMonth: 40 });
  alarm = await decide(sent.serviceIds.SAFETY_ALARM!, {});
});

afterAll(() => mail?.close());

describe('the decision mail', () => {
  it('tells Erik, naming Signe, that a decision was made, once per decision', async () => {
    const mails = await waitForMail('erik@example.se', (subject) => subject.startsWith('Beslut i ärende'));
    const decisionMails = mails.filter((caught) => caught.subject.startsWith('Beslut i ärende'));
    expect(decisionMails[0]!.text).toContain('ansökan för Signe Andersson');
    expect(decisionMails[0]!.text).not.toContain('din ansökan');
    await subgraph.settleJobs();
    expect(mailsTo('erik@example.se').filter((caught) => caught.subject.startsWith('Beslut i ärende'))).toHaveLength(2);
  });
});

describe('choosing a provider (LOV)', () => {
  it('offers Erik only the providers that give home care in Signe’s area, Finnish-speaking ones among them', async () => {
    const result = await subgraph.request(citizen(erik, [signe]), OPTIONS, { id: caseId });
    const services = result.data.application.requestedServices;
    const home = services.find((service: any) => service.serviceType === 'HOME_CARE_PERSONAL').decision;
    const names = home.providerOptions.nodes.map((provider: any) => provider.name);
    expect(names[0]).toBe('Hemtjänst Hägersten-Älvsjö (egen regi)');
    expect(names).toContain('Kotihoiva Tukholma AB');
    expect(names).not.toContain('Hemtjänst Kungsholmen Nära AB');
    expect(names).not.toContain('Hemhjälpen Mälarglimt AB');
    expect(home.providerOptions.nodes.find((provider: any) => provider.name === 'Kotihoiva Tukholma AB').languages).toContain('fi');
    expect(home.providerChoice).toBeNull();
  });

  it('refuses a provider that does not give the service in the area, with a typed error, and stores nothing', async () => {
    const refused = await mutate(subgraph, citizen(erik, [signe]), CHOOSE, { decisionId: homeCare, providerId: providerIds['Hemtjänst Kungsholmen Nära AB'] });
    expect(refused).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'providerId', message: expect.stringContaining('ger inte den här hjälpen där personen bor') }] });
    const wrongService = await mutate(subgraph, citizen(erik, [signe]), CHOOSE, { decisionId: alarm, providerId: providerIds['Kotihoiva Tukholma AB'] });
    expect(wrongService.issues[0].field).toBe('providerId');
    expect(await subgraph.orm.em.fork().count(ProviderChoice, {})).toBe(0);
  });

  it('refuses whoever may not choose: Karl, Erik once his right has ended, staff of another unit, outreach', async () => {
    const input = { decisionId: homeCare, providerId: providerIds['Kotihoiva Tukholma AB'] };
    expect(await mutate(subgraph, citizen(karl), CHOOSE, input)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await mutate(subgraph, citizen(erik, []), CHOOSE, input)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await mutate(subgraph, { kind: 'anonymous' }, CHOOSE, input)).toMatchObject({ __typename: 'GraphQLErrors' });
    expect(await mutate(subgraph, hanna, CHOOSE, input)).toMatchObject({ __typename: 'GraphQLErrors' });
    const phone = { ...input, madeBy: 'PERSON' };
    expect(await mutate(subgraph, otherUnit, RECORD, phone)).toMatchObject({ __typename: 'NotFoundError' });
    expect((await mutate(subgraph, outreach, RECORD, phone)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await mutate(subgraph, citizen(erik, [signe]), RECORD, phone)).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await subgraph.orm.em.fork().count(ProviderChoice, {})).toBe(0);
  });

  it('lets Erik choose for Signe, and shows the choice', async () => {
    const chosen = await mutate(subgraph, citizen(erik, [signe]), CHOOSE, { decisionId: homeCare, providerId: providerIds['Omsorgsgruppen Söderljus AB'] });
    expect(chosen.data).toEqual({ madeBy: 'REPRESENTATIVE', channel: 'PORTAL', provider: { name: 'Omsorgsgruppen Söderljus AB' } });
  });

  it('lets Hanna record a new choice Erik made by phone, saying who made it', async () => {
    const input = { decisionId: homeCare, providerId: providerIds['Kotihoiva Tukholma AB'], madeBy: 'REPRESENTATIVE' };
    const nameless = await mutate(subgraph, hanna, RECORD, input);
    expect(nameless).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'madeByName' }] });
    const recorded = await mutate(subgraph, hanna, RECORD, { ...input, madeByName: 'Erik Andersson, son och ombud' });
    expect(recorded.data).toEqual({ madeBy: 'REPRESENTATIVE', madeByName: 'Erik Andersson, son och ombud', channel: 'PHONE', provider: { name: 'Kotihoiva Tukholma AB' } });
    const seen = await subgraph.request(citizen(signe), OPTIONS, { id: caseId });
    const home = seen.data.application.requestedServices.find((service: any) => service.serviceType === 'HOME_CARE_PERSONAL').decision;
    expect(home.providerChoice).toEqual({ madeBy: 'REPRESENTATIVE', madeByName: 'Erik Andersson, son och ombud', channel: 'PHONE', provider: { name: 'Kotihoiva Tukholma AB' } });
  });
});

describe('the order to the chosen provider', () => {
  it('refuses another provider than the one chosen', async () => {
    const other = await mutate(subgraph, hanna, ORDER, { decisionId: homeCare, providerId: providerIds['Omsorgsgruppen Söderljus AB'], goals: 'Trygg vardag.', startOn: today });
    expect(other).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'providerId', message: expect.stringContaining('valt en annan utförare') }] });
  });

  it('orders from the chosen provider, who gets what they need to start by mail; Erik is told who will come', async () => {
    const ordered = await mutate(subgraph, hanna, ORDER, {
      decisionId: homeCare,
      providerId: providerIds['Kotihoiva Tukholma AB'],
      goals: 'Signe kan duscha tryggt varje morgon.',
      startOn: today,
      serviceAddress: 'Hägerstensvägen 1, 126 49 Hägersten',
      caseworkerName: 'Hanna Lind',
      caseworkerPhone: '08-508 12 345',
    });
    expect(ordered.data.provider).toEqual({ name: 'Kotihoiva Tukholma AB' });
    const [order] = await waitForMail('tilaukset@kotihoiva.example', (subject) => subject.startsWith('Beställning av hemtjänst'));
    for (const part of ['Namn: Signe Andersson', 'Adress: Hägerstensvägen 1, 126 49 Hägersten', 'Telefon: 070-123 45 67', 'Språk: finska', 'Behöver tolk: ja', '40 timmar per månad', 'Namn: Hanna Lind', 'Telefon: 08-508 12 345']) {
      expect(order!.text).toContain(part);
    }
    expect(order!.subject).not.toContain('Signe');
    const told = await waitForMail('erik@example.se', (subject) => subject.includes('är beställd'));
    expect(told.find((caught) => caught.subject.includes('är beställd'))!.text).toContain('Kotihoiva Tukholma AB, som ska ge hjälpen till Signe Andersson');
  });

  it('takes no new choice once ordered', async () => {
    const late = await mutate(subgraph, citizen(erik, [signe]), CHOOSE, { decisionId: homeCare, providerId: providerIds['Omsorgsgruppen Söderljus AB'] });
    expect(late).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'decisionId' }] });
  });
});

describe('the appeal mails', () => {
  const APPEAL = `mutation($input: AppealDecisionInput!) { appealDecision(input: $input) { __typename ... on MutationAppealDecisionSuccess { data { id } } ${ERRORS} } }`;
  const FORWARD = `mutation($input: ForwardAppealInput!) { forwardAppeal(input: $input) { __typename ${ERRORS} } }`;
  const COURT = `mutation($input: RecordCourtOutcomeInput!) { recordCourtOutcome(input: $input) { __typename ${ERRORS} } }`;

  it('tells Erik, naming Signe, that the appeal arrived, that it went to the court, and what the court decided', async () => {
    const appealed = await mutate(subgraph, citizen(erik, [signe]), APPEAL, { decisionId: alarm, text: 'Mamma behöver larmet även i trädgården.' });
    const appealId = appealed.data.id as string;
    const received = await waitForMail('erik@example.se', (subject) => subject.startsWith('Vi har tagit emot överklagandet'));
    expect(received.find((caught) => caught.subject.startsWith('Vi har tagit emot överklagandet'))!.text).toContain('beslutet om ansökan för Signe Andersson');
    expect((await mutate(subgraph, hanna, FORWARD, { appealId, forwardedOn: today })).__typename).toBe('MutationForwardAppealSuccess');
    expect((await mutate(subgraph, hanna, COURT, { appealId, status: 'COURT_CHANGED', decidedOn: today })).__typename).toBe('MutationRecordCourtOutcomeSuccess');
    const decided = await pollUntil(
      () => mailsTo('erik@example.se').filter((caught) => caught.subject.startsWith('Besked om överklagandet')),
      (mails) => mails.length === 2,
      15_000,
      'both appeal outcomes',
    );
    // Sent by a queue: in either order.
    expect(decided.some((caught) => caught.text.includes('skickat till förvaltningsrätten'))).toBe(true);
    expect(decided.some((caught) => caught.text.includes('Förvaltningsrätten har ändrat beslutet'))).toBe(true);
  });
});

describe('the name a representative’s mail gives', () => {
  it('is kept from the portal when a representative starts an application for someone', async () => {
    const astrid = crypto.randomUUID();
    const START = `mutation($input: StartApplicationInput!) { startApplication(input: $input) { __typename ... on MutationStartApplicationSuccess { data { id } } } }`;
    const started = await mutate(subgraph, citizen(erik, [astrid]), START, { applicantId: astrid, applicantName: 'Astrid Berg' });
    expect((await subgraph.orm.em.fork().findOneOrFail(Application, started.data.id)).applicantName).toBe('Astrid Berg');
  });
});
