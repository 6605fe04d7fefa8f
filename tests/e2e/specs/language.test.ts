/**
 * The person's language (issue 8): Aino's record in identity says Finnish and interpreter.
 * Her portal opens in Finnish once she has signed in, her application starts from Finnish and
 * an interpreter, her decision letter is in Finnish (Stockholm is in the Finnish administrative
 * area), tagged as Finnish, and so are her mails. Every page visited passes axe.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pdfText } from '../../../services/applications/src/testing/pdf-text.ts';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { applyForOneself, FINNISH_APPLY } from '../support/apply.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';
import { mailsTo, type CaughtMail } from '../support/mail.ts';

const urls = inject('urls');
let browser: Browser;
let aino: { context: BrowserContext; page: Page };
let reference = '';

const AINO_MAIL = 'aino.virtanen@example.fi';

/** Aino's mails in the mail catcher, once one matches. */
const ainoMails = (match: (mail: CaughtMail) => boolean) => mailsTo(AINO_MAIL, match, 30_000);

beforeAll(async () => {
  browser = await launchBrowser();
  aino = await newPage(browser);
});
afterAll(() => browser?.close());

describe("Aino's language", () => {
  it('opens her portal in Finnish after she signs in, though the browser asks for Swedish', async () => {
    const { page } = aino;
    await signInAsCitizen(page, urls.citizen, '19380101-9922');
    await page.locator('html[lang="fi"]').waitFor({ state: 'attached' });
    await page.getByRole('link', { name: 'Omat asiat' }).first().waitFor();
    await expectAccessible(page);
  });

  it('starts her application from Finnish and an interpreter, as identity says, and confirms it by mail in Finnish', async () => {
    const { page } = aino;
    reference = await applyForOneself(page, urls.citizen, {
      words: FINNISH_APPLY,
      services: [{ label: 'Turvahälytin', needs: 'Olen kaatunut kaksi kertaa tänä talvena ja olen öisin yksin.' }],
      livesAlone: true,
      email: AINO_MAIL,
      healthCareContact: true,
      preset: { language: 'fi', interpreterNeeded: true },
    });
    expect(reference).not.toBe('');
    const [confirmation] = await ainoMails((mail) => mail.subject.includes(reference));
    expect(confirmation).toMatchObject({ subject: `Olemme vastaanottaneet hakemuksesi ${reference}`, language: 'fi-FI' });
    expect(confirmation!.text).toContain('- Turvahälytin');
    // Twelve pages, each checked with axe: on two shared cores this takes most of a minute.
  }, 120_000);

  it('lets Hanna grant the alarm, with the usual legal basis already chosen', async () => {
    const hanna = await newPage(browser);
    const { page } = hanna;
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await page.getByRole('button', { name: `Ta ärendet ${reference}, Aino Virtanen` }).click();
    await page.getByText(`Du har tagit ärende ${reference}`).waitFor();
    await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: /^Beslut/ }).click();
    const alarm = page.getByRole('region', { name: 'Trygghetslarm' });
    await alarm.getByLabel('Beviljas', { exact: true }).check();
    const provision = alarm.getByLabel('Lagrum');
    expect(await provision.locator('option:checked').textContent()).toContain('4 kap. 1 § socialtjänstlagen (2025:400)');
    expect(await provision.locator('option', { hasText: 'LSS' }).count()).toBe(0);
    await alarm.getByLabel('Motivering').fill('Aino har fallit och är ensam nattetid.');
    await expectAccessible(page);
    await alarm.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.getByText(/Beslutet är fattat/).first().waitFor();
    await expectAccessible(page);
    await hanna.context.close();
  });

  it('gives Aino her decision letter in Finnish, addressed to her, tagged as Finnish', async () => {
    const { page } = aino;
    await page.goto(`${urls.citizen}/mina-arenden`);
    await page.getByRole('heading', { level: 1, name: 'Omat asiat' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: /Näytä asia/ }).first().click();
    await page.getByRole('heading', { level: 1, name: `Asia ${reference}` }).waitFor();
    await page.getByRole('button', { name: 'Avaa päätös (PDF)' }).waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Avaa päätös (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`paatos-${reference}.pdf`);
    const pdf = await readFile((await download.path())!);
    expect(pdf.toString('latin1')).toContain('/Lang (fi-FI)');
    const text = pdfText(pdf);
    for (const expected of ['Päätös avustuksesta', 'Aino Virtanen', 'Lillåvägen 3', '125 52 Älvsjö', 'Turvahälytin', 'Päätös: Myönnetään', 'Käsittelijä: Hanna Lind', 'Näin valitat päätöksestä']) {
      expect(text).toContain(expected);
    }
    await page.getByText('Päätös on haettu.').waitFor();
    await expectAccessible(page);
  });

  it('tells Aino by mail in Finnish that the decision is made', async () => {
    const [decision] = await ainoMails((mail) => mail.subject === `Päätös asiassa ${reference}`);
    expect(decision!.language).toBe('fi-FI');
    expect(decision!.text).toContain(`Olemme tehneet päätöksen hakemuksestasi, asianumero ${reference}.`);
    expect(decision!.text).not.toMatch(/Hej!|ärende|beslut/);
  });
});
