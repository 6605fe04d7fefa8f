import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { choose, continueTo } from '../support/journey.ts';
import { signInAsCitizen } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;
let erik: { context: BrowserContext; page: Page };
let reference = '';
let casePath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  erik = await newPage(browser);
  await signInAsCitizen(erik.page, urls.citizen, '19700612-4577');
});
afterAll(() => browser?.close());

describe('the application journey', () => {
  it('lets Erik apply for Signe, one question at a time, and submit once', async () => {
    const { page } = erik;
    await page.goto(`${urls.citizen}/ansokan`);
    await page.getByRole('heading', { level: 1, name: 'Ansök om hjälp' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Börja ansökan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vem ska ansökan gälla?' }).waitFor();
    await expectAccessible(page);
    await choose(page, 'Signe Andersson');
    await continueTo(page, 'Vilken hjälp vill du ansöka om för Signe Andersson?');
    for (const service of ['Hemtjänst – hjälp med personlig omvårdnad', 'Trygghetslarm', 'Vård- och omsorgsboende']) {
      await page.getByLabel(service, { exact: true }).check();
    }
    await continueTo(page, 'Hemtjänst – hjälp med personlig omvårdnad');
    const needs = page.getByLabel('Berätta med egna ord vad Signe Andersson behöver hjälp med');
    await needs.fill('Hjälp med dusch och påklädning på morgonen, och med kvällsmaten.');
    await continueTo(page, 'Trygghetslarm');
    await needs.fill('Hon har ramlat två gånger i vinter och är ensam på nätterna.');
    await continueTo(page, 'Vård- och omsorgsboende');
    await needs.fill('Hon glömmer att äta och klarar inte längre att bo hemma.');
    await continueTo(page, 'Bor Signe Andersson ensam?');
    await choose(page, 'Ja');
    await continueTo(page, /Får Signe Andersson hjälp av anhöriga/);
    await continueTo(page, 'Har Signe Andersson legat på sjukhus nyligen?');
    await choose(page, 'Nej');
    await continueTo(page, 'Hur vill du att vi kontaktar dig om ansökan?');
    await choose(page, 'E-post');
    await continueTo(page, 'Kontaktuppgifter');
    await page.getByLabel('E-postadress').fill('erik.andersson@example.se');
    await page.getByLabel('Telefonnummer').fill('070-123 45 67');
    await continueTo(page, /När passar det bäst/);
    await continueTo(page, /Vilket språk vill Signe Andersson använda/);
    await continueTo(page, 'Behöver Signe Andersson tolk när vi pratar med varandra?');
    await choose(page, 'Nej');
    await continueTo(page, /Får handläggaren prata med hälso- och sjukvården/);
    await choose(page, 'Ja');
    await continueTo(page, 'Kontrollera dina svar');

    // Pressed twice in the same instant, as a trembling hand does: still one application.
    await page.getByRole('button', { name: 'Skicka ansökan' }).evaluate((button) => {
      (button as { click(): void }).click();
      (button as { click(): void }).click();
    });
    await page.getByRole('heading', { level: 1, name: 'Ansökan är skickad' }).waitFor();
    await expectAccessible(page);
    reference = /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');

    await page.goto(`${urls.citizen}/mina-arenden`);
    await page.getByRole('heading', { level: 2, name: `Ärende ${reference}` }).waitFor();
    expect(await page.getByRole('heading', { name: `Ärende ${reference}` }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: /Visa ärendet/ }).first().click();
    await page.getByRole('heading', { level: 1, name: `Ärende ${reference}` }).waitFor();
    casePath = new URL(page.url()).pathname;
    await expectAccessible(page);
  });

  it('sends Erik a confirmation e-mail with the reference number', async () => {
    const response = await fetch(`${urls.mail}/api/messages`);
    const messages = (await response.json()) as Array<{ to: string[]; subject: string; text: string }>;
    const confirmation = messages.find((message) => message.to.includes('erik.andersson@example.se'));
    expect(confirmation?.text).toContain(reference);
  });

  it('shows Karl none of it', async () => {
    expect(reference).toMatch(/^ANS-/);
    const karl = await newPage(browser);
    await signInAsCitizen(karl.page, urls.citizen, '19450808-3195');
    await karl.page.goto(`${urls.citizen}/mina-arenden`);
    await karl.page.getByRole('heading', { level: 1, name: 'Mina ärenden' }).waitFor();
    expect(await karl.page.getByText(reference).count()).toBe(0);
    await expectAccessible(karl.page);
    await karl.page.goto(`${urls.citizen}${casePath}`);
    await karl.page.getByText('Vi hittar inte', { exact: false }).first().waitFor();
    expect(await karl.page.getByText(reference).count()).toBe(0);
    await expectAccessible(karl.page);
    await karl.context.close();
  });
});
