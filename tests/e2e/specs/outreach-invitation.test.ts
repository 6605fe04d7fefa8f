/**
 * Answering an invitation to a health conversation without BankID (issue 9): the code from the
 * letter and the birth date, with the keyboard alone; and, signed in, the invitation on the
 * start page. The invitation is made the way the letter batch makes it (createInvitations on
 * outreach's database, in a campaign of this spec's own), since the letters are not built yet.
 */
import { createInvitations, outreachService } from '@omsorg/outreach';
import { openDatabase } from '@omsorg/platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { signInAsCitizen } from '../support/login.ts';

const urls = inject('urls');
const BIRGITTA = '195109231240';
/** Signe Andersson, whom Erik represents. */
const SIGNE = '194203152386';
const CAMPAIGN = `Hälsosamtal för dig som fyller 75 (inbjudan ${Date.now()})`;
let browser: Browser;
let code: string;

/**
 * Invitations in a campaign of this spec's own for the people given (by personnummer), with their
 * resident rows where outreach has none yet; answers their codes in the same order.
 */
async function invite(personalIdentityNumbers: string[]): Promise<string[]> {
  const orm = await openDatabase(outreachService.database, inject('databaseUrl'));
  try {
    const em = orm.em.fork();
    const connection = em.getConnection();
    const [campaign] = await connection.execute<Array<{ id: string }>>(
      `insert into outreach.campaign (id, name, status, target_description, unit, created_at) values (gen_random_uuid(), ?, 'ACTIVE', ?, ?, now()) returning id`,
      [CAMPAIGN, 'Alla i Hägersten-Älvsjö som fyller 75 i år.', 'Beställarenheten äldre, Hägersten-Älvsjö'],
    );
    if (!campaign) throw new Error('The campaign was not created');
    const ids: string[] = [];
    for (const number of personalIdentityNumbers) {
      // Identity's id and facts: read by the test, as identity's people-changed events would tell outreach.
      const [person] = await connection.execute<Array<{ id: string; given_name: string; family_name: string; birth_date: string }>>(
        `select id, given_name, family_name, birth_date::text as birth_date from identity.person where personal_identity_number = ?`,
        [number],
      );
      if (!person) throw new Error(`${number} is not in identity: the development seed changed`);
      await connection.execute(
        `insert into outreach.resident (id, given_name, family_name, birth_date, legal_gender, district_area, preferred_language, interpreter_needed, street_address, postal_code, postal_town, email, updated_at)
         values (?, ?, ?, ?, 'FEMALE', 'Fruängen', 'sv', false, 'Fruängsgården 22', '129 52', 'Hägersten', null, '2000-01-01T00:00:00Z') on conflict (id) do nothing`,
        [person.id, person.given_name, person.family_name, person.birth_date],
      );
      await connection.execute(`insert into outreach.cohort_member (campaign_id, person_id, added_at) values (?, ?, now())`, [campaign.id, person.id]);
      ids.push(person.id);
    }
    const created = await em.transactional((tx) => createInvitations(tx, campaign.id, ids));
    return ids.map((id) => created.find((c) => c.personId === id)!.code);
  } finally {
    await orm.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  [code] = (await invite([BIRGITTA, SIGNE])) as [string, string];
});
afterAll(() => browser?.close());

