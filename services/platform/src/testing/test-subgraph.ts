import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.ts';
import { clientFingerprint, internalTokenKey, signInternalToken } from '../auth/internal-token.ts';
import { openDatabase } from '../database/orm.ts';
import type { Locale } from '../i18n/locale.ts';
import { createLogger } from '../logging/logger.ts';
import type { ServiceDefinition } from '../server/service-definition.ts';
import { startSubgraphServer } from '../server/subgraph-server.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_INTERNAL_SECRET = 'test-internal-secret-that-is-long-enough-0123456789';

export type GraphQLResponse<T = any> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

export type TestSubgraph = {
  orm: MikroORM;
  url: string;
  databaseUrl: string;
  /**
   * Sends a GraphQL request over HTTP as `actor`, signed the way the gateway signs; `client`
   * stands for the browser's address (any text: it is hashed as the gateway hashes addresses).
   */
  request: <T = any>(actor: Actor, query: string, variables?: Record<string, unknown>, locale?: Locale, client?: string) => Promise<GraphQLResponse<T>>;
  close: () => Promise<void>;
};

/**
 * The real subgraph, on its own fresh database, served over HTTP on a free port. Pass another
 * subgraph's `databaseUrl` to run a second replica on the same database.
 */
export async function startTestSubgraph(service: ServiceDefinition, options: { databaseUrl?: string } = {}): Promise<TestSubgraph> {
  const key = internalTokenKey(TEST_INTERNAL_SECRET);
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const orm = await openDatabase(service.database, databaseUrl);
  const running = await startSubgraphServer({
    service,
    schema: service.buildSchema(),
    orm,
    tokenKey: key,
    log: createLogger(service.name),
    port: 0,
  });
  const url = `http://127.0.0.1:${running.port}`;
  return {
    orm,
    url,
    databaseUrl,
    request: async (actor, query, variables, locale = 'sv', client) => {
      const token = await signInternalToken({ actor, locale, ...(client ? { client: clientFingerprint(client, key) } : {}) }, key);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    close: async () => {
      await running.close();
      await orm.close();
    },
  };
}
