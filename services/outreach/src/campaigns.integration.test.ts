import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLogEntry } from '@omsorg/platform';
import { Campaign } from './entities/campaign.ts';
import { CohortMember } from './entities/cohort-member.ts';
import { outreachService } from './service.ts';
import { TEST_UNIT, testActors } from './testing/actors.ts';
import { addResidents, personFacts, setCareStatus } from './testing/residents.ts';

const UNIT = TEST_UNIT;
const { omar, otherUnitWorker, caseworker, citizen, anonymous } = testActors();

const ERRORS = `... on Error { __typename message } ... on ValidationError { issues { field message } }`;
const FIELDS = `id name status unit cohortFixedAt cohortSize cohortRule { age year districtAreas excludeCurrentCare notInvitedWithinMonths }`;
const CREATE = `mutation($input: CampaignInput!) { createCampaign(input: $input) { __typename ... on MutationCreateCampaignSuccess { data { ${FIELDS} } } ${ERRORS} } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { __typename ... on MutationUpdateCampaignSuccess { data { ${FIELDS} } } ${ERRORS} } }`;
const STATUS = `mutation($input: ChangeCampaignStatusInput!) { changeCampaignStatus(input: $input) { __typename ... on MutationChangeCampaignStatusSuccess { data { status } } ${ERRORS} } }`;
const FIX = `mutation($input: FixCohortInput!) { fixCohort(input: $input) { __typename ... on MutationFixCohortSuccess { data { ${FIELDS} } } ${ERRORS} ... on CohortAlreadyFixedError { fixedAt } } }`;
const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { ${FIELDS} } }`;
const CAMPAIGNS = `query { campaigns(limit: 100) { totalCount nodes { id name unit } } }`;
const PREVIEW = `query($id: ID, $rule: CohortRuleInput) { campaignCohortPreview(id: $id, rule: $rule) { women men total } }`;
const COHORT = `query($id: ID!, $search: String, $offset: Int, $limit: Int) { campaignCohort(id: $id, search: $search, offset: $offset, limit: $limit) {
  totalCount hasNextPage nodes { personId givenName familyName birthDate districtArea streetAddress postalCode postalTown } } }`;
const AREAS = `query { campaignDistrictAreas }`;
const OPENINGS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { outreachOpenings(limit: 10) { nodes { what staff { id } } } } } }`;

const HAGERSTEN_ALVSJO = ['Fruängen', 'Hägersten', 'Västertorp', 'Midsommarkransen', 'Liseberg', 'Älvsjö', 'Solberga'];
const rule75 = { age: 75, year: 2026, districtAreas: HAGERSTEN_ALVSJO, excludeCurrentCare: true, notInvitedWithinMonths: 12 };
const campaignInput = (name: string, cohortRule: object = rule75) => ({
  name,
  startsOn: '2027-02-01',
  endsOn: '2027-05-31',
  targetDescription: 'Alla som fyller 75 i år och bor i Hägersten-Älvsjö.',
  cohortRule,
});

let subgraph: TestSubgraph;
const birgitta = personFacts({ givenName: 'Birgitta', familyName: 'Ek', birthDate: '1951-09-23', districtArea: 'Fruängen' });
const karl = personFacts({ givenName: 'Karl', familyName: 'Nilsson', birthDate: '1945-08-08', legalGender: 'MALE', districtArea: 'Hägersten' });
const bengt = personFacts({ givenName: 'Bengt', familyName: 'Åberg', birthDate: '1951-02-11', legalGender: 'MALE', districtArea: 'Västertorp' });
const helmi = personFacts({ givenName: 'Helmi', familyName: 'Korhonen', birthDate: '1951-12-31', districtArea: 'Älvsjö', preferredLanguage: 'fi' });
const withCare = personFacts({ givenName: 'Gun', familyName: 'Hemtjänst', birthDate: '1951-05-05', districtArea: 'Hägersten' });
const elsewhere = personFacts({ givenName: 'Sven', familyName: 'Skärholm', birthDate: '1951-05-05', legalGender: 'MALE', districtArea: 'Skärholmen' });
const tooYoung = personFacts({ givenName: 'Unga', familyName: 'Fruängen', birthDate: '1952-01-01', districtArea: 'Fruängen' });

