/**
 * Eyes and hands that fail (issue 8, item 11): the citizen portal at 320 px, at 200 % zoom and
 * at each of its text sizes, chosen the way a person chooses them. Every page visited also gets
 * the generic checks of `expectAccessible` (support/layout.ts).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { focusedName, HEADING_WITHIN, horizontalOverflow, MIN_TARGET, NARROW, scrollToTop, TEXT_SIZES, textSizeOf, ZOOMED } from '../support/layout.ts';
import { signInAsCitizen } from '../support/login.ts';

const urls = inject('urls');
/** Birgitta: no other spec signs her in, so her pages are as a new user sees them. */
const BIRGITTA = '19510923-1240';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const isFocused = (locator: Locator) => locator.evaluate((element) => (element as unknown as { matches(selector: string): boolean }).matches(':focus'));
const settingsButton = (page: Page) => page.getByRole('button', { name: 'Språk och textstorlek' });

/** The page's h1 begins high on the screen without scrolling: the header leaves room for the page. */
async function headingOnFirstScreen(page: Page): Promise<void> {
  await scrollToTop(page);
  const box = await page.getByRole('heading', { level: 1 }).boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, 'the h1').not.toBeNull();
  expect(box!.y, `the h1 of ${page.url()} begins in the top ${HEADING_WITHIN * 100} % of the first screen`).toBeLessThanOrEqual(HEADING_WITHIN * height);
}

/** Nothing on the page is still loading. */
const loaded = (page: Page) => expect.poll(() => page.locator('main .ui-loading').count(), { timeout: 20_000 }).toBe(0);

describe('the citizen portal on a narrow screen', () => {
  it('folds language and text size into one button that a keyboard opens, uses and closes with Escape', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await page.goto(urls.citizen);
    await page.getByRole('heading', { level: 1, name: 'Äldreomsorg i Stockholm' }).waitFor();
    await headingOnFirstScreen(page);
    // Folded: the choices are not on the page until the button is pressed.
    expect(await page.getByRole('radio', { name: 'Suomi' }).isVisible()).toBe(false);
    expect(await settingsButton(page).getAttribute('aria-expanded')).toBe('false');

    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    expect(await isFocused(settingsButton(page))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await settingsButton(page).getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page);

    // The language choices come next in the tab order; arrows choose, as in any radio group.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('ui-language');
    // Plain Swedish comes next to Swedish; the page stays lang="sv".
    await page.keyboard.press('ArrowRight');
    await page.locator('#ui-language-sv-x-easy:checked').waitFor({ state: 'attached' });
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fi');
    await page.getByRole('heading', { level: 1, name: 'Vanhustenhuolto Tukholmassa' }).waitFor();
    await page.keyboard.press('Escape');
    const toggle = page.getByRole('button', { name: 'Kieli ja tekstikoko' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(toggle)).toBe(true);
    expect(await page.getByRole('radio', { name: 'Suomi' }).isVisible()).toBe(false);

    // Back to Swedish by pointer: the choice is a 44 px target inside the opened panel.
    await toggle.click();
    await page.locator('label[for="ui-language-sv"]').click();
    await page.getByRole('heading', { level: 1, name: 'Äldreomsorg i Stockholm' }).waitFor();
    await context.close();
  });

  it('shows the settings unfolded on a wide screen, and folded at 200 % zoom', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(urls.citizen);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await settingsButton(page).isVisible()).toBe(false);
    expect(await page.locator('label[for="ui-text-size-largest"]').isVisible()).toBe(true);
    await page.setViewportSize(ZOOMED);
    expect(await settingsButton(page).isVisible()).toBe(true);
    await headingOnFirstScreen(page);
    await context.close();
  });

  it('keeps the header compact at the largest text size: the signed-in name and Logga ut are in the menu, in a logical focus order', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await signInAsCitizen(page, urls.citizen, BIRGITTA);
    await page.goto(`${urls.citizen}/mina-uppgifter`);
    await settingsButton(page).click();
    await page.locator('label[for="ui-text-size-largest"]').click();
    // Remembered: the page as it opens next time, the focus at its start.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await loaded(page);
    expect((await textSizeOf(page)).shown).toBe('largest');
    await headingOnFirstScreen(page);

    // Signed in, the header holds no name and no Logga ut of its own: they are in the menu.
    const header = page.getByRole('banner');
    expect(await header.getByText('Birgitta Ek').filter({ visible: true }).count()).toBe(0);
    expect(await header.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(false);
    const menu = header.getByRole('button', { name: 'Meny' });
    for (const control of [settingsButton(page), header.getByRole('link', { name: 'Omsorg' }), menu]) {
      const box = (await control.boundingBox())!;
      expect(box.width, await control.innerText()).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(box.height, await control.innerText()).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(box.x + box.width, 'inside a 320 px screen').toBeLessThanOrEqual(NARROW.width);
    }

    // Focus goes the way the eye reads: settings, the service name, the menu, then what it opens.
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    expect(await isFocused(settingsButton(page))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(header.getByRole('link', { name: 'Omsorg' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(menu)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Startsida' }))).toBe(true);
    const signOut = header.getByRole('button', { name: 'Logga ut' });
    expect(await signOut.isVisible()).toBe(true);
    expect(await header.getByText('Birgitta Ek').filter({ visible: true }).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    expect(await isFocused(menu)).toBe(true);
    await context.close();
  });

  it('has no horizontal scroll, 44 px targets and the h1 on the first screen at every text size a person can choose', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await signInAsCitizen(page, urls.citizen, BIRGITTA);
    const pages: Array<[path: string, ready: (page: Page) => Promise<unknown>]> = [
      ['/', (p) => p.getByRole('link', { name: 'Hitta aktiviteter nära dig' }).waitFor()],
      ['/traffpunkter', (p) => p.getByText('Träffpunkt Midsommarkransen').first().waitFor()],
      ['/synpunkter', (p) => p.getByRole('button', { name: 'Nästa' }).waitFor()],
      ['/synpunkter/status', (p) => p.getByRole('button', { name: 'Visa status' }).waitFor()],
      ['/synpunkter/mina', (p) => p.getByRole('link', { name: 'Lämna en ny synpunkt' }).waitFor()],
      ['/ansokan', (p) => p.getByRole('button', { name: 'Börja ansökan' }).waitFor()],
      ['/mina-arenden', loaded],
      ['/mina-uppgifter', loaded],
      ['/bli-uppringd', loaded],
    ];
    for (const size of TEXT_SIZES) {
      // Chosen as a person chooses it: in the folded settings, remembered over a reload.
      await page.goto(urls.citizen);
      await settingsButton(page).click();
      await page.locator(`label[for="ui-text-size-${size}"]`).click();
      await page.keyboard.press('Escape');
      expect((await textSizeOf(page)).stored ?? 'normal').toBe(size);
      for (const [path, ready] of pages) {
        await page.goto(`${urls.citizen}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await ready(page);
        expect((await textSizeOf(page)).shown).toBe(size);
        expect(await horizontalOverflow(page), `horizontal scroll on ${path} at text size ${size}`).toBe(0);
        await headingOnFirstScreen(page);
        if (size !== 'normal') continue;
        // And the generic checks: axe, 44 px targets, the h1 at 200 % zoom.
        await expectAccessible(page);
      }
    }
    await context.close();
  }, 240_000);
});
