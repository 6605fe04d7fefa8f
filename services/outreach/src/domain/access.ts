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

// ---- Conversations ------------------------------------------------------------------------

/** What the conversation rules need to know about a conversation (or the booking it will be for). */
export type ConversationFacts = {
  /** The unit whose outreach staff keep it: the booking's campaign's, or the worker's without one. */
  unit: string;
  /** Whether the person said yes to a caseworker reading the record after a referral. */
  shareRecordConsent: boolean | null;
  /** The referral the conversation led to, when one was made with consent. */
  referral: { unit: string; consented: boolean } | null;
};

/**
 * The unit a conversation belongs to: the campaign's when the booking came through one; else
 * the worker's own unit, and only the worker of the booking's slot may start it. Null when the
 * actor may not start it at all.
 */
export function conversationUnitFor(actor: Actor, booking: { campaignUnit: string | null; workerId: string }): string | null {
  if (!doesOutreach(actor)) return null;
  if (booking.campaignUnit !== null) return actor.unit === booking.campaignUnit ? booking.campaignUnit : null;
  return actor.staffId === booking.workerId ? actor.unit : null;
}

/** Writing the record (drafts, completing, referring): the outreach staff of its unit only. */
export function mayWriteConversation(actor: Actor, conversation: Pick<ConversationFacts, 'unit'>): boolean {
  return isOutreachStaffOf(actor, conversation.unit);
}

/**
 * Reading the record: its unit's outreach staff; and, after a referral the person consented to
 * (with their yes to sharing the record), the caseworkers and managers of the receiving unit.
 */
export function mayReadConversation(actor: Actor, conversation: ConversationFacts): boolean {
  if (mayWriteConversation(actor, conversation)) return true;
  return isReceivingCaseworker(actor, conversation);
}

/** A caseworker or manager of the unit a consented referral went to, when the record may be shared. */
export function isReceivingCaseworker(actor: Actor, conversation: ConversationFacts): actor is StaffActor {
  const referral = conversation.referral;
  if (!referral?.consented || conversation.shareRecordConsent !== true) return false;
  if (actor.kind !== 'staff' || actor.unit !== referral.unit) return false;
  return hasRole(actor, 'CASEWORKER') || hasRole(actor, 'MANAGER');
}
