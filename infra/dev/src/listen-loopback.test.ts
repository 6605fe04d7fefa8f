import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevIdp } from '@omsorg/dev-idp';
import { freePort } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher } from './mail-catcher.ts';
import { startPortalServer } from './portal-server.ts';

/**
 * The development servers `pnpm start` runs itself listen on 127.0.0.1 only (HOST changes
 * it): test identities and caught mail are not for the rest of the network. (Subgraphs and
 * the gateway: listen-host.test.ts and the gateway's integration test.)
 */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const ports: Record<string, number> = {};
const closers: Array<() => Promise<void>> = [];
let shell: string;

beforeAll(async () => {
  shell = await mkdtemp(join(tmpdir(), 'listen-loopback-'));
  await writeFile(join(shell, 'index.html'), '<!doctype html><title>Omsorg</title>');
  for (const name of ['idp', 'smtp', 'mailWeb', 'portal']) ports[name] = await freePort();
  const idp = await startDevIdp({ port: ports.idp!, issuer: `http://localhost:${ports.idp}`, clients: [] });
  closers.push(idp.close);
  const mail = await startMailCatcher({ smtpPort: ports.smtp!, webPort: ports.mailWeb! });
  closers.push(mail.close);
  const portal = await startPortalServer({ port: ports.portal!, shellDist: shell, remotes: {}, gatewayUrl: 'http://127.0.0.1:9' });
  closers.push(portal.close);
});

afterAll(async () => {
  for (const close of closers) await close();
  await rm(shell, { recursive: true, force: true });
});

describe('development servers', () => {
  it.each(['idp', 'smtp', 'mailWeb', 'portal'])('%s listens on 127.0.0.1 and not on the network', async (name) => {
    expect(await answers('127.0.0.1', ports[name]!)).toBe(true);
    if (outside) expect(await answers(outside, ports[name]!)).toBe(false);
  });
});
