/**
 * pnpm start: everything on this machine, at the URLs it prints. Ctrl-C, SIGTERM, SIGHUP or
 * the death of whatever started it stops it all in order (portals, gateway, subgraphs, then
 * PostgreSQL); data stays in .data/ for the next start. See supervisor.ts.
 *
 * `pnpm start --replicas 2` (or OMSORG_REPLICAS=2) runs two processes of every subgraph and of
 * the gateway, each service behind a round-robin balancer on its usual port.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { portsFromEnv } from './ports.ts';
import { writeFixture } from './population-extract/write.ts';
import { startStack } from './stack.ts';
import { stopOnSignalOrOrphan, superviseStack } from './supervisor.ts';

const root = resolve(import.meta.dirname, '../../..');

if (process.env.OMSORG_STACK_PROCESS !== '1') {
  if (!existsSync(resolve(root, 'portals/citizen/dist/index.html'))) {
    console.error('The portals are not built. Run: pnpm build:portals');
    process.exit(1);
  }
  // The population extract the README's walkthrough imports (generated, not kept in git).
  writeFixture();
  const { values } = parseArgs({ options: { replicas: { type: 'string' } } });
  superviseStack(import.meta.filename, { ...process.env, OMSORG_STACK_PROCESS: '1', ...(values.replicas ? { OMSORG_REPLICAS: values.replicas } : {}) });
} else {
  const starting = startStack({
    ports: portsFromEnv(),
    dataDir: resolve(root, process.env.OMSORG_DATA_DIR ?? '.data'),
    databaseUrl: process.env.DATABASE_URL,
    replicas: Number(process.env.OMSORG_REPLICAS ?? 1),
  });
  stopOnSignalOrOrphan(
    async () => {
      const stack = await starting.catch(() => undefined); // a failed start has stopped what it started
      await stack?.stop();
      console.log(stack?.dataDir ? `Stopped. Your data is kept in ${stack.dataDir} for the next start.` : 'Stopped.');
    },
    () => console.log('\nStopping Omsorg…'),
  );
  const stack = await starting;
  /** With replicas: where each one listens, behind its service's balancer. */
  const replicaLines = ({ replicaPorts, ports }: typeof stack) => {
    const names = Object.keys(replicaPorts);
    if (names.length === 0) return '';
    const services = [...new Set(names.map((name) => name.split('#')[0]!))];
    const rows = services.map((service) => `  ${service.padEnd(24)}${ports[service as keyof typeof ports]} → ${names.filter((name) => name.startsWith(`${service}#`)).map((name) => replicaPorts[name]).join(', ')}`);
    return `\nReplicas, each service's balancer port → its replicas' ports:\n${rows.join('\n')}\n`;
  };

  console.log(`
Omsorg is running.

  Citizen portal          ${stack.urls.citizen}
  Staff workspace         ${stack.urls.staff}
  GraphQL gateway         ${stack.urls.gateway}
  Identity provider (dev) ${stack.urls.idp}
  Mail catcher            ${stack.urls.mail}
${stack.dataDir ? `\nPostgreSQL keeps its data in ${stack.dataDir}.\n` : ''}${replicaLines(stack)}
Sign in as a citizen with e.g. 19420315-2386 (Signe Andersson) or 19700612-4577 (Erik Andersson),
or as staff with handlaggare1, chef1, uppsok1 or kvalitet1. Press Ctrl-C to stop.
`);
}
