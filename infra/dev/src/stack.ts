import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { startDevIdp } from '@omsorg/dev-idp';
import { freePort, startEmbeddedPostgres } from '@omsorg/platform';
import { startBalancer, type Balancer } from './balancer.ts';
import { startNodeProcess, waitForHttp, type ManagedProcess } from './child-process.ts';
import { startMailCatcher } from './mail-catcher.ts';
import type { StackPorts } from './ports.ts';
import { startPortalServer, type PortalServer } from './portal-server.ts';
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
  /**
   * Process id of each service process (the subgraphs and the gateway), e.g. to read their
   * memory; with replicas named `<service>#<n>` (`outreach#1`, `gateway#2`).
   */
  pids: () => Record<string, number | undefined>;
  /**
   * With replicas: each replica's own port by process name (`outreach#2` → 41234), and each
   * service's balancer (on the service's usual port) by service name. Empty with one of each.
   */
  replicaPorts: Record<string, number>;
  balancers: Record<string, Balancer>;
  /** The portals' servers by shell (`citizen`, `staff`); none with `portals: false`. */
  portals: Record<string, PortalServer>;
  /**
   * Stops one subgraph or the gateway (e.g. to see the gateway degrade gracefully); with
   * replicas, `outreach#1` stops that replica only and `outreach` all of them.
   */
  stopService: (name: string) => Promise<void>;
  /** Like stopService, but with SIGKILL: no graceful shutdown, requests in flight are cut (tests of a crash). */
  killService: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

export type StackOptions = {
  ports: StackPorts;
  dataDir: string;
  databaseUrl?: string;
  /** `quiet` keeps only warnings and errors in the services' logs (for tests). */
  quiet?: boolean;
  /**
   * How many processes of each subgraph and of the gateway (default 1). From 2 on, each replica
   * listens on a free port of its own and a round-robin balancer (balancer.ts) takes the
   * service's port, so the gateway, the portals and clients reach them as they reach one.
   */
  replicas?: number;
  /** Whether to serve the built portals (default true); tests of the API alone need no build. */
  portals?: boolean;
};

/**
 * Everything Omsorg needs on one machine: PostgreSQL (embedded unless DATABASE_URL is set),
 * migrations and seed, the identity provider, a mail catcher, five subgraphs, the gateway and
 * both portals; with `replicas`, that many of each subgraph and of the gateway, each service
 * behind a round-robin balancer. Stops in reverse order.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { ports, quiet = false, replicas = 1 } = options;
  if (!Number.isInteger(replicas) || replicas < 1) throw new Error('replicas must be a whole number from 1');
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
      // With two of each, ten subgraph processes (each its pool, 2 for pg-boss and 1 listening)
      // and two gateways (10 each) share PostgreSQL's 100 connections: 10 × (4 + 3) + 20 = 90.
      ...(replicas > 1 && !process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: String(Math.max(2, Math.floor(8 / replicas))) } : {}),
      ...Object.fromEntries(SERVICES.map((service) => [`${service.name.toUpperCase()}_PORT`, String(ports[service.name as keyof StackPorts])])),
    };
    const processes = new Map<string, ManagedProcess>();
    const replicaPorts: Record<string, number> = {};
    const balancers: Record<string, Balancer> = {};
    /** Starts the replicas of one service (each told its own port in `portVariable`), then its balancer. */
    const startReplicated = async (name: string, entry: string, port: number, portVariable: string) => {
      if (replicas === 1) {
        const child = startNodeProcess(name, entry, env);
        processes.set(name, child);
        stoppers.push(child.stop);
        return waitForHttp(`http://127.0.0.1:${port}/health/ready`, { process: child });
      }
      const own: Array<{ port: number; child: ManagedProcess }> = [];
      for (let n = 1; n <= replicas; n++) {
        const replicaPort = await freePort();
        const child = startNodeProcess(`${name}#${n}`, entry, { ...env, [portVariable]: String(replicaPort) });
        processes.set(child.name, child);
        replicaPorts[child.name] = replicaPort;
        stoppers.push(child.stop);
        own.push({ port: replicaPort, child });
      }
      await Promise.all(own.map(({ port: replicaPort, child }) => waitForHttp(`http://127.0.0.1:${replicaPort}/health/ready`, { process: child })));
      const balancer = await startBalancer({ port, replicas: own.map((replica) => replica.port) });
      balancers[name] = balancer;
      stoppers.push(balancer.close);
    };
    await Promise.all(
      SERVICES.map((service) =>
        startReplicated(service.name, join(ROOT, 'services', service.name, 'src', 'server.ts'), ports[service.name as keyof StackPorts], `${service.name.toUpperCase()}_PORT`),
      ),
    );
    await startReplicated('gateway', join(ROOT, 'services', 'gateway', 'src', 'server.ts'), ports.gateway, 'GATEWAY_PORT');

    const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
    const remotes = Object.fromEntries(REMOTES.map((name) => [name, join(ROOT, 'portals', name, 'dist')]));
    const portals: Record<string, PortalServer> = {};
    for (const shell of options.portals === false ? [] : (['citizen', 'staff'] as const)) {
      const portal = await startPortalServer({ port: ports[shell], shellDist: join(ROOT, 'portals', shell, 'dist'), remotes, gatewayUrl });
      portals[shell] = portal;
      stoppers.push(portal.close);
    }

    const processesNamed = (name: string) => [...processes].filter(([process]) => process === name || process.startsWith(`${name}#`)).map(([, child]) => child);
    return {
      urls,
      ports,
      databaseUrl,
      dataDir,
      pids: () => Object.fromEntries([...processes].map(([name, child]) => [name, child.pid])),
      replicaPorts,
      balancers,
      portals,
      stopService: async (name) => {
        await Promise.all(processesNamed(name).map((child) => child.stop()));
      },
      killService: async (name) => {
        await Promise.all(processesNamed(name).map((child) => child.kill()));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
