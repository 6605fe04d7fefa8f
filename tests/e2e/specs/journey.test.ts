import { readFile } from 'node:fs/promises';
import { pollUntil } from '@omsorg/platform/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from '../support/browser.ts';
import { choose, continueTo } from '../support/journey.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';

const urls = inject('urls');
let browser: Browser;
let erik: { context: BrowserContext; page: Page };
let hanna: { context: BrowserContext; page: Page };
let reference = '';
let casePath = '';

type CaughtMail = { to: string[]; subject: string; text: string };
/** Erik's mails in the mail catcher, once one matches: mail goes out from a queue, a moment after the page answers. */
const erikMails = (match: (mail: CaughtMail) => boolean) =>
  pollUntil(
    async () => ((await (await fetch(`${urls.mail}/api/messages`)).json()) as CaughtMail[]).filter((mail) => mail.to.includes('erik.andersson@example.se')),
    (mails) => mails.some(match),
    20_000,
    'the mail to Erik',
  );

beforeAll(async () => {
  browser = await launchBrowser();
  erik = await newPage(browser);
  await signInAsCitizen(erik.page, urls.citizen, '19700612-4577');
  hanna = await newPage(browser);
  await signInAsStaff(hanna.page, urls.staff, 'handlaggare1');
});
afterAll(() => browser?.close());

