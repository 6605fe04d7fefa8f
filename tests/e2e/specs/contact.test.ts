import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { choose } from '../support/journey.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;
let erik: { context: BrowserContext; page: Page };
let hanna: { context: BrowserContext; page: Page };

beforeAll(async () => {
  browser = await launchBrowser();
  erik = await newPage(browser, { width: 320 });
  await signInAsCitizen(erik.page, urls.citizen, '19700612-4577');
  hanna = await newPage(browser);
  await signInAsStaff(hanna.page, urls.staff, 'handlaggare1');
});
afterAll(() => browser?.close());

describe('a callback that says who asked, for whom, and when', () => {
  it('lets Erik ask to be called about Signe, and promises a time in office hours, not at night', async () => {
    const { page } = erik;
    await page.goto(`${urls.citizen}/bli-uppringd`);
    await page.getByRole('heading', { level: 1, name: 'Bli uppringd' }).waitFor();
    await page.getByText('inom två arbetsdagar, på kontorstid').waitFor();
    await choose(page, 'Signe Andersson');
    await page.getByLabel('Telefonnummer').fill('070-123 45 67');
    await page.getByLabel('Vad vill du prata om?').fill('Om hemtjänsten för mamma.');
    await page.getByRole('button', { name: 'Be om att bli uppringd' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vi ringer upp dig' }).waitFor();
    await page.getByText('Samtalet gäller Signe Andersson.').waitFor();
    const latest = (await page.getByText(/Vi ringer senast/).textContent()) ?? '';
    // A working day, in office hours (08:00-16:30 Stockholm time): never "00:48".
    expect(latest).toMatch(/(måndag|tisdag|onsdag|torsdag|fredag) .* ((0[89]|1[0-5]):\d\d|16:([0-2]\d|30))/);
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'callback-receipt-320');
  });

  it('shows Hanna who asked for whom, and lets her record that the call did not get through', async () => {
    const { page } = hanna;
    await page.goto(`${urls.staff}/inkorg?vy=aterringningar`);
    const row = page.getByRole('row', { name: /Signe Andersson.*Erik Andersson bad om samtalet/ }).filter({ hasText: 'Om hemtjänsten för mamma.' });
    await row.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'callbacks-1280');
    await row.getByRole('button', { name: 'Registrera samtalet till Signe Andersson' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Välj hur samtalet gick.').first().waitFor();
    await choose(page, 'Nådde inte fram');
    await page.getByLabel(/Anteckning om samtalet/).fill('Inget svar. Skickar brev.');
    await expectAccessible(page);
    await screenshot(page, 'callback-outcome-1280');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Återuppringningen till Signe Andersson är markerad som klar.').waitFor();

    await page.goto(`${urls.staff}/inkorg?vy=aterringningar&klara=ja`);
    await page.getByRole('row', { name: /Signe Andersson.*Erik Andersson bad om samtalet/ }).filter({ hasText: 'Nådde inte fram' }).first().waitFor();
  });
});
