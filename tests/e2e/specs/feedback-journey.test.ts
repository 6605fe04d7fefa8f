/**
 * The journey of issue 10, through the real pages only: an anonymous complaint about a late
 * home-care visit arrives through the citizen form; Lena (quality council) registers a postcard
 * from Signe, found by her personnummer and linked to her; she classifies both (the postcard's
 * sender gender follows from the personnummer), forwards the complaint to the provider, who
 * answers through the mailed link, and the answer shows on the item; she answers Signe by letter
 * (the PDF says what was written); the complaint goes on the month's quality council agenda, is
 * escalated to lex Sarah from the item page, investigated, decided and closed; the tertial
 * statistics count both, split by gender, and export as CSV and XLSX; Signe, signed in, finds
 * her postcard under "Mina synpunkter" with the letter's answer. axe, no sideways scroll at
 * 320 px and screenshots (E2E_SCREENSHOTS) on every page visited.
 *
 * Shared state: both items stay (closed complaint, answered postcard) as a unit's register keeps
 * them; the December council meeting of Lena's unit is opened if another spec planned it, else
 * planned here (then left for the others, as feedback-quality does); a lex Sarah report, closed.
 */
import { readFile } from 'node:fs/promises';
import { pdfText } from '@omsorg/letters/testing';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { NARROW, scrollsSideways } from '../support/layout.ts';
import { signInAsCitizen, signInAsStaff } from '../support/login.ts';
import { mailsTo } from '../support/mail.ts';

const urls = inject('urls');
const SIGNE = '194203152386';
const UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';
const STAMP = Date.now();
const PROVIDER_MAIL = `kvalitet-${STAMP}@omsorgshemtjanst.example`;
const COMPLAINT = `Hemtjänsten kom två timmar för sent på morgonen i tisdags, och ingen ringde (${STAMP}).`;
const POSTCARD = `Vykort från Signe: personalen har bytts ut fyra gånger den här veckan (${STAMP}).`;
const PROVIDER_ANSWER = `Vi har lagt om körlistan så att morgonbesöken kommer i tid (${STAMP}).`;
const LETTER_LINE = `Vi har pratat med hemtjänsten om att samma personal ska komma till dig (${STAMP}).`;
const STATISTICS_TYPE = 'Typ av synpunkt 2026, antal per tertial och hela året';
const STATISTICS_OUTCOME = 'Återkoppling, åtgärder och lex Sarah 2026, antal per tertial och hela året';

let browser: Browser;
/** What one step finds and the next needs. */
const journey = {
  complaint: '',
  complaintPath: '',
  postcard: '',
  postcardPath: '',
  meetingName: '',
  meetingUrl: '',
  lexSarah: '',
  before: { complaints: [] as number[], lexSarah: [] as number[] },
};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A page as it is now: axe, no sideways scroll at 320 px, screenshots at 320 and 1280 px. */
async function look(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await screenshot(page, `feedback-journey-${name}-1280`);
  const wide = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.setViewportSize({ width: NARROW.width, height: 700 });
  expect(await scrollsSideways(page), `sideways scroll at 320 px on ${page.url()}`).toBe(false);
  await expectAccessible(page);
  await screenshot(page, `feedback-journey-${name}-320`);
  await page.setViewportSize(wide);
}

/** A handling step's <summary> (its form's button may have the same words). */
const summaryOf = (page: Page, text: string) => page.locator('summary').filter({ hasText: new RegExp(`^${text}$`) });

async function step(page: Page, summary: string, fill: () => Promise<void>, submit: string, saved: string): Promise<void> {
  await summaryOf(page, summary).click();
  await fill();
  await page.getByRole('button', { name: submit, exact: true }).click();
  await page.getByText(saved, { exact: true }).waitFor();
}

/** The cells of a statistics row after its row header: T1, T2, VB, the year, then women, men, unknown. */
async function rowCells(page: Page, table: string, row: string): Promise<number[]> {
  const cells = page.getByRole('table', { name: table }).locator('tr', { has: page.getByRole('rowheader', { name: row, exact: true }) }).locator('td');
  return (await cells.allTextContents()).map((text) => Number(text.trim()));
}

