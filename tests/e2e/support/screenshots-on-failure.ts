import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openPages } from './browser.ts';

const RESULTS = join(import.meta.dirname, '..', 'test-results');

/** After a failed test, a full-page screenshot of every page it left open, for the person debugging. */
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await mkdir(RESULTS, { recursive: true });
  let index = 0;
  for (const page of openPages) {
    const name = `${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}-${index++}.png`;
    await page.screenshot({ path: join(RESULTS, name), fullPage: true }).catch(() => {});
    console.error(`Screenshot of ${page.url()}: tests/e2e/test-results/${name}`);
  }
});
