import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * The work list of issue 8 as a manager sees it: the start page says what waits for her, the
 * inbox counts every kind of work, searches by personnummer or case number (a mistyped
 * personnummer is said in words) and sorts by its columns. Screenshots at 320 and 1280 px go
 * to E2E_SCREENSHOTS when set, for a person to look at.
 */
const urls = inject('urls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the work list', () => {
  it('shows a manager the proposals and this week’s case review on the start page', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'chef1');
    const part = page.getByRole('region', { name: 'Väntar på dig som chef' });
    await part.getByRole('link', { name: /förslag till beslut väntar/ }).waitFor();
    await part.getByRole('link', { name: /Ärendedragning vecka \d+/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'start-manager-1280');
    await context.close();
  });

  it('counts every kind of work, says what is wrong with a mistyped personnummer, and searches by name and case number', async () => {
    for (const width of [320, 1280]) {
      const { context, page } = await newPage(browser, { width });
      await signInAsStaff(page, urls.staff, 'chef1');
      await page.goto(`${urls.staff}/inkorg`);
      await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
      const counts = page.getByRole('list', { name: 'Att göra' });
      for (const label of ['Allt att göra', 'Mina', 'Överklaganden', 'Att beställa', 'Genomförandeplan saknas', 'Uppföljningar']) {
        await counts.getByRole('link', { name: new RegExp(`^${label} \\d+$`) }).waitFor();
      }
      await expectAccessible(page);

      await page.getByRole('searchbox', { name: 'Sök ärende' }).fill('19420315-2387');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByText('Personnumret stämmer inte: kontrollsiffran (den sista siffran) är fel.').first().waitFor();
      await page.locator('#inbox-search:focus').waitFor();
      await expectAccessible(page);
      await screenshot(page, `inbox-search-error-${width}`);

      // A name nobody in this unit's cases has (other specs give Signe cases here, in any order).
      await page.getByRole('searchbox', { name: 'Sök ärende' }).fill('Greta Okänd');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByText('sökning på Greta Okänd').waitFor();
      await page.getByText('Ingen person med det namnet eller personnumret har ärenden som du kan se.').waitFor();

      await page.getByRole('searchbox', { name: 'Sök ärende' }).fill('ANS-1999');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByText('sökning på ANS-1999').waitFor();
      await context.close();
    }
  });
});
