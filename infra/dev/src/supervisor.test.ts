import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@omsorg/platform';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/**
 * `pnpm start` (here a tiny stack built the same way: supervisor.fixture.ts) stops everything,
 * PostgreSQL last, on SIGTERM and SIGHUP, and when pnpm or the launcher is killed.
 */
const FIXTURE = join(import.meta.dirname, 'supervisor.fixture.ts');
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'omsorg-supervisor-'));
});
/** What a failed test left running, so it does not hold ports for the next one. */
const leftovers: number[] = [];
afterEach(() => {
  for (const pid of leftovers.splice(0)) if (!gone(pid)) process.kill(pid, 'SIGKILL');
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

type Started = { parent: ChildProcess; output: string[]; pids: { launcher: number; stack: number; service: number; postgres: number }; ports: number[] };

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false; // a zombie has exited
  } catch {
    return true;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

/** Starts the tiny stack the way pnpm does: a parent running `sh -c "… && node start"`. */
async function start(): Promise<Started> {
  const ports = [await freePort(), await freePort()];
  const script = `true && ${JSON.stringify(process.execPath)} ${JSON.stringify(FIXTURE)}`;
  const fakePnpm = `require('node:child_process').spawn('sh', ['-c', ${JSON.stringify(script)}], { stdio: 'inherit' }); setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['-e', fakePnpm], {
    env: { ...process.env, FIXTURE_DATA_DIR: dataDir, FIXTURE_POSTGRES_PORT: String(ports[0]), FIXTURE_SERVICE_PORT: String(ports[1]) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [parent.stdout!, parent.stderr!]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  await until('the tiny stack to start', () => output.some((line) => line.startsWith('READY ')), 60_000);
  await until('the service to listen', async () => !(await portFree(ports[1]!)));
  const launcher = Number(output.find((line) => line.startsWith('LAUNCHER '))!.split(' ')[1]);
  const ready = JSON.parse(output.find((line) => line.startsWith('READY '))!.slice(6)) as { stack: number; service: number; postgres: number };
  leftovers.push(parent.pid!, launcher, ready.stack, ready.service, ready.postgres);
  return { parent, output, pids: { launcher, ...ready }, ports };
}

async function expectAllStopped(started: Started, inOrder = true): Promise<void> {
  const { pids, ports, output } = started;
  await until('every process to exit', () => Object.values(pids).every(gone));
  await until('every port to be free', async () => (await Promise.all(ports.map(portFree))).every(Boolean));
  if (inOrder) expect(output.filter((line) => line.startsWith('STOPPED'))).toEqual(['STOPPED service', 'STOPPED postgres']);
}

describe('pnpm start stops everything, PostgreSQL last', () => {
  it('on SIGTERM', async () => {
    const started = await start();
    process.kill(started.pids.launcher, 'SIGTERM');
    await expectAllStopped(started);
    started.parent.kill('SIGKILL');
  }, 90_000);

  it('on SIGHUP (the terminal closed)', async () => {
    const started = await start();
    process.kill(started.pids.launcher, 'SIGHUP');
    await expectAllStopped(started);
    started.parent.kill('SIGKILL');
  }, 90_000);

  it('when pnpm is killed with SIGKILL', async () => {
    const started = await start();
    started.parent.kill('SIGKILL');
    await expectAllStopped(started);
  }, 90_000);

  it('when the stack process itself is killed with SIGKILL (no order to keep then)', async () => {
    const started = await start();
    process.kill(started.pids.stack, 'SIGKILL');
    await expectAllStopped(started, false);
    started.parent.kill('SIGKILL');
  }, 90_000);

  it('when the launcher itself is killed with SIGKILL', async () => {
    const started = await start();
    process.kill(started.pids.launcher, 'SIGKILL');
    await expectAllStopped(started);
    started.parent.kill('SIGKILL');
  }, 90_000);
});
