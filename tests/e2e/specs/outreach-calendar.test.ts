import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * Omar's calendar (issue 9, step 4): the seeded weekly times as a day list and a week table, the
 * "book for someone who phoned" dialog, and his availability with time away added and removed
 * again (so no other spec sees it). axe on each, no sideways scrolling at 320 px; screenshots at
 * 320 and 1280 px go to E2E_SCREENSHOTS when set.
 */
const urls = inject('urls');
let browser: Browser;

/** The next Tuesday after today (Stockholm), when Omar is at Träffpunkt Hägersten; skips Christmas week's holidays by looking a week later when needed. */
function nextTuesday(): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  do date.setUTCDate(date.getUTCDate() + 1);
  while (date.getUTCDay() !== 2);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the outreach calendar', () => {
  it('shows Omar a day as a list and a week as a table, at 320 and 1280 px', async () => {
    const tuesday = nextTuesday();
    for (const width of [320, 1280]) {
      const { context, page } = await newPage(browser, { width });
      await signInAsStaff(page, urls.staff, 'uppsok1');
      await page.goto(`${urls.staff}/kalender?dag=${tuesday}`);
      await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
      const day = page.locator('.calendar-day');
      await day.getByText('09:00–09:45').waitFor();
      await day.getByText('Träffpunkt Hägersten').first().waitFor();
      await expectAccessible(page);
      expect(await scrollsSideways(page), `the day at ${width} px`).toBe(false);
      await screenshot(page, `outreach-calendar-day-${width}`);

      await page.getByRole('link', { name: 'Vecka', exact: true }).click();
      const table = page.getByRole('table', { name: /Tider vecka \d+/ });
      await table.waitFor();
      await table.getByRole('rowheader', { name: '09:00' }).waitFor();
      await expectAccessible(page);
      await screenshot(page, `outreach-calendar-week-${width}`);

      await page.getByRole('link', { name: /Nästa vecka/ }).click();
      await page.getByRole('heading', { level: 2, name: /Vecka \d+/ }).waitFor();
      await context.close();
    }
  });

  it('opens "Boka åt någon som ringt" on a free time, searchable by name, with the time read in full', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(`${urls.staff}/kalender?dag=${nextTuesday()}`);
    await page.getByRole('button', { name: /^Boka åt någon som ringt: .* 09:45–10:30, Träffpunkt Hägersten$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Boka åt någon som ringt' });
    await dialog.waitFor();
    await dialog.getByRole('searchbox', { name: 'Sök person' }).fill('B');
    await dialog.getByRole('button', { name: 'Sök', exact: true }).click();
    await dialog.getByText('Skriv minst två bokstäver av namnet, ett födelsedatum eller ett personnummer.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-calendar-book-1280', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('shows Omar his weekly times, and adds and removes time away', async () => {
    for (const width of [320, 1280]) {
      const { context, page } = await newPage(browser, { width });
      await signInAsStaff(page, urls.staff, 'uppsok1');
      await page.goto(`${urls.staff}/tillganglighet`);
      await page.getByRole('heading', { level: 1, name: 'Tillgänglighet' }).waitFor();
      const weekly = page.getByRole('list', { name: 'Dina tider varje vecka' });
      await weekly.getByText(/^Onsdag 13:00–16:00/).waitFor();
      await weekly.getByText(/Vårdcentral Fruängen/).waitFor();
      await expectAccessible(page);
      expect(await scrollsSideways(page), `availability at ${width} px`).toBe(false);
      await screenshot(page, `outreach-availability-${width}`);
      await context.close();
    }
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(`${urls.staff}/tillganglighet`);
    await page.getByLabel('Från och med').fill('2027-06-14');
    await page.getByLabel('Till och med').fill('2027-06-13');
    await page.getByLabel('Anledning').fill('Kurs i e2e');
    await page.getByRole('button', { name: 'Lägg in frånvaro' }).click();
    await page.getByText('Startdatum kan inte vara efter slutdatum.').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Till och med').fill('2027-06-15');
    await page.getByRole('button', { name: 'Lägg in frånvaro' }).click();
    const removeButton = page.getByRole('button', { name: 'Ta bort: Kurs i e2e' });
    await removeButton.waitFor();
    await removeButton.click();
    await removeButton.waitFor({ state: 'detached' });
    await context.close();
  });
});
