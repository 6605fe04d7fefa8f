import { pollUntil } from '@omsorg/platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * The staff start page and work list of issue 8, second round: a caseworker's "Att göra i dina
 * ärenden" whose every count is the length of the list it opens, a start page that does not move
 * while its parts arrive (layout shifts measured by the browser), inbox counts that fit at 1280
 * and at 320 px without scrolling sideways, and a person column that does not pretend to sort.
 * Screenshots at 320 and 1280 px go to E2E_SCREENSHOTS when set, for a person to look at.
 */
const urls = inject('urls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Shift = { value: number; hadRecentInput: boolean; sources: string[] };

/**
 * Records every layout shift of each page the context opens, from its first paint on (a script
 * run in the browser, before the page's own).
 */
const RECORD_LAYOUT_SHIFTS = `
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.layoutShifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources || []).map((source) => source.node instanceof Element ? source.node.tagName + '.' + source.node.className : String(source.node && source.node.nodeName)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: RECORD_LAYOUT_SHIFTS });
}

/** The shifts no input caused, once the page has stopped loading. */
async function unexpectedShifts(page: Page): Promise<Shift[]> {
  await page.waitForLoadState('networkidle');
  const shifts = (await page.evaluate('window.layoutShifts')) as Shift[];
  return shifts.filter((shift) => !shift.hadRecentInput && shift.value > 0);
}

/** The count a start-page or inbox count link shows. */
async function shownCount(link: ReturnType<Page['getByRole']>): Promise<number> {
  return Number(await link.locator('.work-counts__count').textContent());
}

/** The number of cases the inbox says its list holds, once it has loaded (it says "Hämtar" until then). */
async function listedCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /ärenden? matchar filtret/ });
  const text = await pollUntil(
    async () => (await status.count()) === 1 ? await status.textContent() : null,
    (shown) => shown !== null && !shown.includes('Hämtar'),
    20_000,
    'the inbox list loaded',
  );
  return Number(/(\d+) ärenden? matchar filtret/.exec(text ?? '')?.[1]);
}

describe('the caseworker’s start page', () => {
  it('gives Hanna her work, each count the length of the list it opens, and nothing moves while it arrives', async () => {
    for (const width of [1280, 320]) {
      const { context, page } = await newPage(browser, { width });
      await recordLayoutShifts(context);
      await signInAsStaff(page, urls.staff, 'handlaggare1');
      const part = page.getByRole('region', { name: 'Att göra i dina ärenden' });
      await part.getByRole('link', { name: /^Alla dina ärenden med något att göra \d+$/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Det här kan du göra' }).waitFor();
      expect(await unexpectedShifts(page), `layout shifts on the start page at ${width} px`).toEqual([]);
      expect(await scrollsSideways(page), `start page at ${width} px`).toBe(false);
      // A caseworker is no manager: the manager's part is not hers.
      expect(await page.getByRole('region', { name: 'Väntar på dig som chef' }).count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, `start-caseworker-${width}`);
      await context.close();
    }
  });

  it('opens the inbox with exactly the cases each count counts, her new phone application among them', async () => {
    const { page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    // A person nobody else's spec uses, registered by Hanna with a phone application she then takes.
    await page.goto(`${urls.staff}/registrera-ansokan`);
    await page.getByRole('heading', { level: 1, name: 'Registrera ansökan' }).waitFor();
    await page.getByLabel('Personnummer').fill('19390517-1231');
    await page.getByRole('button', { name: 'Sök person' }).click();
    const known = page.getByText('Stig Startsida');
    const unknown = page.getByText('Personen finns inte hos oss än');
    await known.or(unknown).first().waitFor();
    if (await unknown.isVisible()) {
      await page.getByLabel('Förnamn').fill('Stig');
      await page.getByLabel('Efternamn').fill('Startsida');
      await page.getByRole('group', { name: 'Behöver personen tolk?' }).first().getByLabel('Nej', { exact: true }).check();
      await page.getByRole('button', { name: 'Registrera personen' }).click();
      await known.first().waitFor();
    }
    await page.getByRole('group', { name: 'Hur kom ansökan in?' }).getByLabel('Telefon').check();
    await page.getByLabel('Trygghetslarm', { exact: true }).check();
    await page.getByLabel(/^Behov av Trygghetslarm/).fill('Ringde själv. Har ramlat två gånger i hemmet.');
    await page.getByRole('group', { name: 'Hur vill personen bli kontaktad?' }).getByLabel('Telefon').check();
    await page.getByLabel('Telefonnummer').fill('08-123 456 79');
    await page.getByRole('button', { name: 'Registrera ansökan' }).click();
    await page.getByRole('heading', { name: 'Ansökan är registrerad' }).waitFor();
    const reference = /ANS-[\w-]+/.exec((await page.getByText(/Ärendenumret är/).textContent()) ?? '')?.[0] ?? '';
    expect(reference).toMatch(/^ANS-/);

    // Taken once identity lets the unit read Stig (a queued event).
    const take = page.getByRole('button', { name: `Ta ärendet ${reference}, Stig Startsida` });
    await pollUntil(
      async () => {
        await page.goto(`${urls.staff}/inkorg?sok=${reference}`);
        await page.getByRole('link', { name: reference }).waitFor();
        return take.count();
      },
      (count) => count === 1,
      20_000,
      'Stig’s case ready to take',
    );
    await take.click();
    await page.getByText(`Du har tagit ärende ${reference}.`).waitFor();

    await page.goto(urls.staff);
    const part = page.getByRole('region', { name: 'Att göra i dina ärenden' });
    const all = part.getByRole('link', { name: /^Alla dina ärenden med något att göra \d+$/ });
    await all.waitFor();
    expect(await shownCount(all)).toBeGreaterThanOrEqual(1);
    const labels = ['Alla dina ärenden med något att göra', 'Nya, inte påbörjade', 'Överklaganden', 'Beviljade insatser att beställa', 'Genomförandeplan saknas', 'Uppföljningar att göra'];
    for (const label of labels) {
      await page.goto(urls.staff);
      const link = part.getByRole('link', { name: new RegExp(`^${label} \\d+$`) });
      const count = await shownCount(link);
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
      expect(await listedCount(page), label).toBe(count);
      if (label === labels[0]) await page.getByRole('link', { name: reference }).waitFor();
    }
    await page.goto(urls.staff);
    const callbacks = part.getByRole('link', { name: /^Återuppringningar i enheten \d+$/ });
    const callbackCount = await shownCount(callbacks);
    await callbacks.click();
    await page.getByText(`Återuppringningar (${callbackCount})`, { exact: true }).waitFor();
    await page.close();
  });
});

describe('the manager’s start page', () => {
  it('shows the proposals and the case review without moving the menu', async () => {
    for (const width of [1280, 320]) {
      const { context, page } = await newPage(browser, { width });
      await recordLayoutShifts(context);
      await signInAsStaff(page, urls.staff, 'chef1');
      await page.getByRole('region', { name: 'Väntar på dig som chef' }).getByRole('link', { name: /förslag till beslut väntar/ }).waitFor();
      expect(await unexpectedShifts(page), `layout shifts on the manager's start page at ${width} px`).toEqual([]);
      expect(await page.getByRole('region', { name: 'Att göra i dina ärenden' }).count()).toBe(0);
      expect(await scrollsSideways(page)).toBe(false);
      await expectAccessible(page);
      await screenshot(page, `start-manager-${width}`);
      await context.close();
    }
  });
});

