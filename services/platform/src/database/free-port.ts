import { createServer } from 'node:net';

/*
 * Ports are drawn below Linux's ephemeral range (32768–60999): a port the kernel hands out for
 * `listen(0)` can be taken by any outgoing connection (a database pool, a job queue) between
 * the moment it is chosen and the moment the server binds it, which made stack start-ups fail
 * now and then with EADDRINUSE.
 */
const FIRST = 20_000;
const LAST = 32_000;
const given = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port nobody listens on, never the same one twice in this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = FIRST + Math.floor(Math.random() * (LAST - FIRST));
    if (given.has(port)) continue;
    if (await isFree(port)) {
      given.add(port);
      return port;
    }
  }
  throw new Error(`no free port found between ${FIRST} and ${LAST}`);
}
