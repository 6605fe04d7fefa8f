import type { MikroORM } from '@mikro-orm/postgresql';
import { handleFeedbackCareStatusChanged } from './care-status-job.ts';

/**
 * Development only: the people given (identity's ids) have current care services as far as
 * feedback knows, so that the user survey is offered to them although the applications seed
 * has no granted cases. Dated long ago, so any real word from applications wins. Idempotent.
 */
export async function seedSurveyCareStatus(orm: MikroORM, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  const people = personIds.map((personId) => ({ personId, hasCurrentCareServices: true, version: '2000-01-01T00:00:00Z' }));
  await handleFeedbackCareStatusChanged(orm.em.fork(), { people });
}
