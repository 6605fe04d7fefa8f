import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createLogger, internalTokenKey, verifyInternalToken } from '@omsorg/platform';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentsGuard, attachmentsProxy } from './attachments-proxy.ts';
import { FILE_ROUTES, PUBLIC_FILE_ROUTES } from './file-routes.ts';

/*
 * The proxy between the browser and the applications service, against a stand-in service that
 * behaves as the real one does at the edges: it refuses a too-large upload from its
 * Content-Length, answering at once and closing the connection without reading the body.
 */
const key = internalTokenKey('gateway-test-secret-that-is-long-enough-0123456789');
const LIMIT = 1024 * 1024;
let upstream: Server;
let gateway: Server;
let gatewayUrl: string;
let refusedUnread = 0;
const receivedWhenAnswered: number[] = [];
const seen: Array<{ path: string; authorization: string; fileName: string | undefined; bytes: number }> = [];

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

beforeAll(async () => {
  upstream = createServer((req: IncomingMessage, res) => {
    if (Number(req.headers['content-length'] ?? 0) > LIMIT) {
      refusedUnread += 1;
      res.shouldKeepAlive = false;
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ error: { code: 'TOO_LARGE', message: 'Filen är för stor.' } }), () => req.destroy());
      return;
    }
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization ?? '', fileName: req.headers['x-file-name'] as string | undefined, bytes });
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="a.pdf"', 'x-content-type-options': 'nosniff', server: 'secret/1.0' }).end('%PDF-1.4');
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ attachment: { id: 'a1' } }));
    });
  });
  // As the subgraph server does: 100 Continue only for a body the route would read.
  upstream.on('checkContinue', (req, res) => {
    if (Number(req.headers['content-length'] ?? 0) <= LIMIT) res.writeContinue();
    upstream.emit('request', req, res);
  });
  const upstreamPort = await listen(upstream);
  const app = express();
  app.use('/attachments', (req, res, next) => {
    // The browser's own headers, as the portal sends them.
    req.headers.origin ??= 'http://portal.test';
    req.headers['x-omsorg-upload'] ??= '1';
    // How much of the request the gateway had received when its answer ended.
    res.on('finish', () => receivedWhenAnswered.push(req.socket.bytesRead));
    next();
  });
  app.use('/attachments', attachmentsGuard(new Set(['http://portal.test'])));
  app.use('/attachments', (req, res, next) => {
    if (req.headers['x-test-actor'] === 'erik') res.locals.actor = { kind: 'person', personId: '00000000-0000-4000-8000-000000000001', actingFor: [] };
    next();
  });
  app.use('/attachments', attachmentsProxy(`http://127.0.0.1:${upstreamPort}/graphql`, key, createLogger('gateway-test')));
  // A public route as FILE_ROUTES lists it: anonymous reads go through, nothing else does.
  app.use('/venue-calendars', attachmentsGuard(new Set(['http://portal.test'])));
  app.use('/venue-calendars', attachmentsProxy(`http://127.0.0.1:${upstreamPort}/graphql`, key, createLogger('gateway-test'), { anonymousReads: PUBLIC_FILE_ROUTES.has('/venue-calendars') }));
  gateway = createServer(app);
  gatewayUrl = `http://127.0.0.1:${await listen(gateway)}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

const post = (body: Buffer, actor = 'erik') =>
  fetch(`${gatewayUrl}/attachments?applicationId=x&purpose=APPLICATION`, {
    method: 'POST',
    headers: { 'x-test-actor': actor, 'content-type': 'application/octet-stream', 'x-file-name': 'l%C3%A4karintyg.pdf' },
    body,
  });

describe('attachmentsProxy', () => {
  it('streams an upload to the service with the signed actor and the name header, and passes its answer back', async () => {
    const response = await post(Buffer.from('%PDF-1.4 hello'));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ attachment: { id: 'a1' } });
    const forwarded = seen.at(-1)!;
    expect(forwarded).toMatchObject({ path: '/attachments?applicationId=x&purpose=APPLICATION', fileName: 'l%C3%A4karintyg.pdf', bytes: 14 });
    const identity = await verifyInternalToken(forwarded.authorization.replace(/^Bearer /, ''), key);
    expect(identity.actor).toMatchObject({ kind: 'person', personId: '00000000-0000-4000-8000-000000000001' });
  });

  it('passes on the service’s refusal of a file too large, not a gateway error', async () => {
    const response = await post(Buffer.alloc(LIMIT * 3));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'TOO_LARGE', message: 'Filen är för stor.' } });
    expect(refusedUnread).toBe(1);
    // The answer ended only once the whole file was in: a proxy in front that closes each
    // connection (an ingress, the dev balancer) is then never reset while still sending it, which
    // would lose the answer with it.
    expect(receivedWhenAnswered.at(-1)).toBeGreaterThan(LIMIT * 3);
  });

  it('passes a download’s own headers and no others', async () => {
    const response = await fetch(`${gatewayUrl}/attachments/a1`, { headers: { 'x-test-actor': 'erik' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('server')).toBeNull();
  });

  it('sends nothing on without a signed-in actor', async () => {
    const before = seen.length;
    const response = await post(Buffer.from('%PDF-1.4'), 'nobody');
    expect(response.status).toBe(401);
    const large = await post(Buffer.alloc(LIMIT * 3), 'nobody');
    expect(large.status).toBe(401);
    expect(receivedWhenAnswered.at(-1)).toBeGreaterThan(LIMIT * 3);
    expect(seen.length).toBe(before);
  });

  it('lets anyone read a public route (the calendars) as an anonymous actor, and nothing more', async () => {
    expect([...PUBLIC_FILE_ROUTES].every((path) => path in FILE_ROUTES)).toBe(true);
    expect(PUBLIC_FILE_ROUTES.has('/attachments')).toBe(false);
    const before = seen.length;
    const read = await fetch(`${gatewayUrl}/venue-calendars/v1.ics`);
    expect(read.status).toBe(200);
    const forwarded = seen.at(-1)!;
    expect(seen.length).toBe(before + 1);
    expect(forwarded.path).toBe('/venue-calendars/v1.ics');
    const identity = await verifyInternalToken(forwarded.authorization.replace(/^Bearer /, ''), key);
    expect(identity.actor).toEqual({ kind: 'anonymous' });
    const write = await fetch(`${gatewayUrl}/venue-calendars/v1.ics`, {
      method: 'POST',
      headers: { origin: 'http://portal.test', 'x-omsorg-upload': '1', 'content-type': 'application/octet-stream' },
      body: Buffer.from('x'),
    });
    expect(write.status).toBe(401);
    expect(seen.length).toBe(before + 1);
    const download = await fetch(`${gatewayUrl}/attachments/a1`);
    expect(download.status).toBe(401);
  });
});
