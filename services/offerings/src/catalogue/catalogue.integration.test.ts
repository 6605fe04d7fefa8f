import type { Actor } from '@omsorg/platform';
import { internalTokenKey, signInternalToken } from '@omsorg/platform';
import { countStatements, startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@omsorg/platform/testing';
import { instantInStockholm } from '@omsorg/rules';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offering } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';
import { offeringsService, seedOfferings } from '../service.ts';

const anonymous: Actor = { kind: 'anonymous' };
const editor: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-000000000001', roles: ['ACTIVITIES'], unit: 'Träffpunkter och aktiviteter, Hägersten-Älvsjö' };

// A week of its own, far from the seeded weeks: Monday 1 to Sunday 7 March 2027, at a test area.
const AREA = 'Provby';
const MONDAY = '2027-03-01';
const SUNDAY = '2027-03-07';
const at = (day: string, time: string) => instantInStockholm(day, time);

const SESSIONS = `query($filter: OfferingSessionFilter, $language: ContentLanguage, $offset: Int, $limit: Int) {
  offeringSessions(filter: $filter, language: $language, offset: $offset, limit: $limit) {
    totalCount hasNextPage
    nodes {
      id day startTime endTime room capacity placesLeft waitingCount cancelled price language calendarUrl
      offering { id kind audience title { text language translated } summary { text translated } }
      venue { id name area stepFree hearingLoop accessibleToilet }
    }
  }
}`;

let subgraph: TestSubgraph;
const ids: Record<string, string> = {};

beforeAll(async () => {
  subgraph = await startTestSubgraph(offeringsService);
  await seedOfferings(subgraph.orm);
  const em = subgraph.orm.em.fork();
  const texts = (sv: string) => ({ openingHours: 'Måndag–fredag 10–16', holidayHours: '', directions: 'Buss 133 till Provby torg.', accessibility: 'Ramp.', description: sv });
  const open = em.create(Venue, { name: 'Träffpunkt Provby', streetAddress: 'Provvägen 1', postalCode: '126 00', area: AREA, stepFree: true, hearingLoop: true, phone: '08-123 45', texts: { sv: texts('Öppen') } });
  const stairs = em.create(Venue, { name: 'Mötesplats Trappan', streetAddress: 'Trappvägen 2', postalCode: '126 01', area: AREA, texts: { sv: texts('Trappor') } });
  const hidden = em.create(Venue, { name: 'Träffpunkt Utkast', streetAddress: 'Utkastvägen 3', postalCode: '126 02', area: AREA, status: 'DRAFT', texts: { sv: texts('Utkast') } });
  const offering = (title: string, extra: Partial<Offering> & { venue: Venue }) =>
    em.create(Offering, { kind: 'ACTIVITY', texts: { sv: { title, summary: `Om ${title}`, description: '' } }, organiserUnit: 'Provenheten', status: 'PUBLISHED', ...extra });
  const gympa = offering('Provgympa', { venue: open, texts: { sv: { title: 'Provgympa', summary: 'Gympa på stol', description: '' }, fi: { title: 'Koejumppa', summary: 'Tuolijumppa', description: '' } } });
  const konsert = offering('Provkonsert 100%', { venue: stairs, kind: 'CULTURE', price: 50 });
  const finska = offering('Provsamtal', { venue: open, language: 'fi' });
  const draft = offering('Provutkast', { venue: open, status: 'DRAFT' });
  const later = offering('Provsenare', { venue: open, publishFrom: new Date(Date.now() + 86_400_000) });
  const atHidden = offering('Provdold plats', { venue: hidden });
  const session = (of: Offering, venue: Venue, day: string, time: string, extra: Partial<Session> = {}) =>
    em.create(Session, { offering: of, venue, startsAt: at(day, time), endsAt: new Date(at(day, time).getTime() + 3_600_000), capacity: 10, ...extra });
  const first = session(gympa, open, MONDAY, '10:00', { room: 'Stora salen', capacity: 2, registeredCount: 2 });
  session(gympa, open, '2027-03-03', '10:00');
  session(konsert, stairs, '2027-03-04', '14:00', { capacity: null });
  session(konsert, stairs, '2027-03-05', '14:00', { price: 0 });
  session(finska, open, '2027-03-06', '11:00');
  const sundayLate = session(gympa, open, SUNDAY, '23:00', { language: 'ar' });
  session(gympa, open, '2027-03-08', '00:30');
  const draftSession = session(draft, open, '2027-03-02', '10:00');
  session(later, open, '2027-03-02', '12:00');
  session(atHidden, hidden, '2027-03-02', '13:00');
  for (const position of [1, 2, 3]) em.create(Registration, { session: first, status: 'WAITING', waitingPosition: position, name: `Väntande ${position}` });
  await em.flush();
  Object.assign(ids, { first: first.id, sundayLate: sundayLate.id, draftSession: draftSession.id, open: open.id, hidden: hidden.id, gympa: gympa.id, draft: draft.id });
});

