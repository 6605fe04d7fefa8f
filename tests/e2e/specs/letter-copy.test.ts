/**
 * Letters fit for the post (issue 8): Signe applies herself; Erik, her son, holds her power of
 * attorney. After the decision Hanna prints, from the case's decision page, the copy for Erik:
 * a PDF addressed to him in the window (his postal address from identity, the read logged),
 * saying "Kopia till Erik Andersson" and whose case it is.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../../services/applications/src/testing/pdf-text.ts';
import { applyForOneself } from '../support/apply.ts';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;
let reference = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openDecisionPage(page: Page): Promise<void> {
  await page.goto(`${urls.staff}/inkorg`);
  await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
  await page.getByRole('button', { name: `Ta ärendet ${reference}, Signe Andersson` }).click();
  await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Beslut/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
}

describe("the representative's copy of the decision letter", () => {
  it('lets Signe apply for a safety alarm herself', async () => {
    const signe = await newPage(browser);
    await signInAsCitizen(signe.page, urls.citizen, '19420315-2386');
    reference = await applyForOneself(signe.page, urls.citizen, {
      services: [{ label: 'Trygghetslarm', needs: 'Jag har ramlat två gånger i vinter.' }],
      livesAlone: 'Ja',
      email: 'signe.andersson@example.se',
      healthCareContact: 'Ja',
    });
    expect(reference).not.toBe('');
    await signe.context.close();
  }, 120_000);

  it("lets Hanna print Erik's copy, addressed to him for the window envelope, after granting the alarm", async () => {
    const { page, context } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await openDecisionPage(page);
    const alarm = page.getByRole('region', { name: 'Trygghetslarm' });
    await alarm.getByLabel('Beviljas', { exact: true }).check();
    await alarm.getByLabel('Motivering').fill('Signe har fallit och är ensam nattetid.');
    await alarm.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.getByText(/Beslutet är fattat/).first().waitFor();

    const copyButton = page.getByRole('button', { name: 'Ladda ner kopian till Erik Andersson (PDF)' });
    await copyButton.waitFor();
    await expectAccessible(page);
    await copyButton.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/letter-copy-staff-1280.png', fullPage: false });
    const [download] = await Promise.all([page.waitForEvent('download'), copyButton.click()]);
    expect(download.suggestedFilename()).toBe(`beslut-${reference}.pdf`);
    const pdf = await readFile((await download.path())!);
    const text = pdfText(pdf);
    for (const expected of ['Kopia till Erik Andersson', 'Erik Andersson Älvsjövägen 12 125 30 Älvsjö', 'Ärendet gäller: Signe Andersson', 'Beslut om bistånd', 'Trygghetslarm']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Postadress saknas');
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});
