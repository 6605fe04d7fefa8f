import { hasRole, isStaff, mayActForPerson, type Actor } from '@omsorg/platform';

/** What the policy needs to know about a feedback item: whose unit it is and who handles it. */
export type FeedbackItemFacts = {
  /** The responsible unit; null while nobody has given it one. */
  unit: string | null;
  /** The assigned handler (identity's StaffMember id); null while only assigned to a unit. */
  handlerId: string | null;
};

/** What the policy needs to know about the feedback read, besides who reads it. */
export type FeedbackReadFacts = Partial<FeedbackItemFacts> & {
  /** The actor sent it in this very request (the form's receipt shows what was registered). */
  sentInThisRequest: boolean;
};

function isAssignedHandler(actor: Actor, item: Partial<FeedbackItemFacts>): boolean {
  return isStaff(actor) && typeof item.handlerId === 'string' && item.handlerId === actor.staffId;
}

function isQualityCouncilOrManager(actor: Actor): boolean {
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}

/** The quality council or a manager of the item's unit; an item without a unit is every unit's. */
function overseesItem(actor: Actor, item: Partial<FeedbackItemFacts>): boolean {
  if (!isStaff(actor) || !isQualityCouncilOrManager(actor)) return false;
  const unit = item.unit ?? null;
  return unit === null || unit === actor.unit;
}

/**
 * Handle an item (classify, assign, note, act, forward, answer, link, escalate, close, reopen)
 * and read it with its sender's details: the quality council and managers of its unit (an item
 * without a unit: of any unit) and its assigned handler, whatever their role. Nobody else.
 */
export function mayHandleFeedback(actor: Actor, item: Partial<FeedbackItemFacts>): boolean {
  return overseesItem(actor, item) || isAssignedHandler(actor, item);
}

/** Read an item: those who may handle it; the sender sees what they have just sent. */
export function mayReadFeedback(actor: Actor, facts: FeedbackReadFacts): boolean {
  if (facts.sentInThisRequest) return true;
  return mayHandleFeedback(actor, facts);
}

/** The sender's name, address, e-mail and phone: the same readers as the item itself. */
export function mayReadSenderContact(actor: Actor, facts: FeedbackReadFacts): boolean {
  return mayReadFeedback(actor, facts);
}

/**
 * The text with personnummer and other sensitive details unmasked: the assigned handler and the
 * quality council (of the item's unit), never a manager who is not the handler. A logged read.
 */
export function mayRevealFeedbackText(actor: Actor, item: Partial<FeedbackItemFacts>): boolean {
  if (isAssignedHandler(actor, item)) return true;
  return hasRole(actor, 'QUALITY_COUNCIL') && overseesItem(actor, item);
}

/** Register feedback that came by postcard, phone, letter or in person: the quality council and managers. */
export function mayRegisterFeedback(actor: Actor): boolean {
  return isQualityCouncilOrManager(actor);
}

/**
 * Which items a staff member's list holds (the same rule as mayHandleFeedback, as a filter):
 * the quality council and managers their unit's, those without a unit and their own; anyone
 * else on staff only those assigned to them; nobody else any.
 */
export type FeedbackListScope =
  | { kind: 'none' }
  | { kind: 'assigned'; handlerId: string }
  | { kind: 'unit'; unit: string; handlerId: string };

export function feedbackListScope(actor: Actor): FeedbackListScope {
  if (!isStaff(actor)) return { kind: 'none' };
  if (isQualityCouncilOrManager(actor)) return { kind: 'unit', unit: actor.unit, handlerId: actor.staffId };
  return { kind: 'assigned', handlerId: actor.staffId };
}

/** Whether an item is in a list of that scope (what the SQL filter does, for tests and single reads). */
export function isInListScope(scope: FeedbackListScope, item: FeedbackItemFacts): boolean {
  if (scope.kind === 'none') return false;
  if (item.handlerId === scope.handlerId) return true;
  return scope.kind === 'unit' && (item.unit === null || item.unit === scope.unit);
}

/** May list received feedback at all (before any item is known): any staff member; the rows follow feedbackListScope. */
export function mayListFeedback(actor: Actor): boolean {
  return feedbackListScope(actor).kind !== 'none';
}

/** Staff reads of feedback from signed-in citizens are logged where the citizen sees them. */
export function isLoggedFeedbackRead(actor: Actor, feedback: { personId?: string | null }): boolean {
  return actor.kind === 'staff' && typeof feedback.personId === 'string';
}

/** Who sees which staff read a person's signed feedback: the person and their representatives. */
export function mayReadFeedbackOpenings(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
}

/** What the citizen-side policies need to know about an item: who sent it and whom it concerns. */
export type FeedbackSenderFacts = { personId: string | null; concernsPersonId: string | null };

/**
 * A signed-in sender may say the feedback concerns a person they represent now (a valid,
 * verified representation); about themself, nobody else is named. Nobody else may name anyone.
 */
export function mayGiveFeedbackAbout(actor: Actor, personId: string): boolean {
  return actor.kind === 'person' && actor.personId !== personId && actor.actingFor.includes(personId);
}

/** "Mina synpunkter" is for a signed-in citizen (or representative) only. */
export function mayListOwnFeedback(actor: Actor): boolean {
  return actor.kind === 'person';
}

/**
 * A signed-in citizen reads, with the answers sent to the sender: what they sent, what a person
 * they represent sent, and what someone sent about a person they represent. Not feedback others
 * sent about themself, not anonymous feedback (nobody is linked), and never staff.
 */
export function mayReadOwnFeedback(actor: Actor, feedback: FeedbackSenderFacts): boolean {
  if (actor.kind !== 'person') return false;
  if (feedback.personId !== null && mayActForPerson(actor, feedback.personId)) return true;
  return feedback.concernsPersonId !== null && actor.actingFor.includes(feedback.concernsPersonId);
}
