import type { Locale } from '../i18n/locale.ts';

export const STAFF_ROLES = ['CASEWORKER', 'MANAGER', 'OUTREACH', 'QUALITY_COUNCIL', 'ACTIVITIES'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who is asking: decided by the gateway from the session, carried in the internal token. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      personId: string;
      /** Persons this person may act for now (valid, verified representations). */
      actingFor: string[];
    }
  | { kind: 'staff'; staffId: string; roles: StaffRole[]; unit: string }
  /** The gateway itself, e.g. when resolving who just logged in. */
  | { kind: 'system' };

export type PersonActor = Extract<Actor, { kind: 'person' }>;
export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export type RequestIdentity = {
  actor: Actor;
  locale: Locale;
  /** The client's address as a keyed hash (clientFingerprint), never the address itself. */
  client?: string;
};

export function isStaff(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff';
}

export function isPerson(actor: Actor): actor is PersonActor {
  return actor.kind === 'person';
}

export function hasRole(actor: Actor, role: StaffRole): boolean {
  return isStaff(actor) && actor.roles.includes(role);
}

/** A citizen may see their own data and that of the persons they currently represent. */
export function mayActForPerson(actor: Actor, personId: string): boolean {
  return isPerson(actor) && (actor.personId === personId || actor.actingFor.includes(personId));
}

/** Every person id the actor may act for, themself included. */
export function personScope(actor: PersonActor): string[] {
  return [actor.personId, ...actor.actingFor];
}
