import { createServer, get, request, type Server } from 'node:http';
import { freePort, KEEP_ALIVE_TIMEOUT_MS } from '@omsorg/platform';
import { afterEach, describe, expect, it } from 'vitest';
import { startBalancer, type Balancer } from './balancer.ts';

type Replica = { port: number; bodies: string[]; server: Server };
const closers: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A replica that echoes who it is and records each body; `cut` drops the connection after reading the body. */
async function replica(name: string, cut = false): Promise<Replica> {
  const bodies: string[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    bodies.push(body);
    if (cut) return req.socket.destroy();
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.end(`${name} ${req.method} ${req.headers.host} ${body}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return { port: (server.address() as { port: number }).port, bodies, server };
}

async function balancer(replicas: number[]): Promise<Balancer> {
  const started = await startBalancer({ port: 0, replicas });
  closers.push(started.close);
  return started;
}

const post = (port: number, body: string) => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body });

describe('the round-robin balancer', () => {
  it('passes the 100-continue handshake through, so a replica that refuses a body too large before reading it is answered, not cut', async () => {
    // As the subgraphs do (subgraph-server.ts): an announced body over the limit gets 413 without a 100 Continue.
    const server = createServer((_req, res) => res.end('read'));
    server.on('checkContinue', (req, res) => {
      if (Number(req.headers['content-length']) > 1000) {
        res.writeHead(413, { connection: 'close' }).end('too large');
        res.on('finish', () => req.destroy());
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    const { port } = await balancer([(server.address() as { port: number }).port]);

    const send = (size: number) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/attachments', headers: { 'content-length': size, expect: '100-continue' } });
        req.on('continue', () => req.end(Buffer.alloc(size, 'x')));
        req.on('response', async (answer) => {
          let body = '';
          for await (const chunk of answer) body += chunk;
          resolve({ status: answer.statusCode ?? 0, body });
        });
        req.on('error', reject);
      });
    expect(await send(5_000_000)).toEqual({ status: 413, body: 'too large' });
    expect(await send(10)).toEqual({ status: 200, body: 'read' });
  });

  it('takes turns between the replicas, passing method, host, body and every Set-Cookie through', async () => {
    const [a, b] = [await replica('a'), await replica('b')];
    const { port, served } = await balancer([a.port, b.port]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await post(port, `n${i}`));
    // The Host the client sent (the balancer's), not the replica's: the gateway builds its redirects from it.
    const host = `127.0.0.1:${port}`;
    expect(await Promise.all(answers.map((answer) => answer.text()))).toEqual([`a POST ${host} n0`, `b POST ${host} n1`, `a POST ${host} n2`, `b POST ${host} n3`]);
    expect(answers[0]!.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect([...served.values()]).toEqual([2, 2]);
  });

  it('keeps an idle connection open as long as the replicas do, and says so, so a client always closes it first', async () => {
    const live = await replica('live');
    const { port } = await balancer([live.port]);
    const keepAlive = await new Promise<string | undefined>((resolve, reject) =>
      get({ host: '127.0.0.1', port, path: '/health/ready' }, (answer) => {
        answer.resume();
        resolve(String(answer.headers['keep-alive']));
      }).on('error', reject),
    );
    expect(keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  });

  it('sends a POST on to the next replica when one refuses the connection, its body intact', async () => {
    const [live, stopped] = [await replica('live'), await freePort()];
    const { port } = await balancer([stopped, live.port]);
    for (let i = 0; i < 3; i++) expect(await (await post(port, `body ${i}`)).text()).toBe(`live POST 127.0.0.1:${port} body ${i}`);
    expect(live.bodies).toEqual(['body 0', 'body 1', 'body 2']);
  });

  it('tries every replica once per request, however many requests are in flight', async () => {
    const [stopped, live] = [await freePort(), await replica('live')];
    const { port, failures } = await balancer([stopped, live.port]);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => post(port, `c${i}`)));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 40 }, () => 200));
    expect(live.bodies).toHaveLength(40);
    expect(failures.get('no replica 502')).toBeUndefined();
  });

  it('never sends a POST twice: a replica failing after it got the request means 502 for the client', async () => {
    const [failing, other] = [await replica('failing', true), await replica('other')];
    const { port } = await balancer([failing.port, other.port]);
    const answer = await post(port, 'once');
    expect(answer.status).toBe(502);
    expect(await answer.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_GATEWAY' } }] });
    expect([failing.bodies, other.bodies]).toEqual([['once'], []]);
  });

  it('retries a GET on the other replica after such a failure', async () => {
    const [failing, other] = [await replica('failing', true), await replica('other')];
    const { port } = await balancer([failing.port, other.port]);
    expect(await (await fetch(`http://127.0.0.1:${port}/health/ready`)).text()).toMatch(/^other GET/);
  });

  it('answers 502 when no replica is there', async () => {
    const { port } = await balancer([await freePort(), await freePort()]);
    expect((await post(port, 'x')).status).toBe(502);
  });

  it('counts a client that leaves before the answer as no failure of the replica, and sends nothing on', async () => {
    let reached!: () => void;
    let cut!: () => void;
    const arrived = new Promise<void>((resolve) => (reached = resolve));
    const replicaCut = new Promise<void>((resolve) => (cut = resolve));
    const bodies: string[] = [];
    // A replica that is slow to answer: the client gives up first (a page left while its request ran).
    const server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      bodies.push(body);
      req.socket.once('close', cut);
      reached();
      setTimeout(() => res.end('late'), 2000).unref();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }));
    const other = await replica('other');
    const started = await balancer([(server.address() as { port: number }).port, other.port]);
    const leaving = new AbortController();
    const sent = fetch(`http://127.0.0.1:${started.port}/graphql`, { method: 'POST', body: 'q', signal: leaving.signal });
    await arrived;
    leaving.abort();
    await expect(sent).rejects.toThrow();
    // The balancer sees the client go, cuts the replica's connection, and neither retries nor counts it.
    await replicaCut;
    // A whole request through the balancer afterwards: by its answer the cut has long been handled.
    expect(await (await post(started.port, 'next')).text()).toMatch(/^other POST /);
    expect(bodies).toEqual(['q']);
    expect(other.bodies).toEqual(['next']);
    expect([...started.failures]).toEqual([]);
  });
});
