import { createTestDatabase } from '@omsorg/platform/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureGatewayTables } from './sessions.ts';

const pools: pg.Pool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.end();
});

describe("the gateway's tables", () => {
  it('are made once when six replicas start at the same moment on an empty database, none of them failing', async () => {
    const url = await createTestDatabase();
    const replicas = Array.from({ length: 6 }, () => new pg.Pool({ connectionString: url, max: 1 }));
    pools.push(...replicas);
    // Each on a connection of its own, as separate processes would be.
    await Promise.all(replicas.map((pool) => pool.query('select 1')));
    const outcomes = await Promise.allSettled(replicas.map((pool) => ensureGatewayTables(pool)));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const { rows } = await replicas[0]!.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'gateway' order by table_name`,
    );
    expect(rows.map((row) => row.name)).toEqual(['rate_limit', 'session']);
  });
});
