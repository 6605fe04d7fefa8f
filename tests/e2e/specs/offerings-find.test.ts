import { offeringsService } from '@omsorg/offerings';
import { openDatabase } from '@omsorg/platform';
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { NARROW, scrollsSideways } from '../support/layout.ts';
import { downloadSessionCalendar, findSession } from '../support/offerings.ts';

/*
 * Finding an activity (issue 11, part find): a visitor who is not signed in finds a session by
 * area and date in the list and in the week view, opens it, downloads its calendar file, and
 * reads the venue's page with its calendar to subscribe to. The spec makes its own offering with
 * a unique name at the seeded Träffpunkt Hägersten, so it depends on no other spec.
 */
const urls = inject('urls');
const TITLE = `Sittgympa E2E ${Date.now().toString(36)}`;
let browser: Browser;
let day: string;

/** The same day in 12 days, a Wednesday-proof choice: any weekday works, the filter asks for it. */
function dayAhead(days: number): string {
  const today = clockInStockholm().day;
  const [year, month, date] = today.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date! + days)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  browser = await launchBrowser();
  day = dayAhead(12);
  const orm = await openDatabase(offeringsService.database, inject('databaseUrl'));
  try {
    const em = orm.em.fork();
    const [venue] = await em.getConnection().execute<Array<{ id: string }>>(`select "id" from "offerings"."venue" where "name" = 'Träffpunkt Hägersten'`);
    const offeringId = crypto.randomUUID();
    const texts = JSON.stringify({ sv: { title: TITLE, summary: 'Lugn gympa på stol.', description: 'Ta med vattenflaska.\nBekväma kläder.' } });
    await em.getConnection().execute(
      `insert into "offerings"."offering" ("id", "kind", "audience", "venue_id", "texts", "price", "language", "organiser_unit", "registration_required", "status", "version", "created_at", "updated_at")
       values (?, 'ACTIVITY', 'OPEN_65', ?, ?::jsonb, 0, 'sv', 'Träffpunkter och aktiviteter, Hägersten-Älvsjö', true, 'PUBLISHED', 1, now(), now())`,
      [offeringId, venue!.id, texts],
    );
    const start = instantInStockholm(day, '10:00');
    await em.getConnection().execute(
      `insert into "offerings"."offering_session" ("id", "offering_id", "venue_id", "starts_at", "ends_at", "capacity", "registered_count", "waiting_sequence", "room", "walk_in_women", "walk_in_men", "walk_in_unknown", "version", "created_at")
       values (?, ?, ?, ?, ?, 10, 0, 0, 'Stora salen', 0, 0, 0, 1, now())`,
      [crypto.randomUUID(), offeringId, venue!.id, start, new Date(start.getTime() + 45 * 60_000)],
    );
  } finally {
    await orm.close();
  }
});
afterAll(() => browser?.close());

async function checked(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await page.setViewportSize(NARROW);
  expect(await scrollsSideways(page), `sideways scroll at 320 px on ${page.url()}`).toBe(false);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('finding an activity', () => {
  it('finds a session by area and date in the list and the week, opens it, and downloads its calendar file', async () => {
    const { context, page } = await newPage(browser);
    const { card } = await findSession(page, { area: 'Hägersten', day, title: TITLE });
    await expect.poll(() => card.textContent()).toContain('Gratis');
    expect(await card.textContent()).toContain('10 platser kvar');
    expect(await card.textContent()).toContain('Öppen för alla över 65');
    expect(await card.textContent()).toContain('Träffpunkt Hägersten, Stora salen');
    await checked(page, 'offerings-find-list');

    await page.getByRole('button', { name: 'Vecka' }).click();
    await page.getByRole('button', { name: 'Nästa vecka' }).waitFor();
    const weekLink = page.getByRole('link', { name: TITLE });
    await weekLink.waitFor();
    // A list per day with a heading: the session is under its own day's heading.
    const dayItem = page.locator('li.offerings-week__day', { has: weekLink });
    expect(await dayItem.getByRole('heading', { level: 3 }).count()).toBe(1);
    expect(await page.locator('li.offerings-week__day').count()).toBe(7);
    await checked(page, 'offerings-find-week');
    await page.getByRole('button', { name: 'Nästa vecka' }).click();
    await weekLink.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Föregående vecka' }).click();
    await weekLink.click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Anmälan' }).waitFor();
    await page.getByRole('heading', { name: 'Tillgänglighet' }).waitFor();
    await checked(page, 'offerings-session');
    const ics = await downloadSessionCalendar(page);
    expect(ics).toContain(`SUMMARY:${TITLE}`);
    expect(ics).toMatch(/UID:session-[0-9a-f-]+@offerings\.omsorg/);
    await context.close();
  });

  it('shows a venue with its hours, accessibility, coming sessions and a calendar to subscribe to', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${urls.citizen}/traffpunkter`);
    await page.getByRole('heading', { level: 1, name: 'Träffpunkter' }).waitFor();
    await page.getByLabel('Område', { exact: true }).selectOption('Hägersten');
    await page.getByRole('button', { name: 'Visa träffpunkter' }).click();
    await page.getByText('Visar 1 av 1 träffpunkter').waitFor();
    await checked(page, 'offerings-venues');
    await page.getByRole('link', { name: 'Träffpunkt Hägersten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Träffpunkt Hägersten' }).waitFor();
    await page.getByRole('heading', { name: 'Öppettider' }).waitFor();
    await page.getByRole('heading', { name: 'Prenumerera på kalendern' }).waitFor();
    const subscribe = page.getByRole('link', { name: 'Prenumerera på kalendern för Träffpunkt Hägersten' });
    expect(await subscribe.getAttribute('href')).toMatch(/^webcal:\/\/[^/]+\/venue-calendars\/[0-9a-f-]+\.ics$/);
    await checked(page, 'offerings-venue');
    // Anyone may read the calendar, signed in or not, through the portal's address.
    const calendarPath = await page.getByRole('link', { name: 'Ladda ner kalenderfilen i stället' }).getAttribute('href');
    const response = await page.request.get(`${urls.citizen}${calendarPath}`);
    expect(response.status()).toBe(200);
    expect((await response.text()).replace(/\r\n /g, '')).toContain(`SUMMARY:${TITLE}`);
    await context.close();
  });
});
