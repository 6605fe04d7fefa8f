import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Venue } from '../entities/venue.ts';
import { offeringsService, seedOfferings } from '../service.ts';
import { ANONYMOUS, CASEWORKER, CITIZEN, KERSTIN, mutate, OFFERING_FIELDS, sittgympa } from './editor-testing.ts';

let subgraph: TestSubgraph;
let hagersten: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(offeringsService);
  await seedOfferings(subgraph.orm);
  hagersten = (await subgraph.orm.em.fork().findOneOrFail(Venue, { name: 'Träffpunkt Hägersten' })).id;
});

afterAll(() => subgraph?.close());

const OFFERING_QUERY = `query($id: ID!) { editorOffering(id: $id) { ${OFFERING_FIELDS}
  history { totalCount nodes { action fields contentKind changedAt changedBy { id } } } } }`;

async function created(title = 'Sittgympa') {
  const answer = await mutate(subgraph, KERSTIN, 'createOffering', sittgympa(hagersten, title));
  expect(answer.__typename).toBe('MutationCreateOfferingSuccess');
  return answer.data;
}

describe('who may edit', () => {
  it('refuses a caseworker, a citizen and a visitor every editor query and mutation', async () => {
    const { id } = await created();
    const attempts = [
      ['{ editorOfferings { totalCount } }', {}],
      ['{ editorVenues { totalCount } }', {}],
      ['query($id: ID!) { editorOffering(id: $id) { id } }', { id }],
      ['mutation($i: CreateOfferingInput!) { createOffering(input: $i) { __typename } }', { i: sittgympa(hagersten) }],
      ['mutation($i: UpdateOfferingInput!) { updateOffering(input: $i) { __typename } }', { i: { id, version: 1, texts: [] } }],
      ['mutation($i: PublishContentInput!) { publishOffering(input: $i) { __typename } }', { i: { id, version: 1 } }],
    ] as const;
    for (const [actor, code] of [[CASEWORKER, 'FORBIDDEN'], [CITIZEN, 'FORBIDDEN'], [ANONYMOUS, 'UNAUTHENTICATED']] as const) {
      for (const [query, variables] of attempts) {
        const result = await subgraph.request(actor, query, variables);
        expect(result.errors?.[0]?.extensions?.code, query).toBe(code);
      }
    }
    const after = await subgraph.request(KERSTIN, OFFERING_QUERY, { id });
    expect(after.data.editorOffering).toMatchObject({ version: 1, status: 'DRAFT' });
  });
});

