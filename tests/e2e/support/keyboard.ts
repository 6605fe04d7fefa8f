import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/*
 * Moving through a page with the keyboard alone, as a person without a mouse does. A predicate is
 * the source of a function over the focused element, run in the page (the e2e tests compile
 * without the DOM library).
 */

/** Presses Tab until the focused element matches `source`, at most `limit` times. */
export async function tabTo(page: Page, source: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${source})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${source}`);
}

/** A button or link whose text is `text`. */
export const byText = (text: string) => `(el) => el && (el.tagName === 'BUTTON' || el.tagName === 'A') && el.textContent.trim() === ${JSON.stringify(text)}`;
/** A radio button of the group named `name`. */
export const radioOf = (name: string) => `(el) => el && el.tagName === 'INPUT' && el.type === 'radio' && el.name === ${JSON.stringify(name)}`;
/** The element with this id. */
export const byId = (id: string) => `(el) => el && el.id === ${JSON.stringify(id)}`;

/** The checked radio of the group named `name`: its label's text and its value ('' for none). */
export async function checkedRadio(page: Page, name: string): Promise<{ label: string; value: string }> {
  return page.evaluate<{ label: string; value: string }>(
    `(() => { const radio = document.querySelector('input[name=${JSON.stringify(name)}]:checked'); return { label: radio?.labels?.[0]?.textContent?.trim() ?? '', value: radio?.value ?? '' }; })()`,
  );
}

/** Waits (30 s at most) until the focused element reads `text`: a page moves focus a frame after it is drawn. */
export function focusReaches(page: Page, text: string): Promise<void> {
  return expect.poll(() => page.evaluate<string>(`document.activeElement?.textContent?.trim() ?? ''`), { timeout: 30_000 }).toBe(text);
}
