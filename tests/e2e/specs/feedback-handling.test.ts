import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot } from '../support/browser.ts';
import { scrollsSideways } from '../support/layout.ts';
import { signInAsStaff } from '../support/login.ts';

/*
 * Handling feedback (issue 10, "handling"): Lena of the quality council registers two postcards,
 * classifies one, assigns it to Hanna, writes a note, records an action and closes it; Hanna, a
 * caseworker, sees only the one assigned to her and not the other. axe on every page and state,
 * no sideways scroll at 320 px, screenshots of the list and the item at 320 and 1280 px
 * (E2E_SCREENSHOTS). The items stay (closed, or unassigned), as a unit's register keeps them.
 */
const urls = inject('urls');
let browser: Browser;
const marker = crypto.randomUUID().slice(0, 8);
const references: { handled?: string; other?: string; otherPath?: string } = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function at320(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await scrollsSideways(page), `sideways scroll at 320 px on ${page.url()}`).toBe(false);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function registerPostcard(page: Page, text: string): Promise<string> {
  await page.goto(`${urls.staff}/synpunkter/registrera`);
  await page.getByRole('heading', { level: 1, name: 'Registrera synpunkt' }).waitFor();
  await page.getByLabel('Hur kom den in').selectOption({ label: 'Vykort' });
  await page.getByLabel('Typ').selectOption({ label: 'Klagomål' });
  await page.getByLabel('Vad gäller det').selectOption({ label: 'Insats som uteblev eller blev försenad' });
  await page.getByLabel('Riktad mot').selectOption({ label: 'Hemtjänstutförare' });
  await page.getByLabel('Vad avsändaren skrev eller sa').fill(text);
  await page.locator('#register-contact-name').fill('Greta Vykortsson');
  await page.locator('#register-contact-address').fill('Storgatan 1\n123 45 Stockholm');
  await page.getByRole('radio', { name: 'Brev' }).check();
  await page.getByRole('button', { name: 'Registrera', exact: true }).click();
  const done = page.getByText(/Synpunkten är registrerad med referensnummer SYN-\d{4}-\d{6}/);
  await done.waitFor();
  return /SYN-\d{4}-\d{6}/.exec((await done.textContent()) ?? '')![0];
}

/** A handling step's <summary> (its form's button may have the same words). */
const summaryOf = (page: Page, text: string) => page.locator('summary').filter({ hasText: new RegExp(`^${text}$`) });

async function step(page: Page, summary: string, fill: () => Promise<void>, submit: string, saved: string): Promise<void> {
  await summaryOf(page, summary).click();
  await fill();
  await page.getByRole('button', { name: submit, exact: true }).click();
  await page.getByText(saved, { exact: true }).waitFor();
}