describe('createOffering and updateOffering', () => {
  it('creates a draft of the editor\'s unit with the languages written, and records who did it', async () => {
    const offering = await created('Sittgympa skapad');
    expect(offering).toMatchObject({ status: 'DRAFT', visibleNow: false, version: 1, organiserUnit: (KERSTIN as { unit: string }).unit, writtenLanguages: ['SV', 'FI'], venue: { name: 'Träffpunkt Hägersten' } });
    const read = await subgraph.request(KERSTIN, OFFERING_QUERY, { id: offering.id });
    expect(read.data.editorOffering.history.nodes).toEqual([
      { action: 'CREATED', contentKind: 'OFFERING', changedAt: expect.any(String), changedBy: { id: (KERSTIN as { staffId: string }).staffId }, fields: expect.arrayContaining(['kind', 'sv:title', 'fi:title']) },
    ]);
  });

  it('stores hostile input as the characters typed, never as HTML', async () => {
    const hostile = '<script>alert("x")</script> <img src=x onerror=alert(1)> [klick](javascript:alert(1)) &amp;';
    const input = sittgympa(hagersten, '<b>Fet</b> rubrik');
    input.texts[0]!.description = hostile;
    const answer = await mutate(subgraph, KERSTIN, 'createOffering', input);
    expect(answer.data.texts[0]).toMatchObject({ title: '<b>Fet</b> rubrik', description: hostile });
    const preview = await subgraph.request(KERSTIN, `query($id: ID!) { offeringPreview(id: $id, language: SV) { description { text } } }`, { id: answer.data.id });
    expect(preview.data.offeringPreview.description.text).toBe(hostile);
  });

  it('refuses control characters, too long texts and a missing Swedish text, and saves nothing', async () => {
    const before = (await subgraph.request(KERSTIN, '{ editorOfferings { totalCount } }')).data.editorOfferings.totalCount;
    const control = sittgympa(hagersten, 'Sitt\u0000gympa');
    const tooLong = sittgympa(hagersten, 'x'.repeat(201));
    const noSwedish = { ...sittgympa(hagersten), texts: [sittgympa(hagersten).texts[1]!] };
    const bidi = sittgympa(hagersten, 'Sitt\u202Egympa');
    for (const input of [control, tooLong, noSwedish, bidi]) {
      const answer = await mutate(subgraph, KERSTIN, 'createOffering', input);
      expect(answer.__typename).toBe('ValidationError');
      expect(answer.issues[0].message).not.toBe('');
    }
    const noSwedishAnswer = await mutate(subgraph, KERSTIN, 'createOffering', noSwedish);
    expect(noSwedishAnswer.issues).toEqual([{ field: 'texts', message: expect.stringContaining('svenska') }]);
    expect((await subgraph.request(KERSTIN, '{ editorOfferings { totalCount } }')).data.editorOfferings.totalCount).toBe(before);
  });

  it('changes one language at a time, removes a translation sent empty, and names the fields in the history', async () => {
    const offering = await created();
    const arabic = await mutate(subgraph, KERSTIN, 'updateOffering', { id: offering.id, version: 1, texts: [{ language: 'AR', title: 'رياضة على الكرسي', summary: '', description: '' }] });
    expect(arabic.data).toMatchObject({ version: 2, writtenLanguages: ['SV', 'FI', 'AR'] });
    expect(arabic.data.texts.find((t: { language: string }) => t.language === 'FI').title).toBe('Tuolijumppa');
    const removed = await mutate(subgraph, KERSTIN, 'updateOffering', { id: offering.id, version: 2, texts: [{ language: 'FI', title: '', summary: '', description: '' }], facts: { ...sittgympa(hagersten).facts, price: 20 } });
    expect(removed.data).toMatchObject({ version: 3, writtenLanguages: ['SV', 'AR'], price: 20 });
    const history = (await subgraph.request(KERSTIN, OFFERING_QUERY, { id: offering.id })).data.editorOffering.history;
    expect(history.nodes.map((node: { action: string; fields: string[] }) => [node.action, node.fields])).toEqual([
      ['EDITED', ['price', 'fi:title', 'fi:summary', 'fi:description']],
      ['EDITED', ['ar:title']],
      ['CREATED', expect.any(Array)],
    ]);
  });

  it('refuses a translation without a title', async () => {
    const offering = await created();
    const answer = await mutate(subgraph, KERSTIN, 'updateOffering', { id: offering.id, version: 1, texts: [{ language: 'EN', title: '', summary: 'Only a summary', description: '' }] });
    expect(answer).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'texts.en.title' }] });
  });

  it('answers a stale version with ConflictError and keeps the newer save', async () => {
    const offering = await created();
    await mutate(subgraph, KERSTIN, 'updateOffering', { id: offering.id, version: 1, texts: [{ language: 'SV', title: 'Sittgympa för alla', summary: '', description: '' }] });
    const stale = await mutate(subgraph, KERSTIN, 'updateOffering', { id: offering.id, version: 1, texts: [{ language: 'SV', title: 'Gammal', summary: '', description: '' }] });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 2, message: expect.stringContaining('Någon annan') });
    expect((await subgraph.request(KERSTIN, OFFERING_QUERY, { id: offering.id })).data.editorOffering.title).toBe('Sittgympa för alla');
  });

  it('answers NotFoundError for an offering that is not there', async () => {
    const answer = await mutate(subgraph, KERSTIN, 'updateOffering', { id: '00000000-0000-4000-8000-000000000000', version: 1, texts: [] });
    expect(answer.__typename).toBe('NotFoundError');
  });
});

