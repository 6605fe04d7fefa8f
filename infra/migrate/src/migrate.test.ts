import { identityService } from '@omsorg/identity';
import { openDatabase } from '@omsorg/platform';
import { createTestDatabase } from '@omsorg/platform/testing';
import { describe, expect, it } from 'vitest';
import { MIGRATED_SERVICES, migrateAll } from './migrate.ts';

describe('migrateAll', () => {
  it('brings every schema up to date, adds no development data, and is a no-op the second time', async () => {
    const url = await createTestDatabase();
    await migrateAll(url);
    await migrateAll(url);
    // Opening a service's database migrates it again: nothing left to do, so it only connects.
    const orm = await openDatabase(identityService.database, url);
    try {
      const connection = orm.em.fork().getConnection();
      for (const service of MIGRATED_SERVICES) {
        const { schema } = service.database;
        const rows = await connection.execute<Array<{ name: string }>>(`select name from "${schema}"."mikro_orm_migrations" order by name`);
        expect(rows.map((row) => row.name), schema).toEqual(service.database.migrations.map((migration) => migration.name).sort());
      }
      const [people] = await connection.execute<Array<{ count: string }>>('select count(*)::text as count from "identity"."person"');
      const [staff] = await connection.execute<Array<{ count: string }>>('select count(*)::text as count from "identity"."staff_member"');
      expect({ people: people!.count, staff: staff!.count }).toEqual({ people: '0', staff: '0' });
    } finally {
      await orm.close();
    }
  }, 120_000);
});
