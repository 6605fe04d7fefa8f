/**
 * The journey of issue 11, through the real pages: Kerstin (activities, `aktivitet1`) publishes a
 * "Sittgympa" series at Träffpunkt Hägersten with 10 places in the editor; Signe, signed in, finds
 * its first session by area and date, registers and downloads the .ics; nine more places are
 * taken (through the gateway, as the registration panel sends them); the eleventh, Gösta, without
 * BankID, goes on the waiting list as number 1 on the page; Signe cancels under "Mina
 * anmälningar" and Gösta moves up (the session page, his mail, Kerstin's attendance page); Kerstin
 * makes the month's programme PDF for Hägersten-Älvsjö and it lists the Sittgympa; Aino reads the
 * page about care in Finnish, in Finnish; the Arabic pages lay out right to left. axe and the
 * 320 px check on every page.
 *
 * Shared state: the offering (unique title) stays published with its four sessions, ten people
 * registered on the first; the programme run stays in Kerstin's list.
 */
import { clockInStockholm, instantInStockholm } from '@omsorg/rules';
import { isoWeekday, seriesDays } from '@omsorg/rules/offerings';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { NARROW, scrollsSideways } from '../support/layout.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';
import { mailsTo } from '../support/mail.ts';
import {
  addSeries,
  cancelUnderMyRegistrations,
  chooseLanguage,
  downloadSessionCalendar,
  expectCareInFinnish,
  expectRightToLeftAt320,
  findSession,
  makeProgramme,
  openEditorList,
  openNewOffering,
  publishOffering,
  registerAsGuest,
  registerGuestByApi,
  registerSignedIn,
  saveDraftOffering,
} from '../support/offerings.ts';

const urls = inject('urls');
const STAMP = Date.now().toString(36);
const TITLE = `Sittgympa ${STAMP}`;
const VENUE = 'Träffpunkt Hägersten';
const SIGNE = '194203152386';
const AINO = '19380101-9922';
const GOSTA = { name: `Gösta Berg ${STAMP}`, phone: '070-444 55 66', email: `gosta-${STAMP}@example.se` };

/** Two weeks ahead; the series' first session is that day, or a week later when it is a holiday. */
const FIRST_DATE = (() => {
  const [year, month, day] = clockInStockholm().day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + 14)).toISOString().slice(0, 10);
})();
const FIRST_SESSION_DAY = seriesDays({ firstDate: FIRST_DATE, weekdays: [isoWeekday(FIRST_DATE)], weeks: 4, skipHolidays: true })[0]!;
const MONTH = FIRST_SESSION_DAY.slice(0, 7);

let browser: Browser;
/** What one step finds and the next needs. */
const journey = { sessionId: '' };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** axe (with the layout checks on citizen pages), then no sideways scroll at 320 px, screenshots at both widths. */
async function look(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshot(page, `offerings-journey-${name}-1280`, { fullPage: false });
  const own = page.viewportSize();
  await page.setViewportSize({ width: NARROW.width, height: 700 });
  expect(await scrollsSideways(page), `sideways scroll at 320 px on ${page.url()}`).toBe(false);
  await screenshot(page, `offerings-journey-${name}-320`, { fullPage: false });
  if (own) await page.setViewportSize(own);
}

/** A timestamp as the .ics writes it, in UTC: 20261219T090000Z. */
function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

