import { feedbackService } from '@omsorg/feedback';
import { openDatabase } from '@omsorg/platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { byId, byText, focusReaches, radioOf, tabTo } from '../support/keyboard.ts';
import { signInAsCitizen } from '../support/login.ts';

/*
 * The citizen side of feedback (issue 10): an anonymous complaint through the wizard at 320 px
 * with the keyboard alone, the personnummer warning, the receipt and the status by reference
 * number; Signe, signed in, sends one and follows it under "Mina synpunkter" with the answer.
 */
const urls = inject('urls');
const SIGNE = '194203152386';
const NARROW = { width: 320, height: 640 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The wizard's page: its question (the focused h1) and "Steg n av m". */
async function onStep(page: Page, question: string, step: string): Promise<void> {
  await focusReaches(page, question);
  await page.getByText(step, { exact: true }).waitFor();
}

async function next(page: Page): Promise<void> {
  await tabTo(page, byText('Nästa'));
  await page.keyboard.press('Enter');
}

describe('feedback from a citizen', () => {
  it('takes an anonymous complaint at 320 px with the keyboard, warns about a personnummer, and gives a number to follow', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.setViewportSize(NARROW);
    await page.goto(`${urls.citizen}/synpunkter`);
    await page.getByRole('heading', { level: 1, name: 'Vad vill du lämna?' }).waitFor();
    await page.getByText('Steg 1 av 6', { exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-wizard-type-320');

    // Nästa without a choice: the error summary, as the forms have it.
    await next(page);
    await page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' }).waitFor();
    await page.getByRole('link', { name: 'Välj vad du vill lämna' }).waitFor();
    await expectAccessible(page);
    await tabTo(page, radioOf('feedback-type'));
    await page.keyboard.press('Space');
    await next(page);

    await onStep(page, 'Vilken verksamhet gäller det?', 'Steg 2 av 6');
    await tabTo(page, radioOf('feedback-target'));
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Vad heter hemtjänsten?').waitFor();
    await tabTo(page, byId('feedback-target-name'));
    await page.keyboard.type('Omsorgshemtjänst i Hägersten');
    await expectAccessible(page);
    await next(page);

    await onStep(page, 'Vad handlar det om?', 'Steg 3 av 6');
    await tabTo(page, radioOf('feedback-subject'));
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Hjälpen kom inte, eller kom för sent').isChecked()).toBe(true);
    await next(page);

    await onStep(page, 'Berätta vad som hände', 'Steg 4 av 6');
    await tabTo(page, byId('feedback-text'));
    await page.keyboard.type('Hemtjänsten kom inte till min mamma 19510923-2388 i tisdags, och ingen ringde.');
    const warning = page.getByRole('heading', { name: 'Skriv inte personnummer' });
    await warning.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-wizard-text-warning-320');
    await tabTo(page, byText('Ta bort personnummer ur texten'));
    await page.keyboard.press('Enter');
    await warning.waitFor({ state: 'detached' });
    expect(await page.locator('#feedback-text').inputValue()).toBe('Hemtjänsten kom inte till min mamma i tisdags, och ingen ringde.');
    await next(page);

    await onStep(page, 'Vill du vara anonym?', 'Steg 5 av 6');
    await tabTo(page, radioOf('feedback-anonymity'));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Ja, jag vill vara anonym').isChecked()).toBe(true);
    await expectAccessible(page);
    await next(page);

    await onStep(page, 'Kontrollera och skicka', 'Steg 6 av 6');
    await page.getByText('Omsorgshemtjänst i Hägersten').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-wizard-review-320');
    // "Ändra" goes back to its page, keeping the answer; Nästa returns to the review.
    await page.getByRole('button', { name: 'Ändra vad du vill lämna' }).focus();
    await page.keyboard.press('Enter');
    await onStep(page, 'Vad vill du lämna?', 'Steg 1 av 6');
    expect(await page.getByLabel('Klagomål').isChecked()).toBe(true);
    await next(page);
    await onStep(page, 'Kontrollera och skicka', 'Steg 6 av 6');
    await tabTo(page, byText('Skicka'));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Tack! Vi har tagit emot det du skickade' }).waitFor();
    const reference = /SYN-\d{4}-\d{6}/.exec((await page.locator('.feedback-reference').textContent()) ?? '')?.[0];
    expect(reference).toBeDefined();
    await page.getByText('Du skickade anonymt, så vi kan inte svara dig.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-receipt-320');

    await tabTo(page, byText('Följ vad som händer med det du skickade'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Följ din synpunkt' }).waitFor();
    await page.getByRole('heading', { name: `Status för ${reference}` }).waitFor();
    const facts = page.locator('.feedback-status');
    await facts.getByText('Mottagen').first().waitFor();
    await facts.getByText('Nej, inte ännu').waitFor();
    expect(await facts.textContent()).not.toContain('Hemtjänsten kom inte');
    await expectAccessible(page);
    await screenshot(page, 'feedback-status-320');

    // A number that is not one answers the same as one that does not exist.
    await page.locator('#feedback-reference').fill('SYN-1999-999999');
    await tabTo(page, byText('Visa status'));
    await page.keyboard.press('Enter');
    await page.getByText('Vi hittar ingen synpunkt med det referensnumret.', { exact: false }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets Signe, signed in, send one and follow it with its answer under "Mina synpunkter"', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, SIGNE);
    await page.getByRole('link', { name: 'Lämna synpunkter eller klagomål' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Vad vill du lämna?' }).waitFor();
    await screenshot(page, 'feedback-wizard-type-1280');
    await page.getByLabel('Klagomål').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Ett vård- och omsorgsboende (äldreboende)').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Hur du blev bemött').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Berätta vad som hände').fill('Personalen på boendet svarade inte när jag ringde på kvällen.');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByLabel('Nej, ni får veta vem jag är').check();
    expect(await page.getByLabel('Namn').inputValue()).toBe('Signe Andersson');
    await page.getByLabel('Med e-post').check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('link', { name: 'Skriv den e-postadress vi ska svara till, eller välj ett annat sätt att få svar.' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('E-postadress').fill('signe.andersson@exempel.se');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kontrollera och skicka' }).waitFor();
    await page.getByText('Svar med e-post').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-wizard-review-1280');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tack! Vi har tagit emot det du skickade' }).waitFor();
    const reference = /SYN-\d{4}-\d{6}/.exec((await page.locator('.feedback-reference').textContent()) ?? '')?.[0];
    expect(reference).toBeDefined();
    await page.getByText('När vi har utrett det svarar vi dig med e-post').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-receipt-1280');

    await page.getByRole('link', { name: 'Mina synpunkter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina synpunkter' }).waitFor();
    const item = page.getByRole('article').filter({ hasText: reference! });
    await item.getByText('Inget svar ännu.').waitFor();
    await item.getByText('Mottagen').waitFor();
    await expectAccessible(page);

    // The answer, as the replies part records it (its pages are another part's): Signe sees it.
    const orm = await openDatabase(feedbackService.database, inject('databaseUrl'));
    try {
      await orm.em
        .getConnection()
        .execute(
          `insert into feedback.feedback_answer (id, feedback_id, sent_by, text, staff_id, sent_at) select gen_random_uuid(), id, 'EMAIL', ?, gen_random_uuid(), now() from feedback.feedback where reference_number = ?`,
          ['Vi har pratat med boendet. Nattpersonalen ska svara i telefon inom fem minuter.', reference],
        );
    } finally {
      await orm.close();
    }
    await page.reload();
    await item.getByText('Nattpersonalen ska svara i telefon inom fem minuter.').waitFor();
    await item.getByText('Det som skrevs').click();
    await item.getByText('Personalen på boendet svarade inte när jag ringde på kvällen.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'feedback-mine-1280');

    // The start page's widget leads there too.
    await page.goto(urls.citizen);
    await page.getByRole('link', { name: 'Mina synpunkter' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mina synpunkter' }).waitFor();
    await context.close();
  });
});
