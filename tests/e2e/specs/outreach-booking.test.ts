/**
 * Booking a health conversation through an invitation, without BankID and with the keyboard alone
 * (issue 9, step 5 of docs/OUTREACH.md): the invitation's code and the birth date, "Ja", then how
 * to meet, a day, a time, interpreter and company, the check, "Boka"; the confirmation with the
 * calendar file; cancelling. The times are Omar Haddad's seeded ones (seed/calendar.ts), in the
 * unit this spec's campaign belongs to. The invitation is made the way outreach-invitation.test.ts
 * makes it; the spec cancels what it books, so the times are free again for other specs.
 */
import { readFile } from 'node:fs/promises';
import { createInvitations, outreachService } from '@omsorg/outreach';
import { openDatabase } from '@omsorg/platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
/** Karl Nilsson, born 8 August 1945: not in any other spec's outreach campaign. */
const KARL = '194508083195';
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const CAMPAIGN = `Hälsosamtal för dig som fyller 80 (bokning ${Date.now()})`;
let browser: Browser;
let code: string;
let campaignId: string;
let invitationId: string;

/** An invitation for Karl in a campaign of this spec's own; answers its code. */
async function invite(): Promise<string> {
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    const em = orm.em.fork();
    const connection = em.getConnection();
    const [campaign] = await connection.execute<Array<{ id: string }>>(
      `insert into outreach.campaign (id, name, status, target_description, unit, created_at, cohort_fixed_at) values (gen_random_uuid(), ?, 'ACTIVE', ?, ?, now(), now()) returning id`,
      [CAMPAIGN, 'Alla i Hägersten-Älvsjö som fyller 80 i år.', UNIT],
    );
    const [person] = await connection.execute<Array<{ id: string; given_name: string; family_name: string; birth_date: string }>>(
      `select id, given_name, family_name, birth_date::text as birth_date from identity.person where personal_identity_number = ?`,
      [KARL],
    );
    if (!campaign || !person) throw new Error('Karl is not in identity, or the campaign was not made: the development seed changed');
    await connection.execute(
      `insert into outreach.resident (id, given_name, family_name, birth_date, legal_gender, district_area, preferred_language, interpreter_needed, street_address, postal_code, postal_town, email, updated_at)
       values (?, ?, ?, ?, 'MALE', 'Hägersten', 'sv', false, 'Personnevägen 5', '126 51', 'Hägersten', null, '2000-01-01T00:00:00Z') on conflict (id) do nothing`,
      [person.id, person.given_name, person.family_name, person.birth_date],
    );
    await connection.execute(`insert into outreach.cohort_member (campaign_id, person_id, added_at) values (?, ?, now())`, [campaign.id, person.id]);
    const [created] = await em.transactional((tx) => createInvitations(tx, campaign.id, [person.id]));
    campaignId = campaign.id;
    invitationId = created!.invitationId;
    return created!.code;
  } finally {
    await orm.close();
  }
}

/** The bookings this spec made for someone else (to take a time from Karl); removed after. */
const taken: string[] = [];

/** Books a slot for an invented person straight in the database, as if someone else was first. */
async function takeSlot(slotId: string): Promise<void> {
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    const [row] = await orm.em.getConnection().execute<Array<{ id: string }>>(
      `insert into outreach.booking (id, slot_id, person_id, kind, status, created_at, updated_at) values (gen_random_uuid(), ?, gen_random_uuid(), 'MEETING_PLACE', 'ACTIVE', now(), now()) returning id`,
      [slotId],
    );
    taken.push(row!.id);
  } finally {
    await orm.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  code = await invite();
});
afterAll(async () => {
  await browser?.close();
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    // A run that failed half-way may leave Karl's time booked: free it for the other specs.
    if (campaignId) await orm.em.getConnection().execute(`update outreach.booking set status = 'CANCELLED', cancelled_at = now() where campaign_id = ? and status = 'ACTIVE'`, [campaignId]);
    if (taken.length > 0) await orm.em.getConnection().execute(`delete from outreach.booking where id in (${taken.map(() => '?').join(', ')})`, taken);
  } finally {
    await orm.close();
  }
});

