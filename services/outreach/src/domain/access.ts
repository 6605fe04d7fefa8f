import { hasRole, mayActForPerson, type Actor, type StaffActor } from '@omsorg/platform';

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

// --- Invitations --------------------------------------------------------------------------------

/** What an invitation session (code and birth date, no BankID) holds: one invitation, until it expires. */
export type InvitationSessionFacts = { invitationId: string; expiresAt: Date };

/**
 * An invitation session opens its own invitation only, and only until it expires; a token that
 * found no session opens nothing.
 */
export function sessionOpensInvitation(session: InvitationSessionFacts | null, invitationId: string, now: Date): boolean {
  return session !== null && session.invitationId === invitationId && session.expiresAt.getTime() > now.getTime();
}

/** A signed-in citizen sees and answers the invitations of themself and of those they represent now. */
export function mayAnswerInvitationSignedIn(actor: Actor, invitation: { personId: string }): boolean {
  return mayActForPerson(actor, invitation.personId);
}

// --- Campaigns and cohorts ---------------------------------------------------------------

/** What the campaign rules need of a campaign: the unit that runs it. */
export type CampaignUnit = { unit: string };

/** Starting a campaign: any outreach worker, for their own unit (the campaign gets the actor's unit). */
export function mayCreateCampaign(actor: Actor): actor is StaffActor {
  return doesOutreach(actor);
}

/** Seeing a campaign, its rule, its cohort's counts: outreach staff of the campaign's unit. */
export function maySeeCampaign(actor: Actor, campaign: CampaignUnit): actor is StaffActor {
  return isOutreachStaffOf(actor, campaign.unit);
}

/** Changing a campaign (name, period, rule, status, fixing its cohort): outreach staff of its unit. */
export function mayChangeCampaign(actor: Actor, campaign: CampaignUnit): actor is StaffActor {
  return isOutreachStaffOf(actor, campaign.unit);
}

/** Reading the residents of a campaign's cohort (names, birth dates, addresses): outreach staff of its unit; each read is logged. */
export function mayReadCohort(actor: Actor, campaign: CampaignUnit): actor is StaffActor {
  return isOutreachStaffOf(actor, campaign.unit);
}

/** The campaigns an actor's list shows: their own unit's, or none (null) for anyone else. */
export function campaignListFilter(actor: Actor): CampaignUnit | null {
  return doesOutreach(actor) ? { unit: actor.unit } : null;
}

// --- Letters ------------------------------------------------------------------------------------

/**
 * Making a campaign's invitation or reminder letters (a print file of its residents' names,
 * addresses and codes): outreach staff of the campaign's unit.
 */
export function mayMakeLetters(actor: Actor, campaign: CampaignUnit): actor is StaffActor {
  return isOutreachStaffOf(actor, campaign.unit);
}

/** Seeing a campaign's letter batches and downloading their print files (each download logged per person): outreach staff of its unit. */
export function mayReadLetters(actor: Actor, campaign: CampaignUnit): actor is StaffActor {
  return isOutreachStaffOf(actor, campaign.unit);
}
