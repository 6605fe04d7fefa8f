import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { NARROW, scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * Outreach campaigns (issue 9, step 2): Omar creates a campaign with a cohort rule, sees the
 * live preview by gender, fixes the cohort once and sees its residents. The campaign has a name
 * of its own, so it never collides with the journey's "Hälsosamtal för dig som fyller 75". Dev
 * residents reach outreach through identity's people-changed events; where none have arrived,
 * the preview says 0 and the flow is the same. axe on every page; 320 px without sideways
 * scrolling; screenshots at 320 and 1280 px go to E2E_SCREENSHOTS when set.
 */
const urls = inject('urls');
let browser: Browser;
/** The campaign the first test fixes; the 320 px test opens its funnel. */
let fixedCampaignUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function previewTotal(page: Page): Promise<number> {
  const status = page.getByText(/\d+ personer i urvalet\./);
  await status.waitFor({ timeout: 15_000 });
  return Number((await status.textContent())?.match(/(\d+) personer/)?.[1]);
}

describe('outreach campaigns', () => {
  it('lets Omar create a campaign, preview its cohort by gender, fix it once and list its residents', async () => {
    const { context, page } = await newPage(browser);
    const name = `Hälsosamtal 75 e2e ${Date.now()}`;
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.getByText('Omar Haddad').first().waitFor();
    await page.getByRole('link', { name: 'Kampanjer' }).first().click();
    await page.getByRole('heading', { name: 'Kampanjer', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Antal i urvalet' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-campaigns-1280');

    await page.getByRole('link', { name: 'Ny kampanj' }).click();
    await page.getByRole('heading', { name: 'Ny kampanj', level: 1 }).waitFor();
    await page.getByLabel('Kampanjens namn').fill(name);
    await page.getByLabel('Målgrupp').fill('Alla som fyller 75 i år och bor i Hägersten-Älvsjö.');
    expect(await page.getByLabel('Ålder som personen fyller').inputValue()).toBe('75');
    await page.getByLabel('Andra områden').fill('Fruängen, Hägersten, Västertorp, Midsommarkransen, Liseberg, Älvsjö, Solberga');
    const total = await previewTotal(page);
    expect(total).toBeGreaterThanOrEqual(0);
    await page.getByRole('table', { name: 'Antal i urvalet efter juridiskt kön' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-campaign-new-1280');

    // A rule out of bounds is refused beside its field, in Swedish.
    await page.getByLabel('Ålder som personen fyller').fill('59');
    await page.getByRole('button', { name: 'Skapa kampanjen' }).click();
    await page.getByRole('link', { name: 'Ange en ålder mellan 60 och 110 år.' }).waitFor();
    await page.getByLabel('Ålder som personen fyller').fill('75');
    await page.getByRole('button', { name: 'Skapa kampanjen' }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByText('Kampanjen är skapad.').waitFor();
    expect(page.url()).toMatch(/\/kampanjer\/[0-9a-f-]{36}$/);
    await expect.poll(() => previewTotal(page)).toBe(total);

    await page.getByRole('button', { name: 'Fastställ urvalet' }).click();
    await page.getByRole('heading', { name: 'Vill du fastställa urvalet nu?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, fastställ urvalet' }).click();
    await page.getByText(`Urvalet är fastställt: ${total} personer.`).waitFor();
    await page.getByText(/Urvalet fastställdes .*\. \d+ personer är med\./).waitFor();
    await page.getByRole('heading', { name: 'Personer i urvalet' }).waitFor();
    expect(await page.getByRole('button', { name: 'Fastställ urvalet' }).count()).toBe(0);
    expect(await page.getByLabel('Ålder som personen fyller').isDisabled()).toBe(true);
    expect(await page.locator('section#campaign-letters').count()).toBe(1);
    expect(await page.locator('section#campaign-funnel').count()).toBe(1);

    // The funnel: a chart for the eye (hidden from screen readers), the same numbers in a table, and the CSV.
    await page.getByRole('heading', { name: 'Tratten: från inbjudan till remiss', level: 2 }).waitFor();
    const funnel = page.getByRole('table', { name: 'Antal personer per steg, kvinnor och män' });
    await funnel.waitFor();
    await page.locator('section#campaign-funnel canvas').waitFor();
    expect(await page.locator('section#campaign-funnel [aria-hidden="true"] canvas').count()).toBe(1);
    expect(await funnel.getByRole('rowheader').allTextContents()).toEqual(['I urvalet', 'Inbjudna', 'Svarat', 'Bokat samtal', 'Genomfört samtal', 'Remitterade']);
    // Women, men, total, then the two shares.
    expect((await funnel.getByRole('row', { name: /^I urvalet/ }).getByRole('cell').nth(2).textContent())?.trim()).toBe(String(total));
    await page.getByText(new RegExp(`Av ${total} person(er)? i urvalet har 0 bjudits in`)).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tratt_Hälsosamtal-75-e2e-\d+_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.subarray(3).toString('utf8').split('\r\n');
    expect(rows[0]).toBe('Steg;Kvinnor;Män;Totalt;Andel av föregående steg (%);Andel av inbjudna (%)');
    expect(rows[1]).toMatch(new RegExp(`^I urvalet;\\d+;\\d+;${total};;$`));
    // Nobody is invited yet: 0 % of the cohort (no share of an empty one), and no share of 0 invited.
    expect(rows[2]).toBe(`Inbjudna;0;0;0;${total > 0 ? '0' : ''};`);
    await expectAccessible(page);
    await screenshot(page, 'outreach-campaign-fixed-1280');
    fixedCampaignUrl = page.url();

    // The list shows the fixed cohort's size.
    await page.getByRole('link', { name: 'Alla kampanjer' }).click();
    await page.getByRole('row', { name: new RegExp(name) }).getByRole('cell', { name: String(total), exact: true }).waitFor();
    await context.close();
  });

  it('fits 320 px without sideways scrolling', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(`${urls.staff}/kampanjer`);
    await page.getByRole('heading', { name: 'Kampanjer', level: 1 }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'outreach-campaigns-320');
    await page.goto(`${urls.staff}/kampanjer/ny`);
    await page.getByRole('heading', { name: 'Ny kampanj', level: 1 }).waitFor();
    await page.getByLabel('Andra områden').fill('Fruängen');
    await previewTotal(page);
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'outreach-campaign-new-320');
    // The fixed campaign with its funnel: the chart shrinks, the table scrolls in its own region.
    await page.goto(fixedCampaignUrl);
    await page.getByRole('table', { name: 'Antal personer per steg, kvinnor och män' }).waitFor();
    await page.locator('section#campaign-funnel canvas').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'outreach-campaign-funnel-320');
    await context.close();
  });
});