async function create(actor: Actor, name: string, cohortRule?: object) {
  const result = await subgraph.request(actor, CREATE, { input: campaignInput(name, cohortRule) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.createCampaign;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(outreachService);
  await addResidents(subgraph.orm, [birgitta, karl, bengt, helmi, withCare, elsewhere, tooYoung]);
  await setCareStatus(subgraph.orm, withCare.id, true);
  await setCareStatus(subgraph.orm, birgitta.id, false);
});
afterAll(() => subgraph?.close());

describe('a campaign and its cohort', () => {
  it('is created for the worker’s unit, previewed by gender, fixed once, and then lists its residents', async () => {
    const created = await create(omar, 'Hälsosamtal 75 (test)');
    expect(created).toMatchObject({ __typename: 'MutationCreateCampaignSuccess', data: { unit: UNIT, status: 'PLANNED', cohortFixedAt: null, cohortSize: null } });
    const id = created.data.id;

    const preview = await subgraph.request(omar, PREVIEW, { id });
    expect(preview.errors).toBeUndefined();
    // Birgitta, Helmi and Bengt; not Karl (born 1945), not Gun (care services), not Sven (Skärholmen), not 1952.
    expect(preview.data.campaignCohortPreview).toEqual({ women: 2, men: 1, total: 3 });
    expect((await subgraph.request(omar, PREVIEW, { rule: { ...rule75, excludeCurrentCare: false } })).data.campaignCohortPreview).toEqual({ women: 3, men: 1, total: 4 });
    expect((await subgraph.request(omar, PREVIEW, { rule: { ...rule75, age: 81, year: 2026 } })).data.campaignCohortPreview).toEqual({ women: 0, men: 1, total: 1 });

    const fixed = await subgraph.request(omar, FIX, { input: { id } });
    expect(fixed.data.fixCohort).toMatchObject({ __typename: 'MutationFixCohortSuccess', data: { cohortSize: 3 } });
    expect(fixed.data.fixCohort.data.cohortFixedAt).not.toBeNull();
    const members = await subgraph.orm.em.fork().find(CohortMember, { campaign: id });
    expect(members.map((member) => member.personId).sort()).toEqual([birgitta.id, bengt.id, helmi.id].sort());

    const again = await subgraph.request(omar, FIX, { input: { id } });
    expect(again.data.fixCohort).toMatchObject({ __typename: 'CohortAlreadyFixedError', fixedAt: fixed.data.fixCohort.data.cohortFixedAt });

    const page = await subgraph.request(omar, COHORT, { id, limit: 2 });
    expect(page.data.campaignCohort).toMatchObject({ totalCount: 3, hasNextPage: true });
    expect(page.data.campaignCohort.nodes.map((node: { familyName: string }) => node.familyName)).toEqual(['Ek', 'Korhonen']);
    expect(page.data.campaignCohort.nodes[0]).toMatchObject({ birthDate: '1951-09-23', districtArea: 'Fruängen', streetAddress: 'Fruängsgården 1' });
    const found = await subgraph.request(omar, COHORT, { id, search: 'bengt åb' });
    expect(found.data.campaignCohort).toMatchObject({ totalCount: 1, nodes: [{ givenName: 'Bengt' }] });
    expect((await subgraph.request(omar, COHORT, { id, search: '%' })).data.campaignCohort.totalCount).toBe(0);
  });

  it('logs one entry per resident shown, for the person to see', async () => {
    const { data } = await create(omar, 'Loggas', { ...rule75, notInvitedWithinMonths: null });
    await subgraph.request(omar, FIX, { input: { id: data.id } });
    await subgraph.request(omar, COHORT, { id: data.id, limit: 1 });
    const entries = await subgraph.orm.em.fork().find(AccessLogEntry, { resource: 'cohort-member', resourceId: data.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ staffId: omar.kind === 'staff' ? omar.staffId : '', personId: birgitta.id });
    // Birgitta sees the read on "Mina uppgifter"; Karl, the caseworker and Omar himself do not see hers.
    const mine = await subgraph.request({ kind: 'person', personId: birgitta.id, actingFor: [] }, OPENINGS, { r: [{ __typename: 'Person', id: birgitta.id }] });
    expect(mine.data._entities[0].outreachOpenings.nodes[0]).toEqual({ what: 'COHORT', staff: { id: entries[0]!.staffId } });
    for (const reader of [{ kind: 'person', personId: karl.id, actingFor: [] } as Actor, caseworker, omar]) {
      const result = await subgraph.request(reader, OPENINGS, { r: [{ __typename: 'Person', id: birgitta.id }] });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('leaves out people in another campaign’s cohort fixed within the months, and keeps them when the months are 0', async () => {
    const { data } = await create(omar, 'Påminnelse inom ett år', { ...rule75, notInvitedWithinMonths: 12 });
    // Birgitta, Bengt and Helmi are in the first tests' fixed cohorts.
    expect((await subgraph.request(omar, PREVIEW, { id: data.id })).data.campaignCohortPreview.total).toBe(0);
    expect((await subgraph.request(omar, PREVIEW, { rule: { ...rule75, notInvitedWithinMonths: 0 } })).data.campaignCohortPreview.total).toBe(3);
    expect((await subgraph.request(omar, PREVIEW, { rule: { ...rule75, notInvitedWithinMonths: null } })).data.campaignCohortPreview.total).toBe(3);
  });

  it('refuses a rule outside its bounds with Swedish messages on the fields', async () => {
    const refused = await create(omar, 'Fel', { ...rule75, age: 59, notInvitedWithinMonths: 121, districtAreas: Array.from({ length: 51 }, (_, i) => `Område ${i}`) });
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.issues.map((issue: { field: string }) => issue.field).sort()).toEqual(['cohortRule.age', 'cohortRule.districtAreas', 'cohortRule.notInvitedWithinMonths'].sort());
    const longArea = await create(omar, 'Fel', { ...rule75, districtAreas: ['x'.repeat(101)] });
    expect(longArea.issues).toEqual([{ field: 'cohortRule.districtAreas.0', message: expect.stringContaining('100') }]);
    expect(refused.issues.find((issue: { field: string }) => issue.field === 'cohortRule.age').message).toBe('Ange en ålder mellan 60 och 110 år.');
    const backwards = await subgraph.request(omar, CREATE, { input: { ...campaignInput('Baklänges'), startsOn: '2027-03-01', endsOn: '2027-02-01' } });
    expect(backwards.data.createCampaign.issues).toEqual([{ field: 'endsOn', message: 'Slutdatumet kan inte vara före startdatumet.' }]);
  });

  it('changes name, period and rule until the cohort is fixed, and after that everything but the rule', async () => {
    const { data } = await create(omar, 'Ändras', { ...rule75, age: null, districtAreas: [] });
    expect((await subgraph.request(omar, FIX, { input: { id: data.id } })).data.fixCohort.__typename).toBe('ValidationError');
    const changed = await subgraph.request(omar, UPDATE, { input: { id: data.id, campaign: campaignInput('Ändrad', { ...rule75, districtAreas: [' Fruängen', 'fruängen'] }) } });
    expect(changed.data.updateCampaign.data).toMatchObject({ name: 'Ändrad', cohortRule: { age: 75, districtAreas: ['Fruängen'] } });
    await subgraph.request(omar, FIX, { input: { id: data.id } });
    const renamed = await subgraph.request(omar, UPDATE, { input: { id: data.id, campaign: campaignInput('Omdöpt', { ...rule75, districtAreas: ['Fruängen'] }) } });
    expect(renamed.data.updateCampaign.data.name).toBe('Omdöpt');
    const ruleChanged = await subgraph.request(omar, UPDATE, { input: { id: data.id, campaign: campaignInput('Omdöpt', { ...rule75, age: 80 }) } });
    expect(ruleChanged.data.updateCampaign).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'cohortRule' }] });
  });

  it('moves status forward only', async () => {
    const { data } = await create(omar, 'Status');
    expect((await subgraph.request(omar, STATUS, { input: { id: data.id, status: 'ACTIVE' } })).data.changeCampaignStatus).toMatchObject({ data: { status: 'ACTIVE' } });
    expect((await subgraph.request(omar, STATUS, { input: { id: data.id, status: 'PLANNED' } })).data.changeCampaignStatus.__typename).toBe('ValidationError');
  });

  it('offers the areas residents are known to live in', async () => {
    const areas = (await subgraph.request(omar, AREAS)).data.campaignDistrictAreas;
    expect(areas).toEqual(expect.arrayContaining(['Fruängen', 'Hägersten', 'Skärholmen']));
  });
});