describe('publishing and the preview', () => {
  const PREVIEW = `query($id: ID!, $language: ContentLanguage) { offeringPreview(id: $id, language: $language) { title { text language translated } venue { id name area } } }`;

  it('shows a draft only to editors, in any language, and to everyone once published between its dates', async () => {
    const offering = await created();
    expect((await subgraph.request(CITIZEN, PREVIEW, { id: offering.id })).data.offeringPreview).toBeNull();
    expect((await subgraph.request(ANONYMOUS, PREVIEW, { id: offering.id })).data.offeringPreview).toBeNull();
    const finnish = await subgraph.request(KERSTIN, PREVIEW, { id: offering.id, language: 'FI' });
    expect(finnish.data.offeringPreview.title).toEqual({ text: 'Tuolijumppa', language: 'FI', translated: true });
    expect(finnish.data.offeringPreview.venue).toEqual({ id: hagersten, name: 'Träffpunkt Hägersten', area: 'Hägersten' });
    const arabic = await subgraph.request(KERSTIN, PREVIEW, { id: offering.id, language: 'AR' });
    expect(arabic.data.offeringPreview.title).toEqual({ text: 'Sittgympa', language: 'SV', translated: false });

    const later = await mutate(subgraph, KERSTIN, 'publishOffering', { id: offering.id, version: 1, publishFrom: '2099-01-01', publishUntil: '2099-01-31' });
    expect(later.data).toMatchObject({ status: 'PUBLISHED', publishFrom: '2099-01-01', publishUntil: '2099-01-31', visibleNow: false, version: 2 });
    expect((await subgraph.request(CITIZEN, PREVIEW, { id: offering.id })).data.offeringPreview).toBeNull();

    const now = await mutate(subgraph, KERSTIN, 'publishOffering', { id: offering.id, version: 2 });
    expect(now.data).toMatchObject({ status: 'PUBLISHED', publishFrom: null, visibleNow: true, version: 3 });
    expect((await subgraph.request(CITIZEN, PREVIEW, { id: offering.id, language: 'FI' })).data.offeringPreview.title.text).toBe('Tuolijumppa');

    const unpublished = await mutate(subgraph, KERSTIN, 'unpublishOffering', { id: offering.id, version: 3 });
    expect(unpublished.data).toMatchObject({ status: 'DRAFT', visibleNow: false, version: 4 });
    expect((await subgraph.request(CITIZEN, PREVIEW, { id: offering.id })).data.offeringPreview).toBeNull();
    const history = (await subgraph.request(KERSTIN, OFFERING_QUERY, { id: offering.id })).data.editorOffering.history.nodes;
    expect(history.map((node: { action: string }) => node.action)).toEqual(['UNPUBLISHED', 'PUBLISHED', 'PUBLISHED', 'CREATED']);
  });

  it('refuses a last day before the first, and a stale version', async () => {
    const offering = await created();
    const backwards = await mutate(subgraph, KERSTIN, 'publishOffering', { id: offering.id, version: 1, publishFrom: '2027-02-10', publishUntil: '2027-02-01' });
    expect(backwards).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'publishUntil' }] });
    const stale = await mutate(subgraph, KERSTIN, 'unpublishOffering', { id: offering.id, version: 7 });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
  });
});

