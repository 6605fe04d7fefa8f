import type { Actor } from '@omsorg/platform';
import { startTestSubgraph, type TestSubgraph } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentChange } from '../entities/content-change.ts';
import { InformationPage } from '../entities/information-page.ts';
import { offeringsService } from '../service.ts';
import { INFORMATION_PAGES, seedInformationPages } from './seed/index.ts';

const anonymous: Actor = { kind: 'anonymous' };
const citizen: Actor = { kind: 'person', personId: '3d0c4c0e-7a57-4f0a-9a56-6a7d3e1f2b01', actingFor: [] };
const editor: Actor = { kind: 'staff', staffId: '6f1c2a0e-1b2c-4d5e-8f90-a1b2c3d4e5f6', roles: ['ACTIVITIES'], unit: 'Träffpunkter och aktiviteter, Hägersten-Älvsjö' };
const caseworker: Actor = { kind: 'staff', staffId: '7a1c2a0e-1b2c-4d5e-8f90-a1b2c3d4e5f7', roles: ['CASEWORKER', 'MANAGER'], unit: 'Beställarenhet Hägersten-Älvsjö' };

const PAGE = `query($slug: String!, $language: ContentLanguage) {
  informationPage(slug: $slug, language: $language) { slug isPublished languages title { text language translated } summary { text } body { text language translated } }
}`;
const LIST = `query($language: ContentLanguage) { informationPages(language: $language) { totalCount nodes { slug title { text language translated } } } }`;
const RESULT = `__typename
  ... on Error { message }
  ... on ValidationError { issues { field message } }
  ... on ConflictError { currentVersion }`;
const CREATE = `mutation($input: CreateInformationPageInput!) { createInformationPage(input: $input) { ${RESULT} ... on MutationCreateInformationPageSuccess { data { id version status } } } }`;
const SAVE = `mutation($input: SaveInformationPageTextInput!) { saveInformationPageText(input: $input) { ${RESULT} ... on MutationSaveInformationPageTextSuccess { data { version texts { language title } } } } }`;
const PUBLISH = `mutation($input: PublishInformationPageInput!) { publishInformationPage(input: $input) { ${RESULT} ... on MutationPublishInformationPageSuccess { data { version status publishFrom publishUntil } } } }`;
const UNPUBLISH = `mutation($input: UnpublishInformationPageInput!) { unpublishInformationPage(input: $input) { ${RESULT} ... on MutationUnpublishInformationPageSuccess { data { version status } } } }`;
const EDITABLE = `query($id: ID!) { editableInformationPage(id: $id) { version status texts { language title body } history { totalCount nodes { action fields changedBy { id } } } } }`;

let subgraph: TestSubgraph;
let counter = 0;

beforeAll(async () => {
  subgraph = await startTestSubgraph(offeringsService);
});

afterAll(() => subgraph?.close());

async function newDraft(body = 'Första stycket.\n\n- en punkt'): Promise<{ id: string; slug: string }> {
  const slug = `testsida-${++counter}`;
  const result = await subgraph.request(editor, CREATE, { input: { slug, title: `Testsida ${counter}`, summary: 'Kort.', body, position: 100 + counter } });
  expect(result.data.createInformationPage.__typename).toBe('MutationCreateInformationPageSuccess');
  return { id: result.data.createInformationPage.data.id, slug };
}

async function publish(id: string, version: number, days: { publishFrom?: string; publishUntil?: string } = {}) {
  return (await subgraph.request(editor, PUBLISH, { input: { id, version, ...days } })).data.publishInformationPage;
}

describe('the seeded pages', () => {
  it('are published in their order in every language, and seeding again changes nothing', async () => {
    await seedInformationPages(subgraph.orm);
    await seedInformationPages(subgraph.orm);
    expect(await subgraph.orm.em.fork().count(InformationPage, { slug: { $in: INFORMATION_PAGES.map((page) => page.slug) } })).toBe(6);
    const list = await subgraph.request(anonymous, LIST, { language: 'FI' });
    const seeded = list.data.informationPages.nodes.filter((node: { slug: string }) => !node.slug.startsWith('testsida-'));
    expect(seeded.map((node: { slug: string }) => node.slug)).toEqual(INFORMATION_PAGES.map((page) => page.slug));
    expect(seeded[1].title).toEqual({ text: 'Oikeus suomenkieliseen vanhustenhuoltoon', language: 'FI', translated: true });
    const plain = await subgraph.request(anonymous, PAGE, { slug: 'finska', language: 'SV_X_EASY' });
    expect(plain.data.informationPage.title).toEqual({ text: 'Äldreomsorg på finska', language: 'SV_X_EASY', translated: true });
  });
});