afterAll(() => subgraph?.close());

const week = { area: AREA, from: MONDAY, to: SUNDAY };
const titles = (result: { data?: any }) => result.data.offeringSessions.nodes.map((node: { offering: { title: { text: string } } }) => node.offering.title.text);

describe('the public list of sessions', () => {
  it('answers a week, Monday to Sunday in Stockholm time, ordered by start, published only', async () => {
    const result = await subgraph.request(anonymous, SESSIONS, { filter: week, limit: 100 });
    expect(result.errors).toBeUndefined();
    expect(titles(result)).toEqual(['Provgympa', 'Provgympa', 'Provkonsert 100%', 'Provkonsert 100%', 'Provsamtal', 'Provgympa']);
    const nodes = result.data.offeringSessions.nodes;
    expect(nodes[0]).toMatchObject({ day: MONDAY, startTime: '10:00', endTime: '11:00', room: 'Stora salen', capacity: 2, placesLeft: 0, waitingCount: 3, cancelled: false, price: 0, language: 'sv' });
    expect(nodes[0].calendarUrl).toBe(`/session-calendars/${ids.first}.ics`);
    expect(nodes.at(-1)).toMatchObject({ id: ids.sundayLate, day: SUNDAY, startTime: '23:00', language: 'ar' });
    expect(nodes[2]).toMatchObject({ capacity: null, placesLeft: null, price: 50 });
  });

  it('narrows by kind, language, free of charge, accessibility and words', async () => {
    const ask = async (filter: Record<string, unknown>, language?: string) => titles(await subgraph.request(anonymous, SESSIONS, { filter: { ...week, ...filter }, language, limit: 100 }));
    expect(await ask({ kinds: ['CULTURE'] })).toEqual(['Provkonsert 100%', 'Provkonsert 100%']);
    expect(await ask({ language: 'fi' })).toEqual(['Provsamtal']);
    expect(await ask({ language: 'ar' })).toEqual(['Provgympa']);
    expect(await ask({ freeOfCharge: true, kinds: ['CULTURE'] })).toEqual(['Provkonsert 100%']);
    expect(await ask({ stepFree: true })).not.toContain('Provkonsert 100%');
    expect(await ask({ hearingLoop: true })).toHaveLength(4);
    expect(await ask({ search: 'provgym' })).toHaveLength(3);
    expect(await ask({ search: 'trappan' })).toEqual(['Provkonsert 100%', 'Provkonsert 100%']);
    expect(await ask({ search: '100%' })).toEqual(['Provkonsert 100%', 'Provkonsert 100%']);
    expect(await ask({ search: '%' })).toEqual(['Provkonsert 100%', 'Provkonsert 100%']);
    // The reader's language is searched too, Swedish always.
    expect(await ask({ search: 'koejumppa' }, 'FI')).toEqual(['Koejumppa', 'Koejumppa', 'Koejumppa']);
    expect(await ask({ search: 'koejumppa' }, 'EN')).toEqual([]);
  });

  it('pages through the week', async () => {
    const first = await subgraph.request(anonymous, SESSIONS, { filter: week, offset: 0, limit: 4 });
    const second = await subgraph.request(anonymous, SESSIONS, { filter: week, offset: 4, limit: 4 });
    expect(first.data.offeringSessions).toMatchObject({ totalCount: 6, hasNextPage: true });
    expect(second.data.offeringSessions).toMatchObject({ totalCount: 6, hasNextPage: false });
    expect(second.data.offeringSessions.nodes).toHaveLength(2);
  });

  it('gives each text in the language asked for, or Swedish saying it is not translated', async () => {
    const result = await subgraph.request(anonymous, SESSIONS, { filter: week, language: 'FI', limit: 3 });
    const [gympa, , konsert] = result.data.offeringSessions.nodes;
    expect(gympa.offering.title).toEqual({ text: 'Koejumppa', language: 'FI', translated: true });
    expect(konsert.offering.title).toEqual({ text: 'Provkonsert 100%', language: 'SV', translated: false });
    const byLocale = await subgraph.request(anonymous, SESSIONS, { filter: week, limit: 1 }, 'fi');
    expect(byLocale.data.offeringSessions.nodes[0].offering.title.text).toBe('Koejumppa');
  });

  it('costs the same number of SQL statements for a page of 1 as for a whole week', async () => {
    const counter = countStatements(subgraph.orm);
    try {
      const statements = async (limit: number) => {
        counter.reset();
        const result = await subgraph.request(anonymous, SESSIONS, { filter: { from: MONDAY, to: '2027-03-31' }, limit });
        expect(result.errors).toBeUndefined();
        return { count: counter.count, nodes: result.data.offeringSessions.nodes.length };
      };
      const one = await statements(1);
      const all = await statements(100);
      expect(one.nodes).toBe(1);
      expect(all.nodes).toBeGreaterThan(5);
      expect(all.count).toBe(one.count);
      expect(all.count).toBeLessThanOrEqual(3);
    } finally {
      counter.stop();
    }
  });
});

