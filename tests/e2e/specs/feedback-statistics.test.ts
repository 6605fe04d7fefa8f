import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { feedbackService } from '@omsorg/feedback';
import { openDatabase } from '@omsorg/platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * Lena (quality council) opens the feedback statistics of 2022, sees the numbers of four items
 * written straight into feedback's table for this spec (no other spec receives feedback in 2022),
 * including the tertial edge at Stockholm midnight and the split by gender; downloads the CSV and
 * the XLSX; and opens the indicator report. axe and 320 px on both pages. The items are removed
 * afterwards.
 */
const urls = inject('urls');
const PREFIX = `SYN-E2E-${Date.now()}`;
let browser: Browser;

async function execute(sql: string, params: unknown[] = []): Promise<void> {
  const orm = await openDatabase(feedbackService.database, inject('databaseUrl'));
  try {
    await orm.em.getConnection().execute(sql, params, 'run');
  } finally {
    await orm.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  const items = [
    // 23:30 on 30 April in Stockholm: T1. A woman; answered three days later, with an action.
    ['COMPLAINT', 'WOMAN', 'USER', 'TREATMENT', 'HOME_CARE_PROVIDER', '2022-04-30T21:30:00Z', '2022-05-03T08:00:00Z', '2022-05-04T08:00:00Z', null],
    // Midnight of 1 May in Stockholm: T2. A man; escalated to lex Sarah, not answered.
    ['COMPLAINT', 'MAN', 'RELATIVE', 'STAFFING', 'NURSING_HOME', '2022-04-30T22:00:00Z', null, null, '2022-05-05T08:00:00Z'],
    ['PRAISE', 'WOMAN', 'USER', 'TREATMENT', 'UNIT', '2022-06-01T08:00:00Z', null, null, null],
    // VB: sender unknown, answered the next day.
    ['SUGGESTION', 'UNKNOWN', 'OTHER_UNKNOWN', 'OTHER', 'UNIT', '2022-10-10T08:00:00Z', '2022-10-11T08:00:00Z', null, null],
  ] as const;
  for (const [index, item] of items.entries()) {
    await execute(
      `insert into feedback.feedback (id, reference_number, type, sender_gender, source, subject, target, received_at, answered_at, action_taken_at, lex_sarah_at, channel, text, status, version)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'POSTCARD', 'Ett testärende.', 'CLOSED', 1)`,
      [`${PREFIX}-${index}`, ...item],
    );
  }
});
afterAll(async () => {
  await execute(`delete from feedback.feedback where reference_number like ?`, [`${PREFIX}-%`]);
  await browser?.close();
});

/** The cells of a table row, by its row header's exact text. */
async function rowCells(page: Page, table: string, row: string): Promise<string[]> {
  const cells = page.getByRole('table', { name: table }).locator('tr', { has: page.getByRole('rowheader', { name: row, exact: true }) }).locator('td');
  return (await cells.allTextContents()).map((text) => text.trim());
}

describe('feedback statistics', () => {
  it('shows Lena the statistics of a year by tertial and gender, and downloads them as CSV and XLSX', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await page.goto(`${urls.staff}/synpunkter`);
    await page.getByRole('link', { name: 'Statistik över synpunkter' }).first().click();
    await page.getByRole('heading', { name: 'Statistik över synpunkter och klagomål', level: 1 }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2022');
    await page.getByText('Under 2022 kom 3 klagomål, synpunkter och frågor in, och 1 beröm. 66,7 % av dem har fått återkoppling.').waitFor();

    expect(await rowCells(page, 'Typ av synpunkt 2022, antal per tertial och hela året', 'Klagomål')).toEqual(['1', '1', '0', '2', '1', '1', '0']);
    expect(await rowCells(page, 'Typ av synpunkt 2022, antal per tertial och hela året', 'Beröm')).toEqual(['0', '1', '0', '1', '1', '0', '0']);
    expect(await rowCells(page, 'Från vem har klagomålet eller synpunkten kommit? 2022, antal per tertial och hela året', 'Närstående (anhörig, god man med flera)')).toEqual(['0', '1', '0', '1', '0', '1', '0']);
    const outcome = 'Återkoppling, åtgärder och lex Sarah 2022, antal per tertial och hela året';
    expect(await rowCells(page, outcome, 'Lex Sarah')).toEqual(['0', '1', '0', '1', '0', '1', '0']);
    expect((await rowCells(page, outcome, 'Andel klagomål där återkoppling har lämnats')).slice(0, 4)).toEqual(['100 %', '0 %', '100 %', '66,7 %']);
    expect((await rowCells(page, outcome, 'Median, dagar från inkommet till första återkoppling')).slice(0, 4)).toEqual(['3', '–inget värde', '1', '2']);
    await expectAccessible(page);
    await screenshot(page, 'feedback-statistics-1280');
    if (process.env.E2E_SCREENSHOTS) {
      for (const id of ['statistics-type', 'statistics-outcome']) await page.locator(`section#${id}`).screenshot({ path: join(process.env.E2E_SCREENSHOTS, `feedback-${id}-1280.png`) });
    }

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('synpunkter_2022.csv');
    const csvText = (await readFile((await csv.path())!)).toString('utf8');
    expect(csvText.startsWith('\uFEFFUppdelning;Klagomål/synpunkter/kategorier;Utfall T1;Utfall T2;Utfall VB;Totalt ack. Utfall\r\n')).toBe(true);
    expect(csvText).toContain('\r\nBeröm;Antal beröm;0;1;0;1\r\n');
    expect(csvText).toContain('\r\nVarav antal avvikelser som lett till;Lex Sarah;0;1;0;1\r\n');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som Excel (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('synpunkter_2022.xlsx');
    const xlsxBytes = await readFile((await xlsx.path())!);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsxBytes.length).toBeGreaterThan(4000);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('table', { name: outcome }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'feedback-statistics-320');
    if (process.env.E2E_SCREENSHOTS) await page.locator('section#statistics-type').screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'feedback-statistics-type-320.png') });
    await context.close();
  });

  it('shows Lena the indicator report of a tertial, with the target for complaints met', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await page.goto(`${urls.staff}/synpunkter/statistik?ar=2022`);
    await page.getByRole('link', { name: 'Till indikatorrapporten per tertial' }).click();
    await page.getByRole('heading', { name: 'Indikatorrapport per tertial', level: 1 }).waitFor();
    await page.getByLabel('År', { exact: true }).selectOption('2022');
    await page.getByLabel('Tertial', { exact: true }).selectOption({ label: 'T1 (januari–april)' });
    const table = 'Indikatorer T1 2022';
    await page.getByRole('table', { name: table }).waitFor();
    expect(await rowCells(page, table, 'Antal registrerade klagomål och synpunkter')).toEqual(['1', '0', 'Ska öka', 'Ja']);
    expect(await rowCells(page, table, 'Andel återuppringningar inom 48 timmar')).toEqual(['–inget värde', '–inget värde', '90 %', 'Inget utfall']);
    expect(await rowCells(page, table, 'Antal inbjudna till hälsosamtal')).toEqual(['0', '0', 'Inget mål', 'Ej aktuellt']);
    await expectAccessible(page);
    await screenshot(page, 'feedback-indicators-1280');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('indikatorer_2022_T1.csv');
    const csvText = (await readFile((await csv.path())!)).toString('utf8');
    expect(csvText).toContain('Synpunkter och klagomål;Antal registrerade klagomål och synpunkter;1;0;Ska öka;Ja\r\n');

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'feedback-indicators-320');
    await context.close();
  });
});
