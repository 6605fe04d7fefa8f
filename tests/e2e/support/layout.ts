import type { Page } from 'playwright-core';

/**
 * Layout checks for eyes and hands that fail (issue 8, item 11), run on every citizen page
 * beside axe (`expectAccessible`):
 * - no horizontal scroll at 320 CSS px (WCAG 1.4.10 Reflow) at every text size of the portal;
 * - at 320x568 at every text size and at 1280x800 zoomed to 200 % (640x400 CSS px), with the
 *   header's folds closed: the page's own content (what <main> shows first: its h1, or a
 *   "Tillbaka" link or caption above it) begins in the top 60 % of the first screen, so the
 *   header never fills it; and the h1's first line is on the first screen (or, where the page
 *   shows a notice or an error summary before its h1, that one's). With the compact header the
 *   content begins at 32 % at 320 px and the largest text when signed in (42 % in Finnish), 43 %
 *   for a visitor not signed in, whose "Logga in" takes a row, 53 % in Finnish, where
 *   "Kirjaudu sisään" and "Valikko" take one each; 32 % at 200 % zoom;
 * - every visible control at least 44x44 CSS px: WCAG 2.5.5 Target Size (AAA) and its
 *   "inline" exception (a link in a sentence or block of text is exempt); we apply 2.5.5's
 *   44 px, not 2.5.8's 24 px, with the same exception 2.5.8 also makes.
 * Every failure names the element: tag, text and size.
 */

// The browser's globals, as far as the code below runs in the page: the e2e tests compile
// without the DOM library, so that Node code never uses it by mistake.
type Rect = { left: number; right: number; top: number; bottom: number; width: number; height: number };
type InPageElement = {
  tagName: string;
  id: string;
  classList: { length: number } & Iterable<string>;
  parentElement: InPageElement | null;
  innerText: string;
  value?: string;
  labels?: Iterable<InPageElement> | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Rect;
  closest(selector: string): InPageElement | null;
  contains(other: InPageElement): boolean;
  querySelectorAll(selector: string): Iterable<InPageElement>;
  querySelector(selector: string): InPageElement | null;
  children: Iterable<InPageElement>;
};
declare const document: {
  documentElement: InPageElement & { clientWidth: number; scrollWidth: number; dataset: Record<string, string | undefined> };
  body: InPageElement;
  activeElement: (InPageElement & { name?: string }) | null;
  querySelector(selector: string): InPageElement | null;
  querySelectorAll(selector: string): Iterable<InPageElement>;
};
declare const window: { scrollX: number; scrollY: number; innerHeight: number; scrollTo(x: number, y: number): void };
declare const localStorage: { getItem(key: string): string | null };
declare function getComputedStyle(element: InPageElement): { visibility: string; opacity: string; overflowX: string; display: string; lineHeight: string };
declare function requestAnimationFrame(callback: () => void): number;

export const NARROW = { width: 320, height: 568 } as const;
/** A 1280x800 screen at 200 % browser zoom: the same CSS layout. */
export const ZOOMED = { width: 640, height: 400 } as const;
/** How far down the first screen the page's h1 (or the notice before it) may begin. */
export const HEADING_WITHIN = 0.6;
/** The portal's text-size setting: the value of `data-text-size` on <html> (none for normal). */
export const TEXT_SIZES = ['normal', 'large', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const MIN_TARGET = 44;

export type Measured = { overflow: string[]; smallTargets: string[]; heading: string | null };

/** Runs in the page: everything the checks need, as readable lines. */
function measureInPage({ minTarget, headingWithin }: { minTarget: number; headingWithin: number }): Measured {
  const describe = (element: InPageElement): string => {
    const rect = element.getBoundingClientRect();
    const text = (element.innerText || element.getAttribute('aria-label') || element.value || '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const name = element.tagName.toLowerCase() + (element.id ? `#${element.id}` : '') + (element.classList.length ? `.${[...element.classList].join('.')}` : '');
    return `<${name}> "${text}" ${Math.round(rect.width)}x${Math.round(rect.height)} at x=${Math.round(rect.left)}`;
  };
  const visible = (element: InPageElement): boolean => {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.opacity !== '0' && rect.bottom > -window.scrollY;
  };
  const clippedByAncestor = (element: InPageElement): boolean => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== 'visible') return true;
    }
    return false;
  };

  // Reflow: what sticks out of the viewport, deepest elements first (their ancestors only grow around them).
  const width = document.documentElement.clientWidth;
  const overflow: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    const outside = [...document.body.querySelectorAll('*')].filter((element) => {
      const rect = element.getBoundingClientRect();
      return (rect.right > width + 0.5 || rect.left < -0.5) && visible(element) && !clippedByAncestor(element);
    });
    const deepest = outside.filter((element) => !outside.some((other) => other !== element && element.contains(other)));
    overflow.push(`document is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`, ...deepest.slice(0, 5).map(describe));
  }

  // Targets: a control, or for a radio button or check box the label it is clicked through.
  const controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])');
  const smallTargets: string[] = [];
  for (const control of controls) {
    if (control.closest('[inert], [aria-hidden=true]')) continue;
    const targets = [control, ...(control.labels ?? [])].filter(visible);
    if (targets.length === 0) continue;
    if (targets.some((target) => { const rect = target.getBoundingClientRect(); return rect.width >= minTarget - 0.5 && rect.height >= minTarget - 0.5; })) continue;
    if (control.tagName === 'A' && inlineInText(control)) continue;
    smallTargets.push(describe(targets.at(-1)!));
  }

  // With the page at its top and the header's folds closed (an opened one pushes the page down):
  // - the page's own content (what main shows first: a "Tillbaka" link, a caption or the h1)
  //   begins high on the first screen, so the header leaves the screen to the page;
  // - its h1, or the notice or error summary the page shows before it (those are the page's first
  //   words then), has its first line on the first screen.
  const main = document.querySelector('main');
  const h1 = main?.querySelector('h1') ?? document.querySelector('h1');
  let heading: string | null = 'no h1 on the page';
  if (document.querySelector('header [aria-expanded=true]')) heading = null;
  else if (h1) {
    const h1Top = h1.getBoundingClientRect().top;
    const before = [...(main?.querySelectorAll('.ui-error-summary, .ui-notice, [role=alert]') ?? [])].find((element) => visible(element) && element.getBoundingClientRect().top < h1Top);
    const first = before ?? h1;
    const rect = first.getBoundingClientRect();
    const top = rect.top + window.scrollY;
    const firstLine = Math.min(rect.height, parseFloat(getComputedStyle(first).lineHeight) || rect.height);
    const content = [...(main?.children ?? [])].find(visible) ?? first;
    const contentTop = content.getBoundingClientRect().top + window.scrollY;
    const limit = headingWithin * window.innerHeight;
    if (contentTop > limit) heading = `${describe(content)}: the page begins ${Math.round(contentTop)} px down a ${window.innerHeight} px screen, more than ${Math.round(limit)} px (${headingWithin * 100} %)`;
    else if (top + firstLine > window.innerHeight) heading = `${describe(first)}${before ? ' (before the h1)' : ''}: its first line ends ${Math.round(top + firstLine)} px down a ${window.innerHeight} px screen`;
    else heading = null;
  }
  return { overflow, smallTargets, heading };

  /** WCAG 2.5.5's "inline" exception: a link laid out as text, in a block that has other text. */
  function inlineInText(link: InPageElement): boolean {
    if (getComputedStyle(link).display !== 'inline') return false;
    let block = link.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const own = link.innerText.replace(/\s+/g, '');
    return block.innerText.replace(/\s+/g, '').length > own.length;
  }
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function showTextSize(page: Page, size: TextSize): Promise<void> {
  await page.evaluate((next) => {
    if (next === 'normal') delete document.documentElement.dataset.textSize;
    else document.documentElement.dataset.textSize = next;
  }, size);
}