describe('drafts and previews', () => {
  const ONE = `query($id: ID!) { offeringSession(id: $id) { id offering { title { text } } } }`;
  const OFFERING = `query($id: ID!) { offering(id: $id) { id title { text } upcomingSessions(limit: 10) { totalCount nodes { day } } } }`;

  it('hides draft offerings, offerings not yet published and draft venues from the public', async () => {
    expect((await subgraph.request(anonymous, ONE, { id: ids.draftSession })).data.offeringSession).toBeNull();
    expect((await subgraph.request(anonymous, OFFERING, { id: ids.draft })).data.offering).toBeNull();
    expect((await subgraph.request(anonymous, `query($id: ID!) { venue(id: $id) { id } }`, { id: ids.hidden })).data.venue).toBeNull();
    const venues = await subgraph.request(anonymous, `{ venues(filter: { area: "${AREA}" }) { nodes { name } } }`);
    expect(venues.data.venues.nodes.map((venue: { name: string }) => venue.name)).toEqual(['Mötesplats Trappan', 'Träffpunkt Provby']);
  });

  it('shows an editor the draft (the preview)', async () => {
    const result = await subgraph.request(editor, ONE, { id: ids.draftSession });
    expect(result.data.offeringSession.offering.title.text).toBe('Provutkast');
    const offering = await subgraph.request(editor, OFFERING, { id: ids.draft });
    expect(offering.data.offering.upcomingSessions.totalCount).toBe(1);
  });

  it('answers an offering with its coming sessions, and null for an id that is not one', async () => {
    const result = await subgraph.request(anonymous, OFFERING, { id: ids.gympa });
    expect(result.data.offering.upcomingSessions).toMatchObject({ totalCount: 4 });
    expect((await subgraph.request(anonymous, OFFERING, { id: 'not-a-uuid' })).data.offering).toBeNull();
  });
});

