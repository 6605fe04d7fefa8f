import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * Omar (outreach) reads a population extract into identity on "Invånare": the file goes through
 * the staff portal and the gateway's upload checks, the progress bar follows the run until it is
 * done, and the report shows the refused rows by line and reason. The residents are invented,
 * aged over 90 in Skärholmen, so no campaign of another spec (75 and 80, Hägersten) meets them.
 * Hanna (caseworker) has no such page and the upload refuses her.
 */
const urls = inject('urls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const EXTRACT = [
  'Personnummer;Efternamn;Förnamn;Utdelningsadress;Postnummer;Postort;Stadsdelsområde',
  '19320214-2380;Bergqvist;Elsa;Bredängsvägen 40;127 32;Skärholmen;Bredäng',
  '19330611-2396;Nyberg;Gösta;Sätra torg 2;127 36;Skärholmen;Sätra',
  '19340925-4327;Åberg;Maj;Vårbergsvägen 9;;Skärholmen;Vårberg',
  '19311103-1111;Korhonen;Seppo;Skärholmsvägen 12;127 40;Skärholmen;Skärholmen',
].join('\n');

describe('importing the population extract', () => {
  it('lets Omar upload the extract, follow its progress to the end and read why rows were refused', async () => {
    const { page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Invånare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invånare' }).waitFor();
    await expectAccessible(page);

    // Nothing chosen: said, and focus on the message.
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('alert').getByText('Välj en fil att läsa in.').waitFor();

    await page.getByLabel('Befolkningsfil (CSV)').setInputFiles({ name: 'uttag-skarholmen.csv', mimeType: 'text/csv', buffer: Buffer.from(EXTRACT) });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const report = page.getByRole('region', { name: 'Inläsning av uttag-skarholmen.csv' });
    await report.getByText('4 av 4 rader klara').waitFor();
    await report.getByText('Klar', { exact: true }).waitFor();
    expect(await report.getByRole('progressbar', { name: 'Hur långt inläsningen har kommit' }).getAttribute('value')).toBe('4');
    const refused = report.getByRole('table', { name: 'Avvisade rader' });
    expect(await refused.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/^Rad\s+Orsak$/),
      expect.stringMatching(/^4\s+Postnummer saknas$/),
      expect.stringMatching(/^5\s+Ogiltigt personnummer/),
    ]);
    await page.getByRole('link', { name: 'Visa inläsningen av uttag-skarholmen.csv' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'invanare-1280');

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'invanare-320');
  });

  it('gives a caseworker no such page, and the upload refuses her', async () => {
    const { page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    expect(await page.getByRole('link', { name: 'Invånare' }).count()).toBe(0);
    const answer = await page.request.post(`${urls.staff}/population-imports`, {
      headers: { origin: urls.staff, 'content-type': 'application/octet-stream', 'x-omsorg-upload': '1', 'x-file-name': 'uttag.csv' },
      data: Buffer.from(EXTRACT),
    });
    expect(answer.status()).toBe(403);
    expect((await answer.json()).error.message).toBe('Du har inte behörighet att läsa in befolkningsfiler.');
  });
});
