import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { verifyInternalToken, type InternalTokenKey } from '../auth/internal-token.ts';
import type { RequestContext } from '../graphql/context.ts';
import { createTranslator, type Translate } from '../i18n/messages.ts';
import { platformMessages } from '../i18n/platform-messages.ts';
import type { Logger } from '../logging/logger.ts';
import { maskUnexpectedErrors } from './graphql-errors.ts';
import type { ServiceDefinition } from './service-definition.ts';

export type SubgraphServer = { server: Server; port: number; close: () => Promise<void> };

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function sendJson(res: import('node:http').ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
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

  const graphql = createHandler<RequestContext>({
    schema: options.schema,
    context: async (req) => {
      const token = bearerToken(req.raw);
      if (!token) return [JSON.stringify({ errors: [{ message: 'Missing internal token' }] }), { status: 401, statusText: 'Unauthorized' }];
      try {
        const { actor, locale, client } = await verifyInternalToken(token, tokenKey);
        return { actor, locale, client, em: orm.em.fork(), log, t: (key, params) => translate(locale, key, params) };
      } catch {
        return [JSON.stringify({ errors: [{ message: 'Invalid internal token' }] }), { status: 401, statusText: 'Unauthorized' }];
      }
    },
    onOperation: (_req, args, result) => (args.contextValue ? maskUnexpectedErrors(result, args.contextValue) : result),
  });

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      graphql(req, res).catch((error: unknown) => {
        log.error({ err: error }, 'graphql handler failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error' }] });
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
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info({ port }, 'subgraph listening');
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Keep-alive connections from the gateway get a moment to finish, then are cut.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
