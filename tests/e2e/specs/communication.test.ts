import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { applyForOneself } from '../support/apply.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

// Förvaltningslagen 25 §: a denial before the investigation is communicated is refused, saying
// why, unless the caseworker records one of the section's exceptions and why it applies.
const urls = inject('urls');
const BIRGITTA = '19510923-1240';
let browser: Browser;
let birgitta: { context: BrowserContext; page: Page };
let reference = '';
let casePath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  birgitta = await newPage(browser);
  await signInAsCitizen(birgitta.page, urls.citizen, BIRGITTA);
});
afterAll(() => browser?.close());

describe('communication before a decision that goes against the applicant', () => {
  it('lets Birgitta apply for a safety alarm', async () => {
    const { page } = birgitta;
    reference = await applyForOneself(page, urls.citizen, {
      services: [{ label: 'Trygghetslarm', needs: 'Jag vill ha ett larm för säkerhets skull.' }],
      livesAlone: false,
      email: 'birgitta.ek@example.se',
      healthCareContact: false,
    });
    expect(reference).not.toBe('');
    await page.goto(`${urls.citizen}/mina-arenden`);
    await page.getByRole('link', { name: /Visa ärendet/ }).first().click();
    await page.getByRole('heading', { level: 1, name: `Ärende ${reference}` }).waitFor();
    casePath = new URL(page.url()).pathname;
  });

  it('refuses Hanna a denial before communication, saying why, and takes it with an exception of 25 § and its reason', async () => {
    const hanna = await newPage(browser);
    const { page } = hanna;
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('button', { name: `Ta ärendet ${reference}, Birgitta Ek` }).click();
    await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Beslut/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Beslut' }).waitFor();
    await page.getByText('Utredningen är inte kommunicerad.').waitFor();

    const alarm = page.getByRole('region', { name: 'Trygghetslarm' });
    await alarm.getByLabel('Avslås', { exact: true }).check();
    await alarm.getByLabel('Gäller från och med').fill('2026-12-01');
    await alarm.getByLabel('Lagrum').selectOption({ index: 1 });
    await alarm.getByLabel('Motivering').fill('Behovet av trygghet tillgodoses redan genom anhöriga som bor i hemmet.');
    await alarm.getByLabel('Undantag från kommunicering').waitFor();
    await expectAccessible(page);
    await alarm.getByRole('button', { name: 'Fatta beslut' }).click();
    // The service refuses and says why, beside the field the caseworker can change.
    await alarm.getByText(/^Utredningen är inte kommunicerad\. Ett avslag eller delvis bifall får fattas först/).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'decision-refused-1280');
    await page.setViewportSize({ width: 320, height: 900 });
    await screenshot(page, 'decision-refused-320');
    // No horizontal scroll at 320 px (the page is evaluated in the browser, where the document exists).
    expect(await page.locator('html').evaluate((html) => (html as unknown as { scrollWidth: number }).scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });

    await alarm.getByLabel('Undantag från kommunicering').selectOption({ label: 'Beslutet kan inte skjutas upp (25 § 3)' });
    await alarm.getByLabel('Varför undantaget gäller').fill('Birgitta flyttar till sin dotter i morgon och behöver besked i dag.');
    await alarm.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.getByText(/Beslutet är fattat/).first().waitFor();
    await alarm.getByText('Beslutat utan kommunicering').waitFor();
    await alarm.getByText(/Beslutet kan inte skjutas upp \(25 § 3\): Birgitta flyttar/).waitFor();
    await expectAccessible(page);
    await hanna.context.close();
  });

  it('shows Birgitta the decision, and never that she may respond before it is made', async () => {
    const { page } = birgitta;
    await page.goto(`${urls.citizen}${casePath}`);
    await page.getByRole('button', { name: 'Öppna beslutet (PDF)' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/innan beslutet fattas/);
    await expectAccessible(page);
  });
});
