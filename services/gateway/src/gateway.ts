import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, internalTokenKey, KEEP_ALIVE_TIMEOUT_MS, listenHost, negotiateLocale, poolReadings, serveMetrics, watchPool, type Logger } from '@omsorg/platform';
import express from 'express';
import pg from 'pg';
import { createActorSource } from './actor-source.ts';
import { allowedOrigins } from './audience.ts';
import { attachmentsGuard, attachmentsProxy } from './attachments-proxy.ts';
import { systemErrorLogPlugin } from './error-log.ts';
import { FILE_ROUTES, PUBLIC_FILE_ROUTES } from './file-routes.ts';
import { authRoutes } from './auth-routes.ts';
import type { GatewayConfig } from './config.ts';
import { readiness } from './health.ts';
import { createIdentityClient } from './identity-client.ts';
import { translate } from './messages.ts';
import { PARSE_OPTIONS, QUERY_LIMITS, queryLimits } from './limits.ts';
import { graphqlMetricsPlugin, httpMetrics, operationNames } from './metrics.ts';
import { createOidcClients } from './oidc-clients.ts';
import { gatewayContext, type GatewayContext } from './request-identity.ts';
import { sessionGate } from './session-gate.ts';
import { ensureGatewayTables, sessionMiddleware } from './sessions.ts';
import { publicFileLimit, signInLimit } from './address-limits.ts';
import { createSubgraphFetcher } from './subgraph-fetcher.ts';
import { loadTrustedDocuments, trustedDocuments } from './trusted-documents.ts';

export type RunningGateway = { port: number; server: Server; close: () => Promise<void> };

/**
 * The only public door: login (/auth), the composed GraphQL API (/graphql) and health.
 * Subgraphs are called with a short-lived internal token naming the actor.
 */
export async function startGateway(config: GatewayConfig, log: Logger = createLogger('gateway')): Promise<RunningGateway> {
  const documents = loadTrustedDocuments(config.trustedDocuments.dir);
  if (config.trustedDocuments.mode === 'required' && documents.size === 0) {
    throw new Error(`TRUSTED_DOCUMENTS=required, but ${config.trustedDocuments.dir} lists no documents: regenerate the portals' manifests`);
  }
  log.info({ mode: config.trustedDocuments.mode, documents: documents.size }, 'trusted documents loaded');
  const key = internalTokenKey(config.internalJwtSecret);
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not take the gateway down.
  pool.on('error', (error) => log.warn({ err: error }, 'idle database connection lost'));
  await ensureGatewayTables(pool);
  const unwatchPool = watchPool(async () => poolReadings('gateway', pool));
  const subgraphFetch = createSubgraphFetcher();
  const identity = createIdentityClient(config.subgraphUrls.identity ?? '', key, subgraphFetch.fetcher);
  const actors = createActorSource(identity, config.actorCacheSeconds);

  // @apollo/gateway otherwise reports host facts (CPU, memory, OS) to Apollo's servers every hour;
  // the city's gateway calls no one outside. APOLLO_TELEMETRY_DISABLED=false turns it back on.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    // Its OpenTelemetry spans (when tracing is on) name the operation only: never the document
    // (literals may be personal data) nor errors (a validation error quotes the variable's value).
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: ({ name, url }) =>
      new (class extends RemoteGraphQLDataSource<GatewayContext> {
        override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
          if (!('internalToken' in context)) return;
          request.http?.headers.set('authorization', `Bearer ${await context.internalToken()}`);
          request.http?.headers.set('accept-language', context.identity.locale);
        }
      })({ url: config.subgraphUrls[name] ?? url, fetcher: subgraphFetch.fetcher as never }),
  });

  const limits = queryLimits();
  const knownOperations = operationNames(documents);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<GatewayContext>[]),
      graphqlMetricsPlugin(knownOperations) as ApolloServerPlugin<GatewayContext>,
      systemErrorLogPlugin(log, knownOperations) as ApolloServerPlugin<GatewayContext>,
    ],
    validationRules: [...limits.validationRules],
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would register any document a client sends; trusted-documents.ts resolves hashes instead.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    csrfPrevention: true,
    logger: { debug: () => {}, info: () => {}, warn: (message) => log.warn(String(message)), error: (message) => log.error(String(message)) },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(httpMetrics());
  // On the gateway's own port for Prometheus; the public Ingress and the portals route only /graphql, /auth and the file routes.
  app.get('/metrics', (req, res, next) => void serveMetrics(req, res).catch(next));
  app.get('/health/live', (_req, res) => res.json({ status: 'ok' }));
  app.get('/health/ready', async (_req, res) => {
    const { ready, body } = await readiness(pool, config.subgraphUrls);
    res.status(ready ? 200 : 503).json(body);
  });

  const origins = allowedOrigins(config);
  app.use(sessionMiddleware(config, pool));
  app.use('/auth', signInLimit(pool, key, log), authRoutes(config, createOidcClients(config), identity, log));
  app.use('/graphql', (req, res, next) => {
    const origin = req.headers.origin;
    if (req.method !== 'GET' && origin && !origins.has(origin)) {
      res.status(403).json({ errors: [{ message: 'Cross-origin request refused', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    sessionGate(config, actors, log),
    express.json({ limit: QUERY_LIMITS.maxBodyBytes }),
    trustedDocuments(documents, config.trustedDocuments.mode),
    expressMiddleware(apollo, { context: async ({ req, res }) => gatewayContext(req, res.locals.actor, key) }),
  );
  // Files (uploads and downloads that are not GraphQL) to the service that keeps them, with the session and CSRF checks of /graphql.
  for (const [path, service] of Object.entries(FILE_ROUTES)) {
    if (PUBLIC_FILE_ROUTES.has(path)) app.use(path, publicFileLimit(pool, key, log));
    app.use(path, attachmentsGuard(origins), sessionGate(config, actors, log), attachmentsProxy(config.subgraphUrls[service] ?? '', key, log, { anonymousReads: PUBLIC_FILE_ROUTES.has(path) }));
  }
  app.use((error: Error & { status?: number; type?: string }, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500) log.error({ err: error }, 'request failed');
    // A body that is not JSON is the client's mistake: a GraphQL error with 400, never 500.
    const message = status === 413 ? 'Request body too large' : status < 500 ? translate(negotiateLocale(req.headers['accept-language']), 'request.invalid') : 'Request failed';
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(config.port, listenHost(), () => resolve(listening));
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port }, 'gateway listening');

  return {
    port,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Requests in flight get their answer (a replica stopped in a rolling update must not cut
        // a submission that was saved); idle connections close now, any left after 5 seconds then.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await apollo.stop();
      await subgraphFetch.close();
      unwatchPool();
      await pool.end();
    },
  };
}
