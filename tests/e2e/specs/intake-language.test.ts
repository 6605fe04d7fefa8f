/**
 * A person new to us, registered by staff with their language (issue 8): Hanna takes a phone
 * call for Aili, who is not known yet. She records Finnish and an interpreter when she registers
 * her; the application's answers start from them, and Aili's confirmation mail is in Finnish.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { horizontalOverflow } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';
import { mailsTo } from '../support/mail.ts';

const urls = inject('urls');
const AILI = '19480312-4587';
const AILI_MAIL = 'aili.korhonen@example.fi';
let browser: Browser;
let hanna: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await launchBrowser();
  hanna = await newPage(browser);
  await signInAsStaff(hanna.page, urls.staff, 'handlaggare1');
});
afterAll(() => browser?.close());

describe('registering a new person with their language', () => {
  it('asks Hanna for the language and the interpreter need, and presets the application from them', async () => {
    const { page } = hanna;
    await page.goto(`${urls.staff}/registrera-ansokan`);
    await page.getByRole('heading', { level: 1, name: 'Registrera ansökan' }).waitFor();
    await page.getByLabel('Personnummer').fill(AILI);
    await page.getByRole('button', { name: 'Sök person' }).click();
    await page.getByRole('heading', { name: 'Personen finns inte hos oss än' }).waitFor();
    await page.getByLabel('Förnamn').fill('Aili');
    await page.getByLabel('Efternamn').fill('Korhonen');
    expect(await page.getByLabel('Språk som personen vill använda').inputValue()).toBe('sv');
    // The interpreter question must be answered: a person who needs one must not be missed.
    await page.getByRole('button', { name: 'Registrera personen' }).click();
    await page.getByRole('link', { name: 'Svara om personen behöver tolk.' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Språk som personen vill använda').selectOption('fi');
    await page.getByRole('group', { name: 'Behöver personen tolk?' }).first().getByLabel('Ja', { exact: true }).check();
    await page.setViewportSize({ width: 320, height: 568 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Registrera personen' }).click();

    await page.getByText('Aili Korhonen').waitFor();
    await page.getByText(/Språk: finska, behöver tolk/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ansökan', exact: true }).waitFor();
    expect(await page.locator('#intake-language').inputValue()).toBe('fi');
    const application = page.locator('form').filter({ has: page.locator('#intake-language') });
    expect(await application.getByRole('group', { name: 'Behöver personen tolk?' }).getByLabel('Ja', { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page);
  });

  it('sends Aili her confirmation in Finnish when the phone application is registered', async () => {
    const { page } = hanna;
    await page.getByRole('group', { name: 'Hur kom ansökan in?' }).getByLabel('Telefon').check();
    await page.getByLabel('Trygghetslarm').check();
    await page.getByLabel(/^Behov av Trygghetslarm/).fill('Ringde själv. Har ramlat i hallen och är ensam på nätterna.');
    await page.getByRole('group', { name: 'Hur vill personen bli kontaktad?' }).getByLabel('E-post').check();
    await page.getByLabel('E-postadress').fill(AILI_MAIL);
    await page.getByRole('button', { name: 'Registrera ansökan' }).click();
    await page.getByRole('heading', { name: 'Ansökan är registrerad' }).waitFor();
    const reference = /ANS-[\w-]+/.exec((await page.getByText(/Ärendenumret är/).textContent()) ?? '')?.[0] ?? '';
    expect(reference).toMatch(/^ANS-/);
    const [mail] = await mailsTo(AILI_MAIL, () => true, 30_000);
    expect(mail).toMatchObject({ subject: `Olemme vastaanottaneet hakemuksesi ${reference}`, language: 'fi-FI' });
    expect(mail!.text).toContain('- Turvahälytin');
  });
});
