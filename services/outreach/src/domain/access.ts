import { hasRole, type Actor, type StaffActor } from '@omsorg/platform';

/*
 * The outreach service's one access policy: pure functions over plain data. Every read and write
 * path (GraphQL resolvers, HTTP routes, jobs acting for someone) asks these; no resolver restates
 * a rule. Each rule has a test that someone who may not, cannot (domain/access.test.ts and the
 * integration tests of each path).
 *
 * - Outreach work (campaigns, cohorts, calendars, conversations) is for OUTREACH staff of the
 *   unit that runs the campaign; they see only the residents of their unit's campaigns.
 * - A citizen answers their own invitation: signed in as the person (or someone who represents
 *   them), or holding the invitation's code and the person's birth date (an invitation session).
 * - The conversation record is for outreach staff, and after a referral with consent for the
 *   caseworkers of the unit that received it.
 *
 * Sections below are added per area (campaigns, calendar, invitations, conversations); keep each
 * rule a pure function and each section's tests beside the others in access.test.ts.
 */

/** Outreach work at all: staff with the OUTREACH role. */
export function doesOutreach(actor: Actor): actor is StaffActor {
  return hasRole(actor, 'OUTREACH');
}

/** The outreach staff of the unit that owns something (a campaign, a calendar). */
export function isOutreachStaffOf(actor: Actor, unit: string): actor is StaffActor {
  return doesOutreach(actor) && actor.unit === unit;
}

// --- Letters and notices ---------------------------------------------------------------------
// Letters to post (outgoing_letter: confirmations, moves and cancellations for people without an
// e-mail address) are printed by the outreach staff of the unit that sends them; the list of whom
// to phone the day before is theirs too. Caseworkers, citizens and other units' outreach staff
// see neither (the query, the print route and the mutation all ask these).

/** Sees, prints and marks printed the letters to post of `unit`. */
export function mayHandleLettersOf(actor: Actor, unit: string): actor is StaffActor {
  return isOutreachStaffOf(actor, unit);
}

/** The unit whose letters and reminder calls an actor handles: their own, when they do outreach; else none. */
export function letterUnitOf(actor: Actor): string | null {
  return doesOutreach(actor) && actor.unit ? actor.unit : null;
}
