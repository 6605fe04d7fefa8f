/**
 * Letters fit for the post (issue 8): Signe applies herself; Erik, her son, holds her power of
 * attorney. After the decision Hanna prints, from the case's decision page, the copy for Erik:
 * a PDF addressed to him in the window (his postal address from identity, the read logged),
 * saying "Kopia till Erik Andersson" and whose case it is. For a representative with no known
 * postal address the page says so before the copy is saved, and the copy says so in its window.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../../services/applications/src/testing/pdf-text.ts';
import { applyForOneself } from '../support/apply.ts';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;
let reference = '';
let hanna: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openStep(page: Page, step: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: new RegExp(`^${step}`) }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function savedCopy(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  expect(download.suggestedFilename()).toBe(`beslut-${reference}.pdf`);
  return pdfText(await readFile((await download.path())!));
}

async function openDecisionPage(page: Page): Promise<void> {
  await page.goto(`${urls.staff}/inkorg`);
  await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
  await page.getByRole('button', { name: `Ta ärendet ${reference}, Signe Andersson` }).click();
  await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await openStep(page, 'Beslut', 'Beslut');
}

describe("the representative's copy of the decision letter", () => {
  it('lets Signe apply for a safety alarm herself', async () => {
    const signe = await newPage(browser);
    await signInAsCitizen(signe.page, urls.citizen, '19420315-2386');
    reference = await applyForOneself(signe.page, urls.citizen, {
      services: [{ label: 'Trygghetslarm', needs: 'Jag har ramlat två gånger i vinter.' }],
      livesAlone: true,
      email: 'signe.andersson@example.se',
      healthCareContact: true,
    });
    expect(reference).not.toBe('');
    await signe.context.close();
  }, 120_000);

  it("lets Hanna print Erik's copy, addressed to him for the window envelope, after granting the alarm", async () => {
    hanna = await newPage(browser);
    const { page } = hanna;
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
    await screenshot(page, 'letter-copy-staff-1280', { fullPage: false });
    const text = await savedCopy(page, 'Ladda ner kopian till Erik Andersson (PDF)');
    for (const expected of ['Kopia till Erik Andersson', 'Erik Andersson Älvsjövägen 12 125 30 Älvsjö', 'Ärendet gäller: Signe Andersson', 'Beslut om bistånd', 'Trygghetslarm']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Postadress saknas');
    await expectAccessible(page);
  }, 120_000);

  it('says before saving that a representative has no known postal address, and saves the copy saying so in its window', async () => {
    const { page } = hanna;
    // Karin Lund, new to identity and so without an address, becomes Signe's förvaltare.
    await openStep(page, 'Översikt', 'Översikt');
    const representations = page.getByRole('region', { name: 'Ombud och företrädare' });
    await representations.getByRole('button', { name: 'Registrera ombud, god man eller förvaltare' }).click();
    await representations.getByLabel('förvaltare', { exact: true }).check();
    await representations.getByLabel('Ombudets personnummer').fill('19550615-4680');
    await representations.getByLabel('Ombudets förnamn').fill('Karin');
    await representations.getByLabel('Ombudets efternamn').fill('Lund');
    await representations.getByLabel('Dokumentets datum').fill('2026-11-30');
    await representations.getByRole('button', { name: 'Registrera', exact: true }).click();
    await representations.getByRole('cell', { name: 'Karin Lund', exact: true }).waitFor();

    await openStep(page, 'Beslut', 'Beslut');
    await page.getByRole('button', { name: 'Ladda ner kopian till Karin Lund (PDF)' }).click();
    await page.getByText('Vi har ingen postadress till Karin Lund.', { exact: false }).waitFor();
    await expectAccessible(page);
    await page.getByText('Vi har ingen postadress till Karin Lund.', { exact: false }).scrollIntoViewIfNeeded();
    await screenshot(page, 'letter-copy-no-address-1280', { fullPage: false });
    const text = await savedCopy(page, 'Ladda ner kopian till Karin Lund utan adress (PDF)');
    expect(text).toContain('Karin Lund Postadress saknas');
    expect(text).toContain('Kopia till Karin Lund');
    expect(text).toContain('Ärendet gäller: Signe Andersson');

    // Ended again, so that Signe has only Erik for the specs that follow.
    await openStep(page, 'Översikt', 'Översikt');
    await representations.getByRole('button', { name: 'Avsluta förvaltare för Karin Lund' }).click();
    await representations.getByRole('cell', { name: 'Karin Lund', exact: true }).waitFor({ state: 'detached' });
    await hanna.context.close();
  }, 120_000);
});
