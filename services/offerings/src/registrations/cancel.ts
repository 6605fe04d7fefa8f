import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '@omsorg/platform';
import { Offering } from '../entities/offering.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';

export const MOVED_UP_QUEUE = 'offerings.moved-up';

export type CancelOutcome =
  | { kind: 'cancelled'; registration: Registration; promoted: Registration | null }
  | { kind: 'refused'; reason: 'NOT_FOUND' | 'PAST' };

/** Which registration to cancel: by id (signed in) or by the hash of a cancel code. */
export type CancelTarget = { id: string } | { cancelCodeHash: string };

/**
 * Cancels a registration. A registered place that frees moves the first on the waiting list up in
 * the same transaction (status REGISTERED, promotedAt) and queues `offerings.moved-up` in it, so
 * the notice exists exactly when the move does. The session row is locked first, as registering
 * locks it, so a cancel and a registration never both take the freed place. `mayCancel` is the
 * caller's policy (domain/access.ts); a registration the actor may not touch answers NOT_FOUND.
 * Cancelling twice answers the cancelled registration again and moves nobody.
 */
export async function cancelRegistration(
  em: EntityManager,
  target: CancelTarget,
  mayCancel: (registration: Registration, offering: Offering) => boolean,
  now: Date = new Date(),
): Promise<CancelOutcome> {
  const where = 'id' in target ? { id: target.id } : { cancelCodeHash: target.cancelCodeHash };
  const found = await em.fork().findOne(Registration, where, { fields: ['session'] });
  if (!found) return { kind: 'refused', reason: 'NOT_FOUND' };
  return em.fork().transactional(async (tx) => {
    const session = await tx.findOneOrFail(Session, { id: found.session.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const registration = await tx.findOneOrFail(Registration, { id: found.id });
    const offering = await tx.findOneOrFail(Offering, { id: session.offering.id });
    if (!mayCancel(registration, offering)) return { kind: 'refused', reason: 'NOT_FOUND' };
    if (registration.status === 'CANCELLED') return { kind: 'cancelled', registration, promoted: null };
    if (session.startsAt <= now) return { kind: 'refused', reason: 'PAST' };
    const freesPlace = registration.status === 'REGISTERED';
    registration.status = 'CANCELLED';
    registration.cancelledAt = now;
    let promoted: Registration | null = null;
    if (freesPlace) {
      session.registeredCount -= 1;
      promoted = await tx.findOne(Registration, { session, status: 'WAITING' }, { orderBy: { waitingPosition: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
      if (promoted && !session.cancelledAt) {
        promoted.status = 'REGISTERED';
        promoted.promotedAt = now;
        session.registeredCount += 1;
      } else promoted = null;
    }
    await tx.flush();
    if (promoted) await enqueueJob(tx, MOVED_UP_QUEUE, { registrationId: promoted.id }, { singletonKey: `moved-up:${promoted.id}` });
    return { kind: 'cancelled', registration, promoted };
  });
}
