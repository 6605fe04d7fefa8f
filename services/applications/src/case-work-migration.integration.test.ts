import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@omsorg/platform';
import { createTestDatabase } from '@omsorg/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsDatabase } from './database.ts';

/*
 * Migration20261205082828_case_work replaced decision_awaiting_order (and its functions and
 * triggers) with case_work. Its down puts the old table back as the earlier migration made it,
 * so the schema can go down a step and up again.
 */
const BEFORE = 'Migration20261205061324_work_list';
let orm: MikroORM;

/** The names of the applications schema's tables, functions and triggers that either migration makes. */
async function objects(): Promise<string[]> {
  const rows = await orm.em.getConnection().execute<Array<{ name: string }>>(
    `select table_name as name from information_schema.tables where table_schema = 'applications' and table_name in ('decision_awaiting_order', 'case_work')
     union all select routine_name from information_schema.routines where routine_schema = 'applications' and (routine_name like 'decision_awaiting_order%' or routine_name like 'case_work%')
     union all select distinct trigger_name from information_schema.triggers where trigger_schema = 'applications' and (trigger_name like '%awaiting_order' or trigger_name like '%case_work')`,
  );
  return rows.map((row) => row.name).sort();
}

const OLD = ['decision_awaiting_order', 'decision_awaiting_order', 'decision_awaiting_order_change', 'decision_awaiting_order_refresh', 'service_order_awaiting_order'].sort();

beforeAll(async () => {
  orm = await MikroORM.init(ormOptions(applicationsDatabase, await createTestDatabase()));
  await orm.em.getConnection().execute(`create schema if not exists "${applicationsDatabase.schema}"`);
});

afterAll(() => orm?.close());

describe('the case_work migration', () => {
  it('goes down to decision_awaiting_order with its functions and triggers, and up again', async () => {
    await orm.migrator.up({ to: BEFORE });
    const old = await objects();
    expect(old).toEqual(OLD);

    await orm.migrator.up();
    const current = await objects();
    expect(current).toContain('case_work');
    expect(current).not.toContain('decision_awaiting_order');

    await orm.migrator.down({ to: BEFORE });
    expect(await objects()).toEqual(old);

    await orm.migrator.up();
    expect(await objects()).toEqual(current);
  });
});
