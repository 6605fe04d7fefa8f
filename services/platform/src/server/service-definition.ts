import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { ServiceDatabase } from '../database/orm.ts';
import type { Catalogs } from '../i18n/messages.ts';
import type { Logger } from '../logging/logger.ts';

/** What a domain service hands to the platform: its data, its schema, its words. */
export type ServiceDefinition = {
  name: string;
  defaultPort: number;
  database: ServiceDatabase;
  /** Builds the federated subgraph schema (printed into schema/subgraphs/<name>.graphql). */
  buildSchema: () => GraphQLSchema;
  messages?: Catalogs;
  /**
   * Work the service does on its own (deadline sweeps). Must be safe to run on every replica at
   * once; returns a function that stops it.
   */
  background?: (orm: MikroORM, log: Logger) => () => void;
};
