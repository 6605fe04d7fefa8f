import { hasRole, isStaff, mayActForPerson, type Actor, type StaffActor } from '@omsorg/platform';
import type { ContentStatus } from '@omsorg/rules/offerings';

/**
 * Who may see and change what in the offerings domain (docs/OFFERINGS.md "Trust"). Every path
 * to the data calls these; each rule has a test that someone who may not, cannot.
 */

/** What the policy needs to know about a piece of content: is it published, and when. */
export type ContentFacts = { status: ContentStatus; publishFrom: Date | null; publishUntil: Date | null };

/** Published and inside its dates: what everyone, signed in or not, may read. */
export function isPublished(content: ContentFacts, now: Date): boolean {
  if (content.status !== 'PUBLISHED') return false;
  if (content.publishFrom && content.publishFrom > now) return false;
  if (content.publishUntil && content.publishUntil <= now) return false;
  return true;
}

/** Create and change venues, offerings, sessions and information pages: staff with the activities role. */
export function mayEditOfferings(actor: Actor): boolean {
  return hasRole(actor, 'ACTIVITIES');
}

/** Read content: published content is everyone's; drafts and previews are the editors'. */
export function mayReadContent(actor: Actor, content: ContentFacts, now: Date): boolean {
  return isPublished(content, now) || mayEditOfferings(actor);
}

/** What the policy needs to know about an offering to decide on its registrations. */
export type OrganiserFacts = { organiserUnit: string };

/** See a session's registrations with their personal data, and take attendance: the organiser's unit's activities staff. */
export function maySeeRegistrations(actor: Actor, offering: OrganiserFacts): boolean {
  return isStaff(actor) && hasRole(actor, 'ACTIVITIES') && actor.unit === offering.organiserUnit;
}

/** Read the attendance report (counts, no names) of one's own unit: staff with the activities role. */
export function mayReadAttendanceReport(actor: Actor): actor is StaffActor {
  return isStaff(actor) && hasRole(actor, 'ACTIVITIES');
}

/** A registration's own facts: whose it is. */
export type RegistrationFacts = { personId: string | null };

/** Read or cancel one's own registration, or that of a person one represents (signed in). */
export function mayActOnRegistration(actor: Actor, registration: RegistrationFacts): boolean {
  return registration.personId !== null && mayActForPerson(actor, registration.personId);
}

/** Make, follow and download the printable programme (a district's month): staff with the activities role. */
export function mayMakeProgramme(actor: Actor): boolean {
  return mayEditOfferings(actor);
}

/** The facts that decide whether a session takes registrations now. */
export type RegistrableFacts = {
  session: { capacity: number | null; startsAt: Date; cancelledAt: Date | null };
  offering: ContentFacts & { audience: 'OPEN_65' | 'DECISION'; registrationRequired: boolean };
};

/** Why a session takes no registration (null: it takes one). NOT_FOUND when the public may not see it at all. */
export type RegistrationRefusal = 'NOT_FOUND' | 'CANCELLED' | 'PAST' | 'NO_REGISTRATION' | 'DECISION';

/** May anyone register for this session now: published, not cancelled, not begun, with places, open to all over 65. */
export function registrationRefusal({ session, offering }: RegistrableFacts, now: Date): RegistrationRefusal | null {
  if (!isPublished(offering, now)) return 'NOT_FOUND';
  if (session.cancelledAt) return 'CANCELLED';
  if (session.startsAt <= now) return 'PAST';
  if (session.capacity === null || !offering.registrationRequired) return 'NO_REGISTRATION';
  if (offering.audience === 'DECISION') return 'DECISION';
  return null;
}

/** Register a signed-in person: oneself, or a person one represents. Staff and the anonymous register with name and phone only. */
export function mayRegisterPerson(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
}

/** Who may see which staff read a person's registrations: the person and their representatives. */
export function mayReadRegistrationOpenings(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
}
