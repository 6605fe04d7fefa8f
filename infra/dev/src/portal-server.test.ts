import { createHash } from 'node:crypto';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CLIENT_IDLE_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from './compressed-static.ts';
import { startPortalServer, type PortalServer } from './portal-server.ts';

interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const IMPORT_MAP = '{"imports":{"vue":"/assets/vue-AbCd1234.js","offerings/citizen":"/remotes/offerings/citizen.js"}}';
const INDEX_HTML = `<!doctype html><html lang="sv"><title>Omsorg</title><script type="importmap">${IMPORT_MAP}</script>${'<link rel="modulepreload" href="/assets/x.js">'.repeat(40)}</html>`;
const VENDOR_JS = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i} * 2;`).join('\n');
const CITIZEN_ENTRY = `export default { routes: [] };\n${'// a remote entry\n'.repeat(100)}`;

let root: string;
let upstream: Server;
let upstreamUrl: string;
const seen: SeenRequest[] = [];
/** Connections to the stand-in gateway that the portal's side closed. */
let closedByPortal = 0;
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
  await writeFile(join(shell, 'index.html'), INDEX_HTML);
  await writeFile(join(shell, 'assets', 'main-AbCd1234.js'), 'export {};');
  await writeFile(join(shell, 'assets', 'vendor-Qw3rTy12.js'), VENDOR_JS);
  await writeFile(join(shell, 'assets', 'logo-Lg0Lg0Lg.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]));
  await writeFile(join(remote, 'citizen.js'), CITIZEN_ENTRY);
  await mkdir(join(shell, '.vite'));
  await writeFile(join(shell, '.vite', 'manifest.json'), JSON.stringify({ secret: 'build internals'.repeat(20) }));
  await writeFile(join(remote, 'assets', 'citizen-Zh3Csm67.js'), 'export default {};');

  // A stand-in gateway that records what it receives, and keeps idle connections as the real one does.
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
  upstream.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  upstream.on('connection', (socket) => socket.once('end', () => (closedByPortal += 1)));
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
    // The import map, and no other inline script, by its hash.
    const mapHash = createHash('sha256').update(IMPORT_MAP).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${mapHash}';`);
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

  it('sends a script only the headers a subresource obeys', async () => {
    const script = await fetch(`${base}/remotes/offerings/citizen.js`);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(script.headers.get('permissions-policy')).toBeNull();
    expect(script.headers.get('x-powered-by')).toBeNull();
    // A page the SPA fallback serves still gets the whole set.
    const page = await fetch(`${base}/traffpunkter`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('permissions-policy')).toContain('camera=()');
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

  it('serves each remote under /remotes/<name>/ with citizen.js revalidated', async () => {
    const entry = await fetch(`${base}/remotes/offerings/citizen.js`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toContain('javascript');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    const chunk = await fetch(`${base}/remotes/offerings/assets/citizen-Zh3Csm67.js`);
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/remotes/offerings/nothing.js`)).status).toBe(404);
    expect((await fetch(`${base}/remotes/unknown/citizen.js`)).status).toBe(404);
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

  it('closes an idle connection to the gateway itself, before the gateway would', async () => {
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const before = closedByPortal;
    await expect.poll(() => closedByPortal, { timeout: CLIENT_IDLE_TIMEOUT_MS + 3_000, interval: 200 }).toBeGreaterThan(before);
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
      expect([...down.gatewayFailures]).toEqual([['ECONNREFUSED', 1]]);
    } finally {
      await down.close();
    }
  });

  describe('compression and caching', () => {
    type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };
    /** A raw HTTP request: fetch would decompress for us and hide what was on the wire. */
    function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
      return new Promise((resolve, reject) => {
        const req = request(`${base}${path}`, { method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    }
    function decoded(response: Raw): string {
      const encoding = response.headers['content-encoding'];
      if (encoding === 'br') return brotliDecompressSync(response.body).toString();
      if (encoding === 'gzip') return gunzipSync(response.body).toString();
      expect(encoding).toBeUndefined();
      return response.body.toString();
    }

    it('sends brotli to a browser that accepts it, though it lists gzip first', async () => {
      const response = await raw('/assets/vendor-Qw3rTy12.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['content-type']).toContain('javascript');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.body.length).toBeLessThan(VENDOR_JS.length / 4);
      expect(brotliDecompressSync(response.body).toString()).toBe(VENDOR_JS);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('sends gzip when brotli is not accepted, and the file as it is when nothing is', async () => {
      const gzip = await raw('/assets/vendor-Qw3rTy12.js', { 'accept-encoding': 'gzip, deflate' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.headers.vary).toMatch(/accept-encoding/i);
      expect(gunzipSync(gzip.body).toString()).toBe(VENDOR_JS);
      const plain = await raw('/assets/vendor-Qw3rTy12.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.toString()).toBe(VENDOR_JS);
    });

    it('never breaks on an odd Accept-Encoding', async () => {
      for (const header of ['identity', 'br;q=0, gzip;q=0', '*;q=0', '*', 'BR', 'gzip;q=abc, br;q=', ';;,, ,q=1', 'zstd', 'x-gzip', 'br;q=0.000']) {
        const response = await raw('/assets/vendor-Qw3rTy12.js', { 'accept-encoding': header });
        expect(response.status, header).toBe(200);
        expect(decoded(response), header).toBe(VENDOR_JS);
      }
      expect(chooseEncoding('gzip, deflate, br')).toBe('br');
      expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
      expect(chooseEncoding('*')).toBe('br');
      expect(chooseEncoding('*;q=0, gzip;q=0.5')).toBe('gzip');
      expect(chooseEncoding('gzip;q=abc')).toBe('identity');
      expect(chooseEncoding(undefined)).toBe('identity');
    });

    it('caches hashed assets for a year, compressed or not, and leaves images uncompressed', async () => {
      const js = await raw('/assets/vendor-Qw3rTy12.js', { 'accept-encoding': 'br' });
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const image = await raw('/assets/logo-Lg0Lg0Lg.png', { 'accept-encoding': 'br, gzip' });
      expect(image.status).toBe(200);
      expect(image.headers['content-encoding']).toBeUndefined();
      expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(image.body.length).toBe(12);
    });

    it('revalidates index.html and citizen.js: no-cache, ETag, 304 when unchanged', async () => {
      for (const path of ['/', '/traffpunkter', '/index.html', '/remotes/offerings/citizen.js']) {
        const first = await raw(path, { accept: 'text/html', 'accept-encoding': 'gzip' });
        expect(first.status, path).toBe(200);
        expect(first.headers['cache-control'], path).toBe('no-cache');
        expect(first.headers['content-encoding'], path).toBe('gzip');
        const etag = first.headers.etag!;
        expect(etag, path).toMatch(/^"[^"]+"$/);
        const again = await raw(path, { accept: 'text/html', 'accept-encoding': 'gzip', 'if-none-match': etag });
        expect(again.status, path).toBe(304);
        expect(again.body.length, path).toBe(0);
        expect(again.headers.etag, path).toBe(etag);
        // The copy it holds is the same file whichever encoding it came in.
        const otherEncoding = await raw(path, { accept: 'text/html', 'accept-encoding': 'br', 'if-none-match': `W/${etag}` });
        expect(otherEncoding.status, path).toBe(304);
        const stale = await raw(path, { accept: 'text/html', 'accept-encoding': 'gzip', 'if-none-match': '"older"' });
        expect(stale.status, path).toBe(200);
      }
      expect(decoded(await raw('/', { accept: 'text/html', 'accept-encoding': 'br' }))).toBe(INDEX_HTML);
    });

    it('picks up a new deploy of an unhashed file at once', async () => {
      const path = '/remotes/offerings/citizen.js';
      const before = await raw(path, { 'accept-encoding': 'br' });
      const next = `${CITIZEN_ENTRY}\nexport const version = 2;`;
      await writeFile(join(root, 'offerings', 'citizen.js'), next);
      const after = await raw(path, { 'accept-encoding': 'br', 'if-none-match': before.headers.etag! });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(decoded(after)).toBe(next);
      await writeFile(join(root, 'offerings', 'citizen.js'), CITIZEN_ENTRY);
    });

    it('answers HEAD with the headers only and a Range request with the whole file', async () => {
      const head = await raw('/assets/vendor-Qw3rTy12.js', { 'accept-encoding': 'br' }, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers['content-encoding']).toBe('br');
      expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
      expect(head.body.length).toBe(0);
      const headPage = await raw('/traffpunkter', { accept: 'text/html' }, 'HEAD');
      expect(headPage.status).toBe(200);
      expect(headPage.body.length).toBe(0);
      for (const range of ['bytes=0-10', 'bytes=5-', 'bytes=-1', 'bytes=99999999-', 'nonsense']) {
        const ranged = await raw('/assets/vendor-Qw3rTy12.js', { 'accept-encoding': 'gzip', range });
        expect(ranged.status, range).toBe(200);
        expect(decoded(ranged), range).toBe(VENDOR_JS);
      }
      expect((await raw('/assets/missing-12345678.js', { 'accept-encoding': 'br' })).status).toBe(404);
      expect((await raw('/assets/..%2f..%2fetc%2fpasswd', { 'accept-encoding': 'br' })).status).toBe(404);
      expect((await raw('/.vite/manifest.json', { 'accept-encoding': 'br' })).status).toBe(404);
    });
  });
});