describe('reading information pages', () => {
  it('shows a draft to editors only, and the published page to everyone', async () => {
    const { id, slug } = await newDraft();
    for (const actor of [anonymous, citizen, caseworker]) {
      expect((await subgraph.request(actor, PAGE, { slug })).data.informationPage, actor.kind).toBeNull();
    }
    expect((await subgraph.request(editor, PAGE, { slug })).data.informationPage).toMatchObject({ slug, isPublished: false });
    expect((await subgraph.request(anonymous, LIST, {})).data.informationPages.nodes.map((node: { slug: string }) => node.slug)).not.toContain(slug);

    expect((await publish(id, 1)).__typename).toBe('MutationPublishInformationPageSuccess');
    const read = await subgraph.request(anonymous, PAGE, { slug });
    expect(read.data.informationPage).toMatchObject({ slug, isPublished: true, title: { text: `Testsida ${counter}`, language: 'SV', translated: true } });
    expect((await subgraph.request(anonymous, LIST, {})).data.informationPages.nodes.map((node: { slug: string }) => node.slug)).toContain(slug);
  });

  it('answers in the language asked for, in Swedish where it is not written, and says so', async () => {
    const { id, slug } = await newDraft();
    const saved = await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'FI', title: 'Testisivu', summary: 'Lyhyt.', body: 'Suomeksi.' } });
    expect(saved.data.saveInformationPageText.data.texts.map((text: { language: string }) => text.language)).toEqual(['SV', 'FI']);
    await publish(id, 2);
    const finnish = await subgraph.request(anonymous, PAGE, { slug, language: 'FI' });
    expect(finnish.data.informationPage.title).toEqual({ text: 'Testisivu', language: 'FI', translated: true });
    const arabic = await subgraph.request(anonymous, PAGE, { slug, language: 'AR' });
    expect(arabic.data.informationPage.body).toEqual({ text: 'Första stycket.\n\n- en punkt', language: 'SV', translated: false });
    // Without the argument, the request's language (plain Swedish reaches the services as sv).
    const byRequest = await subgraph.request(anonymous, PAGE, { slug }, 'fi');
    expect(byRequest.data.informationPage.title.language).toBe('FI');
    const plain = await subgraph.request(anonymous, PAGE, { slug, language: 'SV_X_EASY' });
    expect(plain.data.informationPage.title).toMatchObject({ language: 'SV', translated: false });
  });

  it('keeps a page off the list before its first day and after its last', async () => {
    const { id, slug } = await newDraft();
    expect((await publish(id, 1, { publishFrom: '2099-01-01' })).data.publishFrom).toBe('2099-01-01');
    expect((await subgraph.request(anonymous, PAGE, { slug })).data.informationPage).toBeNull();
    const past = await publish(id, 2, { publishFrom: '2020-01-01', publishUntil: '2020-12-31' });
    expect(past.data).toMatchObject({ publishFrom: '2020-01-01', publishUntil: '2020-12-31' });
    expect((await subgraph.request(anonymous, PAGE, { slug })).data.informationPage).toBeNull();
    const reversed = await publish(id, 3, { publishFrom: '2026-02-01', publishUntil: '2026-01-01' });
    expect(reversed.__typename).toBe('ValidationError');
    expect(reversed.issues[0].field).toBe('publishUntil');
  });
});

