import { ConflictFailure, NotFoundFailure, type RequestContext } from '@omsorg/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { mayHandleFeedback } from '../domain/access.ts';
import type { FeedbackEventKind } from '../domain/feedback-events.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { Feedback } from '../entities/feedback.ts';

/**
 * The item a member of staff handles: found, theirs to handle (domain/access.ts), its
 * personal data not removed. NotFoundFailure otherwise: "not there" and "not yours" look the same.
 */
export async function itemToHandle(context: RequestContext, em: EntityManager, feedbackId: string): Promise<Feedback> {
  const feedback = await em.findOne(Feedback, { id: feedbackId });
  if (!feedback || !mayHandleFeedback(context.actor, feedback)) throw new NotFoundFailure(context.t('feedback.replies.notFound'));
  if (feedback.personalDataRemovedAt) throw new NotFoundFailure(context.t('feedback.replies.personalDataRemoved'));
  return feedback;
}

/**
 * Moves the item's version on from the one the page showed, with `changes`, in one statement:
 * ConflictFailure when someone else changed it since (nothing is saved: the caller's transaction
 * rolls back).
 */
export async function bumpVersion(context: RequestContext, em: EntityManager, feedback: Feedback, version: number, changes: Partial<Pick<Feedback, 'answeredAt'>> = {}): Promise<void> {
  const updated = await em.nativeUpdate(Feedback, { id: feedback.id, version }, { ...changes, version: version + 1 });
  if (updated !== 1) throw new ConflictFailure(context.t('feedback.replies.conflict'), feedback.version);
}

/** Records a step of the item's handling. */
export function recordEvent(em: EntityManager, feedback: Feedback, kind: FeedbackEventKind, fields: { staffId: string | null; note?: string | null; data?: Record<string, unknown> }): FeedbackEvent {
  return em.create(FeedbackEvent, { feedback, kind, staffId: fields.staffId, note: fields.note ?? null, data: fields.data ?? null, at: new Date() });
}

/** The acting staff member's id (the policy has already refused everyone else). */
export function staffIdOf(context: RequestContext): string {
  if (context.actor.kind !== 'staff') throw new Error('not staff');
  return context.actor.staffId;
}
