/**
 * Registering for a session (issue 11, "registration"): Signe registers signed in and takes the
 * tenth of ten places; a person without BankID registers with name and phone, goes on the waiting
 * list as number 1 and gets a cancel code; Signe cancels under "Mina anmälningar", the waiting
 * person moves up and the mail arrives at the catcher; then they cancel with the code. Kerstin
 * (aktivitet1) takes attendance and reads the month's report. The editor is built in parallel,
 * so the offering and its session are this spec's own, made in the database and removed at the
 * end. The panel is shown on the session page (/aktiviteter/<id>, the "find" part's page).
 * axe and the 320 px checks on every page.
 */
import { openDatabase } from '@omsorg/platform';
import { outreachService } from '@omsorg/outreach';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { measureLayouts, NARROW as NARROW_VIEWPORT } from '../support/layout.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';
import { mailsTo } from '../support/mail.ts';
import { cancelUnderMyRegistrations, registerAsGuest, registerSignedIn } from '../support/offerings.ts';

const urls = inject('urls');
const SIGNE = '194203152386';
const STAMP = Date.now();
const TITLE = `Sittgympa prov ${STAMP}`;
const WAITING_MAIL = `gosta-${STAMP}@example.se`;
const UNIT = 'Träffpunkter och aktiviteter, Hägersten-Älvsjö';
const NARROW = { width: 320, height: 640 };
let browser: Browser;
let sessionId: string;
let venueId: string;
let offeringId: string;
let month: string;

async function sql<T = unknown>(text: string, params: unknown[] = []): Promise<T> {
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    return (await orm.em.getConnection().execute(text, params)) as T;
  } finally {
    await orm.close();
  }
}

/** A published offering with one session of 10 places in a week, nine of them taken already. */
async function createSession(): Promise<void> {
  venueId = crypto.randomUUID();
  offeringId = crypto.randomUUID();
  sessionId = crypto.randomUUID();
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  startsAt.setUTCHours(9, 0, 0, 0);
  month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(startsAt).slice(0, 7);
  await sql(
    `insert into offerings.venue (id, kind, name, street_address, postal_code, city, district, area, step_free, hearing_loop, accessible_toilet, texts, status, version, created_at, updated_at)
     values (?, 'MEETING_PLACE', ?, 'Hägerstensvägen 120', '126 49', 'Stockholm', 'Hägersten-Älvsjö', 'Hägersten', true, true, true, '{"sv":{"description":"","openingHours":"","holidayHours":"","directions":"","accessibility":""}}', 'PUBLISHED', 1, now(), now())`,
    [venueId, `Träffpunkt Hägersten prov ${STAMP}`],
  );
  await sql(
    `insert into offerings.offering (id, kind, audience, venue_id, texts, price, language, organiser_unit, registration_required, status, version, created_at, updated_at)
     values (?, 'ACTIVITY', 'OPEN_65', ?, ?, 0, 'sv', ?, true, 'PUBLISHED', 1, now(), now())`,
    [offeringId, venueId, JSON.stringify({ sv: { title: TITLE, summary: 'Gympa på stol.', description: 'Gympa på stol.' } }), UNIT],
  );
  await sql(
    `insert into offerings.offering_session (id, offering_id, venue_id, starts_at, ends_at, capacity, registered_count, waiting_sequence, walk_in_women, walk_in_men, walk_in_unknown, version, created_at)
     values (?, ?, ?, ?, ?, 10, 9, 0, 0, 0, 0, 1, now())`,
    [sessionId, offeringId, venueId, startsAt, new Date(startsAt.getTime() + 3_600_000)],
  );
  await sql(
    `insert into offerings.registration (id, session_id, status, name, phone, notice_by, gender, language, created_at)
     select gen_random_uuid(), ?, 'REGISTERED', 'Deltagare ' || i, '070-000 00 0' || i, 'PHONE', 'UNKNOWN', 'sv', now() from generate_series(1, 9) as i`,
    [sessionId],
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  await createSession();
});
afterAll(async () => {
  await browser?.close();
  if (!sessionId) return;
  await sql('delete from offerings.registration where session_id = ?', [sessionId]);
  await sql('delete from offerings.offering_session where id = ?', [sessionId]);
  await sql('delete from offerings.offering where id = ?', [offeringId]);
  await sql('delete from offerings.venue where id = ?', [venueId]);
});

/** What makes the page scroll sideways at 320 px, element by element (none: it does not). */
async function overflowAt320(page: Page): Promise<string[]> {
  const [measured] = await measureLayouts(page, [{ viewport: NARROW_VIEWPORT, textSizes: ['normal'] }]);
  return measured?.overflow ?? [];
}

