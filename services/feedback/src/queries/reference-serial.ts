import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@omsorg/platform';

/**
 * The next serial for a reference number. A PostgreSQL sequence (created in the initial
 * migration) hands out each value once, even to concurrent requests; a failed insert leaves a
 * gap, which is fine for a register.
 */
export async function nextReferenceSerial(em: EntityManager): Promise<number> {
  // On the caller's transaction when there is one: a second pooled connection while holding one can wait forever.
  const rows = await execute<Array<{ serial: string }>>(em, `select nextval('"feedback"."feedback_reference_seq"') as serial`, []);
  const serial = Number(rows[0]?.serial);
  if (!Number.isSafeInteger(serial)) throw new Error('feedback reference sequence returned no value');
  return serial;
}
