import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, execute, type JobDefinition } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import { z } from 'zod';
import { outreachDatabase } from '../database.ts';
import { plannedSlots, SLOT_HORIZON_DAYS } from '../domain/slots.ts';
import { AvailabilityException, AvailabilityTemplate } from '../entities/availability.ts';

/** Makes the slots of the next 8 weeks from the templates: nightly for everyone, and for one worker when their availability changes. */
export const MATERIALISE_SLOTS_QUEUE = 'outreach.materialise-slots';

const materialiseData = z.object({ workerId: z.uuid().optional() });

/**
 * Makes the database's future slots what the templates, exceptions and holidays say, for one
 * worker or for everyone (`workerId` left out), from today (Stockholm) for 8 weeks:
 *
 * - every planned slot exists (insert, or on the unique key (worker, start, kind) refresh its end
 *   and place unless a booking holds it), idempotently;
 * - a future slot no template gives any more is deleted when no booking ever pointed at it, and
 *   withdrawn (not offered) when only cancelled ones do; a slot a booking holds is never touched.
 *
 * Returns how many slots are planned. Runs in one transaction.
 */
export async function materialiseSlots(em: EntityManager, options: { workerId?: string; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const worker = options.workerId ? { workerId: options.workerId } : {};
  const schema = outreachDatabase.schema;
  return em.transactional(async (tx) => {
    const [templates, exceptions] = await Promise.all([tx.find(AvailabilityTemplate, worker), tx.find(AvailabilityException, worker)]);
    const facts = templates.map((template) => ({ ...template, placeName: template.placeName ?? null, placeAddress: template.placeAddress ?? null, validTo: template.validTo ?? null }));
    const away = exceptions.map((exception) => ({ ...exception, startTime: exception.startTime ?? null, endTime: exception.endTime ?? null }));
    const planned = plannedSlots(facts, away, clockInStockholm(now).day, SLOT_HORIZON_DAYS).filter((slot) => slot.startsAt > now);
    const rows = JSON.stringify(
      planned.map((slot) => ({
        id: crypto.randomUUID(),
        worker_id: slot.workerId,
        starts_at: slot.startsAt.toISOString(),
        ends_at: slot.endsAt.toISOString(),
        kind: slot.kind,
        place_name: slot.placeName,
        place_address: slot.placeAddress,
      })),
    );
    const recordset = `jsonb_to_recordset(?::jsonb) as p(id uuid, worker_id uuid, starts_at timestamptz, ends_at timestamptz, kind text, place_name text, place_address text)`;
    if (planned.length > 0) {
      await execute(
        tx,
        `insert into "${schema}"."slot" ("id", "worker_id", "starts_at", "ends_at", "kind", "place_name", "place_address", "withdrawn_at", "created_at")
         select p.id, p.worker_id, p.starts_at, p.ends_at, p.kind, p.place_name, p.place_address, null, now() from ${recordset}
         on conflict ("worker_id", "starts_at", "kind") do update
           set "ends_at" = excluded."ends_at", "place_name" = excluded."place_name", "place_address" = excluded."place_address", "withdrawn_at" = null
           where not exists (select 1 from "${schema}"."booking" b where b."slot_id" = "slot"."id" and b."status" in ('ACTIVE', 'HELD'))`,
        [rows],
      );
    }
    // Future slots of these workers that no template gives any more.
    const stale = `s."starts_at" > ? and (?::uuid is null or s."worker_id" = ?::uuid)
      and not exists (select 1 from ${recordset} where p.worker_id = s."worker_id" and p.starts_at = s."starts_at" and p.kind = s."kind")`;
    const staleParams = [now, options.workerId ?? null, options.workerId ?? null, rows];
    await execute(
      tx,
      `delete from "${schema}"."slot" s where ${stale} and not exists (select 1 from "${schema}"."booking" b where b."slot_id" = s."id")`,
      staleParams,
    );
    await execute(
      tx,
      `update "${schema}"."slot" s set "withdrawn_at" = now() where s."withdrawn_at" is null and ${stale}
         and not exists (select 1 from "${schema}"."booking" b where b."slot_id" = s."id" and b."status" in ('ACTIVE', 'HELD'))`,
      staleParams,
    );
    return planned.length;
  });
}

/** Asks for one worker's slots to be made again, in the caller's transaction (a template or exception changed). */
export async function enqueueMaterialiseSlots(em: EntityManager, workerId: string): Promise<void> {
  await enqueueJob(em, MATERIALISE_SLOTS_QUEUE, { workerId });
}

export const materialiseSlotsJob: JobDefinition = {
  queue: MATERIALISE_SLOTS_QUEUE,
  handler: async (data, { em }) => {
    const { workerId } = materialiseData.parse(data ?? {});
    await materialiseSlots(em, workerId ? { workerId } : {});
  },
  // Nightly at 02:15 Stockholm time: the eighth week comes into reach.
  schedule: '15 2 * * *',
  retry: { limit: 5, delaySeconds: 30, backoff: true, maxDelaySeconds: 1800 },
  keepFinishedSeconds: 24 * 3600,
};
