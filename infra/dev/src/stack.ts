import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { startDevIdp } from '@omsorg/dev-idp';
import { startEmbeddedPostgres } from '@omsorg/platform';
import { startNodeProcess, waitForHttp, type ManagedProcess } from './child-process.ts';
import { startMailCatcher } from './mail-catcher.ts';
import type { StackPorts } from './ports.ts';
import { startPortalServer } from './portal-server.ts';
import { migrateAndSeed } from './seed.ts';
import { SERVICES } from './services.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const REMOTES = ['applications', 'feedback', 'offerings', 'outreach'];

export type StackUrls = { citizen: string; staff: string; gateway: string; idp: string; mail: string };
export type RunningStack = {
  urls: StackUrls;
  ports: StackPorts;
  databaseUrl: string;
  /** Where the embedded PostgreSQL keeps its cluster; undefined with DATABASE_URL. */
  dataDir?: string;
  /** Process id of each service process (the subgraphs and the gateway), e.g. to read their memory. */
  pids: () => Record<string, number | undefined>;
  /** Stops one subgraph, e.g. to see the gateway degrade gracefully. */
  stopService: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * Everything Omsorg needs on one machine: PostgreSQL (embedded unless DATABASE_URL is set),
 * migrations and seed, the identity provider, a mail catcher, five subgraphs, the gateway and
 * both portals. Stops in reverse order.
 */
/** `quiet` keeps only warnings and errors in the services' logs (for tests). */
export async function startStack(options: { ports: StackPorts; dataDir: string; databaseUrl?: string; quiet?: boolean }): Promise<RunningStack> {
  const { ports, quiet = false } = options;
  const stoppers: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => {});
  };
  try {
    let databaseUrl = options.databaseUrl;
    let dataDir: string | undefined;
    if (!databaseUrl) {
      const db = await startEmbeddedPostgres({ dataDir: options.dataDir, port: ports.postgres });
      stoppers.push(db.stop);
      databaseUrl = db.url;
      dataDir = db.clusterDir;
    }
    await migrateAndSeed(databaseUrl);

    const urls: StackUrls = {
      citizen: `http://localhost:${ports.citizen}`,
      staff: `http://localhost:${ports.staff}`,
      gateway: `http://localhost:${ports.gateway}/graphql`,
      idp: `http://localhost:${ports.idp}`,
      mail: `http://localhost:${ports.mailWeb}`,
    };
    const idp = await startDevIdp({
      port: ports.idp,
      issuer: urls.idp,
      clients: [
        { clientId: 'omsorg-citizen', clientSecret: 'dev-citizen-secret', redirectUris: [`${urls.citizen}/auth/callback`], postLogoutRedirectUris: [`${urls.citizen}/`], audience: 'citizen' },
        { clientId: 'omsorg-staff', clientSecret: 'dev-staff-secret', redirectUris: [`${urls.staff}/auth/callback`], postLogoutRedirectUris: [`${urls.staff}/`], audience: 'staff' },
      ],
    });
    stoppers.push(idp.close);
    const mail = await startMailCatcher({ smtpPort: ports.smtp, webPort: ports.mailWeb });
    stoppers.push(mail.close);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      INTERNAL_JWT_SECRET: process.env.INTERNAL_JWT_SECRET ?? randomBytes(32).toString('hex'),
      SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
      DEV_IDP_URL: urls.idp,
      CITIZEN_PORTAL_URL: urls.citizen,
      STAFF_PORTAL_URL: urls.staff,
      GATEWAY_PORT: String(ports.gateway),
      ...(quiet ? { LOG_LEVEL: 'warn' } : {}),
      ...Object.fromEntries(SERVICES.map((service) => [`${service.name.toUpperCase()}_PORT`, String(ports[service.name as keyof StackPorts])])),
    };
    const processes = new Map<string, ManagedProcess>();
    for (const service of SERVICES) {
      const child = startNodeProcess(service.name, join(ROOT, 'services', service.name, 'src', 'server.ts'), env);
      processes.set(service.name, child);
      stoppers.push(child.stop);
    }
    await Promise.all(SERVICES.map((service) => waitForHttp(`http://127.0.0.1:${ports[service.name as keyof StackPorts]}/health/ready`)));
    const gateway = startNodeProcess('gateway', join(ROOT, 'services', 'gateway', 'src', 'server.ts'), env);
    stoppers.push(gateway.stop);
    processes.set('gateway', gateway);
    await waitForHttp(`http://127.0.0.1:${ports.gateway}/health/ready`);

    const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    const remotes = Object.fromEntries(REMOTES.map((name) => [name, join(ROOT, 'portals', name, 'dist')]));
    for (const shell of ['citizen', 'staff'] as const) {
      const portal = await startPortalServer({ port: ports[shell], shellDist: join(ROOT, 'portals', shell, 'dist'), remotes, gatewayUrl });
      stoppers.push(portal.close);
    }

    return {
      urls,
      ports,
      databaseUrl,
      dataDir,
      pids: () => Object.fromEntries([...processes].map(([name, child]) => [name, child.pid])),
      stopService: async (name) => processes.get(name)?.stop(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
