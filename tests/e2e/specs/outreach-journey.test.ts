/**
 * The journey of issue 9, through the real pages only: Omar creates "Hälsosamtal för dig som
 * fyller 75" for Hägersten-Älvsjö; Birgitta Ek is in the cohort and Karl Nilsson is not; the
 * letters are made and Birgitta's code is read from her letter in the print file; Birgitta, not
 * signed in, answers with the code and her birth date and books a time at a meeting place with
 * the keyboard alone (every page at 320 px); Omar finds the booking in his day view, holds the
 * conversation, notes that she is often lonely and has fallen twice, and refers her with her
 * consent; Hanna finds the application in the inbox, come in through outreach, with the
 * conversation's summary. axe on every page.
 *
 * Shared state: Birgitta's booking is left HELD (one meeting-place time of Omar's taken) and the
 * referral is a new, unassigned case of Birgitta's in Hanna's unit.
 */
import { readFile } from 'node:fs/promises';
import { pdfPageTexts } from '@omsorg/letters/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { byId, byText, checkedRadio, focusReaches, radioOf, tabTo } from '../support/keyboard.ts';
import { NARROW, scrollsSideways } from '../support/layout.ts';
import { mailsTo } from '../support/mail.ts';
import { signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
const CAMPAIGN = 'Hälsosamtal för dig som fyller 75';
/** Hägersten-Älvsjö's district areas. */
const AREAS = ['Fruängen', 'Hägersten', 'Västertorp', 'Midsommarkransen', 'Liseberg', 'Älvsjö', 'Solberga'];
const CODE = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g;

let browser: Browser;
/** What one step finds and the next needs. */
const journey = { campaignUrl: '', code: '', day: '', clock: '', reference: '' };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function previewTotal(page: Page): Promise<number> {
  const status = page.getByText(/\d+ personer i urvalet\./);
  await status.waitFor({ timeout: 15_000 });
  return Number((await status.textContent())?.match(/(\d+) personer/)?.[1]);
}

/** Searches the fixed cohort's list by name and answers the rows' names ("Ek, Birgitta"). */
async function cohortSearch(page: Page, name: string): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Personer i urvalet', exact: true });
  await list.getByLabel('Sök på namn').fill(name);
  await list.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('sok') === name);
  const table = list.getByRole('table', { name: /^Personer i urvalet \(\d+\)$/ });
  const none = list.getByText('Ingen i urvalet har ett namn som passar sökningen.');
  await table.or(none).first().waitFor();
  if (await none.isVisible()) return [];
  return (await table.getByRole('rowheader').allTextContents()).map((text) => text.trim());
}

/** A citizen page at 320 px: the heading, focus on it, axe and the layout checks, no sideways scrolling, a screenshot. */
async function citizenStep(page: Page, heading: string, shot: string, options: { focus?: boolean } = {}): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  if (options.focus) await focusReaches(page, heading);
  await expectAccessible(page);
  expect(await scrollsSideways(page), `${heading} at ${NARROW.width} px`).toBe(false);
  await screenshot(page, `outreach-journey-${shot}-320`);
}

/** Chooses, by keyboard, the radio of the group whose label passes `wanted` (Tab into the group, Space, then arrow keys); answers label and value. */
async function chooseByKeyboard(page: Page, name: string, wanted: (label: string) => boolean = () => true): Promise<{ label: string; value: string }> {
  await tabTo(page, radioOf(name));
  await page.keyboard.press('Space');
  for (let i = 0; i < 10 && !wanted((await checkedRadio(page, name)).label); i++) await page.keyboard.press('ArrowDown');
  const chosen = await checkedRadio(page, name);
  expect(wanted(chosen.label), `a choice in ${name}`).toBe(true);
  return chosen;
}

async function continueByKeyboard(page: Page, button = 'Fortsätt'): Promise<void> {
  await tabTo(page, byText(button));
  await page.keyboard.press('Enter');
}