describe('editing information pages', () => {
  it('lets no one but the activities staff create, save, publish, unpublish or read for editing, on every path', async () => {
    const { id } = await newDraft();
    for (const actor of [anonymous, citizen, caseworker]) {
      const expected = actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      const attempts = [
        subgraph.request(actor, CREATE, { input: { slug: `inte-${actor.kind}`, title: 'x', summary: '', body: 'x' } }),
        subgraph.request(actor, SAVE, { input: { id, version: 1, language: 'SV', title: 'x', summary: '', body: 'x' } }),
        subgraph.request(actor, PUBLISH, { input: { id, version: 1 } }),
        subgraph.request(actor, UNPUBLISH, { input: { id, version: 1 } }),
        subgraph.request(actor, EDITABLE, { id }),
        subgraph.request(actor, `{ editableInformationPages { totalCount } }`),
      ];
      for (const result of await Promise.all(attempts)) expect(result.errors?.[0]?.extensions?.code, actor.kind).toBe(expected);
    }
    const page = await subgraph.orm.em.fork().findOneOrFail(InformationPage, { id });
    expect(page).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(await subgraph.orm.em.fork().count(InformationPage, { slug: { $like: 'inte-%' } })).toBe(0);
  });

  it('refuses a stale version with a ConflictError and saves nothing', async () => {
    const { id } = await newDraft();
    await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'EN', title: 'Test page', summary: '', body: 'In English.' } });
    const stale = await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'EN', title: 'Overwritten', summary: '', body: 'x' } });
    expect(stale.data.saveInformationPageText).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const unpublishStale = await subgraph.request(editor, UNPUBLISH, { input: { id, version: 1 } });
    expect(unpublishStale.data.unpublishInformationPage.__typename).toBe('ConflictError');
    const page = await subgraph.orm.em.fork().findOneOrFail(InformationPage, { id });
    expect(page.texts.en?.title).toBe('Test page');
  });

  it('refuses links that are not https: or a path, control characters and too long texts, in the editor’s language', async () => {
    const { id } = await newDraft();
    const badLink = await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'SV', title: 'T', summary: '', body: '[klicka](javascript:alert(1))' } });
    expect(badLink.data.saveInformationPageText).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'body', message: expect.stringContaining('https://') }] });
    const hostLink = await subgraph.request(editor, CREATE, { input: { slug: 'lank-sida', title: 'T', summary: '', body: '[x](//evil.example)' } });
    expect(hostLink.data.createInformationPage.__typename).toBe('ValidationError');
    const control = await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'SV', title: 'T\u0000', summary: '', body: 'x' } });
    expect(control.data.saveInformationPageText).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'title' }] });
    const long = await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'SV', title: 'T'.repeat(201), summary: '', body: 'x' } });
    expect(long.data.saveInformationPageText.__typename).toBe('ValidationError');
    const english = await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'SV', title: 'T', summary: '', body: '[x](data:text/html,hi)' } }, 'en');
    expect(english.data.saveInformationPageText.issues[0].message).toMatch(/^A link must start with https:\/\//);
    expect((await subgraph.orm.em.fork().findOneOrFail(InformationPage, { id })).version).toBe(1);
  });

  it('stores HTML as typed, never as markup', async () => {
    const { id, slug } = await newDraft('<script>alert(1)</script><img src=x onerror=alert(1)>');
    await publish(id, 1);
    const read = await subgraph.request(anonymous, PAGE, { slug });
    expect(read.data.informationPage.body.text).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>');
  });

  it('refuses a second page at the same address and a bad address', async () => {
    const { slug } = await newDraft();
    const again = await subgraph.request(editor, CREATE, { input: { slug, title: 'T', summary: '', body: 'x' } });
    expect(again.data.createInformationPage).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'slug' }] });
    const bad = await subgraph.request(editor, CREATE, { input: { slug: 'Stora Bokstäver', title: 'T', summary: '', body: 'x' } });
    expect(bad.data.createInformationPage.issues[0].field).toBe('slug');
  });

  it('removes a translation when all its fields are emptied, never the Swedish text', async () => {
    const { id } = await newDraft();
    await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'AR', title: 'صفحة', summary: '', body: 'نص.' } });
    const removed = await subgraph.request(editor, SAVE, { input: { id, version: 2, language: 'AR', title: '', summary: '', body: '' } });
    expect(removed.data.saveInformationPageText.data.texts.map((text: { language: string }) => text.language)).toEqual(['SV']);
    const swedish = await subgraph.request(editor, SAVE, { input: { id, version: 3, language: 'SV', title: '', summary: '', body: '' } });
    expect(swedish.data.saveInformationPageText.__typename).toBe('ValidationError');
  });

  it('keeps who changed what, newest first, with the languages', async () => {
    const { id } = await newDraft();
    await subgraph.request(editor, SAVE, { input: { id, version: 1, language: 'FI', title: 'Otsikko', summary: '', body: 'Teksti.' } });
    await publish(id, 2);
    await subgraph.request(editor, UNPUBLISH, { input: { id, version: 3 } });
    const read = await subgraph.request(editor, EDITABLE, { id });
    expect(read.data.editableInformationPage).toMatchObject({ version: 4, status: 'DRAFT' });
    expect(read.data.editableInformationPage.history.nodes).toEqual([
      { action: 'UNPUBLISHED', fields: ['status'], changedBy: { id: editor.kind === 'staff' ? editor.staffId : '' } },
      { action: 'PUBLISHED', fields: ['status', 'publishFrom', 'publishUntil'], changedBy: expect.any(Object) },
      { action: 'EDITED', fields: ['fi:title', 'fi:body'], changedBy: expect.any(Object) },
      { action: 'CREATED', fields: ['slug', 'sv:title', 'sv:summary', 'sv:body'], changedBy: expect.any(Object) },
    ]);
    expect(await subgraph.orm.em.fork().count(ContentChange, { contentId: id })).toBe(4);
  });
});
