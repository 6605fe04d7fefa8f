/**
 * The citizen start page on a fast and on a slow line: the whole stack as `pnpm start` runs it
 * (built portals behind the portal server), a citizen signed in through the development identity
 * provider, then the start page opened in Chromium with a fresh context (empty cache, the
 * session cookie only). From CDP Network events it records the requests and the transferred
 * (encodedDataLength, compressed) and decoded bytes of JavaScript until the page is interactive
 * (heading shown and no request in flight for 500 ms); LCP and CLS come from PerformanceObserver
 * in the page. Run once without throttling and once with Lighthouse's mobile settings emulated
 * (150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU slowed 4x, 412x823 viewport). Writes its section
 * of RESULTS.md. Targets (issue 7) under mobile settings: ≤ 100 KB compressed JavaScript before
 * first interaction, LCP ≤ 2.5 s, CLS < 0.1. Prints each script's size (largest first) and, with
 * BENCH_DEBUG=1, the LCP element and every layout shift with the elements it moved.
 *
 *   pnpm build:portals && pnpm --filter @omsorg/bench bench:start-page     (BENCH_LABEL names the run)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startStack, type StackPorts } from '@omsorg/dev';
import { freePort } from '@omsorg/platform';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { writeResultsSection } from './results.ts';

const CITIZEN = '19450808-3195';
const LABEL = process.env.BENCH_LABEL ?? 'current';
const QUIET_MS = 500;
const TIMEOUT_MS = 60_000;
const JS_BUDGET_KB = 100;
const LCP_BUDGET_MS = 2500;
const CLS_BUDGET = 0.1;

type Profile = { name: string; throttle: boolean };
type JsFile = { path: string; transferred: number; decoded: number };
type Run = { files: JsFile[]; profile: string; requests: number; jsRequests: number; jsTransferred: number; jsHeaders: number; jsDecoded: number; allTransferred: number; interactiveMs: number; lcpMs: number; cls: number; encodings: string };

/** Largest Contentful Paint and Cumulative Layout Shift (largest session window: gaps < 1 s, at most 5 s), as web-vitals computes them. */
const VITALS_SCRIPT = `(() => {
  const vitals = { lcp: 0, cls: 0 };
  window.__vitals = vitals;
  vitals.shifts = [];
  const describe = (node) => (node && node.nodeType === 1 ? node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.className ? '.' + String(node.className).split(' ').join('.') : '') : String(node && node.nodeName));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      vitals.lcp = e.renderTime || e.loadTime || e.startTime;
      vitals.lcpElement = describe(e.element) + ' "' + (e.element?.textContent ?? '').slice(0, 40) + '"';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  let session = 0, first = 0, last = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const moved = (e.sources || []).map((s) => describe(s.node) + ' y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ', height ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height));
      vitals.shifts.push({ at: Math.round(e.startTime), value: Number(e.value.toFixed(4)), moved });
      if (session && e.startTime - last < 1000 && e.startTime - first < 5000) { session += e.value; last = e.startTime; }
      else { session = e.value; first = last = e.startTime; }
      vitals.cls = Math.max(vitals.cls, session);
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

async function signedInState(browser: Browser, portal: string): Promise<BrowserContextOptions['storageState']> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(portal);
  await page.getByRole('link', { name: 'Logga in' }).first().click();
  await page.getByLabel('Personnummer').fill(CITIZEN);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${portal}/**`);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function measure(browser: Browser, portal: string, state: BrowserContextOptions['storageState'], profile: Profile): Promise<Run> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    storageState: state,
    viewport: profile.throttle ? { width: 412, height: 823 } : { width: 1280, height: 900 },
    deviceScaleFactor: profile.throttle ? 1.75 : 1,
    isMobile: profile.throttle,
    hasTouch: profile.throttle,
  });
  try {
    await context.addInitScript(VITALS_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.throttle) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }

    type Request = { url: string; type?: string; mime?: string; encoding?: string; transferred: number; headers: number; decoded: number; done: boolean };
    const requests = new Map<string, Request>();
    let interactiveAt = Number.POSITIVE_INFINITY;
    let lastActivity = Date.now();
    const touch = () => (lastActivity = Date.now());
    cdp.on('Network.requestWillBeSent', (event) => {
      touch();
      if (Date.now() > interactiveAt) return;
      requests.set(event.requestId, { url: event.request.url, type: event.type, transferred: 0, headers: 0, decoded: 0, done: false });
    });
    cdp.on('Network.responseReceived', (event) => {
      touch();
      const request = requests.get(event.requestId);
      if (!request) return;
      request.type = event.type;
      request.mime = event.response.mimeType;
      request.headers = event.response.encodedDataLength; // what has arrived by now: the response headers
      const headers = Object.fromEntries(Object.entries(event.response.headers).map(([key, value]) => [key.toLowerCase(), String(value)]));
      request.encoding = headers['content-encoding'] ?? 'identity';
    });
    cdp.on('Network.dataReceived', (event) => {
      touch();
      const request = requests.get(event.requestId);
      if (request) request.decoded += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => {
      touch();
      const request = requests.get(event.requestId);
      if (request) Object.assign(request, { transferred: event.encodedDataLength, done: true });
    });
    cdp.on('Network.loadingFailed', (event) => {
      touch();
      const request = requests.get(event.requestId);
      if (request) request.done = true;
    });

    const started = Date.now();
    await page.goto(`${portal}/`, { timeout: TIMEOUT_MS });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT_MS });
    // Interactive: the heading is there and nothing has been asked for or arrived for QUIET_MS.
    for (;;) {
      const inFlight = [...requests.values()].some((request) => !request.done);
      if (!inFlight && Date.now() - lastActivity >= QUIET_MS) break;
      if (Date.now() - started > TIMEOUT_MS) throw new Error('the start page never settled');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    interactiveAt = lastActivity;
    const vitals = (await page.evaluate('window.__vitals')) as { lcp: number; cls: number; lcpElement?: string; shifts: unknown[] };
    // BENCH_DEBUG=1: what the largest content was and which elements moved (console only).
    if (process.env.BENCH_DEBUG) console.log(profile.name, 'LCP', vitals.lcpElement, 'shifts', JSON.stringify(vitals.shifts, null, 1));
    const all = [...requests.values()];
    const js = all.filter((request) => request.type === 'Script' || /javascript/.test(request.mime ?? ''));
    const encodings = [...new Set(js.map((request) => request.encoding ?? '?'))].join(', ');
    return {
      files: js.map((request) => ({ path: new URL(request.url).pathname, transferred: request.transferred, decoded: request.decoded })),
      profile: profile.name,
      requests: all.length,
      jsRequests: js.length,
      jsTransferred: js.reduce((sum, request) => sum + request.transferred, 0),
      jsHeaders: js.reduce((sum, request) => sum + request.headers, 0),
      jsDecoded: js.reduce((sum, request) => sum + request.decoded, 0),
      allTransferred: all.reduce((sum, request) => sum + request.transferred, 0),
      interactiveMs: interactiveAt - started,
      lcpMs: vitals.lcp,
      cls: vitals.cls,
      encodings,
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const ports = {} as StackPorts;
for (const name of ['citizen', 'staff', 'gateway', 'idp', 'mailWeb', 'smtp', 'postgres', 'identity', 'applications', 'feedback', 'offerings', 'outreach'] as const) ports[name] = await freePort();
const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-start-page-bench-'));
const stack = await startStack({ ports, dataDir, quiet: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const state = await signedInState(browser, stack.urls.citizen);
  // One untimed load first: the portal server compresses each file once, on first request or in
  // the background after start; the measured runs should see the steady state.
  await measure(browser, stack.urls.citizen, state, { name: 'warm-up', throttle: false });
  const loadBefore = loadavg()[0]!;
  const runs: Run[] = [];
  for (const profile of [{ name: 'no throttling (desktop)', throttle: false }, { name: 'Lighthouse mobile', throttle: true }]) {
    const run = await measure(browser, stack.urls.citizen, state, profile);
    runs.push(run);
    const { files, ...figures } = run;
    console.log(figures);
    // Where the JavaScript goes, largest first (console only; RESULTS.md keeps the totals).
    for (const file of files.toSorted((a, b) => b.transferred - a.transferred)) console.log(`${kb(file.transferred).padStart(9)} ${kb(file.decoded).padStart(9)}  ${file.path}`);
  }
  const loadAfter = loadavg()[0]!;
  const mobile = runs.at(-1)!;
  const verdict = (met: boolean) => (met ? 'met' : '**NOT met**');
  const cpu = cpus();
  const heading = `## Citizen start page, ${LABEL}`;
  const section = [
    heading,
    '',
    `Recorded ${new Date().toISOString()} by \`BENCH_LABEL="${LABEL}" pnpm --filter @omsorg/bench bench:start-page\` (tests/bench/start-page.bench.ts).`,
    '',
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores visible, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; Chromium ${browser.version()}. Shared with other work: load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.`,
    `- Page: the citizen portal's start page (\`/\`), signed in as ${CITIZEN}, fresh browser context (empty cache; one untimed load before, so the server has compressed its files), served by the portal server from \`pnpm build:portals\`. Counted until interactive: heading shown and no request in flight for ${QUIET_MS} ms. Transferred = CDP encodedDataLength (compressed body + headers); decoded = body after decompression.`,
    '',
    '| profile | requests | JS requests | JS transferred | of which headers | JS decoded | all transferred | JS encoding | interactive | LCP | CLS |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map((run) => `| ${run.profile} | ${run.requests} | ${run.jsRequests} | ${kb(run.jsTransferred)} | ${kb(run.jsHeaders)} | ${kb(run.jsDecoded)} | ${kb(run.allTransferred)} | ${run.encodings} | ${(run.interactiveMs / 1000).toFixed(2)} s | ${(run.lcpMs / 1000).toFixed(2)} s | ${run.cls.toFixed(3)} |`),
    '',
    `Targets under Lighthouse mobile settings: compressed JavaScript before first interaction ≤ ${JS_BUDGET_KB} KB: ${verdict(mobile.jsTransferred <= JS_BUDGET_KB * 1024)}; LCP ≤ ${LCP_BUDGET_MS / 1000} s: ${verdict(mobile.lcpMs <= LCP_BUDGET_MS)}; CLS < ${CLS_BUDGET}: ${verdict(mobile.cls < CLS_BUDGET)}.`,
    '',
  ].join('\n');
  await writeResultsSection(section);
  console.log(section);
} finally {
  await browser.close();
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