type Viewport = { width: number; height: number };

/**
 * Measures the page at each viewport and text size asked for, in that order (one resize per
 * viewport: the check runs on every citizen page), then puts the page back as it was.
 */
export async function measureLayouts(page: Page, plan: Array<{ viewport: Viewport; textSizes: readonly TextSize[] }>): Promise<Array<Measured & { viewport: Viewport; textSize: TextSize }>> {
  const own = page.viewportSize();
  const saved = await page.evaluate(() => ({ textSize: document.documentElement.dataset.textSize ?? null, x: window.scrollX, y: window.scrollY }));
  const results: Array<Measured & { viewport: Viewport; textSize: TextSize }> = [];
  let current = own;
  try {
    for (const { viewport, textSizes } of plan) {
      if (current?.width !== viewport.width || current.height !== viewport.height) await page.setViewportSize(viewport);
      current = viewport;
      for (const textSize of textSizes) {
        await showTextSize(page, textSize);
        await settle(page);
        results.push({ ...(await page.evaluate(measureInPage, { minTarget: MIN_TARGET, headingWithin: HEADING_WITHIN })), viewport, textSize });
      }
    }
  } finally {
    await page.evaluate(({ textSize, x, y }) => {
      if (textSize === null) delete document.documentElement.dataset.textSize;
      else document.documentElement.dataset.textSize = textSize;
      window.scrollTo(x, y);
    }, saved);
    if (own && (current?.width !== own.width || current.height !== own.height)) await page.setViewportSize(own);
  }
  return results;
}

/** Every problem of the checks above on this page, as lines that name the element; none means it passes. */
export async function layoutProblems(page: Page): Promise<string[]> {
  const own = page.viewportSize();
  const plan = [
    ...(own && own.width !== NARROW.width ? [{ viewport: own, textSizes: ['normal'] as const }] : []),
    { viewport: NARROW, textSizes: TEXT_SIZES },
    { viewport: ZOOMED, textSizes: ['normal'] as const },
  ];
  const problems: string[] = [];
  for (const { viewport, textSize, overflow, smallTargets, heading } of await measureLayouts(page, plan)) {
    const where = viewport === ZOOMED ? `200 % zoom (${ZOOMED.width}x${ZOOMED.height})` : `${viewport.width}x${viewport.height}`;
    problems.push(...overflow.map((line) => `horizontal scroll at ${where}, text size ${textSize}: ${line}`));
    if (heading && viewport !== own) problems.push(`page content not high on the first screen at ${where}, text size ${textSize}: ${heading}`);
    if (textSize === 'large') continue;
    problems.push(...smallTargets.map((line) => `smaller than ${MIN_TARGET}x${MIN_TARGET} at ${where}, text size ${textSize}: ${line}`));
  }
  return [...new Set(problems)];
}

/** Scrolls the page to its top, as a visitor first sees it. */
export async function scrollToTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** How many CSS px the page is wider than its viewport (0: no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether the page itself scrolls sideways (a table in its own scroll region does not count). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return (await horizontalOverflow(page)) > 0;
}

/** The text size the page is shown in, and the one remembered for the next visit. */
export async function textSizeOf(page: Page): Promise<{ shown: string; stored: string | null }> {
  return page.evaluate(() => ({ shown: document.documentElement.dataset.textSize ?? 'normal', stored: localStorage.getItem('omsorg.textSize') }));
}

/** The name attribute of the focused element (a radio group's name). */
export async function focusedName(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.name);
}
