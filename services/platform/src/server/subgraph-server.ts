import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, getOperationAST, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-http';
import type { RequestIdentity } from '../auth/actor.ts';
import { verifyInternalToken, type InternalTokenKey } from '../auth/internal-token.ts';
import type { RequestContext } from '../graphql/context.ts';
import { createTranslator, type Translate } from '../i18n/messages.ts';
import { platformMessages } from '../i18n/platform-messages.ts';
import type { Logger } from '../logging/logger.ts';
import { poolReadings, recordGraphqlRequest, recordHttpRequest, serveMetrics, watchPool, type GraphqlOutcome, type OperationType } from '../telemetry/metrics.ts';
import { documentCache } from './document-cache.ts';
import { KEEP_ALIVE_TIMEOUT_MS } from './keep-alive.ts';
import { maskUnexpectedErrors } from './graphql-errors.ts';
import { BodyTooLarge, readBody } from './read-body.ts';
import type { HttpRoute } from './http-route.ts';
import type { ServiceDefinition } from './service-definition.ts';

/** The result, once every write it waits for is committed (beforeAnswer); an error instead of data if one failed. */
async function answerWhenWritten(result: ExecutionResult, context: RequestContext): Promise<ExecutionResult> {
  const failed = (await Promise.allSettled(context.beforeAnswer ?? [])).find((outcome) => outcome.status === 'rejected');
  if (failed) {
    context.log.error({ err: failed.reason }, 'a write the answer waits for failed');
    return { errors: [new GraphQLError(context.t('error.internal'), { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
  }
  return maskUnexpectedErrors(result, context);
}

export type SubgraphServer = { server: Server; port: number; close: () => Promise<void> };

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Answers without reading the rest of the request body, and closes the connection so the
 * unread body is never drained.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  res.shouldKeepAlive = false;
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ errors: [{ message }] }), () => req.destroy());
}

async function identityOf(req: IncomingMessage, key: InternalTokenKey): Promise<RequestIdentity | undefined> {
  const token = bearerToken(req);
  if (!token) return undefined;
  return verifyInternalToken(token, key).catch(() => undefined);
}

/**
 * Serves one subgraph over GraphQL-over-HTTP. Every GraphQL request must carry the gateway's
 * internal token; the request context (actor, language, unit of work) is built from it.
 */
export async function startSubgraphServer(options: {
  service: ServiceDefinition;
  schema: GraphQLSchema;
  orm: MikroORM;
  tokenKey: InternalTokenKey;
  log: Logger;
  port: number;
  host?: string;
}): Promise<SubgraphServer> {
  const { orm, tokenKey, log } = options;
  const translate: Translate = createTranslator(platformMessages, ...(options.service.messages ? [options.service.messages] : []));

  /** What the GraphQL handler learnt about a request, for its metrics: its operation type and outcome. */
  const operations = new WeakMap<IncomingMessage, { type: OperationType; outcome: GraphqlOutcome }>();

  const graphql = createHandler<IncomingMessage, RequestIdentity, RequestContext>({
    schema: options.schema,
    ...documentCache(),
    context: (req) => {
      const { actor, locale, client } = req.context;
      return { actor, locale, client, em: orm.em.fork(), log, t: (key, params) => translate(locale, key, params), beforeAnswer: [] };
    },
    onOperation: async (req, args, result) => {
      const answer = args.contextValue ? await answerWhenWritten(result, args.contextValue) : result;
      const type = getOperationAST(args.document, args.operationName)?.operation ?? 'unknown';
      operations.set(req.raw, { type, outcome: 'errors' in answer && answer.errors?.length ? 'error' : 'ok' });
      return answer;
    },
  });

  /** A plain HTTP route: the token is checked first, as for GraphQL; the route reads the body itself. */
  async function serveRoute(route: HttpRoute, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const identity = await identityOf(req, tokenKey);
    if (!identity) return refuse(req, res, 401, bearerToken(req) ? 'Invalid internal token' : 'Missing internal token');
    const { actor, locale, client } = identity;
    await route.handle(req, res, { actor, locale, client, em: orm.em.fork(), log, t: (key, params) => translate(locale, key, params) });
  }

  /** The token is checked before a byte of the body is read; the body is read up to a limit. */
  async function serveGraphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const identity = await identityOf(req, tokenKey);
    if (!identity) return refuse(req, res, 401, bearerToken(req) ? 'Invalid internal token' : 'Missing internal token');
    let body: string | null = null;
    if (req.method === 'POST') {
      try {
        body = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuse(req, res, 413, 'Request body too large');
        throw error;
      }
    }
    const started = performance.now();
    const [responseBody, init] = await graphql({ url: req.url ?? '/', method: req.method ?? 'GET', headers: req.headers, body, raw: req, context: identity });
    res.writeHead(init.status, init.statusText, init.headers).end(responseBody);
    // Not executed (a document that does not parse or validate): rejected, or failed on a 5xx.
    const operation = operations.get(req) ?? { type: 'unknown', outcome: init.status >= 500 ? 'failed' : 'rejected' };
    recordGraphqlRequest({ service: options.service.name, operationType: operation.type, outcome: operation.outcome, seconds: (performance.now() - started) / 1000 });
  }

  const routeFor = (path: string) => options.service.httpRoutes?.find((candidate) => path === candidate.prefix || path.startsWith(`${candidate.prefix}/`));

  /** The route group a path is counted under: a fixed set, never the path itself. */
  const routeGroup = (path: string) =>
    path === '/graphql' ? 'graphql' : (routeFor(path)?.prefix ?? (path.startsWith('/health/') ? 'health' : path === '/metrics' ? 'metrics' : 'other'));

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const started = performance.now();
    res.once('finish', () => recordHttpRequest(options.service.name, routeGroup(path), res.statusCode, (performance.now() - started) / 1000));
    if (path === '/graphql') {
      serveGraphql(req, res).catch((error: unknown) => {
        log.error({ err: error }, 'graphql handler failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error' }] });
      });
      return;
    }
    const route = routeFor(path);
    if (route) {
      serveRoute(route, req, res).catch((error: unknown) => {
        log.error({ err: error }, 'http route failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error' }] });
        else res.destroy();
      });
      return;
    }
    if (path === '/metrics' && req.method === 'GET') {
      serveMetrics(req, res).catch((error: unknown) => {
        log.error({ err: error }, 'metrics failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'metrics failed' });
      });
      return;
    }
    if (path === '/health/live') return sendJson(res, 200, { status: 'ok', service: options.service.name });
    if (path === '/health/ready') {
      orm.em
        .getConnection()
        .execute('select 1')
        .then(() => sendJson(res, 200, { status: 'ok', service: options.service.name, database: 'ok' }))
        .catch(() => sendJson(res, 503, { status: 'unavailable', service: options.service.name, database: 'unreachable' }));
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Expect: 100-continue: the body is asked for only when the route would read it.
  server.on('checkContinue', (req, res) => {
    const route = routeFor((req.url ?? '/').split('?')[0] ?? '/');
    const announced = Number(req.headers['content-length'] ?? 0);
    if (!route?.maxBodyBytes || announced <= route.maxBodyBytes()) res.writeContinue();
    server.emit('request', req, res);
  });

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info({ port }, 'subgraph listening');
  const unwatchPool = watchPool(async () => poolReadings(options.service.name, await orm.em.getConnection().getNativeClient()));
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unwatchPool();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Keep-alive connections from the gateway get a moment to finish, then are cut.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
