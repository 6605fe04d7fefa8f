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

/**
 * A citizen books through an invitation only a time of the campaign's own unit: a worker
 * of another unit (or one outreach has not heard of) is not the campaign's to offer.
 */
export function invitationMayBookSlot(campaign: { unit: string }, workerUnit: string | null): boolean {
  return workerUnit !== null && workerUnit === campaign.unit;
}

/**
 * The booking an invitation reaches: one made through it (its id on the booking), or one staff
 * made for the same person in the same campaign (someone who phoned). Never another's.
 */
export function invitationHoldsBooking(
  invitation: { id: string; personId: string; campaignId: string },
  booking: { invitationId?: string | null; personId: string; campaignId: string | null },
): boolean {
  if (booking.invitationId) return booking.invitationId === invitation.id;
  return booking.personId === invitation.personId && booking.campaignId === invitation.campaignId;
}

/** Noting hearing or memory problems on an invitation (no video offered then): outreach staff of the campaign's unit. */
export function mayNoteHearingOrMemory(actor: Actor, campaign: { unit: string }): actor is StaffActor {
  return isOutreachStaffOf(actor, campaign.unit);
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

// ---------------------------------------------------------------------------------------------
// Calendar and bookings
//
// A worker's calendar belongs to the unit the worker is in (identity's word, through outreach's
// staff projection; `workerUnit` is null when outreach has not heard of the worker yet).
// - Availability (templates, exceptions) is changed by the worker, or OUTREACH staff of the unit.
// - Day and week views, booking on behalf of someone who phoned, moving, cancelling and marking
//   "did not come" are for OUTREACH staff of the worker's unit (the worker among them).
// - Staff book only for residents of their unit's campaigns' cohorts.
// - A booking's person data read by staff is access-logged (resource 'booking').

/** The calendar's worker as the policy sees them. */
export type CalendarWorker = { workerId: string; workerUnit: string | null };

function isTheWorker(actor: Actor, worker: CalendarWorker): boolean {
  return doesOutreach(actor) && actor.staffId === worker.workerId;
}

/** Change a worker's weekly templates and exceptions: the worker, or OUTREACH staff of their unit. */
export function mayManageAvailability(actor: Actor, worker: CalendarWorker): actor is StaffActor {
  return isTheWorker(actor, worker) || (worker.workerUnit !== null && isOutreachStaffOf(actor, worker.workerUnit));
}

/** See a worker's day and week (slots, and who booked them): OUTREACH staff of the worker's unit, and the worker. */
export function mayViewCalendar(actor: Actor, worker: CalendarWorker): actor is StaffActor {
  return mayManageAvailability(actor, worker);
}

/** Book, move, cancel or mark "did not come" on a worker's slot: OUTREACH staff of the worker's unit, and the worker. */
export function mayBookInCalendar(actor: Actor, worker: CalendarWorker): actor is StaffActor {
  return mayManageAvailability(actor, worker);
}

/**
 * Book for a person who phoned: the slot's calendar is the actor's to book in, and the person is
 * a resident of a cohort of a campaign of the actor's unit (`inUnitCohort`, asked of the data).
 */
export function mayBookForPerson(actor: Actor, worker: CalendarWorker, inUnitCohort: boolean): actor is StaffActor {
  return inUnitCohort && mayBookInCalendar(actor, worker);
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

// --- The person's view of who read their data --------------------------------------------------

/** Who may see which members of staff read a person's outreach data: the person and whoever represents them now. */
export function mayReadOutreachOpenings(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
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

// --- The indicator report -----------------------------------------------------------------------

/**
 * The unit's outreach figures in the city's indicator report (invited, conversations held,
 * referrals per tertial): counts only, for the quality council and managers of the unit; not for
 * outreach staff (they have the campaign funnel), caseworkers or citizens.
 */
export function mayReadIndicators(actor: Actor): actor is StaffActor {
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}
