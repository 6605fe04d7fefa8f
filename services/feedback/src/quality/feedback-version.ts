import type { EntityManager } from '@mikro-orm/postgresql';
import { Feedback } from '../entities/feedback.ts';

/**
 * Checks a feedback item's version and bumps it in one statement (with any other columns), so a
 * step the quality work adds to an item (lex Sarah, the council's agenda) is refused with a
 * conflict when someone changed the item since the page showed it. False when it had changed.
 */
export async function bumpFeedbackVersion(em: EntityManager, feedbackId: string, version: number, set: { lexSarahAt?: Date } = {}): Promise<boolean> {
  const updated = await em.nativeUpdate(Feedback, { id: feedbackId, version }, { ...set, version: version + 1 });
  return updated === 1;
}
