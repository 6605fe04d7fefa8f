/**
 * Size budget of the citizen start page (issue 7): the JavaScript a fresh visit downloads until
 * the page is complete and the network quiet, each file counted at the size the portal server
 * sends it (brotli, quality 11, the file from the built dist) without response headers. Sizes,
 * not timings: the same build gives the same figure on any machine. The timings (LCP, CLS) are
 * measured by tests/bench/start-page.bench.ts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.ts';
import { signInAsCitizen } from '../support/login.ts';

/**
 * Compressed JavaScript of the start page, in KB: issue 7's target. Vue, vue-router and vue-i18n
 * are some 57 KB of it, the shell with @omsorg/ui 13 KB, the three remotes' parts and their
 * Swedish messages the rest (94 KB when this was written). Never raise it without a reason in
 * tests/bench/RESULTS.md.
 */
const BUDGET_KB = 100;
const PORTALS = fileURLToPath(new URL('../../../portals/', import.meta.url));

const urls = inject('urls');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The built file behind a URL the portal server answers: a remote's dist under /remotes/<name>/, else the shell's. */
function distFile(pathname: string): string {
  const remote = /^\/remotes\/([a-z][a-z0-9-]*)\/(.+)$/.exec(pathname);
  return remote ? `${PORTALS}${remote[1]}/dist/${remote[2]}` : `${PORTALS}citizen/dist${pathname}`;
}

type Script = { path: string; compressed: number; hash: string };

async function measure(path: string): Promise<Script> {
  const raw = await readFile(distFile(path));
  const compressed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
  return { path, compressed: Math.min(compressed, raw.length), hash: createHash('sha256').update(raw).digest('hex') };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const table = (scripts: Script[]) => scripts.toSorted((a, b) => b.compressed - a.compressed).map((s) => `${kb(s.compressed).padStart(6)} KB  ${s.path}`).join('\n');

describe('citizen start page size budget', () => {
  it(`downloads at most ${BUDGET_KB} KB of compressed JavaScript, each file once`, async () => {
    const { context, page } = await newPage(browser, { width: 412 });
    await signInAsCitizen(page, urls.citizen, '19450808-3195');
    const fresh = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'sv-SE', storageState: await context.storageState() });
    await context.close();
    const start = await fresh.newPage();
    const paths = new Set<string>();
    start.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(urls.citizen).origin && url.pathname.endsWith('.js')) paths.add(url.pathname);
    });
    await start.goto(`${urls.citizen}/`, { waitUntil: 'networkidle' });
    // Complete: no part of the page is still loading (the remotes' parts and what they fetch).
    await start.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => start.locator('main .ui-loading').count(), { timeout: 30_000 }).toBe(0);
    await start.waitForLoadState('networkidle');
    // Every remote's part is there: a remote that failed would leave its scripts out of the count.
    const parts = await start.getByRole('heading', { level: 2 }).allTextContents();
    expect(parts).toEqual(expect.arrayContaining(['Synpunkter och klagomål', 'Hjälp från äldreomsorgen', 'Aktiviteter och träffpunkter']));
    await fresh.close();

    const scripts = await Promise.all([...paths].map(measure));
    const total = scripts.reduce((sum, s) => sum + s.compressed, 0);
    const report = `${scripts.length} scripts, ${kb(total)} KB compressed (budget ${BUDGET_KB} KB):\n${table(scripts)}`;
    console.log(report);

    // Vue and the other shared libraries once: no file of any size twice under two names.
    const byHash = Map.groupBy(scripts.filter((s) => s.compressed >= 1024), (s) => s.hash);
    const twice = [...byHash.values()].filter((same) => same.length > 1).map((same) => same.map((s) => s.path).join(' = '));
    expect(twice, 'the same script downloaded more than once').toEqual([]);
    expect(total / 1024, `over budget by ${kb(total - BUDGET_KB * 1024)} KB; ${report}`).toBeLessThanOrEqual(BUDGET_KB);
  });
});