describe('who may not', () => {
  let id: string;
  beforeAll(async () => {
    id = (await create(omar, 'Bara för enheten')).data.id;
    await subgraph.request(omar, FIX, { input: { id } });
  });

  it('shows the campaign list only the actor’s own unit’s campaigns', async () => {
    const own = await subgraph.request(omar, CAMPAIGNS);
    expect(own.data.campaigns.nodes.every((node: { unit: string }) => node.unit === UNIT)).toBe(true);
    expect(own.data.campaigns.nodes.some((node: { id: string }) => node.id === id)).toBe(true);
    const other = await subgraph.request(otherUnitWorker, CAMPAIGNS);
    expect(other.data.campaigns.nodes.some((node: { id: string }) => node.id === id)).toBe(false);
  });

  it('gives an outreach worker of another unit nothing: null queries, NotFound mutations, no log entry', async () => {
    expect((await subgraph.request(otherUnitWorker, CAMPAIGN, { id })).data.campaign).toBeNull();
    expect((await subgraph.request(otherUnitWorker, PREVIEW, { id })).data.campaignCohortPreview).toBeNull();
    expect((await subgraph.request(otherUnitWorker, COHORT, { id })).data.campaignCohort).toBeNull();
    for (const [query, field, input] of [
      [UPDATE, 'updateCampaign', { id, campaign: campaignInput('Kapad') }],
      [STATUS, 'changeCampaignStatus', { id, status: 'CLOSED' }],
      [FIX, 'fixCohort', { id }],
    ] as const) {
      expect((await subgraph.request(otherUnitWorker, query, { input })).data[field].__typename).toBe('NotFoundError');
    }
    const campaign = await subgraph.orm.em.fork().findOneOrFail(Campaign, id);
    expect(campaign).toMatchObject({ name: 'Bara för enheten', status: 'PLANNED' });
    const staffId = otherUnitWorker.kind === 'staff' ? otherUnitWorker.staffId : '';
    expect(await subgraph.orm.em.fork().count(AccessLogEntry, { staffId })).toBe(0);
  });

  it('refuses a caseworker, a citizen and a visitor every query and mutation', async () => {
    for (const actor of [caseworker, citizen, anonymous]) {
      const expected = actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      for (const [query, variables] of [
        [CAMPAIGNS, {}],
        [CAMPAIGN, { id }],
        [PREVIEW, { id }],
        [COHORT, { id }],
        [AREAS, {}],
        [CREATE, { input: campaignInput('Inte min') }],
        [UPDATE, { input: { id, campaign: campaignInput('Inte min') } }],
        [STATUS, { input: { id, status: 'CLOSED' } }],
        [FIX, { input: { id } }],
      ] as const) {
        const result = await subgraph.request(actor, query, variables);
        expect(result.errors?.[0]?.extensions?.code, `${actor.kind} ${query.slice(0, 40)}`).toBe(expected);
      }
    }
    expect(await subgraph.orm.em.fork().count(Campaign, { name: 'Inte min' })).toBe(0);
  });
});
