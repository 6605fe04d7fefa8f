import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RegistrationNoticeChannel } from '@omsorg/rules/offerings';
import { registrationRefusal, type RegistrableFacts, type RegistrationRefusal } from '../domain/access.ts';
import { Offering } from '../entities/offering.ts';
import { PersonGender } from '../entities/person-gender.ts';
import { Registration } from '../entities/registration.ts';
import { Session } from '../entities/session.ts';

/** What is stored of a new registration, checked already (schema/registration.ts). */
export type NewRegistration = {
  personId: string | null;
  registeredById: string | null;
  name: string;
  phone: string;
  email: string | null;
  postalAddress: string | null;
  noticeBy: RegistrationNoticeChannel;
  language: string;
  cancelCodeHash: string | null;
};

export type PlaceOutcome =
  | { kind: 'placed'; registration: Registration }
  | { kind: 'refused'; reason: RegistrationRefusal | 'ALREADY_REGISTERED' };

/** The policy's facts of a session and its offering (the entities' nullable columns as null). */
export function registrableFacts(session: Session, offering: Offering): RegistrableFacts {
  return {
    session: { capacity: session.capacity ?? null, startsAt: session.startsAt, cancelledAt: session.cancelledAt ?? null },
    offering: { status: offering.status, publishFrom: offering.publishFrom ?? null, publishUntil: offering.publishUntil ?? null, audience: offering.audience, registrationRequired: offering.registrationRequired },
  };
}

/** The active (registered or waiting) registration of a person on a session, if any. */
export function activeRegistrationOf(em: EntityManager, sessionId: string, personId: string): Promise<Registration | null> {
  return em.findOne(Registration, { session: sessionId, personId, status: { $in: ['REGISTERED', 'WAITING'] } });
}

/**
 * Registers on a session, or puts on its waiting list, in one transaction under a row lock on the
 * session (`select … for update`): every registration of the session waits for the one before, so
 * `registeredCount` never passes `capacity` and waiting positions are 1, 2, 3 … without gaps,
 * whatever the load (the race test and tests/bench/offerings-registration-race.bench.ts).
 */
export async function placeRegistration(em: EntityManager, sessionId: string, input: NewRegistration, now: Date = new Date()): Promise<PlaceOutcome> {
  return em.fork().transactional(async (tx) => {
    const session = await tx.findOne(Session, { id: sessionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!session) return { kind: 'refused', reason: 'NOT_FOUND' };
    const offering = await tx.findOneOrFail(Offering, { id: session.offering.id });
    const refusal = registrationRefusal(registrableFacts(session, offering), now);
    if (refusal) return { kind: 'refused', reason: refusal };
    if (input.personId && (await activeRegistrationOf(tx, session.id, input.personId))) return { kind: 'refused', reason: 'ALREADY_REGISTERED' };
    const registered = session.registeredCount < (session.capacity ?? 0);
    if (registered) session.registeredCount += 1;
    else session.waitingSequence += 1;
    const registration = tx.create(Registration, {
      session,
      status: registered ? 'REGISTERED' : 'WAITING',
      waitingPosition: registered ? null : session.waitingSequence,
      ...input,
      // Signed in: identity's legal gender for the attendance reports; otherwise staff may set it.
      gender: input.personId ? ((await tx.findOne(PersonGender, { personId: input.personId }))?.legalGender ?? 'UNKNOWN') : 'UNKNOWN',
      attended: null,
      promotedAt: null,
      reminderSentAt: null,
      cancelledAt: null,
    });
    await tx.flush();
    return { kind: 'placed', registration };
  });
}
