import { join } from 'node:path';
import { outreachService } from '@omsorg/outreach';
import { openDatabase } from '@omsorg/platform';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * Omar makes a campaign's invitation letters (issue 9, step 3): after fixing the cohort he
 * creates the letters, follows the progress bar to "Klart", downloads the one print file through
 * the staff portal and the gateway (/letter-batches), and the batch is listed. The residents are
 * written straight into outreach's projection in a district area of their own ("E2E-brev"), so
 * no other spec's campaign meets them and no dev person is invited here. axe; 320 px.
 */
const urls = inject('urls');
let browser: Browser;
const AREA = `E2E-brev-${Date.now()}`;

beforeAll(async () => {
  browser = await launchBrowser();
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    for (const [given, family, born] of [['Ulla', 'Brevsson', '1951-04-02'], ['Tauno', 'Kirjenen', '1951-06-30'], ['Inga', 'Postlund', '1951-10-11']] as const) {
      await orm.em.getConnection().execute(
        `insert into outreach.resident (id, given_name, family_name, birth_date, legal_gender, district_area, preferred_language, interpreter_needed, street_address, postal_code, postal_town, email, updated_at)
         values (gen_random_uuid(), ?, ?, ?, 'FEMALE', ?, ?, false, 'Brevgatan 1', '129 52', 'Hägersten', null, now())`,
        [given, family, born, AREA, given === 'Tauno' ? 'fi' : 'sv'],
      );
    }
  } finally {
    await orm.close();
  }
});
afterAll(() => browser?.close());

describe('outreach letters', () => {
  it('lets Omar create the invitation letters, follow them to the end and download the print file', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(`${urls.staff}/kampanjer/ny`);
    await page.getByRole('heading', { name: 'Ny kampanj', level: 1 }).waitFor();
    await page.getByLabel('Kampanjens namn').fill(`Brev e2e ${AREA}`);
    await page.getByLabel('Andra områden').fill(AREA);
    await page.getByLabel('Påminnelse efter antal veckor').fill('3');
    await page.getByText('3 personer i urvalet.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Skapa kampanjen' }).click();
    await page.getByText('Kampanjen är skapad.').waitFor();
    const letters = page.locator('section#campaign-letters');
    await letters.getByText('Fastställ urvalet först.', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Fastställ urvalet' }).click();
    await page.getByRole('button', { name: 'Ja, fastställ urvalet' }).click();
    await page.getByText('Urvalet är fastställt: 3 personer.').waitFor();
    await letters.getByText('Påminnelser skickas automatiskt till dem som inte har svarat 3 veckor efter inbjudan.').waitFor();

    await letters.getByRole('button', { name: 'Skapa inbjudningsbrev' }).click();
    await letters.getByText('Klart: 3 brev.').first().waitFor({ timeout: 30_000 });
    const download = letters.getByRole('link', { name: /^Ladda ner utskriftsfilen \(PDF, [\d,]+ kB\)$/ });
    await download.waitFor();
    await letters.getByRole('table', { name: 'Tidigare utskick' }).getByRole('row', { name: /Inbjudningsbrev .* 3 Du/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-letters-1280', { fullPage: true });
    if (process.env.E2E_SCREENSHOTS) await letters.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'outreach-letters-section-1280.png') });

    const href = await download.getAttribute('href');
    const answer = await page.request.get(`${urls.staff}${href}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    expect(answer.headers()['content-disposition']).toMatch(/^attachment; filename="inbjudningar-brev-e2e-/);
    expect((await answer.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // A second batch finds no one new.
    await letters.getByRole('button', { name: 'Skapa inbjudningsbrev' }).click();
    await letters.getByText('Klart. Det fanns ingen ny att skriva till.').first().waitFor({ timeout: 30_000 });

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'outreach-letters-320', { fullPage: true });
    if (process.env.E2E_SCREENSHOTS) await letters.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'outreach-letters-section-320.png') });
    await context.close();
  });

  it('refuses the print file to a caseworker', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    const answer = await page.request.get(`${urls.staff}/letter-batches/00000000-0000-4000-8000-000000000000/file`);
    expect(answer.status()).toBe(403);
    await context.close();
  });
});
