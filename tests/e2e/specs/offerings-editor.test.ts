import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';
import { addSeries, openEditorList, openNewOffering, publishOffering, saveDraftOffering } from '../support/offerings.ts';

/*
 * The staff editor (issue 11, "editor"): Kerstin (aktivitet1) creates "Sittgympa" at Träffpunkt
 * Hägersten as a draft, writes Swedish and Finnish texts, adds a weekly series with 10 places,
 * previews it in Finnish, and publishes it. A caseworker (handlaggare1) has no editor in the menu
 * and is told so on its address. axe and no sideways scroll at 320 px on every page. The offering
 * has a unique title, so reruns do not collide; it stays published, far in the future, as others' would.
 */
const urls = inject('urls');
const stamp = Date.now().toString(36);
const TITLE = `Sittgympa ${stamp}`;
const FINNISH = `Tuolijumppa ${stamp}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function checked(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await scrollsSideways(page), `sideways scroll at 320 px on ${page.url()}`).toBe(false);
  await expectAccessible(page);
  await screenshot(page, `${name}-320`, { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A Monday a year ahead (Stockholm days counted in UTC), so the series is in the future whenever the spec runs. */
function mondayAYearAhead(): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 365);
  while (date.getUTCDay() !== 1) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe('the offerings editor', () => {
  it('lets Kerstin create, translate, schedule, preview and publish Sittgympa', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'aktivitet1');
    await openEditorList(page);
    await checked(page, 'offerings-editor-list');

    await openNewOffering(page, 'Träffpunkt Hägersten');
    await checked(page, 'offerings-editor-new');
    // Saving without a title says what is missing, in Swedish, at the field.
    await page.getByLabel('Plats', { exact: true }).selectOption({ label: 'Träffpunkt Hägersten' });
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await page.getByText('Skriv en rubrik.').first().waitFor();
    await saveDraftOffering(page, {
      venue: 'Träffpunkt Hägersten',
      title: TITLE,
      summary: 'Gympa sittande på stol, till musik.',
      description: 'Vi rör oss lugnt till musik.\n\n- Ta med vatten\n- <script>alert(1)</script> visas som text',
    });
    expect(await page.getByText('Utkast', { exact: true }).count()).toBeGreaterThan(0);

    // Finnish: the tab says it is missing, then written.
    await page.getByRole('tab', { name: 'Finska (saknas)' }).click();
    await page.getByRole('tabpanel').getByLabel('Rubrik').fill(FINNISH);
    await page.getByRole('tabpanel').getByLabel('Kort beskrivning').fill('Jumppaa tuolilla istuen.');
    await page.getByRole('button', { name: 'Spara texten på finska' }).click();
    await page.getByText('Texten på finska är sparad.').waitFor();
    await page.getByRole('tab', { name: 'Finska (skriven)' }).waitFor();
    // The keyboard moves between the language tabs.
    await page.getByRole('tab', { name: 'Finska (skriven)' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement?.textContent?.trim()')).toMatch(/^Engelska/);

    // A weekly series on Mondays, four weeks, 10 places.
    await addSeries(page, { firstDate: mondayAYearAhead(), weeks: 4, capacity: 10, room: 'Stora salen' }, async () => {
      await page.getByText(/Det blir [34] tillfällen\./).waitFor();
      await checked(page, 'offerings-editor-series');
    });
    const rows = page.getByRole('table', { name: 'Tillfällen i tidsordning' }).locator('tbody tr');
    // Four Mondays, or three when one is a holiday (skipped by default).
    await rows.nth(2).waitFor();
    expect((await rows.first().locator('td').allTextContents()).map((text) => text.trim())).toEqual(['10:00–11:00', '10', '0', 'Stora salen', expect.stringContaining('Ändra')]);
    await checked(page, 'offerings-editor-offering');

    // The preview in Finnish: the citizen's view of the draft.
    await page.getByRole('link', { name: 'Förhandsgranska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Förhandsgranskning' }).waitFor();
    await page.getByLabel('Visa på').selectOption({ label: 'Finska' });
    await page.getByRole('heading', { level: 2, name: FINNISH }).waitFor();
    await page.getByText('Jumppaa tuolilla istuen.').waitFor();
    await checked(page, 'offerings-editor-preview-fi');
    await page.getByLabel('Visa på').selectOption({ label: 'Arabiska' });
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    await page.getByText('Den här texten finns inte på arabiska ännu. Den visas på svenska.').waitFor();
    // Typed markup is shown as the characters typed, never run.
    await page.getByText('<script>alert(1)</script> visas som text', { exact: false }).waitFor();
    expect(await page.locator('article script').count()).toBe(0);

    await page.getByRole('link', { name: 'Tillbaka till redigeringen' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await publishOffering(page);
    await page.getByRole('table', { name: 'Ändringar, senaste först' }).getByText('Publicerade').waitFor();
    await checked(page, 'offerings-editor-published');

    // The list finds it by its title, published.
    await page.goto(`${urls.staff}/aktiviteter/redigera?sok=${encodeURIComponent(TITLE)}`);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Publicerad');

    // The venues tab and a venue's page.
    await page.getByRole('link', { name: 'Platser', exact: true }).click();
    await page.getByRole('link', { name: 'Träffpunkt Hägersten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera Träffpunkt Hägersten' }).waitFor();
    await checked(page, 'offerings-editor-venue');
    await context.close();
  });

  it('lets Kerstin add a new venue as a draft, and says what is missing first', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'aktivitet1');
    await page.goto(`${urls.staff}/aktiviteter/redigera?flik=platser`);
    await page.getByRole('link', { name: 'Ny plats' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny plats' }).waitFor();
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' }).waitFor();
    await checked(page, 'offerings-editor-new-venue');

    const name = `Träffpunkt Solberga ${stamp}`;
    await page.getByLabel('Namn', { exact: true }).fill(name);
    await page.getByLabel('Gatuadress', { exact: true }).fill('Solbergavägen 1');
    await page.getByLabel('Postnummer', { exact: true }).fill('125 50');
    await page.getByLabel('Stadsdel', { exact: true }).fill('Solberga');
    await page.getByLabel('Tillgängligt utan trappsteg').check();
    await page.getByLabel('Öppettider', { exact: true }).fill('Tisdag–torsdag 10–15.');
    await page.getByLabel('Beskrivning', { exact: true }).fill('Kaffe och samtal varje förmiddag.');
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await page.getByRole('heading', { level: 1, name: `Redigera ${name}` }).waitFor();
    expect(await page.getByText('Utkast', { exact: true }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('shows a caseworker no editor', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.getByRole('navigation').first().waitFor();
    expect(await page.getByRole('link', { name: 'Redigera aktiviteter' }).count()).toBe(0);
    await page.goto(`${urls.staff}/aktiviteter/redigera`);
    await page.getByText('Bara personal med behörighet för aktiviteter kan redigera aktiviteter och platser.').waitFor();
    expect(await page.getByRole('link', { name: 'Ny aktivitet' }).count()).toBe(0);
    await checked(page, 'offerings-editor-caseworker');
    await context.close();
  });
});
