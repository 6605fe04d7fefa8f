import { Migration } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitCounterSchema } from '../rate-limit/rate-limit-counter.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { execute } from './execute.ts';
import { openDatabase, ormOptions } from './orm.ts';

let orm: MikroORM;

beforeAll(async () => {
  const url = await createTestDatabase();
  // One connection, and a one-second wait for it: the variables are read when the options are made.
  process.env.DATABASE_POOL_MAX = '1';
  process.env.DATABASE_POOL_WAIT_SECONDS = '1';
  try {
    orm = await MikroORM.init(ormOptions({ schema: 'pool_wait', entities: [RateLimitCounterSchema], migrations: [] }, url));
  } finally {
    delete process.env.DATABASE_POOL_MAX;
    delete process.env.DATABASE_POOL_WAIT_SECONDS;
  }
});

afterAll(() => orm?.close(true));

describe('the database pool', () => {
  it('fails a query that waits longer than DATABASE_POOL_WAIT_SECONDS for a connection, instead of waiting forever', async () => {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      // The transaction holds the only connection; a query outside it has none to take.
      await tx.getConnection().execute('select 1', [], 'all', tx.getTransactionContext());
      await expect(orm.em.fork().getConnection().execute('select 1')).rejects.toThrow(/timeout/i);
    });
    // Once the connection is free again, queries go through.
    await expect(orm.em.fork().getConnection().execute('select 1 as one')).resolves.toEqual([{ one: 1 }]);
  });
});

describe('execute', () => {
  it("runs on the transaction's connection: with a pool of one it neither waits for a second nor misses the transaction's own rows", async () => {
    await orm.em.fork().transactional(async (tx) => {
      await execute(tx, 'create temporary table seen (n int) on commit drop', [], 'run');
      await execute(tx, 'insert into seen values (?), (?)', [1, 2], 'run');
      await expect(execute(tx, 'select count(*)::int as count from seen')).resolves.toEqual([{ count: 2 }]);
      await expect(execute(tx, 'select 7 as n', [], 'get')).resolves.toEqual({ n: 7 });
    });
  });

  it('takes a pooled connection outside a transaction', async () => {
    await expect(execute(orm.em.fork(), 'select ?::int + 1 as n', [41])).resolves.toEqual([{ n: 42 }]);
  });
});

describe('openDatabase', () => {
  it('lets replicas that start together on an empty database take turns: each ends up with the schema migrated once', async () => {
    const url = await createTestDatabase();
    class CreateThing extends Migration {
      override async up(): Promise<void> {
        this.addSql('create table "replica_start"."thing" ("id" int primary key)');
      }
    }
    const database = { schema: 'replica_start', entities: [RateLimitCounterSchema], migrations: [{ name: 'Migration20261206000000', class: CreateThing }] };
    const orms = await Promise.all(Array.from({ length: 4 }, () => openDatabase(database, url)));
    try {
      const applied = await execute<Array<{ count: number }>>(orms[0]!.em.fork(), 'select count(*)::int as count from "replica_start"."mikro_orm_migrations"');
      expect(applied).toEqual([{ count: 1 }]);
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
    }
  });
});