describe('the inbox', () => {
  it('fits its counts at 1280 and 320 px without scrolling sideways, and does not offer to sort by person', async () => {
    for (const width of [1280, 320]) {
      const { context, page } = await newPage(browser, { width });
      await signInAsStaff(page, urls.staff, 'chef1');
      await page.goto(`${urls.staff}/inkorg`);
      await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
      const counts = page.getByRole('list', { name: 'Att göra' });
      for (const label of ['Allt att göra', 'Mina', 'Överklaganden', 'Att beställa', 'Genomförandeplan saknas', 'Uppföljningar', 'Återuppringningar']) {
        await counts.getByRole('link', { name: new RegExp(`^${label} \\d+$`) }).waitFor();
      }
      expect(await scrollsSideways(page), `inbox at ${width} px`).toBe(false);
      expect(await counts.evaluate((list: { scrollWidth: number; clientWidth: number; closest(selector: string): unknown }) => list.scrollWidth <= list.clientWidth && list.closest('[role="region"][tabindex]') === null)).toBe(true);
      const mine = counts.getByRole('link', { name: /^Mina \d+$/ });
      const mineCount = await shownCount(mine);
      await mine.click();
      expect(await listedCount(page)).toBe(mineCount);

      await page.goto(`${urls.staff}/inkorg?status=alla`);
      // Stig's case (above) is in the list, so the table is there.
      const person = page.getByRole('columnheader', { name: 'Person och ålder' });
      await person.waitFor();
      expect(await person.getByRole('button').count()).toBe(0);
      expect(await person.getAttribute('aria-sort')).toBeNull();
      await page.getByRole('columnheader', { name: /Ärende/ }).getByRole('button').first().waitFor();
      await page.getByText('Personkolumnen går inte att sortera', { exact: false }).waitFor();
      if (width === 1280) {
        const region = page.getByRole('region', { name: 'Ansökningar i filtret' });
        expect(await region.evaluate((wrapper: { scrollWidth: number; clientWidth: number }) => wrapper.scrollWidth <= wrapper.clientWidth), 'the work list fits 1280 px').toBe(true);
      }
      await expectAccessible(page);
      await screenshot(page, `inbox-${width}`);

      // The statistics' tables too: none scrolls sideways at 1280 px.
      await page.goto(`${urls.staff}/statistik`);
      await page.getByRole('heading', { level: 2, name: 'Dagar från ansökan till beslut' }).waitFor();
      if (width === 1280) {
        const overflowing = await page.locator('.ui-table-wrapper').evaluateAll((wrappers: Array<{ scrollWidth: number; clientWidth: number }>) =>
          wrappers.filter((wrapper) => wrapper.scrollWidth > wrapper.clientWidth).length,
        );
        expect(overflowing, 'statistics tables wider than 1280 px').toBe(0);
      }
      await screenshot(page, `statistics-${width}`);
      await context.close();
    }
  });
});
