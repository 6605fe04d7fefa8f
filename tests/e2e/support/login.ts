import type { Page } from 'playwright-core';
import { expectAccessible } from './browser.ts';

/** Signs in through the real OpenID Connect flow, checking the provider's page with axe on the way. */
export async function signInAsCitizen(page: Page, portalUrl: string, personalIdentityNumber: string): Promise<void> {
  await page.goto(portalUrl);
  await page.getByRole('link', { name: 'Logga in' }).first().click();
  await page.getByLabel('Personnummer').waitFor();
  await expectAccessible(page);
  await page.getByLabel('Personnummer').fill(personalIdentityNumber);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${portalUrl}/**`);
}

export async function signInAsStaff(page: Page, portalUrl: string, username: string): Promise<void> {
  await page.goto(portalUrl);
  await page.getByRole('link', { name: 'Logga in' }).first().click();
  await page.getByLabel('Användarnamn').waitFor();
  await expectAccessible(page);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${portalUrl}/**`);
}
