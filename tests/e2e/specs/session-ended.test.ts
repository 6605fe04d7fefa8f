import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { continueTo } from '../support/journey.ts';
import { applyForOneself } from '../support/apply.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
const KARL = '19450808-3195';
const SIGNE = '19420315-2386';
const ASSESSMENT = 'Signe klarar inte längre att duscha själv; hemtjänst morgon och kväll tillgodoser behovet.';
const TEXT = 'Jag har ramlat två gånger i vinter och vill kunna larma på natten.';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('a sign-in that ends in the middle of an application', () => {
  it('says so in Swedish, signs Karl in again to the same question, and keeps what he typed', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, KARL);
    await page.goto(`${urls.citizen}/ansokan`);
    await page.getByRole('button', { name: 'Börja ansökan' }).click();
    await page.getByRole('heading', { level: 1, name: /Vilken hjälp vill du ansöka om/ }).waitFor();
    await page.getByLabel('Trygghetslarm', { exact: true }).check();
    await continueTo(page, 'Trygghetslarm');
    const address = page.url();
    await page.getByLabel(/Berätta med egna ord/).fill(TEXT);

    // The sign-in ends: the browser's session cookie no longer names a session.
    const session = (await context.cookies(urls.citizen)).find((cookie) => cookie.name.endsWith('omsorg-citizen'));
    expect(session).toBeDefined();
    await context.addCookies([{ ...session!, value: 's%3Aended.session' }]);
    await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();

    await page.getByRole('heading', { name: 'Din inloggning har avslutats' }).waitFor();
    expect(await page.getByText('Försök igen om en stund').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Logga in igen' }).click();
    await page.getByLabel('Personnummer').fill(KARL);
    await page.getByRole('button', { name: 'Logga in' }).click();

    await page.waitForURL(address);
    await page.getByText('Du är inloggad igen').waitFor();
    expect(await page.getByLabel(/Berätta med egna ord/).inputValue()).toBe(TEXT);
    // Saved on the server, not only put back on the page.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Trygghetslarm' }).waitFor();
    expect(await page.getByLabel(/Berätta med egna ord/).inputValue()).toBe(TEXT);
    await context.close();
  });
});

/** Signe applies for a safety alarm herself, so Hanna has a case of her own unit to take. */
async function signeApplies(page: Page): Promise<string> {
  const reference = await applyForOneself(page, urls.citizen, {
    services: [{ label: 'Trygghetslarm', needs: 'Jag har ramlat två gånger och är ensam på nätterna.' }],
    livesAlone: true,
    email: 'signe.andersson@example.se',
    phone: '070-765 43 21',
    healthCareContact: true,
  });
  expect(reference).not.toBe('');
  return reference;
}

describe('a sign-in that ends while a caseworker writes', () => {
  it('keeps the investigation text Hanna wrote, on the same page, after "Logga in igen"', async () => {
    const signe = await newPage(browser);
    await signInAsCitizen(signe.page, urls.citizen, SIGNE);
    const reference = await signeApplies(signe.page);
    await signe.context.close();

    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('button', { name: `Ta ärendet ${reference}, Signe Andersson` }).click();
    await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Utredning/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Utredning' }).waitFor();
    const address = page.url();
    await page.getByLabel('Handläggarens bedömning').fill(ASSESSMENT);

    // The sign-in ends (idle or too old): the session cookie no longer names a session.
    const session = (await context.cookies(urls.staff)).find((cookie) => cookie.name.endsWith('omsorg-staff'));
    expect(session).toBeDefined();
    await context.addCookies([{ ...session!, value: 's%3Aended.session' }]);
    await page.getByRole('button', { name: 'Spara utredningen' }).click();

    await page.getByRole('heading', { name: 'Din inloggning har avslutats' }).waitFor();
    // One clear message with one way on: no "try again in a while", which could never work.
    expect(await page.getByText('Försök igen om en stund').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Logga in igen' }).click();
    await page.getByLabel('Användarnamn').fill('handlaggare1');
    await page.getByRole('button', { name: 'Logga in' }).click();

    await page.waitForURL(address);
    await page.getByText('Du är inloggad igen. Det du hade skrivit finns kvar på sidan, men det är inte sparat än.').waitFor();
    expect(await page.getByLabel('Handläggarens bedömning').inputValue()).toBe(ASSESSMENT);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara utredningen' }).click();
    await page.getByText(/Utredningen är sparad/).first().waitFor();
    // Saved on the server, and nothing kept comes back a second time.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Utredning' }).waitFor();
    expect(await page.getByLabel('Handläggarens bedömning').inputValue()).toBe(ASSESSMENT);
    expect(await page.getByText('Du är inloggad igen').count()).toBe(0);
    await context.close();
  });
});
