import { hasRole, mayActForPerson, type Actor } from '@omsorg/platform';

/** What the policy needs to know about the feedback read, besides who reads it. */
export type FeedbackReadFacts = {
  /** The actor sent it in this very request (the form's receipt shows what was registered). */
  sentInThisRequest: boolean;
};

/**
 * Received feedback, with its text, is for the quality council and managers; the sender sees
 * the feedback they have just sent. Caseworkers, outreach staff and the gateway do not read it.
 */
export function mayReadFeedback(actor: Actor, facts: FeedbackReadFacts): boolean {
  if (facts.sentInThisRequest) return true;
  return hasRole(actor, 'QUALITY_COUNCIL') || hasRole(actor, 'MANAGER');
}

/** The sender's name, e-mail and phone: the same readers as the feedback itself. */
export function mayReadSenderContact(actor: Actor, facts: FeedbackReadFacts): boolean {
  return mayReadFeedback(actor, facts);
}

/** May list received feedback at all (before any item is known). */
export function mayListFeedback(actor: Actor): boolean {
  return mayReadFeedback(actor, { sentInThisRequest: false });
}

/** Staff reads of feedback from a signed-in citizen are logged where the citizen sees them. */
export function isLoggedFeedbackRead(actor: Actor, feedback: { personId?: string | null }): boolean {
  return actor.kind === 'staff' && typeof feedback.personId === 'string';
}

/** Who sees which staff read a person's signed feedback: the person and their representatives. */
export function mayReadFeedbackOpenings(actor: Actor, personId: string): boolean {
  return mayActForPerson(actor, personId);
}
