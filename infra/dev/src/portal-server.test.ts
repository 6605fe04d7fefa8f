import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalServer, type PortalServer } from './portal-server.ts';

interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let root: string;
let upstream: Server;
let upstreamUrl: string;
const seen: SeenRequest[] = [];
let portal: PortalServer;
let base: string;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-server-'));
  const shell = join(root, 'shell');
  const remote = join(root, 'offerings');
  await mkdir(join(shell, 'assets'), { recursive: true });
  await mkdir(join(remote, 'assets'), { recursive: true });
  await writeFile(join(shell, 'index.html'), '<!doctype html><html lang="sv"><title>Omsorg</title></html>');
  await writeFile(join(shell, 'assets', 'main-AbCd1234.js'), 'export {};');
  await writeFile(join(remote, 'remoteEntry.js'), 'export const init = () => {};');
  await writeFile(join(remote, 'assets', 'citizen-Zh3Csm67.js'), 'export default {};');

  // A stand-in gateway that records what it receives.
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url?.startsWith('/auth/login')) {
        res.writeHead(302, { location: 'http://localhost:4400/authorize' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { me: null } }));
    });
  });
  upstreamUrl = `http://127.0.0.1:${await listen(upstream)}`;

  portal = await startPortalServer({
    port: 0,
    host: '127.0.0.1',
    shellDist: shell,
    remotes: { offerings: remote },
    gatewayUrl: upstreamUrl,
    formActionOrigins: ['http://localhost:4400'],
  });
  base = `http://127.0.0.1:${portal.port}`;
});

afterAll(async () => {
  await portal?.close();
  await new Promise((resolve) => upstream?.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('portal server', () => {
  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await fetch(`${base}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' http://localhost:4400");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves index.html for app routes, never cached', async () => {
    const response = await fetch(`${base}/traffpunkter?sida=2`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Omsorg</title>');
  });

  it('caches hashed assets for a year and answers 404 for missing files', async () => {
    const asset = await fetch(`${base}/assets/main-AbCd1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/assets/missing-12345678.js`)).status).toBe(404);
  });

  it('serves each remote under /remotes/<name>/ with remoteEntry.js revalidated', async () => {
    const entry = await fetch(`${base}/remotes/offerings/remoteEntry.js`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toContain('javascript');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const chunk = await fetch(`${base}/remotes/offerings/assets/citizen-Zh3Csm67.js`);
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/remotes/offerings/nothing.js`)).status).toBe(404);
    expect((await fetch(`${base}/remotes/unknown/remoteEntry.js`)).status).toBe(404);
  });

  it('forwards /graphql to the gateway keeping Host and adding x-forwarded headers', async () => {
    seen.length = 0;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'sv' },
      body: JSON.stringify({ query: '{ me { __typename } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: null } });
    const request = seen[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/graphql');
    expect(JSON.parse(request?.body ?? '{}')).toEqual({ query: '{ me { __typename } }' });
    expect(request?.headers.host).toBe(`127.0.0.1:${portal.port}`);
    expect(request?.headers['x-forwarded-host']).toBe(`127.0.0.1:${portal.port}`);
    expect(request?.headers['x-forwarded-proto']).toBe('http');
    expect(request?.headers['accept-language']).toBe('sv');
  });

  it('forwards /auth with its query and passes the redirect through untouched', async () => {
    seen.length = 0;
    const response = await fetch(`${base}/auth/login?returnTo=%2Ftraffpunkter`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://localhost:4400/authorize');
    expect(seen[0]?.url).toBe('/auth/login?returnTo=%2Ftraffpunkter');
  });

  it('answers 502 with a GraphQL-shaped error when the gateway is down', async () => {
    const down = await startPortalServer({
      port: 0,
      host: '127.0.0.1',
      shellDist: join(root, 'shell'),
      remotes: {},
      gatewayUrl: 'http://127.0.0.1:9', // discard port: nothing listens
    });
    try {
      const response = await fetch(`http://127.0.0.1:${down.port}/graphql`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(502);
      const body = (await response.json()) as { errors: Array<{ message: string }> };
      expect(body.errors[0]?.message).toBeTruthy();
    } finally {
      await down.close();
    }
  });
});