describe('the journey of issue 11', () => {
  it('Kerstin publishes a Sittgympa series at Träffpunkt Hägersten with 10 places', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'aktivitet1');
    await openEditorList(page);
    await openNewOffering(page, VENUE);
    await look(page, 'editor-new');
    await saveDraftOffering(page, { venue: VENUE, title: TITLE, summary: 'Gympa sittande på stol, till musik.', description: 'Vi rör oss lugnt till musik.\n\n- Ta med vatten' });
    await look(page, 'editor-draft');
    await addSeries(page, { firstDate: FIRST_DATE, weeks: 4, capacity: 10, room: 'Stora salen' }, () => look(page, 'editor-series'));
    const rows = page.getByRole('table', { name: 'Tillfällen i tidsordning' }).locator('tbody tr');
    await rows.nth(2).waitFor();
    expect((await rows.first().locator('th, td').allTextContents()).map((text) => text.trim()).slice(1, 3)).toEqual(['10:00–11:00', '10']);
    await publishOffering(page);
    await look(page, 'editor-published');
    await context.close();
  });

  it('Signe finds it by area and date, registers, and downloads the calendar file', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, SIGNE);
    const { card, link } = await findSession(page, { area: 'Hägersten', day: FIRST_SESSION_DAY, title: TITLE });
    await expect.poll(() => card.textContent()).toContain('10 platser kvar');
    expect(await card.textContent()).toContain(`${VENUE}, Stora salen`);
    await look(page, 'find');
    await link.click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    journey.sessionId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByText('10 platser kvar av 10.').waitFor();
    await look(page, 'session');

    await registerSignedIn(page, { name: 'Signe Andersson', phone: '070-111 22 33' });
    await look(page, 'registered');

    const ics = await downloadSessionCalendar(page);
    // It parses: every unfolded line is NAME[;parameters]:value, one event in one calendar.
    const lines = ics.split('\r\n').filter(Boolean);
    expect(lines.filter((line) => !/^[A-Z][A-Z0-9-]*(;[^:]*)?:/.test(line))).toEqual([]);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics).toContain(`SUMMARY:${TITLE}`);
    expect(ics).toContain(`UID:session-${journey.sessionId}@offerings.omsorg`);
    expect(ics).toContain(`DTSTART:${icsUtc(instantInStockholm(FIRST_SESSION_DAY, '10:00'))}`);
    expect(ics).toContain(`DTEND:${icsUtc(instantInStockholm(FIRST_SESSION_DAY, '11:00'))}`);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    await context.close();
  });

  it('puts the eleventh, without BankID, on the waiting list as number 1 once nine more have registered', async () => {
    const { context, page } = await newPage(browser);
    // Nine people without BankID, through the gateway as the panel sends them: with the one on
    // the page below that is ten registrations from this address, the limit's default
    // (RATE_LIMIT_OFFERINGS_REGISTRATION, raised for the suite in support/global-setup.ts).
    for (let i = 1; i <= 9; i++) {
      expect(await registerGuestByApi(page.request, journey.sessionId, { name: `Deltagare ${i} ${STAMP}`, phone: `070-000 00 0${i}` })).toBe('REGISTERED');
    }
    await page.goto(`${urls.citizen}/aktiviteter/${journey.sessionId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Fullt – du kan ställa dig i kö.').waitFor();
    await look(page, 'full');
    await page.getByRole('button', { name: 'Ställ dig i kö' }).click();
    const code = await registerAsGuest(page, GOSTA);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    await page.locator('#registration-receipt').getByText('Du står i kö. Du är nummer 1 i kön.').waitFor();
    await look(page, 'waiting');
    await page.reload();
    await page.getByText('1 står i kö just nu.', { exact: false }).waitFor();
    await context.close();
  });

  it('moves the eleventh up when Signe cancels under "Mina anmälningar"', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, SIGNE);
    await cancelUnderMyRegistrations(page, TITLE);
    await look(page, 'cancelled');

    // The session is full again, with nobody in the queue: Gösta has Signe's place.
    await page.goto(`${urls.citizen}/aktiviteter/${journey.sessionId}`);
    await page.getByText('Fullt – du kan ställa dig i kö.').waitFor();
    expect(await page.getByText('står i kö just nu').count()).toBe(0);
    const [mail] = await mailsTo(GOSTA.email, (caught) => caught.subject.includes(TITLE));
    expect(mail!.subject).toBe(`Du har fått en plats: ${TITLE}`);
    expect(mail!.text).toContain(`Hej ${GOSTA.name}!`);
    await context.close();
  });

  it('Kerstin sees Gösta registered and the month’s programme PDF for Hägersten-Älvsjö lists the Sittgympa', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'aktivitet1');
    await page.goto(`${urls.staff}/aktiviteter/deltagare/${journey.sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Deltagare och närvaro' }).waitFor();
    await page.getByTestId('attendance-summary').getByText('10 anmälda av 10 platser. 0 i kö.').waitFor();
    await page.getByText(GOSTA.name).first().waitFor();
    await look(page, 'attendance');

    await page.goto(urls.staff);
    const text = await makeProgramme(page, { district: 'Hägersten-Älvsjö', month: MONTH, fileName: `program-hagersten-alvsjo-${MONTH}.pdf` });
    await look(page, 'programme');
    expect(text).toContain(TITLE);
    expect(text).toContain(VENUE);
    expect(text).toContain('Stora salen · Gratis · Anmälan, 10 platser');
    await context.close();
  });

  it('Aino reads the page about care in Finnish, in Finnish', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, AINO);
    await page.goto(`${urls.citizen}/information/finska`);
    await page.locator('main h1').waitFor();
    // Aino's own language is Finnish already: Suomi is the language chosen in the chooser.
    await chooseLanguage(page, 'fi');
    expect(await page.locator('#ui-language-fi').isChecked()).toBe(true);
    await expectCareInFinnish(page);
    await look(page, 'information-fi');
    await context.close();
  });

  it('lays the Arabic pages out right to left, with no sideways scroll at 320 px', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${urls.citizen}/aktiviteter`);
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter' }).waitFor();
    await chooseLanguage(page, 'ar');
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('search').waitFor();
    await expectRightToLeftAt320(page);
    await look(page, 'find-ar');

    await page.goto(`${urls.citizen}/aktiviteter/${journey.sessionId}`);
    // The title is Kerstin's Swedish, tagged as such inside the Arabic page.
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('main [lang="sv"]', { hasText: TITLE }).count()).toBeGreaterThan(0);
    await expectRightToLeftAt320(page);
    await look(page, 'session-ar');

    await page.goto(`${urls.citizen}/information/finska`);
    await page.locator('main h1').waitFor();
    await expectRightToLeftAt320(page);
    await look(page, 'information-ar');
    await context.close();
  });
});
