import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@omsorg/platform';
import type { ApplicationAnswers } from '../../domain/answers.ts';
import { formatApplicationReference, referenceYear } from '../../domain/application-reference.ts';
import type { ApplicationChannel } from '../../domain/application-status.ts';
import { Application } from '../../entities/application.ts';
import { RequestedService } from '../../entities/requested-service.ts';
import { enqueueCaseUnitLinked } from '../../jobs/case-unit-linked.ts';
import { addresseeOf } from '../../mail/addressee.ts';
import { confirmationMail } from '../../mail/confirmation.ts';
import { enqueueMail } from '../../mail/mail-queue.ts';
import { nextApplicationSerial } from '../citizen/application-serial.ts';
import { recordEvent } from '../events.ts';

/** An application staff (or another service for them) write down for a person. */
export type Registration = {
  applicantId: string;
  /** The staff member who registered it (the outreach worker for a referral). */
  registeredById: string;
  unit: string;
  channel: Exclude<ApplicationChannel, 'WEB'>;
  urgent: boolean;
  answers: ApplicationAnswers;
  /** Makes it idempotent: the same key never makes a second case. */
  submissionKey: string;
  /** When the unit received it. */
  submittedAt: Date;
};

/**
 * Creates a submitted application from a registration, in the caller's transaction: the
 * reference, the requested services, the history (SUBMITTED, and MARKED_URGENT when urgent), the
 * case-unit link to identity and the confirmation mail when an address is known. The one path
 * for registered applications: staff's "Registrera ansökan" and outreach referrals.
 */
export async function createRegisteredApplication(em: EntityManager, actor: Actor, registration: Registration, eventData: Record<string, unknown> = {}): Promise<Application> {
  const { answers, unit, channel, urgent, submittedAt } = registration;
  const application = em.create(Application, {
    reference: formatApplicationReference(referenceYear(submittedAt), await nextApplicationSerial(em)),
    applicantId: registration.applicantId,
    submittedById: null,
    registeredById: registration.registeredById,
    unit,
    status: 'SUBMITTED',
    channel,
    urgent,
    answers,
    submissionKey: registration.submissionKey,
    submittedAt,
  });
  for (const service of answers.services) em.create(RequestedService, { application, serviceType: service.serviceType, needs: service.needs });
  recordEvent(em, application, actor, 'SUBMITTED', { reference: application.reference, services: answers.services.map((service) => service.serviceType), channel, registered: true, ...eventData });
  if (urgent) recordEvent(em, application, actor, 'MARKED_URGENT', { urgent: true });
  await enqueueCaseUnitLinked(em, { personIds: [application.applicantId], unit });
  const addressee = addresseeOf(application);
  if (addressee) {
    // To the person, in their language (the answers' language, preset from identity).
    const mail = confirmationMail({ to: addressee.to, reference: application.reference!, services: answers.services.map((s) => s.serviceType), unit, addressee });
    await enqueueMail(em, mail, { purpose: 'application-confirmation', applicationId: application.id, event: `confirmation:${application.id}` });
  }
  await em.flush();
  return application;
}
