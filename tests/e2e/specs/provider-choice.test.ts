import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { applyAsRepresentative } from '../support/apply.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';
import { mailsTo } from '../support/mail.ts';

/*
 * Free choice of provider (LOV): Erik applies for home care for Signe, Hanna grants it, Erik
 * chooses the provider in the portal, Hanna orders from that provider, and the provider's order
 * arrives by mail. A spec of its own, with its own case, so it needs nothing from the journey.
 */
const urls = inject('urls');
let browser: Browser;
let erik: { context: BrowserContext; page: Page };
let hanna: { context: BrowserContext; page: Page };
let reference = '';
let casePath = '';
const HOME_CARE = 'Hemtjänst – hjälp med personlig omvårdnad';

/**
 * No horizontal scroll at 320 px, and every control of the page's own form and every button-styled
 * link at least 44 px high and wide (the shared header and back link are the accessibility work's).
 */
async function expectFitsNarrowScreen(page: Page): Promise<void> {
  // Runs in the page (the tests are type-checked without the DOM library, hence a string).
  const { scrollWidth, small } = (await page.evaluate(`(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    small: [...document.querySelectorAll('main form button, main form input, main form select, main form textarea, main a.ui-button')]
      .map((element) => {
        const target = element.labels && element.labels[0] ? element.labels[0] : element;
        const box = target.getBoundingClientRect();
        return { text: (target.textContent || '').trim().slice(0, 40), width: Math.round(box.width), height: Math.round(box.height) };
      })
      .filter((box) => box.width > 0 && (box.width < 44 || box.height < 44)),
  }))()`)) as { scrollWidth: number; small: Array<{ text: string; width: number; height: number }> };
  expect(scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(320);
  expect(small, `controls under 44 px on ${page.url()}`).toEqual([]);
}

beforeAll(async () => {
  browser = await launchBrowser();
  erik = await newPage(browser);
  await signInAsCitizen(erik.page, urls.citizen, '19700612-4577');
  hanna = await newPage(browser);
  await signInAsStaff(hanna.page, urls.staff, 'handlaggare1');
});
afterAll(() => browser?.close());

describe('free choice of provider', () => {
  it('lets Erik apply for home care for Signe', async () => {
    reference = await applyAsRepresentative(erik.page, urls.citizen, {
      person: 'Signe Andersson',
      services: [{ label: HOME_CARE, needs: 'Hjälp med dusch och påklädning på morgonen.' }],
      email: 'erik.andersson@example.se',
      phone: '070-123 45 67',
    });
    expect(reference).not.toBe('');
  });

  it('lets Hanna take the case and grant home care; Erik is told by mail, naming Signe', async () => {
    const { page } = hanna;
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('button', { name: `Ta ärendet ${reference}, Signe Andersson` }).click();
    await page.getByText(`Du har tagit ärende ${reference}`).waitFor();
    await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Beslut/ }).click();
    const region = page.getByRole('region', { name: HOME_CARE });
    await region.getByLabel('Beviljas', { exact: true }).check();
    await region.getByLabel('Timmar per månad').fill('40');
    await region.getByLabel('Gäller från och med').fill('2026-12-01');
    await region.getByLabel('Lagrum').selectOption({ index: 1 });
    await region.getByLabel('Motivering').fill('Signe behöver hjälp med personlig omvårdnad på morgonen.');
    await region.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.getByText(/Beslutet är fattat/).first().waitFor();
    await expectAccessible(page);

    const [decided] = await mailsTo('erik.andersson@example.se', (mail) => mail.subject === `Beslut i ärende ${reference}`);
    expect(decided!.text).toContain('ansökan för Signe Andersson');
  });

  it('lets Erik compare the providers that give home care where Signe lives, and choose one, at 1280 and 320 px', async () => {
    const { page } = erik;
    await page.goto(`${urls.citizen}/mina-arenden`);
    await page.getByRole('heading', { level: 2, name: `Ärende ${reference}` }).waitFor();
    await page.getByRole('link', { name: `Visa ärendet Ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: `Ärende ${reference}` }).waitFor();
    casePath = new URL(page.url()).pathname;
    await page.getByText('Ni har inte valt utförare ännu.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: new RegExp(`^Välj utförare.*${HOME_CARE}`) }).click();
    await page.getByRole('heading', { level: 1, name: `Välj utförare: ${HOME_CARE}` }).waitFor();
    await expectAccessible(page);

    // Only providers that give home care in Signe's area: the inner-city one is not offered.
    const kotihoiva = page.getByRole('radio', { name: 'Kotihoiva Tukholma AB' });
    await kotihoiva.waitFor();
    expect(await page.getByText('Hemtjänst Kungsholmen Nära AB').count()).toBe(0);
    expect(await page.getByText('Hemhjälpen Mälarglimt AB').count()).toBe(0);
    await page.getByText(/Personalen talar svenska och finska/).first().waitFor();

    await page.setViewportSize({ width: 320, height: 800 });
    await expectFitsNarrowScreen(page);
    await expectAccessible(page);

    // Saving without a choice says what to do.
    await page.getByRole('button', { name: 'Spara mitt val' }).click();
    await page.getByText('Välj en utförare i listan').first().waitFor();
    await expectAccessible(page);
    await kotihoiva.check();
    await page.getByRole('button', { name: 'Spara mitt val' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ditt val är sparat' }).waitFor();
    await page.getByText('Du har valt Kotihoiva Tukholma AB för Hemtjänst – hjälp med personlig omvårdnad.').waitFor();
    await expectFitsNarrowScreen(page);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`${urls.citizen}${casePath}`);
    await page.getByText('Ni har valt Kotihoiva Tukholma AB.').waitFor();
    // The choice is in the case's history too, saying that the representative made it.
    await page.getByText('Utförare: Kotihoiva Tukholma AB').waitFor();
    await page.getByText('Ombudet gjorde valet.').waitFor();
    await expectAccessible(page);
  });

  it('lets Hanna order from the provider Erik chose; the provider gets what they need to start, Erik who will come', async () => {
    const { page } = hanna;
    await page.reload();
    await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Översikt/ }).click();
    await page.getByText('Utförare vald: Kotihoiva Tukholma AB, av Erik Andersson (ombud)').waitFor();
    await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Beställning/ }).click();
    const homeCare = page.getByRole('region', { name: new RegExp(HOME_CARE) }).first();
    await homeCare.getByText(/Personen har valt Kotihoiva Tukholma AB \(ombudet i e-tjänsten/).waitFor();
    const provider = homeCare.getByLabel('Utförare som personen har valt');
    expect(await provider.locator('option:checked').textContent()).toBe('Kotihoiva Tukholma AB');
    await homeCare.getByLabel('Mål med insatsen').fill('Signe kan duscha tryggt och klä sig varje morgon.');
    await homeCare.getByLabel(/Adress där insatsen ges/).fill('Hägerstensvägen 1, 126 49 Hägersten');
    await homeCare.getByLabel(/Handläggarens telefonnummer/).fill('08-508 12 345');
    await expectAccessible(page);
    await homeCare.getByRole('button', { name: 'Skicka beställningen' }).click();
    await page.getByText('Beställningen är skickad till utföraren.').waitFor();
    await expectAccessible(page);

    const [order] = await mailsTo('tilaukset@kotihoiva.example', (mail) => mail.subject.includes(reference));
    expect(order!.subject).toBe(`Beställning av hemtjänst, personlig omvårdnad, ärende ${reference}`);
    for (const part of ['Namn: Signe Andersson', 'Adress: Hägerstensvägen 1, 126 49 Hägersten', 'Telefon: 070-123 45 67', 'Språk: svenska', 'Behöver tolk: nej', '40 timmar per månad', 'Namn: Hanna Lind', 'Telefon: 08-508 12 345']) {
      expect(order!.text).toContain(part);
    }
    const [told] = await mailsTo('erik.andersson@example.se', (mail) => mail.subject.includes('är beställd') && mail.subject.includes(reference));
    expect(told!.text).toContain('Kotihoiva Tukholma AB, som ska ge hjälpen till Signe Andersson');

    await erik.page.goto(`${urls.citizen}${casePath}`);
    await erik.page.getByText(/Hjälpen är beställd från Kotihoiva Tukholma AB/).waitFor();
    await expectAccessible(erik.page);
  });
});
