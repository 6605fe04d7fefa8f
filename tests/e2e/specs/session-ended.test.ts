import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { continueTo } from '../support/journey.ts';
import { signInAsCitizen } from '../support/login.ts';

const urls = inject('urls');
const KARL = '19450808-3195';
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