/** Presses Tab until the focused element matches `source` (a function over the element, as text), at most 40 times. */
async function tabTo(page: Page, source: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${source})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${source}`);
}

const byText = (text: string) => `(el) => el && (el.tagName === 'BUTTON' || el.tagName === 'A') && el.textContent.trim() === ${JSON.stringify(text)}`;

describe('answering an invitation without BankID', () => {
  it('shows the signed-in person the invitation on the start page', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, '19510923-1240');
    await page.goto(`${urls.citizen}/`);
    await page.getByRole('heading', { level: 2, name: 'Du är inbjuden till ett hälsosamtal' }).waitFor();
    await page.getByText(`${CAMPAIGN}. Du har inte svarat ännu.`).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-start-card-1280');
    await page.getByRole('link', { name: 'Svara på inbjudan' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inbjudan till hälsosamtal' }).waitFor();
    await page.getByText('Hej Birgitta!').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('says only that code and date do not match, then opens with the right date and accepts, by keyboard', async () => {
    const { context, page } = await newPage(browser, { width: 320 });
    await page.goto(`${urls.citizen}/inbjudan`);
    await page.getByRole('heading', { level: 1, name: 'Svara på en inbjudan' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-open-320');

    // Empty: what to fill in, in plain words.
    await tabTo(page, byText('Fortsätt'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' }).waitFor();
    await page.getByText('Skriv koden som står i brevet.').first().waitFor();
    await expectAccessible(page);

    // The code as someone types it from paper, a wrong birth date.
    await page.locator('#invitation-code').focus();
    await page.keyboard.type(`${code.slice(0, 4).toLowerCase()} ${code.slice(4, 8)}-${code.slice(8)}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1951');
    await page.keyboard.press('Enter');
    await page.getByText('Koden och födelsedatumet hör inte ihop. Kontrollera och försök igen, eller ring oss på 08-508 00 508.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-no-match-320');

    // The right day.
    await page.locator('#birth-date-day').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('23');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Inbjudan till hälsosamtal' }).waitFor();
    await page.getByText('Hej Birgitta! Du är inbjuden till ett hälsosamtal.').waitFor();
    expect(await page.getByText('Fruängsgården').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-page-320');

    await tabTo(page, byText('Ja, jag vill boka ett samtal'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tack! Du har tackat ja' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-accepted-320');

    // "Avsluta" forgets the session: the invitation needs the code again.
    await tabTo(page, byText('Avsluta'));
    await page.keyboard.press('Enter');
    await page.getByText('Du har avslutat.', { exact: false }).waitFor();
    await page.goto(`${urls.citizen}/inbjudan/svar`);
    await page.getByText('Du behöver skriva in koden och födelsedatumet igen.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets a representative say no thank you for the person they represent, with a reason', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, '19700612-4577');
    await page.goto(`${urls.citizen}/`);
    await page.getByRole('heading', { level: 2, name: 'Signe är inbjuden till ett hälsosamtal' }).waitFor();
    await page.getByRole('link', { name: 'Svara på inbjudan för Signe' }).click();
    await page.getByText('Signe är inbjuden till ett hälsosamtal.').waitFor();
    await expectAccessible(page);
    await tabTo(page, byText('Nej tack'));
    await page.keyboard.press('Enter');
    await page.getByLabel('Vill du berätta varför du tackar nej?').waitFor();
    expect(await page.evaluate('document.activeElement?.id')).toBe('decline-reason');
    await page.keyboard.type('Hon går redan på hälsokontroller hos sin vårdcentral.');
    await expectAccessible(page);
    await tabTo(page, byText('Skicka nej tack'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tack för ditt svar' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-declined-1280');
    // Answered: the start page no longer says she is invited.
    await page.goto(`${urls.citizen}/`);
    await page.getByRole('heading', { level: 2, name: 'Inbjudan till hälsosamtal' }).waitFor();
    expect(await page.getByText('Signe är inbjuden').count()).toBe(0);
    await context.close();
  });

  it('fits a wide screen too', async () => {
    const { context, page } = await newPage(browser, { width: 1280 });
    await page.goto(`${urls.citizen}/inbjudan`);
    await page.getByRole('heading', { level: 1, name: 'Svara på en inbjudan' }).waitFor();
    await screenshot(page, 'outreach-invitation-open-1280');
    await page.getByLabel('Inbjudningskod').fill(code);
    await page.getByLabel('Dag').fill('23');
    await page.getByLabel('Månad').fill('9');
    await page.getByLabel('År').fill('1951');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByText('Du tackade ja den', { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'outreach-invitation-page-1280');
    await context.close();
  });
});