describe('venues', () => {
  it('filters by area and accessibility, keeping the order', async () => {
    const result = await subgraph.request(anonymous, `{ venues(filter: { area: "${AREA}", stepFree: true, hearingLoop: true }) { totalCount nodes { name } } }`);
    expect(result.data.venues).toEqual({ totalCount: 1, nodes: [{ name: 'Träffpunkt Provby' }] });
    const toilets = await subgraph.request(anonymous, `{ venues(filter: { accessibleToilet: true }, limit: 100) { nodes { accessibleToilet } } }`);
    expect(toilets.data.venues.nodes.length).toBeGreaterThan(0);
    expect(toilets.data.venues.nodes.every((venue: { accessibleToilet: boolean }) => venue.accessibleToilet)).toBe(true);
  });

  it('answers one venue with hours, accessibility, directions and its coming sessions', async () => {
    const query = `query($id: ID!) { venue(id: $id, language: EN) {
      name phone stepFree calendarUrl openingHours { text translated } directions { text language } holidayHours { text }
      upcomingSessions(offset: 0, limit: 2) { totalCount hasNextPage nodes { day offering { title { text } } } }
    } }`;
    const result = await subgraph.request(anonymous, query, { id: ids.open });
    expect(result.errors).toBeUndefined();
    expect(result.data.venue).toMatchObject({
      name: 'Träffpunkt Provby',
      phone: '08-123 45',
      stepFree: true,
      calendarUrl: `/venue-calendars/${ids.open}.ics`,
      openingHours: { text: 'Måndag–fredag 10–16', translated: false },
      directions: { text: 'Buss 133 till Provby torg.', language: 'SV' },
      upcomingSessions: { totalCount: 5, hasNextPage: true },
    });
    expect(result.data.venue.upcomingSessions.nodes[0]).toEqual({ day: MONDAY, offering: { title: { text: 'Provgympa' } } });
  });
});

describe('calendar files', () => {
  const get = async (path: string, actor: Actor = anonymous) => {
    const token = await signInternalToken({ actor, locale: 'sv' }, internalTokenKey(TEST_INTERNAL_SECRET));
    return fetch(`${subgraph.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  };
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('gives a session as a calendar file with a stable UID, in Stockholm time', async () => {
    const response = await get(`/session-calendars/${ids.first}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    const [event] = events(text);
    expect(event!.uid).toBe(`session-${ids.first}@offerings.omsorg`);
    expect(event!.summary).toBe('Provgympa');
    expect(event!.location).toContain('Träffpunkt Provby');
    expect(event!.startDate.toJSDate()).toEqual(at(MONDAY, '10:00'));
    expect(event!.description).toContain('Gratis');
    const again = events(await (await get(`/session-calendars/${ids.first}.ics`)).text());
    expect(again[0]!.uid).toBe(event!.uid);
  });

  it('gives a venue’s coming sessions as a calendar to subscribe to', async () => {
    const response = await get(`/venue-calendars/${ids.open}.ics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('X-WR-CALNAME:Aktiviteter på Träffpunkt Provby');
    const found = events(text);
    expect(found.map((event) => event.summary)).toEqual(['Provgympa', 'Provgympa', 'Provsamtal', 'Provgympa', 'Provgympa']);
    expect(new Set(found.map((event) => event.uid)).size).toBe(5);
  });

  it('answers 404 for a draft, a draft venue or an id that is not one', async () => {
    expect((await get(`/session-calendars/${ids.draftSession}.ics`)).status).toBe(404);
    expect((await get(`/session-calendars/${ids.draftSession}.ics`, editor)).status).toBe(200);
    expect((await get(`/venue-calendars/${ids.hidden}.ics`)).status).toBe(404);
    expect((await get('/session-calendars/nope.ics')).status).toBe(404);
  });
});

describe('the seed', () => {
  it('gives the seeded venues published offerings with sessions in the coming weeks, once', async () => {
    const em = subgraph.orm.em.fork();
    const before = await em.count(Session, {});
    await seedOfferings(subgraph.orm);
    expect(await subgraph.orm.em.fork().count(Session, {})).toBe(before);
    const result = await subgraph.request(anonymous, `{ offeringSessions(filter: { search: "Sittgympa" }, limit: 100) { totalCount nodes { venue { name } } } }`);
    expect(result.data.offeringSessions.totalCount).toBeGreaterThanOrEqual(14);
    expect(result.data.offeringSessions.nodes[0].venue.name).toBe('Träffpunkt Hägersten');
  });
});
