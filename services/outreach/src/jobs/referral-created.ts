import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '@omsorg/platform';
import { REFERRAL_CREATED_QUEUE, referralCreatedData } from '@omsorg/rules/outreach';
import { Referral } from '../entities/referral.ts';

/**
 * Records the application a referral became (applications' answer): status CREATED, its id and
 * reference. Idempotent: a repeated answer writes the same. An unknown referral is ignored.
 */
export async function handleReferralCreated(em: EntityManager, data: unknown): Promise<void> {
  const answer = referralCreatedData.parse(data);
  const referral = await em.findOne(Referral, answer.referralId);
  if (!referral || referral.status === 'CREATED') return;
  referral.status = 'CREATED';
  referral.applicationId = answer.applicationId;
  referral.reference = answer.reference;
  referral.answeredAt = new Date();
  await em.flush();
}

export const referralCreatedJob: JobDefinition = {
  queue: REFERRAL_CREATED_QUEUE,
  handler: (data, { em }) => handleReferralCreated(em, data),
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 7 * 24 * 3600,
};
