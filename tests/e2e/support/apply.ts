import type { Page } from 'playwright-core';
import { expectAccessible } from './browser.ts';
import { choose, continueTo } from './journey.ts';

/** An application a representative (signed in on the page) makes for the person named. */
export interface RepresentativeApplication {
  person: string;
  /** Each service as its label, with the needs written for it. */
  services: ReadonlyArray<{ label: string; needs: string }>;
  email: string;
  phone: string;
}

/**
 * Applies, as a representative, for the person named, one question at a time (axe on every page),
 * asking to be contacted by e-mail themself, and stops on "Kontrollera dina svar". One place for
 * the questions, for every spec that needs an application to work on.
 */
export async function applyAsRepresentativeToCheckPage(page: Page, portalUrl: string, application: RepresentativeApplication): Promise<void> {
  const { person } = application;
  await page.goto(`${portalUrl}/ansokan`);
  await page.getByRole('heading', { level: 1, name: 'Ansök om hjälp' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Börja ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vem ska ansökan gälla?' }).waitFor();
  await expectAccessible(page);
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
  await page.getByLabel(/^Mig, /).check();
  await page.getByLabel('E-postadress').fill(application.email);
  await page.getByLabel('Telefonnummer').fill(application.phone);
  await continueTo(page, /När passar det bäst/);
  await continueTo(page, new RegExp(`Vilket språk vill ${person} använda`));
  await continueTo(page, `Behöver ${person} tolk när vi pratar med varandra?`);
  await choose(page, 'Nej');
  await continueTo(page, /Får handläggaren prata med hälso- och sjukvården/);
  await choose(page, 'Ja');
  await continueTo(page, 'Kontrollera dina svar');
}

/** As applyAsRepresentativeToCheckPage, then sends the application; returns its reference number. */
export async function applyAsRepresentative(page: Page, portalUrl: string, application: RepresentativeApplication): Promise<string> {
  await applyAsRepresentativeToCheckPage(page, portalUrl, application);
  await page.getByRole('button', { name: 'Skicka ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ansökan är skickad' }).waitFor();
  return /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
}

/** An application the signed-in person makes for themself. */
export interface OwnApplication {
  services: ReadonlyArray<{ label: string; needs: string }>;
  livesAlone: 'Ja' | 'Nej';
  email: string;
  phone?: string;
  /** The answer to "Får handläggaren prata med hälso- och sjukvården …". */
  healthCareContact: 'Ja' | 'Nej';
}

/** Applies for oneself, one question at a time (axe on every page by continueTo), asking to be contacted by e-mail; returns the reference number. */
export async function applyForOneself(page: Page, portalUrl: string, application: OwnApplication): Promise<string> {
  await page.goto(`${portalUrl}/ansokan`);
  await page.getByRole('button', { name: 'Börja ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: /Vilken hjälp vill du ansöka om/ }).waitFor();
  for (const service of application.services) await page.getByLabel(service.label, { exact: true }).check();
  for (const service of application.services) {
    await continueTo(page, service.label);
    await page.getByLabel(/Berätta med egna ord/).fill(service.needs);
  }
  await continueTo(page, 'Bor du ensam?');
  await choose(page, application.livesAlone);
  await continueTo(page, /Får du hjälp av anhöriga/);
  await continueTo(page, 'Har du legat på sjukhus nyligen?');
  await choose(page, 'Nej');
  await continueTo(page, 'Hur vill du att vi kontaktar dig?');
  await choose(page, 'E-post');
  await continueTo(page, 'Kontaktuppgifter');
  await page.getByLabel('E-postadress').fill(application.email);
  if (application.phone) await page.getByLabel('Telefonnummer').fill(application.phone);
  await continueTo(page, /När passar det bäst/);
  await continueTo(page, /Vilket språk vill du använda/);
  await continueTo(page, 'Behöver du tolk när vi pratar med dig?');
  await choose(page, 'Nej');
  await continueTo(page, /Får handläggaren prata med hälso- och sjukvården/);
  await choose(page, application.healthCareContact);
  await continueTo(page, 'Kontrollera dina svar');
  await page.getByRole('button', { name: 'Skicka ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ansökan är skickad' }).waitFor();
  return /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
}
