import type { Page } from 'playwright-core';
import { expectAccessible } from './browser.ts';

/** Clicks "Fortsätt" (or the button named, in another language) and waits for the next question's heading, checking each page with axe. */
export async function continueTo(page: Page, nextHeading: string | RegExp, button = 'Fortsätt'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: nextHeading }).waitFor();
  await expectAccessible(page);
}

/** Answers a yes/no question page by the visible option label. */
export async function choose(page: Page, option: string): Promise<void> {
  await page.getByLabel(option, { exact: true }).check();
}
