import { readFile } from 'node:fs/promises';
import { pdfText } from '@omsorg/letters/testing';
import { isoWeekday } from '@omsorg/rules/offerings';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { expectAccessible } from './browser.ts';
import { NARROW, scrollsSideways } from './layout.ts';

/*
 * Steps of issue 11's pages that more than one spec walks (the parts' specs and the journey,
 * offerings-journey.test.ts): each step as a person does it on the page, with its own waits.
 * The checks a spec adds around a step (screenshots, bad input) stay in the spec.
 */

const WEEKDAY_LABELS = ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lördag', 'Söndag'] as const;

/** Staff with the activities role: "Redigera aktiviteter" from the menu, its list loaded. */
export async function openEditorList(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Redigera aktiviteter' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Redigera aktiviteter' }).waitFor();
  await page.getByRole('status').filter({ hasText: /aktivitet/ }).waitFor();
}

/** Staff, on the editor's list: "Ny aktivitet", with the venues loaded into its select. */
export async function openNewOffering(page: Page, venue: string): Promise<void> {
  await page.getByRole('link', { name: 'Ny aktivitet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ny aktivitet' }).waitFor();
  await page.getByLabel('Plats', { exact: true }).locator('option', { hasText: venue }).waitFor({ state: 'attached' });
}

/** Staff, on "Ny aktivitet": writes the Swedish texts and saves a draft; ends on the offering's page. */
export async function saveDraftOffering(page: Page, offering: { venue: string; title: string; summary: string; description: string }): Promise<void> {
  await page.getByLabel('Plats', { exact: true }).selectOption({ label: offering.venue });
  await page.getByLabel('Rubrik').fill(offering.title);
  await page.getByLabel('Kort beskrivning').fill(offering.summary);
  await page.locator('#new-description').fill(offering.description);
  await page.getByRole('button', { name: 'Spara som utkast' }).click();
  await page.getByRole('heading', { level: 1, name: offering.title }).waitFor();
}

export type Series = { firstDate: string; weeks: number; capacity: number; room: string };

/**
 * Staff, on an offering's page: "Lägg till en serie" on the first date's weekday, `weeks` weeks,
 * at the form's default time (10:00–11:00), holidays skipped (the default). `beforeCreate` runs
 * with the filled form (a spec's look at it).
 */
export async function addSeries(page: Page, series: Series, beforeCreate?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Lägg till en serie' }).click();
  await page.locator('#series-first').fill(series.firstDate);
  await page.getByLabel(WEEKDAY_LABELS[isoWeekday(series.firstDate) - 1]!, { exact: true }).check();
  await page.locator('#series-weeks').fill(String(series.weeks));
  await page.locator('#series-capacity').fill(String(series.capacity));
  await page.locator('#series-room').fill(series.room);
  await page.getByText(/Det blir \d+ tillfällen\./).waitFor();
  await beforeCreate?.();
  await page.getByRole('button', { name: 'Skapa tillfällena' }).click();
  await page.getByText('Tillfällena är skapade.').waitFor();
}

/** Staff, on an offering's page: publishes it now. */
export async function publishOffering(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  await page.getByText('Aktiviteten är publicerad.').waitFor();
  await page.getByText('Publicerad', { exact: true }).first().waitFor();
}

/**
 * Anyone: /aktiviteter filtered by area and "Från och med datum"; answers the card of the first
 * session named `title` (the earliest: the list is in time order) and its link.
 */
export async function findSession(page: Page, search: { area: string; day: string; title: string }): Promise<{ card: Locator; link: Locator }> {
  await page.goto(`${inject('urls').citizen}/aktiviteter`);
  await page.getByRole('heading', { level: 1, name: 'Aktiviteter' }).waitFor();
  await page.getByLabel('Område', { exact: true }).selectOption(search.area);
  await page.getByLabel('Från och med datum').fill(search.day);
  await page.getByRole('button', { name: 'Visa aktiviteter' }).click();
  const card = page.getByRole('article', { name: search.title }).first();
  const link = card.getByRole('link', { name: search.title });
  await link.waitFor();
  return { card, link };
}

/** Anyone, on a session's page: "Lägg till i kalender"; answers the .ics with its folded lines unfolded. */
export async function downloadSessionCalendar(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Lägg till i kalender' }).click()]);
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  return ics.replace(/\r\n[ \t]/g, '');
}

/** Answers the registration panel's current question and goes on. */
async function answer(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Nästa' }).click();
}

/**
 * A signed-in person who represents nobody, on a session's page: "Anmäl dig" for oneself (the
 * name is filled in), a phone number, no e-mail, "Vi ringer dig"; waits for the receipt.
 */
