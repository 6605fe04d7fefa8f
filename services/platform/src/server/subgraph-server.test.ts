import { request as httpRequest } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createRequire } from 'node:module';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalTokenKey, signInternalToken } from '../auth/internal-token.ts';
import { beforeAnswer, type RequestContext } from '../graphql/context.ts';
import { createLogger } from '../logging/logger.ts';
import { startSubgraphServer, type SubgraphServer } from './subgraph-server.ts';

const key = internalTokenKey('a-test-secret-that-is-long-enough-for-hs256-0123');
const claims = { actor: { kind: 'system' }, locale: 'sv' };
// The schema must come from the copy of graphql that Node (and so graphql-http) loads, not Vite's.
const { GraphQLObjectType, GraphQLSchema, GraphQLString } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
/** What the `written` field's write did, in order: the answer must come after the write is done. */
const writes: string[] = [];
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      ok: { type: GraphQLString, resolve: () => 'yes' },
      // A read whose access log is written beside the rest of the request (beforeAnswer).
      written: {
        type: GraphQLString,
        args: { fail: { type: GraphQLString } },
        resolve: async (_root, args: { fail?: string }, context: RequestContext) => {
          const write = new Promise<void>((resolve, reject) => setImmediate(() => (args.fail ? reject(new Error('disk full')) : (writes.push('logged'), resolve()))));
          await beforeAnswer(context, write);
          writes.push('resolved');
          return 'shown';
        },
      },
    },
  }),
});
let running: SubgraphServer;

beforeAll(async () => {
  const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
  const httpRoutes = [
    {
      prefix: '/files',
      handle: async (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, context: { actor: { kind: string }; t: (key: string) => string }) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url, actor: context.actor.kind, said: context.t('wait.hour') }));
      },
    },
  ];
  running = await startSubgraphServer({ service: { name: 'test', defaultPort: 0, database: {} as never, buildSchema: () => schema, httpRoutes }, schema, orm, tokenKey: key, log: createLogger('test'), port: 0 });
});
afterAll(() => running?.close());

/** A token signed with the right key but chosen claims, as an attacker holding the key for a moment could. */
function forged(build: (jwt: SignJWT) => SignJWT): Promise<string> {
  return build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('omsorg-gateway').setAudience('omsorg-subgraphs')).sign(key);
}

/**
 * Posts with node:http so an early answer is seen while the body is still being sent. With
 * `announcedBytes`, the body is announced that large but never finished: only a server that
 * answers before reading the body can answer at all.
 */
function post(token: string | undefined, body: Buffer | string, announcedBytes?: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: running.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': announcedBytes ?? Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, text });
          req.destroy();
        });
        res.on('error', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    if (announcedBytes === undefined) req.end(body);
    else req.write(body);
  });
}

const QUERY = JSON.stringify({ query: '{ ok }' });
const now = () => Math.floor(Date.now() / 1000);

describe('writes the answer waits for (beforeAnswer)', () => {
  it('runs the write beside the resolver, and answers only once it is done', async () => {
    writes.length = 0;
    const response = await post(await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key), JSON.stringify({ query: '{ written }' }));
    expect(JSON.parse(response.text)).toEqual({ data: { written: 'shown' } });
    expect(writes).toEqual(['resolved', 'logged']);
  });

  it('answers an error and no data when the write failed', async () => {
    const response = await post(await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key), JSON.stringify({ query: '{ written(fail: "yes") }' }));
    const body = JSON.parse(response.text) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('subgraph server and the internal token', () => {
  it('answers a request carrying the gateway’s token', async () => {
    const response = await post(await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key), QUERY);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ data: { ok: 'yes' } });
  });

  it('refuses a token without an expiry', async () => {
    expect((await post(await forged((jwt) => jwt.setIssuedAt()), QUERY)).status).toBe(401);
  });

  it('refuses a token without an issue time', async () => {
    expect((await post(await forged((jwt) => jwt.setExpirationTime('60s')), QUERY)).status).toBe(401);
  });

  it('refuses a token valid for ten years', async () => {
    expect((await post(await forged((jwt) => jwt.setIssuedAt().setExpirationTime('3650d')), QUERY)).status).toBe(401);
  });

  it('refuses a token living six minutes', async () => {
    expect((await post(await forged((jwt) => jwt.setIssuedAt().setExpirationTime('6m')), QUERY)).status).toBe(401);
  });

  it('refuses a token issued long ago with a short remaining life, and one issued in the future', async () => {
    expect((await post(await forged((jwt) => jwt.setIssuedAt(now() - 600).setExpirationTime(now() + 60)), QUERY)).status).toBe(401);
    expect((await post(await forged((jwt) => jwt.setIssuedAt(now() + 600).setExpirationTime(now() + 660)), QUERY)).status).toBe(401);
  });

  it('accepts a token living exactly five minutes', async () => {
    expect((await post(await forged((jwt) => jwt.setIssuedAt().setExpirationTime('5m')), QUERY)).status).toBe(200);
  });

  it('answers 401 to a 50 MB body with a bad token without reading it', async () => {
    const start = Buffer.alloc(64 * 1024, 0x20);
    expect((await post('not-a-token', start, 50 * 1024 * 1024)).status).toBe(401);
    expect((await post(undefined, start, 50 * 1024 * 1024)).status).toBe(401);
    expect((await post(undefined, Buffer.alloc(50 * 1024 * 1024, 0x20))).status).toBe(401);
  });

  it('answers 413 to a body over 1 MB even with a valid token', async () => {
    const token = await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key);
    expect((await post(token, Buffer.alloc(2 * 1024 * 1024, 0x20))).status).toBe(413);
  });
});

describe('plain HTTP routes beside /graphql', () => {
  it('are served under their prefix with the request context, only with the gateway’s token', async () => {
    const token = await signInternalToken({ actor: { kind: 'system' }, locale: 'sv' }, key);
    const served = await fetch(`http://127.0.0.1:${running.port}/files/abc?x=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(await served.json()).toEqual({ path: '/files/abc?x=1', actor: 'system', said: '1 timme' });
    expect((await fetch(`http://127.0.0.1:${running.port}/files/abc`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${running.port}/filesystem`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });
});
