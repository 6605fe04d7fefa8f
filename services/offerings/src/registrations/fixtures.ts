import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '@omsorg/platform';
import type { OfferingAudience } from '@omsorg/rules/offerings';
import { Offering } from '../entities/offering.ts';
import { Session } from '../entities/session.ts';
import { Venue } from '../entities/venue.ts';

/* Test fixtures for registrations: a venue, an offering and a session, as the editor would make them. */

export const ORGANISER_UNIT = 'Träffpunkter och aktiviteter, Hägersten-Älvsjö';

export const kerstin: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-00000000a001', roles: ['ACTIVITIES'], unit: ORGANISER_UNIT };
export const otherUnit: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-00000000a002', roles: ['ACTIVITIES'], unit: 'Träffpunkter, Skärholmen' };
export const caseworker: Actor = { kind: 'staff', staffId: '00000000-0000-4000-8000-00000000a003', roles: ['CASEWORKER'], unit: ORGANISER_UNIT };
export const signe: Actor = { kind: 'person', personId: '00000000-0000-4000-8000-00000000b001', actingFor: ['00000000-0000-4000-8000-00000000b002'] };
export const stranger: Actor = { kind: 'person', personId: '00000000-0000-4000-8000-00000000b003', actingFor: [] };
export const anonymous: Actor = { kind: 'anonymous' };

export type SessionOptions = {
  capacity?: number | null;
  startsAt?: Date;
  audience?: OfferingAudience;
  published?: boolean;
  cancelled?: boolean;
  registrationRequired?: boolean;
  title?: string;
};

/** A published offering at a new venue with one session (10 places, in a week) unless told otherwise. */
export async function createSession(orm: MikroORM, options: SessionOptions = {}): Promise<Session> {
  const em = orm.em.fork();
  const venue = em.create(Venue, {
    name: `Träffpunkt test ${crypto.randomUUID().slice(0, 8)}`,
    streetAddress: 'Hövdingagatan 22',
    postalCode: '126 52',
    area: 'Aspudden',
    phone: '08-508 22 100',
    texts: { sv: { description: '', openingHours: '', holidayHours: '', directions: '', accessibility: '' } },
  });
  const offering = em.create(Offering, {
    kind: 'ACTIVITY',
    audience: options.audience ?? 'OPEN_65',
    venue,
    texts: { sv: { title: options.title ?? 'Sittgympa', summary: 'Gympa på stol.', description: '' }, fi: { title: 'Tuolijumppa', summary: '', description: '' } },
    organiserUnit: ORGANISER_UNIT,
    registrationRequired: options.registrationRequired ?? true,
    status: options.published === false ? 'DRAFT' : 'PUBLISHED',
  });
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const session = em.create(Session, {
    offering,
    venue,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    capacity: options.capacity === undefined ? 10 : options.capacity,
    cancelledAt: options.cancelled ? new Date() : null,
  });
  await em.flush();
  return session;
}

export const REGISTER = `mutation($sessionId: ID!, $input: RegisterForSessionInput!) {
  registerForSession(sessionId: $sessionId, input: $input) {
    __typename
    ... on MutationRegisterForSessionSuccess { data { cancelCode registration { id status waitingPosition name noticeBy session { id title venueName startsAt } } } }
    ... on Error { message }
    ... on ValidationError { issues { field message } }
    ... on RegistrationClosedError { reason }
  }
}`;

export const CANCEL = `mutation($registrationId: ID!) {
  cancelRegistration(registrationId: $registrationId) {
    __typename
    ... on MutationCancelRegistrationSuccess { data { movedUp registration { id status } } }
    ... on Error { message }
    ... on RegistrationClosedError { reason }
  }
}`;

export const CANCEL_BY_CODE = `mutation($code: String!) {
  cancelRegistrationByCode(code: $code) {
    __typename
    ... on MutationCancelRegistrationByCodeSuccess { data { movedUp registration { id status } } }
    ... on Error { message }
    ... on ValidationError { issues { field message } }
  }
}`;

export function contact(name: string, extra: Record<string, unknown> = {}) {
  return { name, phone: '070-123 45 67', noticeBy: 'PHONE', ...extra };
}
