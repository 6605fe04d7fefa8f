import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('feedback', () => {
  it('tells a sender what to fix when the text is empty, and keeps what was chosen', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${urls.citizen}/synpunkter`);
    await page.getByLabel('Klagomål').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Regionen, till exempel vårdcentralen eller sjukhuset').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Vet inte, eller något annat').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
    const summary = page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    await page.getByText('Skriv vad du vill berätta').first().waitFor();
    await page.getByRole('button', { name: 'Tillbaka' }).click();
    expect(await page.getByLabel('Vet inte, eller något annat').isChecked()).toBe(true);
    await expectAccessible(page);
    await context.close();
  });

  it('accepts anonymous feedback and shows a reference number that staff then see', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(urls.citizen);
    await page.getByRole('link', { name: 'Lämna synpunkter' }).first().click();
    await page.getByRole('heading', { name: 'Vad vill du lämna?' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Beröm').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Biståndsenheten eller äldreomsorgen').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Hur du blev bemött').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Berätta vad som hände').fill('Personalen på träffpunkten var mycket vänlig mot min mamma.');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Ja, jag vill vara anonym').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('button', { name: 'Skicka' }).click();
    const confirmation = page.getByText(/SYN-\d{4}-\d{6}/).first();
    await confirmation.waitFor();
    const reference = /SYN-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')?.[0];
    expect(reference).toBeDefined();
    await page.getByRole('heading', { name: 'Vad händer nu?' }).waitFor();
    await expectAccessible(page);
    await context.close();

    const staff = await newPage(browser);
    await signInAsStaff(staff.page, urls.staff, 'kvalitet1');
    await staff.page.goto(`${urls.staff}/synpunkter`);
    await staff.page.getByText(reference!).waitFor();
    await expectAccessible(staff.page);
    await staff.context.close();
  });
});