describe('the application journey', () => {
  it('lets Erik apply for Signe, one question at a time, and submit once', async () => {
    const { page } = erik;
    await page.goto(`${urls.citizen}/ansokan`);
    await page.getByRole('heading', { level: 1, name: 'Ansök om hjälp' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Börja ansökan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vem ska ansökan gälla?' }).waitFor();
    await expectAccessible(page);
    await choose(page, 'Signe Andersson');
    await continueTo(page, 'Vilken hjälp vill du ansöka om för Signe Andersson?');
    for (const service of ['Hemtjänst – hjälp med personlig omvårdnad', 'Trygghetslarm', 'Vård- och omsorgsboende']) {
      await page.getByLabel(service, { exact: true }).check();
    }
    await continueTo(page, 'Hemtjänst – hjälp med personlig omvårdnad');
    const needs = page.getByLabel('Berätta med egna ord vad Signe Andersson behöver hjälp med');
    await needs.fill('Hjälp med dusch och påklädning på morgonen, och med kvällsmaten.');
    await continueTo(page, 'Trygghetslarm');
    await needs.fill('Hon har ramlat två gånger i vinter och är ensam på nätterna.');
    await continueTo(page, 'Vård- och omsorgsboende');
    await needs.fill('Hon glömmer att äta och klarar inte längre att bo hemma.');
    await continueTo(page, 'Bor Signe Andersson ensam?');
    await choose(page, 'Ja');
    await continueTo(page, /Får Signe Andersson hjälp av anhöriga/);
    await continueTo(page, 'Har Signe Andersson legat på sjukhus nyligen?');
    await choose(page, 'Nej');
    await continueTo(page, 'Hur vill du att vi kontaktar dig om ansökan?');
    await choose(page, 'E-post');
    await continueTo(page, 'Kontaktuppgifter');
    await choose(page, 'Mig, Erik Andersson');
    await page.getByLabel('E-postadress').fill('erik.andersson@example.se');
    await page.getByLabel('Telefonnummer').fill('070-123 45 67');
    await continueTo(page, /När passar det bäst/);
    await continueTo(page, /Vilket språk vill Signe Andersson använda/);
    await continueTo(page, 'Behöver Signe Andersson tolk när vi pratar med varandra?');
    await choose(page, 'Nej');
    await continueTo(page, /Får handläggaren prata med hälso- och sjukvården/);
    await choose(page, 'Ja');
    await continueTo(page, 'Kontrollera dina svar');

    // Pressed twice in the same instant, as a trembling hand does: still one application.
    await page.getByRole('button', { name: 'Skicka ansökan' }).evaluate((button) => {
      (button as { click(): void }).click();
      (button as { click(): void }).click();
    });
    await page.getByRole('heading', { level: 1, name: 'Ansökan är skickad' }).waitFor();
    await expectAccessible(page);
    reference = /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
    expect(reference).not.toBe('');

    await page.goto(`${urls.citizen}/mina-arenden`);
    await page.getByRole('heading', { level: 2, name: `Ärende ${reference}` }).waitFor();
    expect(await page.getByRole('heading', { name: `Ärende ${reference}` }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: /Visa ärendet/ }).first().click();
    await page.getByRole('heading', { level: 1, name: `Ärende ${reference}` }).waitFor();
    casePath = new URL(page.url()).pathname;
    await expectAccessible(page);
  });

  it('sends Erik a confirmation e-mail with the reference number', async () => {
    const mails = await erikMails((mail) => mail.text.includes(reference));
    // The button was pressed twice: one application, one confirmation.
    expect(mails.filter((mail) => mail.subject === `Vi har tagit emot din ansökan ${reference}`)).toHaveLength(1);
  });

  it('lets Hanna take the case, investigate it and communicate it', async () => {
    const { page } = hanna;
    await page.goto(`${urls.staff}/inkorg`);
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: `Ta ärendet ${reference}, Signe Andersson` }).click();
    await page.getByText(`Du har tagit ärende ${reference}`).waitFor();
    await page.getByRole('link', { name: `Öppna ärende ${reference}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await page.getByText('Erik Andersson (fullmakt)').waitFor();
    // The unit's colleagues (from identity) can be given the case.
    await page.getByLabel('Tilldela ärendet till').locator('option', { hasText: 'Jonas Ek' }).waitFor({ state: 'attached' });
    await expectAccessible(page);

    await openStep(page, 'Utredning');
    await page.getByLabel('Beskrivning av Hemtjänst – hjälp med personlig omvårdnad').fill('Behöver hjälp med dusch och påklädning varje morgon, och med kvällsmat.');
    await page.getByLabel('Beskrivning av Trygghetslarm').fill('Har fallit två gånger; ensam nattetid.');
    await page.getByLabel('Beskrivning av Vård- och omsorgsboende').fill('Klarar med hemtjänst och larm att bo kvar hemma i nuläget.');
    await page.getByLabel('Handläggarens bedömning').fill('Behoven kan tillgodoses i hemmet.');
    await page.getByRole('button', { name: 'Spara utredningen' }).click();
    await page.getByText(/Utredningen är sparad/).first().waitFor();
    await expectAccessible(page);

    await openStep(page, 'Kommunicering');
    await page.getByRole('heading', { level: 1, name: 'Kommunicera utredningen' }).waitFor();
    await page.getByRole('button', { name: 'Kommunicera utredningen' }).click();
    await page.getByText(/Utredningen är kommunicerad/).waitFor();
    await expectAccessible(page);
    // The same investigation as a letter for the post.
    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner utredningen som brev (PDF)' }).click()]);
    expect(letter.suggestedFilename()).toBe(`utredning-${reference}.pdf`);
    expect((await readFile((await letter.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets Hanna register a god man for Signe from the paper document, and end it', async () => {
    const { page } = hanna;
    await openStep(page, 'Översikt');
    const section = page.getByRole('region', { name: 'Ombud och företrädare' });
    await section.getByRole('button', { name: 'Registrera ombud, god man eller förvaltare' }).click();
    await section.getByRole('button', { name: 'Registrera', exact: true }).click();
    await section.getByText('Välj vilket slag av företrädare det gäller.').first().waitFor();
    await expectAccessible(page);
    await section.getByLabel('god man', { exact: true }).check();
    await section.getByLabel('Ombudets personnummer').fill('19341224-3986');
    await section.getByLabel('Dokumentets datum').fill('2026-11-30');
    await section.getByRole('button', { name: 'Registrera', exact: true }).click();
    // Not known yet: the name is needed to register her.
    await section.getByText(/Fyll i förnamn och efternamn/).first().waitFor();
    await section.getByLabel('Ombudets förnamn').fill('Gun');
    await section.getByLabel('Ombudets efternamn').fill('Holm');
    await section.getByRole('button', { name: 'Registrera', exact: true }).click();
    await section.getByRole('cell', { name: 'Gun Holm', exact: true }).waitFor();
    await expectAccessible(page);
    await section.getByRole('button', { name: 'Avsluta god man för Gun Holm' }).click();
    await section.getByRole('cell', { name: 'Gun Holm', exact: true }).waitFor({ state: 'detached' });
    await section.getByRole('cell', { name: 'Erik Andersson', exact: true }).waitFor();
    await expectAccessible(page);
  });

  it('lets Erik respond to the investigation, which he was told about by e-mail', async () => {
    await erikMails((mail) => mail.subject === `Utredningen är klar att läsa, ärende ${reference}`);
    const { page } = erik;
    await page.goto(`${urls.citizen}${casePath}`);
    await page.getByRole('link', { name: 'Läs utredningen och lämna synpunkter' }).click();
    await page.getByLabel('Skriv dina synpunkter på utredningen').fill('Mamma vill helst ha hjälp före klockan nio på morgonen.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skicka synpunkterna' }).click();
    // The notice and the screen-reader announcement say the same words.
    await page.getByText('Tack! Dina synpunkter är skickade.').first().waitFor();
    await expectAccessible(page);
  });

  it('lets Hanna decide home care and the alarm, but only propose the nursing home', async () => {
    const { page } = hanna;
    await page.reload();
    await openStep(page, 'Beslut');
    await decide(page, 'Hemtjänst – hjälp med personlig omvårdnad', { outcome: 'Beviljas', hours: '40', motivation: 'Signe behöver hjälp med personlig omvårdnad morgon och kväll.' });
    await decide(page, 'Trygghetslarm', { outcome: 'Beviljas', motivation: 'Signe har fallit och är ensam nattetid.' });
    const nursingHome = page.getByRole('region', { name: 'Vård- och omsorgsboende' });
    await nursingHome.getByText('Den här insatsen beslutas av chef enligt delegationsordningen').waitFor();
    await fillDecision(nursingHome, { outcome: 'Avslås', motivation: 'Behoven kan tillgodoses i hemmet med hemtjänst och trygghetslarm.' });
    await nursingHome.getByRole('button', { name: 'Föreslå beslut till chef' }).click();
    await page.getByText(/Förslaget är skickat/).waitFor();
    await expectAccessible(page);
  });

  it('lets Maria, the deputy unit head, deny the nursing home', async () => {
    const maria = await newPage(browser);
    await signInAsStaff(maria.page, urls.staff, 'chef1');
    await maria.page.goto(`${urls.staff}/beslut-att-fatta`);
    await maria.page.getByRole('heading', { level: 1, name: 'Beslut att fatta' }).waitFor();
    await expectAccessible(maria.page);
    await maria.page.getByRole('link', { name: /Öppna och besluta: Vård- och omsorgsboende, Signe Andersson/ }).click();
    const nursingHome = maria.page.getByRole('region', { name: 'Vård- och omsorgsboende' });
    await nursingHome.getByRole('button', { name: /Fatta beslut/ }).last().click();
    await maria.page.getByText(/Beslutet är fattat/).waitFor();
    await expectAccessible(maria.page);
    await maria.page.goto(`${urls.staff}/statistik`);
    await maria.page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await expectAccessible(maria.page);
    await maria.context.close();
  });

  it('shows Erik the decision letter and the appeal deadline, and takes his appeal', async () => {
    const { page } = erik;
    await page.goto(`${urls.citizen}${casePath}`);
    await page.getByRole('button', { name: 'Öppna beslutet (PDF)' }).waitFor();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Öppna beslutet (PDF)' }).click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText(/Det är \d+ dagar kvar/).first().waitFor();
    await page.getByRole('link', { name: /Överklaga beslutet.*Vård- och omsorgsboende/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Överklaga beslutet' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Vad vill du ändra i beslutet, och varför?').fill('Mamma är orolig nätterna och vill flytta till ett boende.');
    await page.getByRole('button', { name: 'Skicka överklagandet' }).click();
    await page.getByText('Vi har tagit emot ditt överklagande').waitFor();
    await page.getByText('Överklagandet kom in i tid.').waitFor();
    await expectAccessible(page);
    // Who opened the case: the caseworker, by name.
    await page.goto(`${urls.citizen}${casePath}/vem-har-oppnat`);
    await page.getByRole('heading', { level: 1, name: 'Vem har öppnat mitt ärende' }).waitFor();
    await page.getByText(/Hanna Lind/).first().waitFor();
    await expectAccessible(page);
  });

  it('lets Hanna reconsider the appeal and forward it to the court', async () => {
    const { page } = hanna;
    await page.reload();
    await openStep(page, 'Överklagande');
    await page.getByRole('heading', { level: 1, name: 'Överklagande' }).waitFor();
    await page.getByLabel('Lämna över till förvaltningsrätten').check();
    await page.getByRole('button', { name: 'Lämna över' }).click();
    await page.getByText(/förvaltningsrätten/i).first().waitFor();
    await expectAccessible(page);
  });

  it('lets Hanna order home care from the provider Signe chose, and schedules a follow-up', async () => {
    const { page } = hanna;
    await openStep(page, 'Beställning');
    const homeCare = page.getByRole('region', { name: /Hemtjänst – hjälp med personlig omvårdnad/ }).first();
    await homeCare.getByLabel('Utförare som personen har valt').selectOption({ index: 1 });
    await homeCare.getByLabel('Mål med insatsen').fill('Signe kan duscha tryggt och klä sig varje morgon.');
    await homeCare.getByRole('button', { name: 'Skicka beställningen' }).click();
    await page.getByText('Beställningen är skickad till utföraren.').waitFor();
    await expectAccessible(page);
    await openStep(page, 'Uppföljning');
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    await page.getByText(/Uppföljningar av Hemtjänst – hjälp med personlig omvårdnad/).first().waitFor();
    await expectAccessible(page);
  });

  it('shows Erik whom he may act for, and Signe who read her details, in Mina uppgifter', async () => {
    await erik.page.goto(`${urls.citizen}/mina-uppgifter`);
    await erik.page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
    await erik.page.getByRole('region', { name: 'Du får företräda' }).getByText('Signe Andersson').waitFor();
    await expectAccessible(erik.page);
    const signe = await newPage(browser);
    await signInAsCitizen(signe.page, urls.citizen, '19420315-2386');
    await signe.page.getByRole('link', { name: 'Mina uppgifter' }).first().click();
    await signe.page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
    await signe.page.getByRole('region', { name: 'Får företräda dig' }).getByText('Erik Andersson').waitFor();
    await signe.page.getByRole('region', { name: 'Vem har läst mina uppgifter' }).getByText(/Hanna Lind, Biståndshandläggare – vem som företräder dig/).first().waitFor();
    await expectAccessible(signe.page);
    await signe.context.close();
  });

  it('shows Karl none of it', async () => {
    expect(reference).toMatch(/^ANS-/);
    const karl = await newPage(browser);
    await signInAsCitizen(karl.page, urls.citizen, '19450808-3195');
    await karl.page.goto(`${urls.citizen}/mina-arenden`);
    await karl.page.getByRole('heading', { level: 1, name: 'Mina ärenden' }).waitFor();
    expect(await karl.page.getByText(reference).count()).toBe(0);
    await expectAccessible(karl.page);
    await karl.page.goto(`${urls.citizen}${casePath}`);
    await karl.page.getByText('Vi hittar inte', { exact: false }).first().waitFor();
    expect(await karl.page.getByText(reference).count()).toBe(0);
    await expectAccessible(karl.page);
    await karl.context.close();
  });
});

async function openStep(page: Page, step: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Steg i ärendet' }).getByRole('link', { name: new RegExp(`^${step}`) }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

type DecisionFields = { outcome: 'Beviljas' | 'Avslås'; hours?: string; motivation: string };

async function fillDecision(region: Locator, fields: DecisionFields): Promise<void> {
  await region.getByLabel(fields.outcome, { exact: true }).check();
  if (fields.hours) await region.getByLabel('Timmar per månad').fill(fields.hours);
  await region.getByLabel('Gäller från och med').fill('2026-12-01');
  await region.getByLabel('Lagrum').selectOption({ index: 1 });
  await region.getByLabel('Motivering').fill(fields.motivation);
}

async function decide(page: Page, service: string, fields: DecisionFields): Promise<void> {
  const region = page.getByRole('region', { name: service });
  await fillDecision(region, fields);
  await region.getByRole('button', { name: 'Fatta beslut' }).click();
  await page.getByText(/Beslutet är fattat/).first().waitFor();
  // The service's form goes away once its decision is saved. The notice alone is not enough: the
  // previous decision's notice may still be there, and the next form would use the old version.
  await region.getByRole('button', { name: 'Fatta beslut' }).waitFor({ state: 'detached' });
}