describe('editorOfferings', () => {
  it('lists drafts and published, filtered by status, kind, venue and words in the title (wildcards are words)', async () => {
    const stamp = `Filtertest ${Date.now()}`;
    const draft = await created(`${stamp} utkast`);
    const published = await created(`${stamp} 100% publicerad`);
    await mutate(subgraph, KERSTIN, 'publishOffering', { id: published.id, version: 1 });
    const list = async (filter: object) =>
      (await subgraph.request(KERSTIN, `query($f: EditorOfferingFilter) { editorOfferings(filter: $f, limit: 50) { totalCount nodes { id } } }`, { f: filter })).data.editorOfferings;
    expect((await list({ search: stamp })).totalCount).toBe(2);
    expect((await list({ search: stamp, status: 'DRAFT' })).nodes).toEqual([{ id: draft.id }]);
    expect((await list({ search: stamp, status: 'PUBLISHED', kind: 'ACTIVITY', venueId: hagersten })).nodes).toEqual([{ id: published.id }]);
    expect((await list({ search: `${stamp} 100%` })).nodes).toEqual([{ id: published.id }]);
    expect((await list({ search: `${stamp} 1_0%` })).totalCount).toBe(0);
    expect((await list({ search: stamp, kind: 'MEAL' })).totalCount).toBe(0);
  });
});

describe('venues', () => {
  const VENUE_FIELDS = 'id version name postalCode status visibleNow writtenLanguages texts { language openingHours } history { nodes { action fields } }';
  const facts = { kind: 'MEETING_PLACE', name: 'Träffpunkt Testvik', streetAddress: 'Testvägen 1', postalCode: '12649', city: 'Stockholm', district: 'Hägersten-Älvsjö', area: 'Testvik', phone: null, email: null, stepFree: true, hearingLoop: true, accessibleToilet: false };
  const swedish = { language: 'SV', description: 'En träffpunkt.', openingHours: 'Måndag–fredag 10–16.', holidayHours: 'Stängt på helgdagar.', directions: 'Buss 133.', accessibility: 'Ramp vid entrén.' };

  it('creates a draft venue, adds Finnish, publishes and unpublishes, with the history', async () => {
    const created = await mutate(subgraph, KERSTIN, 'createVenue', { facts, texts: [swedish] }, VENUE_FIELDS);
    expect(created.data).toMatchObject({ name: 'Träffpunkt Testvik', postalCode: '126 49', status: 'DRAFT', visibleNow: false, writtenLanguages: ['SV'] });
    const finnish = await mutate(subgraph, KERSTIN, 'updateVenue', { id: created.data.id, version: 1, texts: [{ ...swedish, language: 'FI', openingHours: 'Maanantai–perjantai 10–16.' }] }, VENUE_FIELDS);
    expect(finnish.data).toMatchObject({ version: 2, writtenLanguages: ['SV', 'FI'] });
    const published = await mutate(subgraph, KERSTIN, 'publishVenue', { id: created.data.id, version: 2 }, VENUE_FIELDS);
    expect(published.data).toMatchObject({ status: 'PUBLISHED', visibleNow: true, version: 3 });
    const unpublished = await mutate(subgraph, KERSTIN, 'unpublishVenue', { id: created.data.id, version: 3 }, VENUE_FIELDS);
    expect(unpublished.data.history.nodes.map((node: { action: string }) => node.action)).toEqual(['UNPUBLISHED', 'PUBLISHED', 'EDITED', 'CREATED']);
    const stale = await mutate(subgraph, KERSTIN, 'updateVenue', { id: created.data.id, version: 3, facts }, VENUE_FIELDS);
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 4 });
    const list = await subgraph.request(KERSTIN, '{ editorVenues(limit: 100) { nodes { name status } } }');
    expect(list.data.editorVenues.nodes).toContainEqual({ name: 'Träffpunkt Testvik', status: 'DRAFT' });
  });

  it('refuses a postal code that is not five digits', async () => {
    const answer = await mutate(subgraph, KERSTIN, 'createVenue', { facts: { ...facts, postalCode: '1264' }, texts: [swedish] }, VENUE_FIELDS);
    expect(answer).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'facts.postalCode' }] });
  });
});
