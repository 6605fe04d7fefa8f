import { chromium } from 'playwright-core';
const [,, base, user, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [1280, 320]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('link', { name: 'Logga in' }).first().click();
  if (/^\d+$/.test(user)) { await page.getByLabel('Personnummer').fill(user); } else { await page.getByLabel('Användarnamn').fill(user); }
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${base}/**`);
  for (const path of paths) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/shots/${user}${path.replace(/\//g, '_')}-${width}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
