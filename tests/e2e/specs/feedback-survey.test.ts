import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { byText, checkedRadio, radioOf, tabTo } from '../support/keyboard.ts';
import { NARROW, scrollsSideways } from '../support/layout.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

/*
 * The yearly user survey: Lena creates this year's survey; Signe (who has home care in the dev
 * data) answers it online at 320 px with the keyboard alone, once; Lena enters a paper
 * questionnaire, imports the national survey's results and sees both side by side, too few
 * answers kept back. axe on every page, no sideways scrolling at 320 px.
 */

const urls = inject('urls');
const SIGNE = '194203152386';
const year = new Date().getFullYear();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Checks the page at 1280 and at 320 px (no sideways scrolling), with a screenshot of each. */
async function atBothWidths(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: NARROW.width, height: 900 });
  await expect.poll(() => scrollsSideways(page)).toBe(false);
  await expectAccessible(page);
  await screenshot(page, `${name}-320`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the user survey', () => {
  it('Lena creates this year’s survey', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await page.getByRole('link', { name: 'Brukarundersökning' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Brukarundersökning' }).waitFor();
    await page.getByText('Det finns ingen enkät ännu. Skapa årets enkät.').waitFor();
    await atBothWidths(page, 'survey-staff-empty');
    await page.getByLabel('Sista dag att svara').fill(`${year + 1}-01-31`);
    await page.getByRole('button', { name: 'Skapa enkäten' }).click();
    await page.getByRole('heading', { level: 2, name: `Resultat ${year}` }).waitFor();
    await page.getByText('Antal besvarade enkäter: 0').waitFor();
    await context.close();
  });

  it('Signe answers online at 320 px with the keyboard, once', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await signInAsCitizen(page, urls.citizen, SIGNE);
    await page.goto(`${urls.citizen}/enkat`);
    await page.getByRole('heading', { level: 1, name: 'Vad tycker du om din hjälp?' }).waitFor();
    await page.getByRole('group', { name: 'Vet du vart du ska vända dig om du behöver hjälp?' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'survey-citizen-320');

    // Sending nothing names every question to answer.
    await tabTo(page, byText('Skicka svaren'), 120);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' }).waitFor();
    await expectAccessible(page);

    // Each question: Tab into the group, Space chooses its first option, an arrow the next one.
    const groups = ['KNOWS_WHERE_TO_TURN', 'HELP_FITS_NEEDS', 'GETS_GRANTED_HELP', 'TREATED_WELL', 'OVERALL_SATISFIED', 'gender'];
    await page.evaluate(`document.activeElement?.blur(); window.scrollTo(0, 0)`);
    for (const [index, group] of groups.entries()) {
      await tabTo(page, radioOf(`survey-${group}`), 80);
      await page.keyboard.press('Space');
      if (index === 1 || index === 3) await page.keyboard.press('ArrowDown');
    }
    expect(await checkedRadio(page, 'survey-KNOWS_WHERE_TO_TURN')).toEqual({ label: 'Ja', value: 'YES' });
    expect(await checkedRadio(page, 'survey-HELP_FITS_NEEDS')).toEqual({ label: 'Ja, till största delen', value: 'MOSTLY' });
    expect(await checkedRadio(page, 'survey-gender')).toEqual({ label: 'Kvinna', value: 'WOMAN' });
    await tabTo(page, byText('Skicka svaren'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tack för dina svar!' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'survey-citizen-thanks-320');

    // Once only.
    await page.goto(`${urls.citizen}/enkat`);
    await page.getByText('Det finns ingen enkät för dig att svara på just nu.').waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('Lena enters a paper questionnaire, imports the national results and sees both side by side', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await page.goto(`${urls.staff}/kvalitet/enkat`);
    await page.getByText('Antal besvarade enkäter: 1').waitFor();
    await page.getByRole('link', { name: 'Registrera en pappersenkät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera en pappersenkät' }).waitFor();
    await atBothWidths(page, 'survey-paper');
    const question = (name: string) => page.getByRole('group', { name });
    await question('Vet du vart du ska vända dig om du behöver hjälp?').getByLabel('Nej', { exact: true }).check();
    await question('Får du den hjälp du har beviljats?').getByLabel('Ja, alltid').check();
    await question('Är du kvinna eller man?').getByLabel('Kvinna').check();
    await page.getByRole('button', { name: 'Spara enkäten' }).click();
    await page.getByText('Enkäten är sparad. Enkäten har nu 2 svar.').first().waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Tillbaka till resultatet' }).click();

    await page.getByText('Antal besvarade enkäter: 2').waitFor();
    const header = 'year;question;women_percent;men_percent;total_percent;respondents';
    const file = (text: string) => ({ name: 'vad-tycker-de-aldre.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByLabel('CSV-fil').setInputFiles(file(`${header}\n${year};KNOWS_WHERE_TO_TURN;61,5;58;60,2;412\n${year};HUR_MAR_DU;1;2;3;4\n`));
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByText('Rad 3: ”HUR_MAR_DU” är ingen fråga i enkäten.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('CSV-fil').setInputFiles(file(`${header}\n${year};KNOWS_WHERE_TO_TURN;61,5;58;60,2;412\n${year};GETS_GRANTED_HELP;96,4;97,1;96,7;405\n`));
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByText('2 rader är inlästa.').waitFor();

    // The unit's own figures are too few to show (two answers); the national ones stand beside them.
    const table = page.getByRole('table', { name: `Andel positiva svar per fråga, ${year}. Antal svarande inom parentes.` });
    const row = table.getByRole('row', { name: /Vet du vart du ska vända dig/ });
    await row.getByRole('cell', { name: '61,5 %' }).waitFor();
    // Signe and the paper form: two women, no men.
    expect(await row.getByRole('cell', { name: 'för få svar (2)' }).count()).toBe(2);
    await row.getByRole('cell', { name: 'för få svar (0)' }).waitFor();
    await page.locator('canvas').waitFor();
    // The survey's indicators with their targets (also in the indicator report).
    const indicators = page.getByRole('table', { name: `Indikatorer från brukarundersökningen ${year}` });
    await indicators.getByRole('row', { name: /Andel som vet vart de ska vända sig/ }).getByText('Mål: minst 65 %').first().waitFor();
    await atBothWidths(page, 'survey-results');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Spara som CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^brukarundersokning_${year}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('Vet du vart du ska vända dig om du behöver hjälp?;för få svar;2;för få svar;0;för få svar;2;61,5;58;60,2;412');
    await context.close();
  });
});
