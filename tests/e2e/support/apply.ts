import type { Page } from 'playwright-core';
import { choose, continueTo } from './journey.ts';

/**
 * Applies, as a representative, for the person named, one question at a time (axe on every page
 * by continueTo), asking to be contacted by e-mail; returns the reference number. Each service is
 * given as its label and the needs written for it.
 */
export async function applyAsRepresentative(
  page: Page,
  portalUrl: string,
  application: { person: string; services: ReadonlyArray<{ label: string; needs: string }>; email: string; phone: string },
): Promise<string> {
  const { person } = application;
  await page.goto(`${portalUrl}/ansokan`);
  await page.getByRole('button', { name: 'Börja ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vem ska ansökan gälla?' }).waitFor();
  await choose(page, person);
  await continueTo(page, `Vilken hjälp vill du ansöka om för ${person}?`);
  for (const service of application.services) await page.getByLabel(service.label, { exact: true }).check();
  for (const service of application.services) {
    await continueTo(page, service.label);
    await page.getByLabel(`Berätta med egna ord vad ${person} behöver hjälp med`).fill(service.needs);
  }
  await continueTo(page, `Bor ${person} ensam?`);
  await choose(page, 'Ja');
  await continueTo(page, new RegExp(`Får ${person} hjälp av anhöriga`));
  await continueTo(page, `Har ${person} legat på sjukhus nyligen?`);
  await choose(page, 'Nej');
  await continueTo(page, 'Hur vill du att vi kontaktar dig om ansökan?');
  await choose(page, 'E-post');
  await continueTo(page, 'Kontaktuppgifter');
  await page.getByLabel('E-postadress').fill(application.email);
  await page.getByLabel('Telefonnummer').fill(application.phone);
  await continueTo(page, /När passar det bäst/);
  await continueTo(page, new RegExp(`Vilket språk vill ${person} använda`));
  await continueTo(page, `Behöver ${person} tolk när vi pratar med varandra?`);
  await choose(page, 'Nej');
  await continueTo(page, /Får handläggaren prata med hälso- och sjukvården/);
  await choose(page, 'Ja');
  await continueTo(page, 'Kontrollera dina svar');
  await page.getByRole('button', { name: 'Skicka ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ansökan är skickad' }).waitFor();
  return /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
}
