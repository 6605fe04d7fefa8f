import { enqueueJob, openDatabase, withJobQueue, createLogger } from '@omsorg/platform';
import { pollUntil } from '@omsorg/platform/testing';
import { outreachService } from '@omsorg/outreach';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * "Brev att skicka": two people without e-mail get a booking confirmation each (through the real
 * outreach.booking-notice worker of the running stack); Omar sees both letters, at 1280 and at
 * 320 px, presses "Skriv ut alla", gets one PDF, and the list is empty after; someone without
 * e-mail booked for tomorrow is on the list to phone. The spec removes
 * what it made, so the other specs see the dev data as it was.
 */
const urls = inject('urls');
let browser: Browser;
let orm: MikroORM;
const made = { residents: [] as string[], slots: [] as string[], bookings: [] as string[] };

async function bookingWithoutMail(givenName: string, startsAt: string, notice = true): Promise<void> {
  const [resident, slot, booking] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  const sql = orm.em.getConnection();
  await sql.execute(
    `insert into outreach.resident (id, given_name, family_name, birth_date, legal_gender, district_area, preferred_language, interpreter_needed, street_address, postal_code, postal_town, email, updated_at)
     values (?, ?, 'Brevsson', '1950-05-05', 'FEMALE', 'Hägersten', 'sv', false, 'Brevgatan 1', '129 30', 'Hägersten', null, now())`,
    [resident, givenName],
  );
  await sql.execute(
    `insert into outreach.slot (id, worker_id, starts_at, ends_at, kind, place_name, place_address, created_at) values (?, ?, ?, ?::timestamptz + interval '1 hour', 'MEETING_PLACE', 'Träffpunkt Hägersten', 'Hägerstensvägen 110', now())`,
    [slot, crypto.randomUUID(), startsAt, startsAt],
  );
  await sql.execute(`insert into outreach.booking (id, slot_id, person_id, kind, status, created_at, updated_at) values (?, ?, ?, 'MEETING_PLACE', 'ACTIVE', now(), now())`, [booking, slot, resident]);
  made.residents.push(resident);
  made.slots.push(slot);
  made.bookings.push(booking);
  if (!notice) return;
  await withJobQueue('e2e-outreach-letters', orm, createLogger('e2e'), () => orm.em.fork().transactional((em) => enqueueJob(em, 'outreach.booking-notice', { bookingId: booking, event: 'BOOKED' })));
}

beforeAll(async () => {
  browser = await launchBrowser();
  orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  await bookingWithoutMail('Greta', '2027-03-02T09:00:00Z');
  await bookingWithoutMail('Harald', '2027-03-03T13:30:00Z');
  // Tomorrow in Stockholm, 13.00 or 14.00 there: someone to phone (no letter is asked for).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const tomorrow = new Date(`${today}T12:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  await bookingWithoutMail('Ingrid', tomorrow.toISOString(), false);
  await pollUntil(
    async () => (await orm.em.getConnection().execute<Array<{ count: number }>>(`select count(*)::int as count from outreach.outgoing_letter where booking_id in (?)`, [made.bookings]))[0]?.count ?? 0,
    (count) => count === 2,
    30_000,
    'the two letters to post',
  );
});

afterAll(async () => {
  await browser?.close();
  if (!orm) return;
  const sql = orm.em.getConnection();
  await sql.execute(`delete from outreach.outgoing_letter_content where letter_id in (select id from outreach.outgoing_letter where booking_id in (?))`, [made.bookings]);
  await sql.execute(`delete from outreach.outgoing_letter where booking_id in (?)`, [made.bookings]);
  await sql.execute(`delete from outreach.booking_notice where booking_id in (?)`, [made.bookings]);
  await sql.execute(`delete from outreach.booking where id in (?)`, [made.bookings]);
  await sql.execute(`delete from outreach.slot where id in (?)`, [made.slots]);
  await sql.execute(`delete from outreach.resident where id in (?)`, [made.residents]);
  await orm.close();
});

describe('letters to post', () => {
  it('shows Omar the unprinted letters at 320 px without scrolling sideways', async () => {
    const { context, page } = await newPage(browser, { width: 320 });
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(`${urls.staff}/brev`);
    await page.getByRole('heading', { name: 'Brev att skicka' }).waitFor();
    await page.getByRole('rowheader', { name: 'Greta Brevsson' }).waitFor();
    await page.getByRole('heading', { name: /^Att ringa inför / }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Ingrid Brevsson' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'outreach-letters-320');
    await context.close();
  });

  it('prints all as one PDF at 1280 px and marks them printed', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.getByRole('link', { name: 'Brev att skicka' }).first().click();
    await page.getByRole('heading', { name: 'Brev att skicka' }).waitFor();
    await page.getByRole('rowheader', { name: 'Harald Brevsson' }).waitFor();
    await page.getByRole('rowheader', { name: 'Greta Brevsson' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-letters-1280');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skriv ut alla' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^brev-att-skicka-\d{4}-\d{2}-\d{2}\.pdf$/);
    await page.getByText(/brev är markerade som utskrivna/).waitFor();
    await page.getByText('Det finns inga brev att skriva ut.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-letters-printed-1280');
    await context.close();
  });
});