describe('handling feedback', () => {
  it('lets Lena register a postcard, classify, assign, note, act and close it', async () => {
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'kvalitet1');

    // Registering: first what is missing, then a postcard.
    await page.goto(`${urls.staff}/synpunkter/registrera`);
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByRole('heading', { name: 'Det finns fel som du behöver rätta' }).waitFor();
    await expectAccessible(page);
    await at320(page);
    references.other = await registerPostcard(page, `Vykort ${marker}: ingen kom på fredagen.`);
    references.handled = await registerPostcard(page, `Vykort ${marker}: hemtjänsten kom två timmar sent. Mitt personnummer är 19420315-2386.`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Öppna synpunkten' }).click();

    // The item: the text masked until revealed.
    await page.getByRole('heading', { level: 1, name: `Synpunkt ${references.handled}` }).waitFor();
    await page.getByText('Texten innehåller personnummer eller andra känsliga uppgifter. De är dolda.').waitFor();
    expect(await page.getByText('19420315-2386').count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Visa dolda uppgifter' }).click();
    await page.getByText(/19420315-2386/).waitFor();
    await page.getByRole('button', { name: 'Dölj uppgifterna igen' }).click();

    await step(
      page,
      'Klassificera',
      async () => {
        await page.getByLabel('Källa').selectOption({ label: 'Brukare eller patient' });
        await page.getByLabel('Avsändarens kön').selectOption({ label: 'Kvinna' });
      },
      'Spara klassificering',
      'Klassificeringen är sparad.',
    );
    await expectAccessible(page);
    await step(
      page,
      'Tilldela',
      async () => {
        await page.getByLabel('Handläggare', { exact: true }).selectOption({ label: 'Hanna Lind, Biståndshandläggare' });
      },
      'Tilldela',
      'Synpunkten är tilldelad.',
    );
    await step(page, 'Skriv utredningsanteckning', () => page.getByLabel('Anteckning', { exact: true }).fill('Ringde utföraren, som bekräftar förseningen.'), 'Spara anteckning', 'Anteckningen är sparad.');
    await step(page, 'Registrera åtgärd', () => page.getByLabel('Åtgärd', { exact: true }).fill('Utföraren har ändrat sin körlista.'), 'Spara åtgärd', 'Åtgärden är sparad.');
    await screenshot(page, 'feedback-item-1280');
    await page.setViewportSize({ width: 320, height: 700 });
    await screenshot(page, 'feedback-item-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await at320(page);
    await step(page, 'Avsluta', () => page.getByLabel('Avslutande anteckning').fill('Förseningen är utredd och åtgärdad.'), 'Avsluta synpunkten', 'Synpunkten är avslutad.');

    const history = page.getByRole('region', { name: 'Historik' });
    for (const kind of ['Registrerad', 'Klassificerad', 'Tilldelad', 'Utredningsanteckning', 'Åtgärd', 'Avslutad']) await history.getByText(kind, { exact: true }).first().waitFor();
    await history.getByText('Till Hanna Lind').waitFor();
    await summaryOf(page, 'Öppna igen').waitFor();
    await expectAccessible(page);

    // The list, filtered to these postcards' day and channel.
    await page.goto(`${urls.staff}/synpunkter?kanal=POSTCARD&ref=${references.handled}`);
    await page.getByRole('link', { name: references.handled }).waitFor();
    await page.goto(`${urls.staff}/synpunkter`);
    await page.getByRole('link', { name: references.other }).waitFor();
    references.otherPath = (await page.getByRole('link', { name: references.other }).getAttribute('href')) ?? undefined;
    await expectAccessible(page);
    await screenshot(page, 'feedback-list-1280');
    await page.setViewportSize({ width: 320, height: 700 });
    await screenshot(page, 'feedback-list-320');
    await page.setViewportSize({ width: 1280, height: 900 });
    await at320(page);
    await context.close();
  });

  it('shows Hanna, a caseworker, only the feedback assigned to her', async () => {
    expect(references.handled && references.other).toBeTruthy();
    const { context, page } = await newPage(browser);
    await signInAsStaff(page, urls.staff, 'handlaggare1');
    await page.getByRole('link', { name: 'Synpunkter' }).first().click();
    await page.getByText('Du ser de synpunkter som du är handläggare för.').waitFor();
    await page.getByRole('link', { name: references.handled! }).waitFor();
    expect(await page.getByRole('link', { name: references.other! }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Registrera synpunkt/ }).count()).toBe(0);
    await expectAccessible(page);
    await at320(page);

    await page.getByRole('link', { name: references.handled! }).click();
    await page.getByRole('heading', { level: 1, name: `Synpunkt ${references.handled}` }).waitFor();
    // The handler may reveal the text.
    await page.getByRole('button', { name: 'Visa dolda uppgifter' }).waitFor();
    await expectAccessible(page);

    // What is not assigned to her is not there, even by its address; nor may she register.
    await page.goto(`${urls.staff}${references.otherPath}`);
    await page.getByRole('heading', { level: 1, name: 'Synpunkten finns inte' }).waitFor();
    await expectAccessible(page);
    await page.goto(`${urls.staff}/synpunkter/registrera`);
    await page.getByText('Bara kvalitetsrådet och chefer registrerar synpunkter.').waitFor();
    expect(await page.getByRole('button', { name: 'Registrera', exact: true }).count()).toBe(0);
    await context.close();
  });
});