describe('registering for a session', () => {
  let cancelCode = '';

  it('registers Signe signed in for the last place', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, SIGNE);
    await page.goto(`${urls.citizen}/aktiviteter/${sessionId}`);
    await page.getByText('1 plats kvar av 10.').waitFor();
    await expectAccessible(page);
    // Signe represents nobody in the dev data: the first question is her name, filled in.
    await registerSignedIn(page, { name: 'Signe Andersson', phone: '070-111 22 33' });
    await expectAccessible(page);
    await screenshot(page, 'offerings-registration-signed-in');
    await context.close();
  });

  it('puts the eleventh, without BankID, on the waiting list as number 1 with a cancel code, at 320 px', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await page.goto(`${urls.citizen}/aktiviteter/${sessionId}`);
    await page.getByText('Fullt – du kan ställa dig i kö.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ställ dig i kö' }).click();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText('Fyll i det här fältet.').first().waitFor();
    cancelCode = await registerAsGuest(page, { name: 'Gösta Berg', phone: '070-444 55 66', email: WAITING_MAIL });
    await page.locator('#registration-receipt').getByText('Du står i kö. Du är nummer 1 i kön.').waitFor();
    expect(cancelCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    await expectAccessible(page);
    await screenshot(page, 'offerings-registration-waiting-320');
    await context.close();
  });

  it('moves the waiting person up when Signe cancels under "Mina anmälningar", and mails them', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, SIGNE);
    await cancelUnderMyRegistrations(page, TITLE);
    await expectAccessible(page);
    const [mail] = await mailsTo(WAITING_MAIL, (caught) => caught.subject.includes(TITLE));
    expect(mail!.subject).toBe(`Du har fått en plats: ${TITLE}`);
    expect(mail!.text).toContain('Hej Gösta Berg!');
    await context.close();
  });

  it('lets the person without BankID cancel with the code', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await page.goto(`${urls.citizen}/aktiviteter/anmalan/avboka`);
    await page.getByRole('heading', { level: 1, name: 'Avboka med kod' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Avbokningskod').fill('fel');
    await page.getByRole('button', { name: 'Avboka' }).click();
    await page.getByText('Skriv koden som du fick när du anmälde dig').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Avbokningskod').fill(cancelCode.toLowerCase());
    await page.getByRole('button', { name: 'Avboka' }).click();
    await page.getByText(`Du har avbokat ${TITLE}.`).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});

describe('attendance', () => {
  it('lets Kerstin mark who came, count walk-ins and read the month split by gender', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'aktivitet1');
    await page.goto(`${urls.staff}/aktiviteter/deltagare/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Deltagare och närvaro' }).waitFor();
    await page.getByTestId('attendance-summary').getByText('9 anmälda av 10 platser. 0 i kö.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Kom\s*:\s*Deltagare 1$/ }).click();
    await page.getByLabel('Kön för Deltagare 1').selectOption('FEMALE');
    await page.getByRole('button', { name: /^Kom\s*:\s*Deltagare 2$/ }).click();
    await page.getByLabel('Kön för Deltagare 2').selectOption('MALE');
    await page.getByLabel('Kvinnor').fill('3');
    await page.getByLabel('Män').fill('1');
    await page.getByRole('button', { name: 'Spara drop-in' }).click();
    await page.getByText('Sparat.', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.goto(`${urls.staff}/aktiviteter/narvaro?manad=${month}`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectAccessible(page);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect.poll(() => row.textContent()).toContain('1 / 1 / 0');
    await expect.poll(() => row.textContent()).toContain('3 / 1 / 0');
    // Staff pages: no horizontal scroll at 320 px either (a wide table scrolls in its own region).
    expect(await overflowAt320(page)).toEqual([]);
    await page.goto(`${urls.staff}/aktiviteter/deltagare/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Deltagare och närvaro' }).waitFor();
    expect(await overflowAt320(page)).toEqual([]);
    await context.close();
  });
});

describe('a cancelled session', () => {
  const REASON = 'Ledaren är sjuk. Vi ses nästa vecka.';

  it('lets Kerstin cancel the session with a reason, which Signe, registered again, reads under "Mina anmälningar"', async () => {
    const citizen = await newPage(browser, { width: NARROW.width });
    await citizen.page.setViewportSize(NARROW);
    await signInAsCitizen(citizen.page, urls.citizen, SIGNE);
    await citizen.page.goto(`${urls.citizen}/aktiviteter/${sessionId}`);
    await registerSignedIn(citizen.page, { name: 'Signe Andersson', phone: '070-111 22 33' });

    const staff = await newPage(browser);
    await signInAsStaff(staff.page, urls.staff, 'aktivitet1');
    await staff.page.goto(`${urls.staff}/aktiviteter/redigera/${offeringId}`);
    await staff.page.getByRole('button', { name: /^Ställ in / }).click();
    await staff.page.getByLabel('Orsak').fill(REASON);
    await staff.page.getByRole('button', { name: 'Ställ in tillfället' }).click();
    await staff.page.getByText('Tillfället är inställt.').waitFor();
    await staff.page.getByRole('cell', { name: new RegExp(`Inställt\\s*${REASON}`) }).waitFor();
    await expectAccessible(staff.page);
    await screenshot(staff.page, 'offerings-editor-session-cancelled');
    await staff.context.close();

    await citizen.page.goto(`${urls.citizen}/aktiviteter/mina-anmalningar`);
    const item = citizen.page.getByRole('listitem').filter({ hasText: TITLE });
    await item.getByText('Inställt', { exact: true }).waitFor();
    await item.getByText(`Orsak: ${REASON}`).waitFor();
    await expectAccessible(citizen.page);
    expect(await overflowAt320(citizen.page)).toEqual([]);
    await screenshot(citizen.page, 'offerings-registration-cancelled-320');
    await citizen.context.close();
  });
});
