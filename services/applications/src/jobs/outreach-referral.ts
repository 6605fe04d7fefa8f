import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob, type Actor, type JobDefinition } from '@omsorg/platform';
import { OUTREACH_REFERRAL_QUEUE, outreachReferralData, REFERRAL_CREATED_QUEUE, type OutreachReferral as ReferralData } from '@omsorg/rules/outreach';
import { emptyAnswers, type ApplicationAnswers } from '../domain/answers.ts';
import { OutreachReferral } from '../entities/outreach-referral.ts';
import { StaffMember } from '../entities/staff-member.ts';
import { createRegisteredApplication } from '../queries/casework/registered-application.ts';

/**
 * The application a referral becomes: no service chosen yet (the caseworker finds out with the
 * person what helps), contact by letter until the caseworker learns better, in the person's
 * language. What is needed is on the referral (OutreachReferral), shown on the case page.
 */
export function referralAnswers(referral: Pick<ReferralData, 'language'>): ApplicationAnswers {
  return { ...emptyAnswers(), language: referral.language, contact: { ...emptyAnswers().contact, method: 'LETTER', whom: 'APPLICANT' } };
}

/**
 * Creates a SUBMITTED application with channel OUTREACH for a referral the person consented to,
 * through the same path as staff's registrations, and answers outreach with its id and
 * reference in the same transaction. Idempotent by referral id: a second job does nothing.
 */
export async function handleOutreachReferral(em: EntityManager, data: unknown): Promise<void> {
  const referral = outreachReferralData.parse(data);
  await em.transactional(async (tx) => {
    if (await tx.findOne(OutreachReferral, referral.referralId)) return;
    // The outreach worker registers it; the history names them.
    const worker: Actor = { kind: 'staff', staffId: referral.workerId, roles: ['OUTREACH'], unit: referral.unit };
    const application = await createRegisteredApplication(
      tx,
      worker,
      {
        applicantId: referral.personId,
        registeredById: referral.workerId,
        unit: referral.unit,
        channel: 'OUTREACH',
        urgent: false,
        answers: referralAnswers(referral),
        submissionKey: referral.referralId,
        submittedAt: new Date(),
      },
      { referralId: referral.referralId },
    );
    tx.create(OutreachReferral, {
      id: referral.referralId,
      application,
      needs: referral.needs,
      conversationOn: referral.conversationOn,
      // Outreach may not know the worker's name; the staff projection does (identity's events).
      workerName: referral.workerName ?? (await tx.findOne(StaffMember, referral.workerId))?.name ?? 'Uppsökande verksamhet',
      consentText: referral.consentText,
    });
    await tx.flush();
    await enqueueJob(tx, REFERRAL_CREATED_QUEUE, { referralId: referral.referralId, applicationId: application.id, reference: application.reference! }, { singletonKey: referral.referralId });
  });
}

/** Applications' worker for referrals from outreach. The data holds a person's needs and consent: kept a day. */
export const outreachReferralJob: JobDefinition = {
  queue: OUTREACH_REFERRAL_QUEUE,
  handler: (data, { em }) => handleOutreachReferral(em, data),
  retry: { limit: 10, delaySeconds: 5, backoff: true, maxDelaySeconds: 600 },
  keepFinishedSeconds: 24 * 3600,
};
