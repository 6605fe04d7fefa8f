import type { GraphQLSchema } from 'graphql';
import type { ServiceDatabase } from '../database/orm.ts';
import type { JobDefinition } from '../jobs/job-definition.ts';
import type { Catalogs } from '../i18n/messages.ts';
import type { HttpRoute } from './http-route.ts';

/** What a domain service hands to the platform: its data, its schema, its words. */
export type ServiceDefinition = {
  name: string;
  defaultPort: number;
  database: ServiceDatabase;
  /** Builds the federated subgraph schema (printed into schema/subgraphs/<name>.graphql). */
  buildSchema: () => GraphQLSchema;
  messages?: Catalogs;
  /**
   * Work the service does on its own (mail, sweeps), as pg-boss queues: every replica runs the
   * workers and each job runs once. A service that only enqueues jobs for others declares `[]`.
   */
  jobs?: JobDefinition[];
  /**
   * Plain HTTP endpoints beside /graphql (e.g. file upload and download), reached only through
   * the gateway with the same internal token; each gets the same request context as a resolver.
   */
  httpRoutes?: HttpRoute[];
};
