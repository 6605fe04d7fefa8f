import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type StackUrls } from '@omsorg/dev';
import { freePort } from '@omsorg/platform';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    urls: StackUrls;
    /** The stack's database, for a spec's setup that no page can do (a campaign's cohort, a letter to post). */
    databaseUrl: string;
  }
}

/** The whole stack, as `pnpm start` runs it, on free ports and a throw-away database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'omsorg-e2e-'));
  const ports = {
    citizen: await freePort(),
    staff: await freePort(),
    gateway: await freePort(),
    idp: await freePort(),
    mailWeb: await freePort(),
    smtp: await freePort(),
    postgres: await freePort(),
    identity: await freePort(),
    applications: await freePort(),
    feedback: await freePort(),
    offerings: await freePort(),
    outreach: await freePort(),
  };
  // Every browser of the suite signs in from 127.0.0.1: the per-address sign-in limit would stop it.
  process.env.RATE_LIMIT_SIGN_IN ??= '1000/10m';
  // Registrations without BankID count per address too (default 10/1h): the journey takes ten, the registration spec more.
  process.env.RATE_LIMIT_OFFERINGS_REGISTRATION ??= '100/1h';
  // The gateway executes only the portals' documents (schema/operations/*.json), as in production.
  process.env.TRUSTED_DOCUMENTS ??= 'required';
  // Two of every subgraph and two gateways behind round-robin balancers, as `pnpm start --replicas 2`
  // runs them: every journey also proves that nothing depends on which replica answers. E2E_REPLICAS=1: one of each.
  const replicas = Number(process.env.E2E_REPLICAS ?? 2);
  const started = Date.now();
  const stack = await startStack({ ports, dataDir, databaseUrl: process.env.E2E_DATABASE_URL, quiet: true, replicas });
  console.log(`The stack (${replicas} of each service) started in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  project.provide('urls', stack.urls);
  project.provide('databaseUrl', stack.databaseUrl);
  return async () => {
    // What went wrong between the services, if anything (codes only): the first place to look when a page could not load.
    const failures = [
      ...Object.entries(stack.balancers).flatMap(([name, balancer]) => [...balancer.failures].map(([kind, count]) => `${name} balancer: ${kind} × ${count}`)),
      ...Object.entries(stack.portals).flatMap(([shell, portal]) => [...portal.gatewayFailures].map(([code, count]) => `${shell} portal to gateway: ${code} × ${count}`)),
    ];
    if (failures.length > 0) console.log(`Failures between the services during the suite: ${failures.join('; ')}`);
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
