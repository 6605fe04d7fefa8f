/**
 * pnpm start: everything on this machine, at the URLs it prints. Ctrl-C stops it all in order
 * (portals, gateway, subgraphs, then PostgreSQL); data stays in .data/ for the next start.
 *
 * The stack runs in its own process group, so the terminal's Ctrl-C reaches only this
 * launcher, which then asks the stack to stop. Otherwise PostgreSQL would get the signal at
 * the same moment as the services still using it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { portsFromEnv } from './ports.ts';
import { startStack } from './stack.ts';

const root = resolve(import.meta.dirname, '../../..');

if (process.env.OMSORG_STACK_PROCESS !== '1') {
  if (!existsSync(resolve(root, 'portals/citizen/dist/index.html'))) {
    console.error('The portals are not built. Run: pnpm build:portals');
    process.exit(1);
  }
  const stack = spawn(process.execPath, [import.meta.filename], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, OMSORG_STACK_PROCESS: '1' },
  });
  const stop = () => {
    if (stack.exitCode === null) stack.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  stack.on('exit', (code) => process.exit(code ?? 0));
} else {
  const stack = await startStack({
    ports: portsFromEnv(),
    dataDir: resolve(root, process.env.OMSORG_DATA_DIR ?? '.data'),
    databaseUrl: process.env.DATABASE_URL,
  });

  console.log(`
Omsorg is running.

  Citizen portal          ${stack.urls.citizen}
  Staff workspace         ${stack.urls.staff}
  GraphQL gateway         ${stack.urls.gateway}
  Identity provider (dev) ${stack.urls.idp}
  Mail catcher            ${stack.urls.mail}

Sign in as a citizen with e.g. 19420315-2386 (Signe Andersson) or 19700612-4577 (Erik Andersson),
or as staff with handlaggare1, chef1, uppsok1 or kvalitet1. Press Ctrl-C to stop.
`);

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('\nStopping Omsorg…');
      stack.stop().then(() => {
        console.log('Stopped. Your data is kept in .data/ for the next start.');
        process.exit(0);
      });
    });
  }
}
