import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalServer, type PortalServer } from '../../dev/src/portal-server.ts';
import { portalHeaders } from './portal-headers.ts';

const INDEX = '<!doctype html><html><head><script type="importmap">{"imports":{"vue":"/assets/vue-abcdefgh.js"}}</script></head><body></body></html>';

describe('portalHeaders (the portals image nginx)', () => {
  let dir: string;
  let server: PortalServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'omsorg-portal-headers-'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    server = await startPortalServer({ port: 0, host: '127.0.0.1', shellDist: dir, remotes: {}, gatewayUrl: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets the headers the development portal server sets on a page, with the same CSP', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const lines = portalHeaders(INDEX).trim().split('\n');
    const nginx = Object.fromEntries(lines.map((line) => /^add_header ([\w-]+) "(.*)" always;$/.exec(line)!.slice(1, 3) as [string, string]));
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy', 'Permissions-Policy']) {
      expect(nginx[name], name).toBe(response.headers.get(name));
    }
    expect(nginx['Content-Security-Policy']).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
  });
});
