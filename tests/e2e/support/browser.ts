import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { layoutProblems } from './layout.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Pages still open, so a failed test can leave screenshots of what the user saw. */
export const openPages = new Set<Page>();

/**
 * What went wrong between each page and the services: API answers with an error status or
 * GraphQL errors (their codes), and requests that failed in the browser. A failed test prints
 * them beside its screenshots, so "Uppgifterna kan inte hämtas" says why.
 */
export const apiTroubles = new WeakMap<Page, string[]>();
const API = /\/(graphql|auth)(\/|$|\?)/;

function watchApi(page: Page): void {
  const troubles: string[] = [];
  apiTroubles.set(page, troubles);
  const path = (url: string) => new URL(url).pathname;
  page.on('requestfailed', (request) => {
    if (API.test(request.url())) troubles.push(`${request.method()} ${path(request.url())}: failed in the browser (${request.failure()?.errorText ?? 'no reason'})`);
  });
  page.on('response', async (response) => {
    if (!API.test(response.url()) || response.request().method() !== 'POST') return;
    const body = (await response.json().catch(() => null)) as { errors?: Array<{ extensions?: { code?: string }; path?: unknown[] }> } | null;
    const codes = (body?.errors ?? []).map((error) => `${error.extensions?.code ?? 'NO_CODE'}${error.path ? ` at ${error.path.join('.')}` : ''}`);
    if (response.status() >= 400 || codes.length > 0) troubles.push(`POST ${path(response.url())}: HTTP ${response.status()}${codes.length ? `, ${codes.join(', ')}` : ''}`);
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context (own cookies) and page, the way axe-core/playwright needs them. */
export async function newPage(browser: Browser, options: { width?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  openPages.add(page);
  watchApi(page);
  page.on('close', () => openPages.delete(page));
  return { context, page };
}

/**
 * A screenshot for a person to look at, into E2E_SCREENSHOTS as `name`.png when it is set; none
 * otherwise. The whole page unless `fullPage` is false (the screen as it is).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: options.fullPage ?? true });
}

/** A page of the citizen portal: held to the layout checks for eyes and hands that fail, too. */
export function isCitizenPage(page: Page): boolean {
  return new URL(page.url()).origin === new URL(inject('urls').citizen).origin;
}

/**
 * Runs axe for WCAG 2.1 A and AA on the page as it is now; any violation fails the test. On a
 * citizen page it also runs the layout checks (support/layout.ts): no horizontal scroll at
 * 320 px at any text size, the h1 high on the first screen at 320 px and at 200 % zoom, and every
 * control at least 44x44 px.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(violations, `axe on ${page.url()}`).toEqual([]);
  if (isCitizenPage(page)) expect(await layoutProblems(page), `layout for eyes and hands that fail on ${page.url()}`).toEqual([]);
}