/** Presses Tab until the focused element matches `source` (a function over the element, as text), at most 60 times. */
async function tabTo(page: Page, source: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${source})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${source}`);
}

const byText = (text: string) => `(el) => el && (el.tagName === 'BUTTON' || el.tagName === 'A') && el.textContent.trim() === ${JSON.stringify(text)}`;
const radioOf = (name: string) => `(el) => el && el.tagName === 'INPUT' && el.type === 'radio' && el.name === ${JSON.stringify(name)}`;
/** Waits (30 s at most) until the focused element reads `text`: focus moves a frame after the step is drawn. */
const focusReaches = (page: Page, text: string) =>
  expect.poll(() => page.evaluate<string>(`document.activeElement?.textContent?.trim() ?? ''`), { timeout: 30_000 }).toBe(text);
const checkedLabel = (page: Page, name: string) =>
  page.evaluate<string>(`document.querySelector('input[name=${JSON.stringify(name)}]:checked')?.labels?.[0]?.textContent?.trim() ?? ''`);

/** The value of the radio chooseFirst chose last (a slot's id on the time step). */
let chosenValue = '';

/** Chooses the first radio of a group by keyboard (Tab to it, Space), then "Fortsätt"; answers its label. */
async function chooseFirst(page: Page, name: string): Promise<string> {
  await tabTo(page, radioOf(name));
  await page.keyboard.press('Space');
  const label = await checkedLabel(page, name);
  chosenValue = await page.evaluate<string>(`document.querySelector('input[name=${JSON.stringify(name)}]:checked')?.value ?? ''`);
  await tabTo(page, byText('Fortsätt'));
  await page.keyboard.press('Enter');
  return label;
}

async function step(page: Page, heading: string, shot: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await focusReaches(page, heading);
  await expectAccessible(page);
  await screenshot(page, shot);
}

describe('booking a health conversation through an invitation', () => {
  for (const width of [320, 1280]) {
    it(`opens the invitation, books a meeting place time, saves the calendar file and cancels, by keyboard at ${width} px`, async () => {
      const { context, page } = await newPage(browser, { width });
      await page.goto(`${urls.citizen}/inbjudan`);
      await page.getByRole('heading', { level: 1, name: 'Svara på en inbjudan' }).waitFor();
      await page.locator('#invitation-code').focus();
      await page.keyboard.type(code);
      for (const part of ['8', '8', '1945']) {
        await page.keyboard.press('Tab');
        await page.keyboard.type(part);
      }
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Inbjudan till hälsosamtal' }).waitFor();

      if (width === 320) {
        await tabTo(page, byText('Ja, jag vill boka ett samtal'));
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: 'Tack! Du har tackat ja' }).waitFor();
      }
      // Said yes already (the first run): the invitation page leads to the booking too.
      await tabTo(page, byText(width === 320 ? 'Välj tid för samtalet' : 'Se din bokade tid'));
      await page.keyboard.press('Enter');

      await step(page, 'Hur vill du träffas?', `outreach-booking-kind-${width}`);
      // Nothing chosen: the error summary says what to do.
      await tabTo(page, byText('Fortsätt'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' }).waitFor();
      await page.getByText('Välj hur du vill träffas.').first().waitFor();
      await expectAccessible(page);
      expect(await chooseFirst(page, 'booking-kind')).toContain('Träffpunkt');

      await step(page, 'Vilken dag?', `outreach-booking-day-${width}`);
      const day = await chooseFirst(page, 'booking-day');
      expect(day).toMatch(/^(tisdag|torsdag) \d{1,2} [a-zä]+$/);

      await step(page, 'Vilken tid?', `outreach-booking-time-${width}`);
      const time = await chooseFirst(page, 'booking-time');
      const slotId = chosenValue;
      expect(time).toMatch(new RegExp(`^${day} klockan \\d{2}\\.\\d{2}, Träffpunkt Hägersten$`));

      // Back keeps the choices.
      await step(page, 'Tolk och sällskap', `outreach-booking-extras-${width}`);
      await tabTo(page, byText('Tillbaka'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Vilken tid?' }).waitFor();
      await focusReaches(page, 'Vilken tid?');
      expect(await checkedLabel(page, 'booking-time')).toBe(time);
      await tabTo(page, byText('Fortsätt'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Tolk och sällskap' }).waitFor();
      // The step moves focus to its heading a frame after it is drawn: typing before that loses letters.
      await focusReaches(page, 'Tolk och sällskap');
      await page.locator('#booking-companion').focus();
      await page.keyboard.type('min dotter Anna');
      await tabTo(page, byText('Fortsätt'));
      await page.keyboard.press('Enter');

      await step(page, 'Stämmer det här?', `outreach-booking-check-${width}`);
      await page.getByText('min dotter Anna').waitFor();
      if (width === 1280) {
        // Someone else books the time while Karl checks: he is told so, with the nearest free times right there.
        await takeSlot(slotId);
        await tabTo(page, byText('Boka'));
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 2, name: 'Tiden hann bokas av någon annan' }).waitFor();
        await focusReaches(page, 'Tiden hann bokas av någon annan');
        await expectAccessible(page);
        await screenshot(page, `outreach-booking-taken-${width}`);
        await tabTo(page, radioOf('booking-nearest'));
        await page.keyboard.press('Space');
        expect(await checkedLabel(page, 'booking-nearest')).toMatch(/klockan \d{2}\.\d{2}, Träffpunkt Hägersten$/);
      }
      await tabTo(page, byText('Boka'));
      await page.keyboard.press('Enter');

      await step(page, 'Du har bokat ett hälsosamtal', `outreach-booking-confirmed-${width}`);
      await page.getByText('Omar, äldrelots').waitFor();
      await page.getByText('Du får också en bekräftelse med posten eller e-post.').waitFor();

      await tabTo(page, byText('Lägg till i din kalender'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('halsosamtal.ics');
      const calendar = (await readFile((await download.path())!, 'utf8')).replace(/\r\n /g, '');
      expect(calendar).toContain('BEGIN:VEVENT');
      expect(calendar).toContain('LOCATION:Träffpunkt Hägersten');
      expect(calendar).toContain('STATUS:CONFIRMED');

      await tabTo(page, byText('Avboka'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Vill du avboka samtalet?' }).waitFor();
      await focusReaches(page, 'Vill du avboka samtalet?');
      await expectAccessible(page);
      await screenshot(page, `outreach-booking-cancel-${width}`);
      await tabTo(page, byText('Ja, avboka'));
      await page.keyboard.press('Enter');
      await step(page, 'Du har avbokat samtalet', `outreach-booking-cancelled-${width}`);
      await context.close();
    });
  }

  it('lets Omar note hearing or memory problems for Karl in the cohort list, by keyboard, and take the note away', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'uppsok1');
    await page.goto(`${urls.staff}/kampanjer/${campaignId}`);
    await page.getByRole('heading', { name: 'Personer i urvalet' }).waitFor();
    const box = page.getByRole('checkbox', { name: /Karl Nilsson/ });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    const isBox = `(el) => el && el.type === 'checkbox' && el.id.startsWith('hearing-')`;
    await tabTo(page, isBox);
    await page.keyboard.press('Space');
    await page.getByText('Hörsel- eller minnesproblem noterade för Karl Nilsson. Video erbjuds inte.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-booking-hearing-note-1280');
    await page.reload();
    await page.getByRole('checkbox', { name: /Karl Nilsson/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Karl Nilsson/ }).isChecked()).toBe(true);
    await tabTo(page, isBox);
    await page.keyboard.press('Space');
    await page.getByText('Noteringen för Karl Nilsson är borttagen.').waitFor();
    await context.close();
  });

  it('gives Karl, signed in with BankID, the same steps for his own invitation', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, '19450808-3195');
    await page.goto(`${urls.citizen}/inbjudningar/${invitationId}`);
    await page.getByRole('heading', { level: 1, name: 'Inbjudan till hälsosamtal' }).waitFor();
    await page.getByRole('link', { name: 'Se din bokade tid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur vill du träffas?' }).waitFor();
    await page.getByLabel('Vårdcentralen').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vilken dag?' }).waitFor();
    await page.locator('#booking-day').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vilken tid?' }).waitFor();
    await page.locator('#booking-time').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tolk och sällskap' }).waitFor();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stämmer det här?' }).waitFor();
    await page.getByText('Vårdcentral Fruängen, Fruängsgången 4').waitFor();
    await page.getByRole('button', { name: 'Boka', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Du har bokat ett hälsosamtal' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-booking-signed-in-1280');

    // "Boka om": the same steps without the interpreter's, then the moved time.
    await page.getByRole('button', { name: 'Boka om' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur vill du träffas?' }).waitFor();
    await page.getByText('Steg 1 av 4').waitFor();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vilken dag?' }).waitFor();
    await page.locator('#booking-day').check();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vilken tid?' }).waitFor();
    await page.locator('#booking-time-1').check();
    const moved = (await page.locator('label[for="booking-time-1"]').textContent())!.trim();
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stämmer det här?' }).waitFor();
    await page.getByRole('button', { name: 'Boka om till den här tiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Du har bokat om ditt hälsosamtal' }).waitFor();
    const clock = /klockan (\d{2}\.\d{2})/.exec(moved)![1]!;
    await page.getByText(new RegExp(`klockan ${clock.replace('.', '\\.')}–`)).first().waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Avboka' }).click();
    await page.getByRole('button', { name: 'Ja, avboka' }).click();
    await page.getByRole('heading', { level: 1, name: 'Du har avbokat samtalet' }).waitFor();
    await context.close();
  });
});