describe('the outreach journey: from a campaign to a referral', () => {
  it('lets Omar create the campaign for Hägersten-Älvsjö and fix a cohort with Birgitta Ek and without Karl Nilsson', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.getByRole('link', { name: 'Kampanjer' }).first().click();
    await page.getByRole('heading', { name: 'Kampanjer', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Antal i urvalet' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Ny kampanj' }).click();
    await page.getByRole('heading', { name: 'Ny kampanj', level: 1 }).waitFor();
    await page.getByLabel('Kampanjens namn').fill(CAMPAIGN);
    await page.getByLabel('Målgrupp').fill('Alla i Hägersten-Älvsjö som fyller 75 år 2026 och inte har insatser från äldreomsorgen.');
    await page.getByLabel('Ålder som personen fyller').fill('75');
    await page.getByLabel('År', { exact: true }).fill('2026');
    // The areas where residents are registered are check boxes; the others are typed.
    const typed: string[] = [];
    for (const area of AREAS) {
      const box = page.getByRole('checkbox', { name: area, exact: true });
      if ((await box.count()) > 0) await box.check();
      else typed.push(area);
    }
    if (typed.length > 0) await page.getByLabel('Andra områden').fill(typed.join(', '));
    expect(await page.getByRole('checkbox', { name: 'Ta inte med personer som har insatser från äldreomsorgen' }).isChecked()).toBe(true);
    // Other specs may have invited Birgitta in a campaign of their own: the default of 12 months would leave her out.
    await page.getByLabel('Inte inbjudna de senaste månaderna').fill('');
    const total = await previewTotal(page);
    expect(total).toBeGreaterThanOrEqual(1);
    await page.getByRole('table', { name: 'Antal i urvalet efter juridiskt kön' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-campaign-new-1280');

    await page.getByRole('button', { name: 'Skapa kampanjen' }).click();
    await page.getByRole('heading', { name: CAMPAIGN, level: 1 }).waitFor();
    await page.getByText('Kampanjen är skapad.').waitFor();
    journey.campaignUrl = page.url();
    await page.getByRole('button', { name: 'Fastställ urvalet' }).click();
    await page.getByRole('heading', { name: 'Vill du fastställa urvalet nu?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, fastställ urvalet' }).click();
    await page.getByText(/^Urvalet är fastställt: \d+ personer\.$/).waitFor();
    await page.getByRole('heading', { name: 'Personer i urvalet' }).waitFor();

    expect(await cohortSearch(page, 'Birgitta')).toContain('Ek, Birgitta');
    expect(await cohortSearch(page, 'Nilsson')).not.toContain('Nilsson, Karl');
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-cohort-1280');
    await context.close();
  });

  it('makes the letters and gives Birgitta’s code only in her letter', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(journey.campaignUrl);
    const letters = page.locator('section#campaign-letters');
    await letters.getByRole('button', { name: 'Skapa inbjudningsbrev' }).click();
    await letters.getByText(/^Klart: \d+ brev\.$/).first().waitFor({ timeout: 60_000 });
    const link = letters.getByRole('link', { name: /^Ladda ner utskriftsfilen \(PDF, [\d,]+ kB\)$/ });
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-letters-1280');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // Every invitation fits one page: Birgitta's letter is the one page with her name and address.
    const pages = pdfPageTexts(pdf);
    const hers = pages.filter((text) => text.includes('Birgitta Ek') && text.includes('Fruängsgården 22'));
    expect(hers).toHaveLength(1);
    const letter = hers[0]!;
    expect(letter).toContain('Hej Birgitta Ek!');
    expect(letter).toContain('/inbjudan');
    const codes = [...new Set(letter.match(CODE) ?? [])];
    expect(codes).toHaveLength(1);
    journey.code = codes[0]!;
    // Nobody else's letter holds her code.
    expect(pages.filter((text) => text.includes(journey.code))).toHaveLength(1);
    await context.close();
  });

  it('lets Birgitta, not signed in, answer with the code and her birth date and book a meeting place time with the keyboard alone, at 320 px', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await page.goto(urls.citizen);
    await citizenStep(page, 'Äldreomsorg i Stockholm', 'start');
    await tabTo(page, byText('Svara på en inbjudan'));
    await page.keyboard.press('Enter');
    await citizenStep(page, 'Svara på en inbjudan', 'open');

    await tabTo(page, byId('invitation-code'));
    await page.keyboard.type(journey.code);
    for (const part of ['23', '9', '1951']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await page.keyboard.press('Enter');
    await citizenStep(page, 'Inbjudan till hälsosamtal', 'invitation');
    await page.getByText('Hej Birgitta! Du är inbjuden till ett hälsosamtal.').waitFor();
    await continueByKeyboard(page, 'Ja, jag vill boka ett samtal');
    await citizenStep(page, 'Tack! Du har tackat ja', 'accepted');
    await continueByKeyboard(page, 'Välj tid för samtalet');

    await citizenStep(page, 'Hur vill du träffas?', 'kind', { focus: true });
    await chooseByKeyboard(page, 'booking-kind', (label) => label.startsWith('Träffpunkt'));
    await continueByKeyboard(page);
    await citizenStep(page, 'Vilken dag?', 'day', { focus: true });
    const day = await chooseByKeyboard(page, 'booking-day');
    expect(day.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    journey.day = day.value;
    const dayWords = /^(\S+ \d{1,2} \S+)/.exec(day.label)![1]!;
    await continueByKeyboard(page);
    await citizenStep(page, 'Vilken tid?', 'time', { focus: true });
    const time = await chooseByKeyboard(page, 'booking-time');
    expect(time.label).toMatch(new RegExp(`^${dayWords} klockan \\d{2}\\.\\d{2}, Träffpunkt Hägersten$`));
    journey.clock = /klockan (\d{2}\.\d{2})/.exec(time.label)![1]!;
    await continueByKeyboard(page);
    await citizenStep(page, 'Tolk och sällskap', 'extras', { focus: true });
    expect(await page.getByLabel('Vill du ha en tolk?').inputValue()).toBe('');
    expect(await page.getByLabel('Vill någon följa med dig?').inputValue()).toBe('');
    await continueByKeyboard(page);
    await citizenStep(page, 'Stämmer det här?', 'check', { focus: true });
    const summary = page.locator('dl.booking-summary');
    expect((await summary.textContent())?.replace(/\s+/g, ' ')).toMatch(/Tolk ?Ingen ?Sällskap ?Ingen/);
    await continueByKeyboard(page, 'Boka');

    await citizenStep(page, 'Du har bokat ett hälsosamtal', 'confirmed', { focus: true });
    const confirmation = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(confirmation).toContain(dayWords);
    expect(confirmation).toContain(`klockan ${journey.clock}`);
    expect(confirmation).toContain('Träffpunkt Hägersten');
    await context.close();

    // She has an e-mail address: the confirmation comes by mail too.
    const [mail] = await mailsTo('birgitta.ek@example.se', (caught) => caught.subject === 'Din tid för hälsosamtal' && caught.text.includes(`klockan ${journey.clock}`), 30_000);
    expect(mail!.text).toContain('Träffpunkt Hägersten');
  });

  it('lets Omar find the booking in his day view, hold the conversation and refer Birgitta with her consent', async () => {
    expect(journey.day, 'the day Birgitta booked').not.toBe('');
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.getByRole('link', { name: 'Kalender' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await expectAccessible(page);
    // To the booked day with the page's own "Nästa dag".
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const shown = () => new URL(page.url()).searchParams.get('dag') ?? today;
    for (let i = 0; i < 70 && shown() !== journey.day; i++) {
      const before = shown();
      await page.getByRole('link', { name: /^Nästa dag/ }).click();
      await page.waitForURL((url) => url.searchParams.get('dag') !== null && url.searchParams.get('dag') !== before);
    }
    expect(shown()).toBe(journey.day);
    const staffClock = journey.clock.replace('.', ':');
    const slot = page.locator('li.calendar-slot', { hasText: 'Birgitta Ek' });
    await slot.waitFor();
    expect(await slot.textContent()).toContain(`${staffClock}–`);
    await slot.getByText('Träffpunkt Hägersten').waitFor();
    await slot.getByText('Bokad', { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-day-1280');

    await slot.getByRole('link', { name: `Håll samtal: Birgitta Ek, ${staffClock}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Hälsosamtal' }).waitFor();
    await page.getByLabel(/^Hälsa \(frivilligt\)$/).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^Hälsa \(frivilligt\)$/).fill('Mår ganska bra. Har ont i knäna ibland.');
    await page.getByLabel(/^Antal fall det senaste året/).fill('2');
    await page.getByLabel(/^Om fallen/).fill('Har fallit två gånger');
    await page.getByRole('group', { name: 'Känner personen sig ensam?' }).getByLabel('Ofta', { exact: true }).check();
    await page.getByLabel(/^Socialt liv och ensamhet/).fill('Känner sig ofta ensam sedan maken dog. Träffar sällan någon.');
    await page.getByRole('group', { name: 'Vill personen att vi skickar en hänvisning till en biståndshandläggare?' }).getByLabel('Ja', { exact: true }).check();
    await page.getByRole('group', { name: 'Får handläggaren läsa anteckningarna från samtalet?' }).getByLabel('Ja', { exact: true }).check();
    await page.getByRole('group', { name: 'Vad ledde samtalet till?' }).getByLabel('Hänvisning till biståndshandläggare').check();
    await page.getByLabel(/^Samtycket med personens egna ord/).fill('Ja, skicka det till handläggaren, och hon får gärna läsa vad vi har pratat om.');
    await page.getByLabel('Vad behöver personen hjälp med?').fill('Trygghetslarm efter två fall, och något mot ensamheten, till exempel dagverksamhet.');
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-conversation-1280');
    await page.getByRole('button', { name: 'Avsluta samtalet' }).click();

    await page.getByRole('heading', { level: 2, name: 'Samtalet är avslutat' }).waitFor();
    await page.getByText('Utfall: Hänvisning till biståndshandläggare.').waitFor();
    await page.getByText(/^Samtal med Birgitta Ek, /).waitFor();
    // The page asks until applications has made the case.
    const created = page.getByText(/^Ärendet har skapats hos biståndshandläggarna med ärendenummer ANS-\d{4}-\d{6}\.$/);
    await created.waitFor({ timeout: 60_000 });
    journey.reference = /ANS-\d{4}-\d{6}/.exec((await created.textContent()) ?? '')![0];
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-referred-1280');
    await page.setViewportSize({ width: NARROW.width, height: 900 });
    expect(await scrollsSideways(page), 'the held conversation at 320 px').toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Back in the day view, the time is held.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
    await page.locator('li.calendar-slot', { hasText: 'Birgitta Ek' }).getByText('Genomförd', { exact: true }).waitFor();
    await context.close();
  });

  it('shows Hanna the referral in her inbox as an application come in through outreach, with the conversation’s summary', async () => {
    expect(journey.reference, 'the referral\'s case number').not.toBe('');
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.getByRole('link', { name: 'Inkorg' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await page.getByRole('searchbox', { name: 'Sök ärende' }).fill(journey.reference);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(journey.reference) });
    await row.waitFor();
    await row.getByText('Birgitta Ek').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-inbox-1280');

    await row.getByRole('link', { name: journey.reference }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    const handling = page.getByRole('region', { name: 'Handläggning', exact: true });
    expect(await handling.textContent()).toMatch(/Kom in via\s*Uppsökande verksamhet/);
    const outreach = page.getByRole('region', { name: 'Från hälsosamtal (uppsökande verksamhet)', exact: true });
    await outreach.waitFor();
    const facts = ((await outreach.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(facts).toContain('Omar Haddad');
    expect(facts).toMatch(/Känner sig ensam ?Ofta/);
    expect(facts).toMatch(/Fall senaste året ?2/);
    expect(facts).toContain('Trygghetslarm efter två fall');
    expect(facts).toContain('Ja, skicka det till handläggaren');
    // The case's history says the same, in words.
    await page.getByRole('row', { name: /Ansökan inkom/ }).getByText('Kanal: Uppsökande verksamhet').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-journey-case-1280');
    await context.close();
  });
});
