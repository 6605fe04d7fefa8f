import { hasRole, isPerson, isStaff, mayActForPerson, personScope, type Actor, type StaffActor, type StaffRole } from '@omsorg/platform';
import type { ApplicationStatus } from './application-status.ts';
import { STAFF_VISIBLE_STATUSES } from './inbox.ts';

/*
 * The applications service's one access policy: pure functions over plain data. Every read and
 * write path asks these; no resolver restates a rule.
 *
 * - Drafts are the citizen's until sent: never visible to staff.
 * - Proposals (a caseworker's proposed decision awaiting a manager) are hidden from citizens.
 * - The violence screening is for the case's assignee and the unit's managers only.
 * - Caseworkers and managers see their own unit's cases; outreach and quality-council staff see
 *   no case content.
 * - A citizen sees their own applications and those of the persons they currently represent.
 */

/** The facts about a case that the rules need. */
export type CaseFacts = { applicantId: string; unit: string; status: ApplicationStatus; assigneeId?: string | null };

/** A staff member as this service last saw them (the staff_member projection). */
export type StaffFacts = { id: string; unit: string; roles: readonly string[] };

/** Which applications an actor may see, as a filter; null: none at all. */
export type CaseFilter = { applicantId: { $in: string[] } } | { unit: string; status: { $in: ApplicationStatus[] } };

export { isUuid } from '@omsorg/platform';

/** Casework (cases, investigations, decisions, orders) is for caseworkers and managers only. */
export function doesCasework(actor: Actor): actor is StaffActor {
  return hasRole(actor, 'CASEWORKER') || hasRole(actor, 'MANAGER');
}

/**
 * Registering an application that came by phone, paper, the contact centre or a discharge notice:
 * caseworkers and managers (the intake group is caseworkers of the intake unit). Never a citizen,
 * outreach or the quality council.
 */
export function mayRegisterApplication(actor: Actor): actor is StaffActor {
  return doesCasework(actor);
}

export function isManager(actor: Actor): boolean {
  return hasRole(actor, 'MANAGER');
}

/** The cases of the staff member's own unit, never a draft. */
export function staffCaseFilter(actor: StaffActor): { unit: string; status: { $in: ApplicationStatus[] } } {
  return { unit: actor.unit, status: { $in: [...STAFF_VISIBLE_STATUSES] } };
}

/** The applications the actor may see, as a filter; null when none. */
export function caseFilter(actor: Actor): CaseFilter | null {
  if (isPerson(actor)) return { applicantId: { $in: personScope(actor) } };
  if (doesCasework(actor)) return staffCaseFilter(actor);
  return null;
}

/** The visible applications of one person, or null when the actor may see none of theirs. */
export function caseFilterFor(actor: Actor, applicantId: string): ({ applicantId: string } & Partial<ReturnType<typeof staffCaseFilter>>) | null {
  if (isPerson(actor)) return personScope(actor).includes(applicantId) ? { applicantId } : null;
  if (doesCasework(actor)) return { applicantId, ...staffCaseFilter(actor) };
  return null;
}

/** A citizen acts for themself and for the persons they currently represent (refreshed every request). */
export function mayActFor(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
}

/** The persons a citizen acts for, themself first; none for anyone else. */
export function personsActedFor(actor: Actor): string[] {
  return isPerson(actor) ? personScope(actor) : [];
}

/** Callback requests (a person's phone and message) are for the caseworkers and managers of their unit. */
export function staffCallbackFilter(actor: StaffActor): { unit: string } {
  return { unit: actor.unit };
}

/** Statistics (aggregates of the own unit, no case content) are for managers and the quality council. */
export function maySeeStatistics(actor: Actor): actor is StaffActor {
  return isStaff(actor) && (hasRole(actor, 'MANAGER') || hasRole(actor, 'QUALITY_COUNCIL'));
}

/**
 * The indicator report's figures of the own unit (callbacks within 48 hours, investigations that
 * describe every applied service, days to decision): aggregates only, for the quality council and
 * managers, as the statistics.
 */
export function mayReadIndicators(actor: Actor): actor is StaffActor {
  return maySeeStatistics(actor);
}

/** The same rules as `caseFilter`, for one case in hand. */
export function maySeeCase(actor: Actor, application: CaseFacts): boolean {
  if (isPerson(actor)) return personScope(actor).includes(application.applicantId);
  if (doesCasework(actor)) return application.unit === actor.unit && STAFF_VISIBLE_STATUSES.includes(application.status);
  return false;
}

/** Whether a read by this actor is a staff read of case content, to be logged for the citizen. */
export function isLoggedCaseRead(actor: Actor): actor is StaffActor {
  return isStaff(actor);
}

/**
 * Choosing the provider of a granted service (LOV): the person, or a representative acting for
 * them now, in the portal; casework staff of the case's unit record a choice made by phone.
 * Nobody else, and never on a draft.
 */
