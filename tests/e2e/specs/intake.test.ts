import { pollUntil } from '@omsorg/platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;
let hanna: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await launchBrowser();
  hanna = await newPage(browser);
  await signInAsStaff(hanna.page, urls.staff, 'handlaggare1');
});
afterAll(() => browser?.close());

describe('an application that came by phone', () => {
  it('lets Hanna register a phone application for Karl, found by personnummer, and the case then waits in the inbox', async () => {
    const { page } = hanna;
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await page.getByRole('link', { name: 'Registrera ansökan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera ansökan' }).waitFor();
    await expectAccessible(page);

    // A mistyped number is refused with a message saying what is wrong, before anyone is looked up.
    await page.getByLabel('Personnummer').fill('19450808-3196');
    await page.getByRole('button', { name: 'Sök person' }).click();
    await page.getByText('kontrollsiffran (den sista siffran) är fel', { exact: false }).first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Personnummer').fill('19450808-3195');
    await page.getByRole('button', { name: 'Sök person' }).click();
    await page.getByText('Karl Nilsson').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ansökan', exact: true }).waitFor();
    await page.getByRole('group', { name: 'Hur kom ansökan in?' }).getByLabel('Telefon').check();
    await page.getByLabel('Hemtjänst – hjälp med personlig omvårdnad').check();
    // Sent without the needs: the error summary takes focus and the message stands by the text.
    await page.getByRole('button', { name: 'Registrera ansökan' }).click();
    await page.getByRole('link', { name: 'Skriv personens behov för insatsen.' }).waitFor();
    expect(await page.locator('#intake-needs-HOME_CARE_PERSONAL-error').textContent()).toContain('Skriv personens behov för insatsen.');
    await expectAccessible(page);
    await page.getByLabel(/^Behov av Hemtjänst – hjälp med personlig omvårdnad/).fill('Ringde själv. Behöver hjälp med dusch och påklädning efter en höftoperation.');
    await page.getByRole('group', { name: 'Hur vill personen bli kontaktad?' }).getByLabel('Telefon').check();
    await page.getByLabel('Telefonnummer').fill('08-123 456 78');
    await page.getByLabel(/När passar det/).fill('Förmiddagar');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Registrera ansökan' }).click();
    await page.getByRole('heading', { name: 'Ansökan är registrerad' }).waitFor();
    const confirmation = await page.getByText(/Ärendenumret är/).textContent();
    const reference = /ANS-[\w-]+/.exec(confirmation ?? '')?.[0] ?? '';
    expect(reference).toMatch(/^ANS-/);
    await expectAccessible(page);

    // In the inbox, with Karl's name once identity has linked him to the unit (a queued event).
    await pollUntil(
      async () => {
        await page.goto(`${urls.staff}/inkorg`);
        await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
        await page.getByRole('link', { name: reference }).waitFor();
        return page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) }).textContent();
      },
      (row) => (row ?? '').includes('Karl Nilsson'),
      20_000,
      'Karl’s case in the inbox',
    );
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
    expect(await row.textContent()).toContain('Hemtjänst');
    await expectAccessible(page);

    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.getByText('Karl Nilsson').first().waitFor();
    await expectAccessible(page);
  });
});
