import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@omsorg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeProcess, waitForHttp } from './child-process.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'omsorg-child-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('waitForHttp', () => {
  it('fails at once with the exit code and the last lines when the process exits before it answers', async () => {
    const entry = join(dir, 'crash.mjs');
    await writeFile(entry, "console.error('listen EADDRINUSE: address already in use');\nprocess.exit(3);\n");
    const child = startNodeProcess('crashing#1', entry, { ...process.env, OMSORG_SERVICE_NODE_FLAGS: '' });
    const started = Date.now();
    const error = await waitForHttp(`http://127.0.0.1:${await freePort()}/health/ready`, { process: child, timeoutMs: 60_000 }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^crashing#1 exited \(code 3\) before .* was ready; its last lines:\nlisten EADDRINUSE/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('returns once the process answers 200', async () => {
    const port = await freePort();
    const entry = join(dir, 'serve.mjs');
    await writeFile(entry, `import { createServer } from 'node:http';\ncreateServer((_, res) => res.end('ok')).listen(${port}, '127.0.0.1');\n`);
    const child = startNodeProcess('serving', entry, { ...process.env, OMSORG_SERVICE_NODE_FLAGS: '' });
    try {
      await expect(waitForHttp(`http://127.0.0.1:${port}/`, { process: child })).resolves.toBeUndefined();
    } finally {
      await child.stop();
    }
  });

  it('names the address and the last error when nothing answers in time', async () => {
    const url = `http://127.0.0.1:${await freePort()}/health/ready`;
    await expect(waitForHttp(url, { timeoutMs: 500 })).rejects.toThrow(`${url} did not become ready in 0.5 s: fetch failed`);
  });
});
