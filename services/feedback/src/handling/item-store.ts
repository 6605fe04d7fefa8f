import type { EntityData } from '@mikro-orm/core';
import { ConflictFailure, isUuid, NotFoundFailure, type RequestContext } from '@omsorg/platform';
import { mayHandleFeedback } from '../domain/access.ts';
import type { FeedbackEventKind } from '../domain/feedback-events.ts';
import { FeedbackEvent } from '../entities/feedback-event.ts';
import { Feedback } from '../entities/feedback.ts';
import { logFeedbackReads } from '../queries/feedback-reads.ts';

/**
 * The item a handling mutation works on: one the actor may handle, at the version the page
 * showed. Anything else is NotFound (another unit's item and no item look alike on purpose) or
 * a Conflict naming the current version. The read is logged: the result shows the item.
 */
export async function loadHandledItem(context: RequestContext, id: string, version: number): Promise<Feedback> {
  const feedback = isUuid(id) ? await context.em.findOne(Feedback, { id }) : null;
  if (!feedback || !mayHandleFeedback(context.actor, feedback)) throw new NotFoundFailure(context.t('error.feedbackNotFound'));
  if (feedback.version !== version) throw new ConflictFailure(context.t('error.feedbackConflict'), feedback.version);
  await logFeedbackReads(context, [feedback]);
  return feedback;
}

/**
 * Items this request changed: the staff member who just assigned an item elsewhere still gets the
 * mutation's answer (the item as saved, sender's details included, as they read it a moment ago),
 * though they may no longer read it after. Never the unmasked text (see Feedback.text).
 */
const handledByRequest = new WeakMap<RequestContext, Set<string>>();

export function wasHandledInThisRequest(context: RequestContext, feedbackId: string): boolean {
  return handledByRequest.get(context)?.has(feedbackId) ?? false;
}

export type HandlingStep = {
  kind: FeedbackEventKind;
  note?: string | null;
  data?: Record<string, unknown> | null;
};

/**
 * Saves one handling step in one transaction: the item's changes and its version + 1 only where
 * the version is still the one loaded (so every step, a note too, moves the version on and a
 * concurrent step from the same version saves nothing and answers ConflictError), and the event.
 * Answers the item as saved.
 */
export async function saveStep(context: RequestContext, feedback: Feedback, changes: EntityData<Feedback>, step: HandlingStep): Promise<Feedback> {
  const loaded = feedback.version;
  const staffId = context.actor.kind === 'staff' ? context.actor.staffId : null;
  try {
    await context.em.transactional(async (em) => {
      const updated = await em.nativeUpdate(Feedback, { id: feedback.id, version: loaded }, { ...changes, version: loaded + 1 });
      if (updated !== 1) throw new ConflictFailure('', loaded);
      em.create(FeedbackEvent, { feedback: feedback.id, kind: step.kind, staffId, note: step.note ?? null, data: step.data ?? null });
    });
  } catch (error) {
    if (!(error instanceof ConflictFailure)) throw error;
    const current = await context.em.fork().findOne(Feedback, { id: feedback.id }, { fields: ['version'] });
    throw new ConflictFailure(context.t('error.feedbackConflict'), current?.version ?? loaded);
  }
  let handled = handledByRequest.get(context);
  if (!handled) handledByRequest.set(context, (handled = new Set()));
  handled.add(feedback.id);
  return context.em.findOneOrFail(Feedback, { id: feedback.id }, { refresh: true });
}