async function openStatistics(page: Page): Promise<void> {
  await page.goto(`${urls.staff}/synpunkter/statistik?ar=2026`);
  await page.getByRole('heading', { name: 'Statistik över synpunkter och klagomål', level: 1 }).waitFor();
  await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Alla enheter' });
  await page.getByRole('table', { name: STATISTICS_TYPE }).waitFor();
  await page.getByRole('table', { name: STATISTICS_OUTCOME }).waitFor();
}

async function openItem(page: Page, path: string, reference: string): Promise<void> {
  await page.goto(`${urls.staff}${path}`);
  await page.getByRole('heading', { level: 1, name: `Synpunkt ${reference}` }).waitFor();
}

describe('the feedback journey: from a complaint and a postcard to the statistics', () => {
  it('counts the statistics before, so the journey’s two items show as a difference', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await openStatistics(page);
    journey.before.complaints = await rowCells(page, STATISTICS_TYPE, 'Klagomål');
    journey.before.lexSarah = await rowCells(page, STATISTICS_OUTCOME, 'Lex Sarah');
    expect(journey.before.complaints).toHaveLength(7);
    await context.close();
  });

  it('takes an anonymous complaint about a late home-care visit through the citizen form', async () => {
    const { context, page } = await newPage(browser, { width: NARROW.width });
    await page.goto(`${urls.citizen}/synpunkter`);
    const next = () => page.getByRole('button', { name: 'Nästa' }).click();
    const question = async (heading: string, shot: string) => {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(page);
      expect(await scrollsSideways(page), heading).toBe(false);
      await screenshot(page, `feedback-journey-wizard-${shot}-320`);
    };
    await question('Vad vill du lämna?', 'type');
    await page.getByLabel('Klagomål').check();
    await next();
    await question('Vilken verksamhet gäller det?', 'target');
    await page.getByLabel('Hemtjänsten', { exact: true }).check();
    await page.getByLabel('Vad heter hemtjänsten?').fill('Omsorgshemtjänst i Hägersten');
    await next();
    await question('Vad handlar det om?', 'subject');
    await page.getByLabel('Hjälpen kom inte, eller kom för sent').check();
    await next();
    await question('Berätta vad som hände', 'text');
    await page.getByLabel('Berätta vad som hände').fill(COMPLAINT);
    await next();
    await question('Vill du vara anonym?', 'anonymity');
    await page.getByLabel('Ja, jag vill vara anonym').check();
    await next();
    await question('Kontrollera och skicka', 'review');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await question('Tack! Vi har tagit emot det du skickade', 'receipt');
    journey.complaint = /SYN-\d{4}-\d{6}/.exec((await page.locator('.feedback-reference').textContent()) ?? '')![0];
    await context.close();
  });

  it('lets Lena register Signe’s postcard, found by her personnummer and linked to her', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await page.goto(`${urls.staff}/synpunkter/registrera`);
    await page.getByRole('heading', { level: 1, name: 'Registrera synpunkt' }).waitFor();
    await page.getByLabel('Hur kom den in').selectOption({ label: 'Vykort' });
    await page.getByLabel('Typ').selectOption({ label: 'Klagomål' });
    await page.getByLabel('Vad gäller det').selectOption({ label: 'Insats som uteblev eller blev försenad' });
    await page.getByLabel('Riktad mot').selectOption({ label: 'Hemtjänstutförare' });
    await page.getByLabel('Vad avsändaren skrev eller sa').fill(POSTCARD);

    // A number that is not one is caught before anything is looked up.
    await page.getByLabel('Personnummer').fill('19420315-2387');
    await page.getByRole('button', { name: 'Hämta', exact: true }).click();
    await page.getByText(/kontrollsiffran/).waitFor();
    await page.getByLabel('Personnummer').fill(SIGNE);
    await page.getByRole('button', { name: 'Hämta', exact: true }).click();
    await page.getByText('Kopplad till Signe Andersson').waitFor();
    expect(await page.locator('#register-contact-name').inputValue()).toBe('Signe Andersson');
    expect(await page.getByLabel('Avsändarens kön').locator('option:checked').textContent()).toBe('Kvinna');
    await page.locator('#register-contact-address').fill('Signes väg 4\n129 30 Hägersten');
    await page.getByRole('radio', { name: 'Brev' }).check();
    await look(page, 'register');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    const done = page.getByText(/Synpunkten är registrerad med referensnummer SYN-\d{4}-\d{6}/);
    await done.waitFor();
    journey.postcard = /SYN-\d{4}-\d{6}/.exec((await done.textContent()) ?? '')![0];
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Öppna synpunkten' }).click();
    await page.getByRole('heading', { level: 1, name: `Synpunkt ${journey.postcard}` }).waitFor();
    journey.postcardPath = new URL(page.url()).pathname;
    await page.getByText('Kopplad till person', { exact: true }).waitFor();
    await look(page, 'postcard');
    await context.close();
  });

  it('lets Lena classify both, the postcard’s sender a woman from her personnummer', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await page.goto(`${urls.staff}/synpunkter?ref=${journey.complaint}`);
    await page.getByRole('link', { name: journey.complaint }).click();
    await page.getByRole('heading', { level: 1, name: `Synpunkt ${journey.complaint}` }).waitFor();
    journey.complaintPath = new URL(page.url()).pathname;
    await page.getByText('Avsändaren är anonym.').waitFor();
    await look(page, 'complaint');
    await step(
      page,
      'Klassificera',
      async () => {
        await page.getByLabel('Källa').selectOption({ label: 'Brukare eller patient' });
        await page.getByLabel('Ansvarig enhet').fill(UNIT);
      },
      'Spara klassificering',
      'Klassificeringen är sparad.',
    );
    expect(await page.getByLabel('Avsändarens kön').locator('option:checked').textContent()).toBe('Okänt');

    await openItem(page, journey.postcardPath, journey.postcard);
    await summaryOf(page, 'Klassificera').click();
    expect(await page.getByLabel('Avsändarens kön').locator('option:checked').textContent()).toBe('Kvinna');
    await page.getByLabel('Källa').selectOption({ label: 'Brukare eller patient' });
    await page.getByRole('button', { name: 'Spara klassificering', exact: true }).click();
    await page.getByText('Klassificeringen är sparad.', { exact: true }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets Lena forward the complaint to the provider, who answers through the mailed link, shown on the item', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await openItem(page, journey.complaintPath, journey.complaint);
    const panel = page.getByRole('region', { name: 'Vidarebefordra till utförare' });
    await panel.getByText('Synpunkten har inte skickats vidare.').waitFor();
    await panel.getByLabel('Mottagare', { exact: true }).fill('Omsorgshemtjänst i Hägersten');
    await panel.getByLabel(/^E-post/).fill(PROVIDER_MAIL);
    await panel.getByLabel('Vad vill ni veta?').fill('Varför kom besöket sent, och vad gör ni så att det inte händer igen?');
    await panel.getByRole('button', { name: 'Skicka vidare' }).click();
    await panel.getByText('Inget svar ännu.').waitFor();
    await look(page, 'forwarded');

    const [mail] = await mailsTo(PROVIDER_MAIL);
    const link = /https?:\/\/\S+\/synpunkter\/svar\/[A-Za-z0-9_-]{43}/.exec(mail!.text)?.[0];
    expect(link).toBeDefined();
    const provider = await newPage(browser);
    await provider.page.goto(link!);
    await provider.page.getByRole('heading', { name: 'Synpunkt att besvara' }).waitFor();
    await provider.page.getByText(COMPLAINT).waitFor();
    await look(provider.page, 'provider');
    await provider.page.getByLabel('Ert svar').fill(PROVIDER_ANSWER);
    await provider.page.getByRole('button', { name: 'Skicka svaret' }).click();
    await provider.page.getByRole('heading', { name: 'Tack för ert svar' }).waitFor();
    await look(provider.page, 'provider-answered');
    await provider.context.close();

    await page.reload();
    await panel.getByText(PROVIDER_ANSWER).waitFor();
    await panel.getByText(/^Svarade via länken /).waitFor();
    await page.getByRole('region', { name: 'Historik' }).getByText('Utföraren har svarat', { exact: true }).first().waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('lets Lena answer Signe by letter: the PDF downloads with the answer', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await openItem(page, journey.postcardPath, journey.postcard);
    const panel = page.getByRole('region', { name: 'Återkoppling till den som skrev' });
    await panel.getByLabel('Mall').selectOption({ label: 'Klagomålet är utrett' });
    const text = panel.getByLabel('Text', { exact: true });
    await expect.poll(() => text.inputValue()).toContain(journey.postcard);
    await panel.getByRole('radio', { name: 'Brev' }).check();
    // The template leaves what was done to be written in.
    const draft = await text.inputValue();
    expect(draft).toContain('[skriv vad ni har gjort]');
    await text.fill(draft.replace('[skriv vad ni har gjort]', LETTER_LINE));
    await panel.getByRole('button', { name: 'Skicka svaret' }).click();
    await panel.getByText('Svaret är sparat. Ett brev laddar du ner och skickar med posten.').waitFor();
    const download = panel.getByRole('link', { name: `Ladda ner brevet (PDF, ${journey.postcard})` });
    await look(page, 'answered');

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const pdf = await readFile((await file.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const written = pdfText(pdf);
    for (const expected of ['Signe Andersson', 'Signes väg 4', journey.postcard, LETTER_LINE]) expect(written).toContain(expected);
    await context.close();
  });

  it('puts the complaint on the month’s council agenda, escalates it to lex Sarah, and closes both with a decision', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');

    // The month's meeting: planned here, or opened when another spec planned it.
    await page.goto(`${urls.staff}/kvalitetsrad`);
    await page.getByRole('heading', { name: 'Kvalitetsråd', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Skapa mötet' }).click();
    const created = page.getByRole('heading', { name: /^Kvalitetsråd \d/, level: 1 });
    const taken = page.getByRole('link', { name: 'Det finns redan ett kvalitetsråd för den månaden.' });
    await created.or(taken).first().waitFor();
    if (await taken.isVisible()) await page.getByRole('listitem').getByRole('link', { name: /^Kvalitetsråd / }).first().click();
    await created.waitFor();
    journey.meetingUrl = page.url();
    journey.meetingName = (await created.textContent())!.trim();

    // From the item page's quality panel: the agenda, then lex Sarah.
    await openItem(page, journey.complaintPath, journey.complaint);
    const quality = page.getByRole('region', { name: 'Kvalitetsarbete' });
    await quality.getByLabel('Möte', { exact: true }).selectOption({ label: journey.meetingName });
    await quality.getByRole('button', { name: 'Sätt på dagordningen' }).click();
    await page.getByText(/^Satt på dagordningen för mötet/).waitFor();
    await quality.getByRole('button', { name: 'Gör en lex Sarah-rapport' }).click();
    await quality.getByLabel('Vad hände?').fill('Ett morgonbesök kom två timmar sent; brukaren fick vänta på hjälp med medicin och frukost.');
    await quality.getByLabel('Var hände det?').fill('Hemtjänsten i Hägersten, morgonbesök');
    await quality.getByLabel('Vem rapporterade?').fill('Kvalitetsrådet, efter ett klagomål');
    await look(page, 'escalating');
    await quality.getByRole('button', { name: 'Skapa lex Sarah-rapport' }).click();
    const reportLink = quality.getByRole('link', { name: /^Öppna rapport LS-\d{4}-\d{4}$/ });
    await reportLink.waitFor();
    journey.lexSarah = (await reportLink.textContent())!.replace('Öppna rapport ', '').trim();
    await page.getByRole('region', { name: 'Historik' }).getByText('Lex Sarah-utredning inledd', { exact: true }).first().waitFor();
    await look(page, 'escalated');

    await page.goto(journey.meetingUrl);
    await created.waitFor();
    await page.getByRole('region', { name: 'På dagordningen' }).getByRole('link', { name: new RegExp(`^Synpunkt ${journey.complaint}`) }).waitFor();
    await look(page, 'council');

    // The report: investigation, then the decision that closes it.
    await openItem(page, journey.complaintPath, journey.complaint);
    await reportLink.click();
    await page.getByRole('heading', { name: `Lex Sarah-rapport ${journey.lexSarah}`, level: 1 }).waitFor();
    await page.getByText(/^Utredningen ska vara klar senast /).waitFor();
    await look(page, 'lex-sarah');
    await page.getByLabel('Vad visade utredningen?').fill('Körlistan hade för lite tid mellan besöken på morgonen.');
    await page.getByLabel('Orsaker').fill('Planeringen tog inte hänsyn till restiden.');
    await page.getByLabel('Åtgärder').fill('Utföraren har lagt om körlistan (se utförarens svar).');
    await page.getByRole('button', { name: 'Spara utredningen' }).click();
    await page.getByRole('group', { name: 'Beslut' }).waitFor();
    await page.getByLabel('Inte ett missförhållande').check();
    await page.getByLabel('Motivering').fill('Förseningen var en brist i planeringen som är rättad; inte ett missförhållande eller en påtaglig risk för ett.');
    await page.getByRole('button', { name: 'Fatta beslut' }).click();
    await page.getByText('Avslutad', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Fatta beslut' }).waitFor({ state: 'detached' });
    await look(page, 'lex-sarah-decided');

    // The complaint itself, closed with the decision.
    await openItem(page, journey.complaintPath, journey.complaint);
    await page.getByRole('region', { name: 'Kvalitetsarbete' }).getByText(new RegExp(`${journey.lexSarah}, Avslutad`)).waitFor();
    await step(page, 'Avsluta', () => page.getByLabel('Avslutande anteckning').fill(`Utredd enligt lex Sarah (${journey.lexSarah}): inte ett missförhållande. Utföraren har lagt om körlistan.`), 'Avsluta synpunkten', 'Synpunkten är avslutad.');
    await look(page, 'complaint-closed');
    await context.close();
  });

  it('shows both in the tertial statistics, split by gender, and exports them as CSV and XLSX', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');
    await openStatistics(page);
    const before = journey.before.complaints;
    const complaints = await rowCells(page, STATISTICS_TYPE, 'Klagomål');
    // T1, T2 unchanged; VB and the year two more; one woman (Signe), one unknown (anonymous).
    expect(complaints).toEqual([before[0], before[1], before[2]! + 2, before[3]! + 2, before[4]! + 1, before[5], before[6]! + 1]);
    const lexSarah = await rowCells(page, STATISTICS_OUTCOME, 'Lex Sarah');
    expect(lexSarah.slice(2, 4)).toEqual([journey.before.lexSarah[2]! + 1, journey.before.lexSarah[3]! + 1]);
    await look(page, 'statistics');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('synpunkter_2026.csv');
    const csvText = (await readFile((await csv.path())!)).toString('utf8');
    expect(csvText.startsWith('\uFEFFUppdelning;Klagomål/synpunkter/kategorier;Utfall T1;Utfall T2;Utfall VB;Totalt ack. Utfall\r\n')).toBe(true);
    expect(csvText).toContain(`;Lex Sarah;${lexSarah.slice(0, 4).join(';')}\r\n`);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som Excel (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('synpunkter_2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before Node's generic one.
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Utfall', 'Per kön']);
    const rows = (name: string) => {
      const found: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
      return found;
    };
    const lexSarahRow = rows('Utfall').find((row) => row[1] === 'Lex Sarah');
    expect(lexSarahRow?.slice(2, 6).map(Number)).toEqual(lexSarah.slice(0, 4));
    // "Per kön": T1, T2, VB and the year each as women, men, unknown; the year's as the page shows them.
    const byGender = rows('Per kön');
    expect(byGender.find((row) => row[0] === 'Uppdelning')?.slice(11, 14)).toEqual(['Totalt ack. kvinnor', 'Totalt ack. män', 'Totalt ack. okänt']);
    const complaintsByGender = byGender.find((row) => row[1] === 'Klagomål');
    expect(complaintsByGender?.slice(11, 14).map(Number)).toEqual(complaints.slice(4, 7));
    await context.close();
  });

  it('lets Signe, signed in, find her postcard under "Mina synpunkter" with the letter’s answer', async () => {
    const { context, page } = await newPage(browser);
    await signInAsCitizen(page, urls.citizen, SIGNE);
    await page.goto(`${urls.citizen}/synpunkter/mina`);
    await page.getByRole('heading', { level: 1, name: 'Mina synpunkter' }).waitFor();
    await page.getByText('det du skickade med post och som vi har kopplat till dig').waitFor();
    const item = page.getByRole('article').filter({ hasText: journey.postcard });
    await item.getByText(LETTER_LINE, { exact: false }).waitFor();
    await item.getByText('Det som skrevs').click();
    await item.getByText(POSTCARD).waitFor();
    // The anonymous complaint is nobody's.
    expect(await page.getByRole('article').filter({ hasText: journey.complaint }).count()).toBe(0);
    await look(page, 'mine');
    await context.close();
  });
});
