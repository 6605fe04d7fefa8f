import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { signInAsCitizen } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('citizen portal', () => {
  it('greets a visitor in Swedish, shows the way to activities and offers to sign in', async () => {
    for (const width of [320, 1280]) {
      const { context, page } = await newPage(browser, { width });
      await page.goto(urls.citizen);
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Logga in' }).first().waitFor();
      await page.getByRole('link', { name: 'Hitta aktiviteter nära dig' }).waitFor();
      await expectAccessible(page);
      await context.close();
    }
  });

  it('loads a language only when it is chosen, and switches to Suomi and العربية without showing a message key', async () => {
    const { context, page } = await newPage(browser);
    const languageChunks: string[] = [];
    page.on('request', (request) => {
      const file = /\/assets\/(sv|en|fi|ar)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
      if (file?.[1]) languageChunks.push(file[1]);
    });
    const noMessageKeys = async () => expect(await page.locator('body').innerText()).not.toMatch(/\b(ui|citizen|applications|offerings|feedback)\.[a-zA-Z]+\.[a-zA-Z.]+/);
    await page.goto(urls.citizen);
    await page.getByRole('heading', { name: 'Hjälp från äldreomsorgen' }).waitFor();
    expect(new Set(languageChunks)).toEqual(new Set(['sv']));

    await page.locator('label[for="ui-language-fi"]').click();
    await page.getByRole('heading', { name: 'Apua vanhustenhuollosta' }).waitFor();
    await page.getByRole('link', { name: 'Kirjaudu sisään' }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    expect(languageChunks).toContain('fi');
    expect(languageChunks).not.toContain('en');
    await noMessageKeys();
    await expectAccessible(page);

    await page.locator('label[for="ui-language-ar"]').click();
    await page.getByRole('heading', { name: 'المساعدة من رعاية المسنين' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await noMessageKeys();
    await expectAccessible(page);

    // The choice is kept: the next visit starts in Arabic, from its own chunks.
    await page.reload();
    await page.getByRole('heading', { name: 'المساعدة من رعاية المسنين' }).waitFor();
    await page.locator('label[for="ui-language-sv"]').click();
    await page.getByRole('heading', { name: 'Hjälp från äldreomsorgen' }).waitFor();
    await context.close();
  });

  it('lets Signe sign in and shows her name', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, '19420315-2386');
    await page.getByText('Signe Andersson').first().waitFor();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('shows Erik that he may act for Signe', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, '19700612-4577');
    await page.getByText('Du kan företräda: Signe Andersson').waitFor();
    await expectAccessible(page);
    await page.goto(`${urls.citizen}/mina-arenden`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('refuses an invalid personnummer at the identity provider, in Swedish', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(urls.citizen);
    await page.getByRole('link', { name: 'Logga in' }).first().click();
    await page.getByLabel('Personnummer').fill('19420315-2387');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Personnumret är inte giltigt').first().waitFor();
    expect(page.url().startsWith(urls.idp)).toBe(true);
    await expectAccessible(page);
    await context.close();
  });
});
