import { MikroORM, type EntitySchema, type Options } from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import pg from 'pg';

export type ServiceDatabase = {
  /** The PostgreSQL schema the service owns; no other service reads it. */
  schema: string;
  entities: EntitySchema<any, any>[];
  migrations: Array<{ name: string; class: new (...args: any[]) => Migration }>;
};

export function ormOptions(database: ServiceDatabase, url: string, migrationsPath?: string): Options {
  return {
    clientUrl: url,
    schema: database.schema,
    entities: database.entities,
    extensions: [Migrator],
    pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
    // A request that waits this long for a connection fails (an error the client may retry)
    // instead of waiting forever behind a pool that never frees one.
    driverOptions: { connectionTimeoutMillis: Number(process.env.DATABASE_POOL_WAIT_SECONDS ?? 30) * 1000 },
    ensureDatabase: false,
    allowGlobalContext: false,
    // No getter and setter per property on every loaded entity, defined on first assignment: they
    // cost the inbox page of 50 about 3 ms and a megabyte of garbage (docs/STACK.md). Two-sided
    // relations still keep both sides in step: the ORM defines those few on each entity it creates,
    // loads or persists (ensurePropagation).
    propagationOnPrototype: false,
    debug: process.env.ORM_DEBUG === 'true',
    migrations: {
      schema: database.schema,
      tableName: 'mikro_orm_migrations',
      migrationsList: database.migrations,
      transactional: true,
      silent: true,
      snapshot: false,
      emit: 'ts',
      ...(migrationsPath ? { path: migrationsPath, pathTs: migrationsPath } : {}),
    },
  };
}

/**
 * Connects to PostgreSQL and brings the service's schema up to date. Replicas of a service that
 * start together take turns: a session advisory lock per schema, held on a connection of its own
 * while the schema is made and migrated, so a second replica finds the work done instead of
 * racing it (`create schema if not exists` and a migration's `create table` fail when two run at
 * once).
 */
export async function openDatabase(database: ServiceDatabase, url: string): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database, url));
  const lock = new pg.Client({ connectionString: url });
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock(hashtext($1))', [`omsorg.migrations.${database.schema}`]);
    await orm.em.getConnection().execute(`create schema if not exists "${database.schema}"`);
    await orm.migrator.up();
    return orm;
  } catch (error) {
    await orm.close(true);
    throw error;
  } finally {
    // Closing the session releases the lock.
    await lock.end().catch(() => {});
  }
}
