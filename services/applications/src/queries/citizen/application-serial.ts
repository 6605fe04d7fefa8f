import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';

/**
 * The next serial for an application's reference number. The sequence hands out each value
 * once, even to concurrent requests; a rolled-back submission leaves a gap, which is fine.
 */
export async function nextApplicationSerial(em: EntityManager): Promise<number> {
  // In the caller's transaction: on a connection of its own it would wait for a free one while
  // holding its own, and as many concurrent submissions as the pool has connections (4 on one
  // replica when the other was killed, tests/integration/replicas.test.ts) then waited forever.
  const rows = await execute<Array<{ serial: string }>>(em, `select nextval('"applications"."application_reference_seq"') as serial`, []);
  const serial = Number(rows[0]?.serial);
  if (!Number.isSafeInteger(serial)) throw new Error('application reference sequence returned no value');
  return serial;
}
