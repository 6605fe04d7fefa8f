import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { applyAsRepresentativeToCheckPage } from '../support/apply.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
const CERTIFICATE = join(import.meta.dirname, '..', 'fixtures', 'lakarintyg.pdf');
// A PNG image saved under a PDF's name: what the name says is not what it is.
const PNG_NAMED_PDF = {
  name: 'intyg.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0f1e3d70000000049454e44ae426082', 'hex'),
};
const MISMATCH = 'Filens innehåll stämmer inte med filnamnet. Filen har inte sparats. Kontrollera att en PDF slutar på .pdf, en JPEG-bild på .jpg och en PNG-bild på .png.';

let browser: Browser;
let erik: { context: BrowserContext; page: Page };
let reference = '';

beforeAll(async () => {
  browser = await launchBrowser();
  erik = await newPage(browser);
  await signInAsCitizen(erik.page, urls.citizen, '19700612-4577');
});
afterAll(() => browser?.close());

/** Every target on the page is at least 44 × 44 CSS pixels where a trembling hand needs it: the file input. */
async function expectLargeFileInput(page: Page): Promise<void> {
  const box = await page.getByLabel('Välj fil att bifoga').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
}

describe('attachments', () => {
  it('takes Erik through Signe’s application to the check page', async () => {
    await applyAsRepresentativeToCheckPage(erik.page, urls.citizen, {
      person: 'Signe Andersson',
      services: [{ label: 'Trygghetslarm', needs: 'Hon har ramlat två gånger i vinter.' }],
      email: 'erik.andersson@example.se',
      phone: '070-123 45 67',
    });
  });

  it('lets Erik attach a doctor’s certificate there, refusing a file that is not what its name says or too large', async () => {
    const { page } = erik;
    const attachments = page.getByRole('region', { name: 'Bifoga dokument' });
    await attachments.getByText('Inga filer är bifogade.').waitFor();
    // The limit as the service enforces it (ATTACHMENT_MAX_BYTES), not a fixed text.
    await attachments.getByText(/PDF, JPEG eller PNG, högst 10 MB per fil\.$/).waitFor();
    await expectLargeFileInput(page);

    // A PNG called intyg.pdf: refused, said in plain Swedish, and nothing kept.
    await attachments.getByLabel('Välj fil att bifoga').setInputFiles(PNG_NAMED_PDF);
    await attachments.getByRole('alert').getByText(MISMATCH).waitFor();
    await expectAccessible(page);
    expect(await attachments.getByRole('listitem').count()).toBe(0);

    // Too large (over 10 MB): refused with the limit, through the gateway, as an answer.
    const large = Buffer.concat([await readFile(CERTIFICATE), Buffer.alloc(11 * 1024 * 1024)]);
    await attachments.getByLabel('Välj fil att bifoga').setInputFiles({ name: 'stort-intyg.pdf', mimeType: 'application/pdf', buffer: large });
    await attachments.getByRole('alert').getByText(/^Filen är för stor\. En bilaga får vara högst 10 MB\./).waitFor();
    expect(await attachments.getByRole('listitem').count()).toBe(0);

    // Attached by mistake and removed before sending.
    await attachments.getByLabel('Välj fil att bifoga').setInputFiles({ name: 'fel-fil.pdf', mimeType: 'application/pdf', buffer: await readFile(CERTIFICATE) });
    await attachments.getByRole('link', { name: 'fel-fil.pdf' }).waitFor();
    await attachments.getByRole('button', { name: 'Ta bort fel-fil.pdf' }).click();
    await attachments.getByRole('link', { name: 'fel-fil.pdf' }).waitFor({ state: 'detached' });

    await attachments.getByLabel('Välj fil att bifoga').setInputFiles({ name: 'läkarintyg.pdf', mimeType: 'application/pdf', buffer: await readFile(CERTIFICATE) });
    await attachments.getByRole('link', { name: 'läkarintyg.pdf' }).waitFor();
    await attachments.getByText('PDF, 1 kB').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Skicka ansökan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ansökan är skickad' }).waitFor();
    await expectAccessible(page);
    reference = /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');
  });

  it('lets Hanna see the certificate on the case and download it, as a download', async () => {
    const hanna = await newPage(browser);
    await signInAsStaff(hanna.page, urls.staff, 'handlaggare1');
    const { page } = hanna;
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: `Ta ärendet ${reference}, Signe Andersson` }).click();
    await page.getByText(`Du har tagit ärende ${reference}`).waitFor();
    await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const attachments = page.getByRole('region', { name: 'Bifogade filer och inskannade handlingar' });
    const link = attachments.getByRole('link', { name: 'läkarintyg.pdf' });
    await link.waitFor();
    await attachments.getByText(/PDF, 1 kB · Med ansökan/).waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('läkarintyg.pdf');
    expect((await readFile((await download.path())!)).equals(await readFile(CERTIFICATE))).toBe(true);
    // Served so that no browser shows it in the portal's origin or guesses another type.
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, urls.staff).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');

    // Hanna scans a paper document into the case.
    await attachments.getByLabel('Välj fil att bifoga').setInputFiles({ name: 'brev-från-signe.pdf', mimeType: 'application/pdf', buffer: await readFile(CERTIFICATE) });
    await attachments.getByRole('link', { name: 'brev-från-signe.pdf' }).waitFor();
    await attachments.getByText(/Inskannad handling/).waitFor();
    await expectAccessible(page);

    // Both files are in the case's timeline, with their kind and name.
    await page.reload();
    const timeline = page.getByRole('table', { name: 'Alla händelser i ärendet, den senaste först' });
    await timeline.getByText('Bilaga till ansökan: läkarintyg.pdf').waitFor();
    await timeline.getByText('Inskannad handling: brev-från-signe.pdf').waitFor();
    await expectAccessible(page);
    await hanna.context.close();
  });

  it('does not let someone signed out, or another site, reach the file', async () => {
    const stranger = await newPage(browser);
    const refused = await stranger.page.request.get(`${urls.staff}/attachments/00000000-0000-4000-8000-000000000000`);
    expect(refused.status()).toBe(401);
    const forged = await stranger.page.request.post(`${urls.citizen}/attachments?applicationId=00000000-0000-4000-8000-000000000000&purpose=APPLICATION`, {
      headers: { origin: 'https://elak.example', 'content-type': 'application/octet-stream', 'x-omsorg-upload': '1' },
      data: await readFile(CERTIFICATE),
    });
    expect(forged.status()).toBe(403);
    await stranger.context.close();
  });
});
