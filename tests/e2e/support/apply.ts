import type { Page } from 'playwright-core';
import { expect } from 'vitest';
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

/** The words of the application's pages in one portal language, as a person applying for themself sees them. */
export interface ApplyWords {
  startHeading: string;
  start: string;
  continue: string;
  servicesHeading: string | RegExp;
  needs: string | RegExp;
  livesAlone: string;
  relatives: string | RegExp;
  hospital: string;
  contactMethod: string;
  email: string;
  letter: string;
  contactDetails: string;
  emailAddress: string;
  phone: string;
  bestTime: string | RegExp;
  language: string | RegExp;
  interpreter: string;
  healthCare: string | RegExp;
  check: string;
  send: string;
  sent: string;
  yes: string;
  no: string;
}

export const SWEDISH_APPLY: ApplyWords = {
  startHeading: 'Ansök om hjälp',
  start: 'Börja ansökan',
  continue: 'Fortsätt',
  servicesHeading: /Vilken hjälp vill du ansöka om/,
  needs: /Berätta med egna ord/,
  livesAlone: 'Bor du ensam?',
  relatives: /Får du hjälp av anhöriga/,
  hospital: 'Har du legat på sjukhus nyligen?',
  contactMethod: 'Hur vill du att vi kontaktar dig?',
  email: 'E-post',
  letter: 'Brev',
  contactDetails: 'Kontaktuppgifter',
  emailAddress: 'E-postadress',
  phone: 'Telefonnummer',
  bestTime: /När passar det bäst/,
  language: /Vilket språk vill du använda/,
  interpreter: 'Behöver du tolk när vi pratar med dig?',
  healthCare: /Får handläggaren prata med hälso- och sjukvården/,
  check: 'Kontrollera dina svar',
  send: 'Skicka ansökan',
  sent: 'Ansökan är skickad',
  yes: 'Ja',
  no: 'Nej',
};

export const FINNISH_APPLY: ApplyWords = {
  startHeading: 'Hae apua',
  start: 'Aloita hakemus',
  continue: 'Jatka',
  servicesHeading: 'Mitä apua haluat hakea?',
  needs: 'Kerro omin sanoin, missä tarvitset apua',
  livesAlone: 'Asutko yksin?',
  relatives: 'Saatko nyt apua omaisilta tai muilta?',
  hospital: 'Oletko ollut äskettäin sairaalassa?',
  contactMethod: 'Miten haluat, että otamme sinuun yhteyttä?',
  email: 'Sähköposti',
  letter: 'Kirje',
  contactDetails: 'Yhteystiedot',
  emailAddress: 'Sähköpostiosoite',
  phone: 'Puhelinnumero',
  bestTime: 'Milloin sinulle on paras soittaa?',
  language: 'Mitä kieltä haluat käyttää, kun puhumme kanssasi?',
  interpreter: 'Tarvitsetko tulkkia, kun puhumme kanssasi?',
  healthCare: 'Saako käsittelijä keskustella sinusta terveydenhuollon kanssa?',
  check: 'Tarkista vastauksesi',
  send: 'Lähetä hakemus',
  sent: 'Hakemus on lähetetty',
  yes: 'Kyllä',
  no: 'Ei',
};

/** An application the signed-in person makes for themself. */
export interface OwnApplication {
  /** Each service as its label in the portal's language, with the needs written for it. */
  services: ReadonlyArray<{ label: string; needs: string }>;
  livesAlone: boolean;
  /** Contact by e-mail at this address; without one, by letter. */
  email?: string;
  phone?: string;
  /** The answer to "Får handläggaren prata med hälso- och sjukvården …". */
  healthCareContact: boolean;
  /** The portal's language: Swedish unless said. */
  words?: ApplyWords;
  /** The language and interpreter answers identity preset: checked and kept, instead of answering "no interpreter". */
  preset?: { language: string; interpreterNeeded: boolean };
}

/**
 * Applies for oneself, one question at a time (axe on every page, from the start page to the
 * receipt), in the portal's language; returns the reference number. One place for the questions,
 * for every spec and language that needs an application.
 */
export async function applyForOneself(page: Page, portalUrl: string, application: OwnApplication): Promise<string> {
  const words = application.words ?? SWEDISH_APPLY;
  const yesNo = (answer: boolean) => (answer ? words.yes : words.no);
  const next = (heading: string | RegExp) => continueTo(page, heading, words.continue);
  await page.goto(`${portalUrl}/ansokan`);
  await page.getByRole('heading', { level: 1, name: words.startHeading }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: words.start }).click();
  await page.getByRole('heading', { level: 1, name: words.servicesHeading }).waitFor();
  await expectAccessible(page);
  for (const service of application.services) await page.getByLabel(service.label, { exact: true }).check();
  for (const service of application.services) {
    await next(service.label);
    await page.getByLabel(words.needs).fill(service.needs);
  }
  await next(words.livesAlone);
  await choose(page, yesNo(application.livesAlone));
  await next(words.relatives);
  await next(words.hospital);
  await choose(page, words.no);
  await next(words.contactMethod);
  await choose(page, application.email ? words.email : words.letter);
  await next(words.contactDetails);
  if (application.email) await page.getByLabel(words.emailAddress).fill(application.email);
  if (application.phone) await page.getByLabel(words.phone).fill(application.phone);
  // A letter needs no time to call.
  if (application.email) await next(words.bestTime);
  await next(words.language);
  if (application.preset) expect(await page.getByRole('combobox').inputValue()).toBe(application.preset.language);
  await next(words.interpreter);
  if (application.preset) expect(await page.getByLabel(yesNo(application.preset.interpreterNeeded), { exact: true }).isChecked()).toBe(true);
  else await choose(page, words.no);
  await next(words.healthCare);
  await choose(page, yesNo(application.healthCareContact));
  await next(words.check);
  await page.getByRole('button', { name: words.send }).click();
  await page.getByRole('heading', { level: 1, name: words.sent }).waitFor();
  await expectAccessible(page);
  return /ANS-\d{4}-\d{6}/.exec((await page.locator('main').textContent()) ?? '')?.[0] ?? '';
}
