import type { Page } from 'playwright-core';
import { expectAccessible } from './browser.ts';
import { choose, continueTo } from './journey.ts';

/**
 * Erik (signed in on `page`) applies for Signe for the given services, answering every question
 * as the journey does, and stops on "Kontrollera dina svar"; axe checks each page on the way.
 * One place for the questions, for every spec that needs an application to work on.
 */
export async function applyForSigneToCheckPage(page: Page, citizenUrl: string, services: ReadonlyArray<{ name: string; needs: string }>): Promise<void> {
  await page.goto(`${citizenUrl}/ansokan`);
  await page.getByRole('heading', { level: 1, name: 'Ansök om hjälp' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Börja ansökan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vem ska ansökan gälla?' }).waitFor();
  await expectAccessible(page);
  await choose(page, 'Signe Andersson');
  await continueTo(page, 'Vilken hjälp vill du ansöka om för Signe Andersson?');
  for (const service of services) await page.getByLabel(service.name, { exact: true }).check();
  const needs = page.getByLabel('Berätta med egna ord vad Signe Andersson behöver hjälp med');
  for (const service of services) {
    await continueTo(page, service.name);
    await needs.fill(service.needs);
  }
  await continueTo(page, 'Bor Signe Andersson ensam?');
  await choose(page, 'Ja');
  await continueTo(page, /Får Signe Andersson hjälp av anhöriga/);
  await continueTo(page, 'Har Signe Andersson legat på sjukhus nyligen?');
  await choose(page, 'Nej');
  await continueTo(page, 'Hur vill du att vi kontaktar dig om ansökan?');
  await choose(page, 'E-post');
  await continueTo(page, 'Kontaktuppgifter');
  await page.getByLabel('E-postadress').fill('erik.andersson@example.se');
  await page.getByLabel('Telefonnummer').fill('070-123 45 67');
  await continueTo(page, /När passar det bäst/);
  await continueTo(page, /Vilket språk vill Signe Andersson använda/);
  await continueTo(page, 'Behöver Signe Andersson tolk när vi pratar med varandra?');
  await choose(page, 'Nej');
  await continueTo(page, /Får handläggaren prata med hälso- och sjukvården/);
  await choose(page, 'Ja');
  await continueTo(page, 'Kontrollera dina svar');
}