export function mayChooseProvider(actor: Actor, application: CaseFacts): boolean {
  if (!STAFF_VISIBLE_STATUSES.includes(application.status)) return false;
  if (isPerson(actor)) return mayActForPerson(actor, application.applicantId);
  return maySeeCase(actor, application);
}

/** Violence screening answers (FREDA, REAGERA S): the case's assignee and the unit's managers only. */
export function maySeeViolenceScreening(actor: Actor, application: CaseFacts): boolean {
  if (!maySeeCase(actor, application) || !doesCasework(actor)) return false;
  return isManager(actor) || (!!application.assigneeId && application.assigneeId === actor.staffId);
}

/** Decision statuses the actor may see: proposals are internal to staff until a manager decides. */
export function visibleDecisionStatuses(actor: Actor): Array<'PROPOSED' | 'DECIDED' | 'SUPERSEDED'> {
  return doesCasework(actor) ? ['PROPOSED', 'DECIDED', 'SUPERSEDED'] : ['DECIDED', 'SUPERSEDED'];
}

/** Staff doing casework see every event of the timeline; others only what concerns the applicant. */
export function seesInternalEvents(actor: Actor): boolean {
  return doesCasework(actor);
}

/** Only managers see the decision queue and record case-review outcomes. */
export function mayManageUnit(actor: Actor): boolean {
  return isManager(actor);
}

export type AssignmentRefusal =
  /** The case has another assignee: only they or a manager may hand it on. */
  | 'ASSIGNED_TO_OTHER'
  /** The new assignee is not a caseworker or manager of the case's unit. */
  | 'NOT_ELIGIBLE';

const ASSIGNABLE_ROLES: readonly StaffRole[] = ['CASEWORKER', 'MANAGER'];

/** Whether a staff member, as identity last told us (the staff projection), may be given cases of this unit. */
export function mayBeAssignee(member: StaffFacts | null, unit: string): boolean {
  return !!member && member.unit === unit && member.roles.some((role) => (ASSIGNABLE_ROLES as readonly string[]).includes(role));
}

/** Whether the actor may change who has an assigned case: its assignee or a manager of the unit. */
function mayReassign(actor: StaffActor, application: CaseFacts): boolean {
  if (!application.assigneeId || application.assigneeId === actor.staffId) return true;
  return isManager(actor) && actor.unit === application.unit;
}

/** Taking a case: an unassigned one, or (for a manager) one assigned to someone else. */
export function takeRefusal(actor: StaffActor, application: CaseFacts): AssignmentRefusal | null {
  return mayReassign(actor, application) ? null : 'ASSIGNED_TO_OTHER';
}

/** Assigning a case to `assignee` (null: back to the inbox), who must be eligible in its unit. */
export function assignRefusal(actor: StaffActor, application: CaseFacts, assigneeId: string | null, assignee: StaffFacts | null): AssignmentRefusal | null {
  if (!mayReassign(actor, application)) return 'ASSIGNED_TO_OTHER';
  if (assigneeId === null) return null;
  return mayBeAssignee(assignee && assignee.id === assigneeId ? assignee : null, application.unit) ? null : 'NOT_ELIGIBLE';
}

/** The facts about a callback request that the rules need. */
export type CallbackFacts = { unit: string; personId: string; requestedById?: string | null; completedAt?: Date | null };

export type CallbackOutcomeRefusal =
  /** Not a caseworker or manager of the callback's unit. */
  | 'FORBIDDEN'
  /** Its outcome is already recorded: a call after it is a new callback. */
  | 'DONE';

/** Recording how a call went: a caseworker or manager of the callback's unit, once. */
export function callbackOutcomeRefusal(actor: Actor, callback: CallbackFacts): CallbackOutcomeRefusal | null {
  if (!doesCasework(actor) || callback.unit !== actor.unit) return 'FORBIDDEN';
  return callback.completedAt ? 'DONE' : null;
}

/**
 * Who asked for the call: the unit's caseworkers and managers (they call back), and the one who
 * asked, about their own request. Someone else acting for the person learns nothing of who did.
 */
export function maySeeCallbackRequester(actor: Actor, callback: CallbackFacts): boolean {
  if (doesCasework(actor)) return callback.unit === actor.unit;
  return isPerson(actor) && !!callback.requestedById && callback.requestedById === actor.personId && mayActFor(actor, callback.personId);
}

/** How a call went and the note about it: the unit's caseworkers and managers, never a citizen. */
export function maySeeCallbackNotes(actor: Actor, callback: CallbackFacts): boolean {
  return doesCasework(actor) && callback.unit === actor.unit;
}

/** The case a callback concerns, linked only for someone who may see that case. */
export function mayFollowCallbackToCase(actor: Actor, application: CaseFacts | null): boolean {
  return application !== null && maySeeCase(actor, application);
}
