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

describe('staff workspace', () => {
  it('asks an anonymous visitor to sign in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(urls.staff);
    await page.getByRole('link', { name: 'Logga in' }).first().waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('shows a caseworker her name and role, no outreach, and feedback only as what is assigned to her', async () => {
    const { context, page } = await newPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.getByText('Hanna Lind').first().waitFor();
    await page.getByText('Handläggare').first().waitFor();
    await page.getByRole('link', { name: 'Inkorg' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Kampanjer' }).count()).toBe(0);
    expect(requested.some((url) => url.includes('/remotes/outreach/'))).toBe(false);
    // Feedback: a caseworker sees only what is assigned to her (feedback-handling.test.ts walks it).
    await page.getByRole('link', { name: 'Synpunkter' }).first().waitFor();
    await expectAccessible(page);
    await page.goto(`${urls.staff}/kampanjer`);
    await page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('shows outreach staff the campaigns', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.getByText('Omar Haddad').first().waitFor();
    await page.getByRole('link', { name: 'Kampanjer' }).first().click();
    await page.getByRole('heading', { name: 'Kampanjer' }).waitFor();
    await page.getByText('Hälsosamtal för dig som fyllt 75').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