export async function registerSignedIn(page: Page, person: { name: string; phone: string }): Promise<void> {
  await page.getByRole('button', { name: 'Anmäl dig' }).click();
  await page.getByText(/Fråga 1 av/).waitFor();
  await expect.poll(() => page.getByLabel('Namn').inputValue()).toBe(person.name);
  await page.getByRole('button', { name: 'Nästa' }).click();
  await answer(page, 'Telefonnummer', person.phone);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nästa' }).click(); // no e-mail
  await page.getByLabel('Vi ringer dig').check();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await page.getByRole('heading', { name: 'Kontrollera din anmälan' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await page.locator('#registration-receipt').getByText('Du är anmäld. Välkommen!').waitFor();
}

/**
 * Someone not signed in, in the registration panel once opened ("Anmäl dig" or "Ställ dig i
 * kö"): name, phone, e-mail, told by e-mail; sends it and answers the receipt's cancel code.
 */
export async function registerAsGuest(page: Page, person: { name: string; phone: string; email: string }): Promise<string> {
  await answer(page, 'Namn', person.name);
  await answer(page, 'Telefonnummer', person.phone);
  await answer(page, 'E-postadress', person.email);
  await page.getByLabel('Med e-post').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nästa' }).click();
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  const code = page.getByTestId('cancel-code');
  await code.waitFor();
  return (await code.textContent())!.trim();
}

/** Signed in: cancels `title` under "Mina anmälningar"; waits for the answer that someone in the queue got the place. */
export async function cancelUnderMyRegistrations(page: Page, title: string): Promise<void> {
  await page.goto(`${inject('urls').citizen}/aktiviteter/mina-anmalningar`);
  await page.getByRole('heading', { level: 1, name: 'Mina anmälningar' }).waitFor();
  await page.getByRole('link', { name: title }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: new RegExp(`^Avboka\\s*:\\s*${title}$`) }).click();
  await page.getByRole('status').getByText('Platsen gick till nästa person i kön.', { exact: false }).waitFor();
}

/** The citizen portal's own persisted operation (schema/operations/offerings.json) named `name`. */
async function persistedHash(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../../schema/operations/offerings.json', import.meta.url), 'utf8')) as Record<string, string>;
  const found = Object.entries(manifest).find(([, text]) => new RegExp(`mutation ${name}\\b`).test(text));
  if (!found) throw new Error(`${name} is not a trusted document`);
  return found[0];
}

/**
 * Registers someone without BankID through the gateway, as the registration panel does (its
 * persisted mutation, through the citizen portal's /graphql), told by phone. Answers the status.
 * Counts against the per-address limit on registrations without signing in.
 */
export async function registerGuestByApi(request: APIRequestContext, sessionId: string, person: { name: string; phone: string }): Promise<string> {
  const response = await request.post(`${inject('urls').citizen}/graphql`, {
    headers: { 'accept-language': 'sv' },
    data: {
      variables: { sessionId, input: { name: person.name, phone: person.phone, noticeBy: 'PHONE' } },
      extensions: { persistedQuery: { version: 1, sha256Hash: await persistedHash('CitizenRegisterForSession') } },
    },
  });
  const body = (await response.json()) as { data?: { registerForSession: { __typename: string; data?: { registration: { status: string } } } }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data!.registerForSession.__typename, JSON.stringify(body.data)).toBe('MutationRegisterForSessionSuccess');
  return body.data!.registerForSession.data!.registration.status;
}

/**
 * Staff with the activities role: "Program att skriva ut" from the menu, the notice-board
 * programme for `district` and `month` in Swedish, waits until it is done and downloads it.
 * Checks the file's name; answers the PDF's text.
 */
export async function makeProgramme(page: Page, programme: { district: string; month: string; fileName: string }): Promise<string> {
  await page.getByRole('link', { name: 'Program att skriva ut' }).first().click();
  await page.getByRole('heading', { name: 'Program att skriva ut', level: 1 }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('Stadsdel').selectOption(programme.district);
  await page.getByLabel('Månad').selectOption(programme.month);
  await page.getByRole('radio', { name: 'Anslagstavla' }).check();
  await page.getByLabel('Språk').selectOption('SV');
  await page.getByRole('button', { name: 'Skapa program' }).click();
  const link = page.getByRole('link', { name: `Ladda ner ${programme.fileName} (PDF)` });
  await link.waitFor({ timeout: 60_000 });
  // The paragraph (the same words go to the screen reader's live region).
  await page.locator('p', { hasText: /^Klart: \d+ aktivitet(er)? finns med\.$/ }).waitFor();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(programme.fileName);
  return pdfText(await readFile((await download.path())!));
}

/**
 * Chooses a language in the citizen header's chooser (open at 1280 px): `fi`, `ar`, `en`,
 * `sv-x-easy`. Waits until the choice is remembered (the portal stores it once the language's
 * messages are loaded, after the radio button is checked), so the next page opened is in it too.
 */
export async function chooseLanguage(page: Page, locale: string): Promise<void> {
  await page.locator(`label[for="ui-language-${locale}"]`).click();
  await page.locator(`#ui-language-${locale}:checked`).waitFor({ state: 'attached' });
  // Remembered, or shown as a signed-in person's own language (Aino's Finnish, which the portal
  // may apply while the click happens: the radio is then checked already and the click changes
  // nothing). Plain Swedish's lang is "sv", so only the remembered choice tells it apart.
  await page.waitForFunction((chosen) => {
    const { localStorage, document } = globalThis as unknown as { localStorage: { getItem(key: string): string | null }; document: { documentElement: { lang: string } } };
    return localStorage.getItem('omsorg.locale') === chosen || (chosen !== 'sv-x-easy' && document.documentElement.lang === chosen);
  }, locale);
}

/** On /information/finska in Finnish: the page is Finnish throughout, with no Swedish fallback. */
export async function expectCareInFinnish(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Oikeus suomenkieliseen vanhustenhuoltoon' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('fi');
  await page.getByText('Tukholman kaupunki kuuluu suomen kielen hallintoalueeseen.', { exact: false }).waitFor();
  expect(await page.getByText('ruotsiksi').count()).toBe(0);
  expect(await page.locator('main [lang="sv"]').count()).toBe(0);
}

/** The page as it is, in Arabic: right to left, and no sideways scroll at 320 px (the viewport is put back). */
export async function expectRightToLeftAt320(page: Page): Promise<void> {
  expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  expect(await page.getAttribute('html', 'lang')).toBe('ar');
  const own = page.viewportSize();
  await page.setViewportSize(NARROW);
  expect(await scrollsSideways(page), `sideways scroll at 320 px on ${page.url()}`).toBe(false);
  if (own) await page.setViewportSize(own);
}
