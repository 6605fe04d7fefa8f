import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { apiTroubles, openPages } from './browser.ts';

const RESULTS = join(import.meta.dirname, '..', 'test-results');

/** After a failed test, a full-page screenshot of every page it left open and what its API requests met, for the person debugging. */
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await mkdir(RESULTS, { recursive: true });
  let index = 0;
  for (const page of openPages) {
    const name = `${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}-${index++}.png`;
    await page.screenshot({ path: join(RESULTS, name), fullPage: true }).catch(() => {});
    console.error(`Screenshot of ${page.url()}: tests/e2e/test-results/${name}`);
    const troubles = apiTroubles.get(page) ?? [];
    if (troubles.length > 0) console.error(`What the page's requests met:\n${troubles.slice(-20).join('\n')}`);
  }
});
