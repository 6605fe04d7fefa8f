import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { NotFoundFailure, ValidationFailure, type PersonActor, type RequestContext, enforceRateLimit } from '@omsorg/platform';
import { completenessIssues, normaliseStoredAnswers } from '../../domain/answers-validation.ts';
import { formatApplicationReference, referenceYear } from '../../domain/application-reference.ts';
import { Application } from '../../entities/application.ts';
import { Attachment } from '../../entities/attachment.ts';
import { RequestedService } from '../../entities/requested-service.ts';
import { enqueueCaseUnitLinked } from '../../jobs/case-unit-linked.ts';
import { confirmationMail } from '../../mail/confirmation.ts';
import { enqueueMail } from '../../mail/mail-queue.ts';
import { addresseeOf } from '../../mail/addressee.ts';
import { nextApplicationSerial } from '../../queries/citizen/application-serial.ts';
import { isUuid } from '../../domain/access.ts';
import { findVisibleApplication } from '../../queries/citizen/visible-application.ts';
import { recordAttachmentsAdded, recordEvent } from '../../queries/events.ts';
import { applicationsSubmittedLimit } from '../../rate-limits.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';

const SubmitApplicationInput = builder.inputType('SubmitApplicationInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    submissionKey: t.id({
      required: true,
      description: 'A UUID the portal makes once per application and sends with every press of the button: the same key never makes a second case.',
    }),
  }),
});

function submissionKeyUsed(context: RequestContext): ValidationFailure {
  const message = context.t('validation.application.submissionKeyUsed');
  return new ValidationFailure(message, [{ field: 'submissionKey', message }]);
}

/**
 * Sends the draft, exactly once. The row is locked for the whole transaction, so of two
 * requests racing, the second waits and then finds the application already sent and returns
 * it; the unique submission key guards against one key sent for two applications.
 */
async function submit(context: RequestContext, id: string, submissionKey: string): Promise<{ application: Application; sentNow: boolean }> {
  const actor = context.actor as PersonActor;
  return context.em.transactional(async (em) => {
    const application = await findVisibleApplication(em, actor, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!application) throw new NotFoundFailure(context.t('error.notFound'));
    if (application.status !== 'DRAFT') return { application, sentNow: false };
    if (!isUuid(submissionKey) || (await em.count(Application, { submissionKey })) > 0) throw submissionKeyUsed(context);

    const answers = normaliseStoredAnswers(application.answers);
    // Whose phone it is is asked only of someone applying for another; one's own is one's own.
    const forSomeoneElse = application.applicantId !== actor.personId;
    if (!forSomeoneElse) answers.contact.whom = 'APPLICANT';
    const issues = completenessIssues(answers, { forSomeoneElse });
    if (issues.length > 0) {
      throw new ValidationFailure(
        context.t('validation.summary'),
        issues.map((issue) => ({ field: `answers.${issue.field}`, message: context.t(issue.key) })),
      );
    }

    // Counted in this transaction, for a complete draft about to be sent: only sent applications
    // count, and pressing again on a sent one never does.
    await enforceRateLimit(context, applicationsSubmittedLimit(), `person:${actor.personId}`, 'error.rateLimited.applications', em);
    const now = new Date();
    application.reference = formatApplicationReference(referenceYear(now), await nextApplicationSerial(em));
    application.status = 'SUBMITTED';
    application.channel = 'WEB';
    application.submittedAt = now;
    application.submittedById = actor.personId;
    application.submissionKey = submissionKey;
    application.answers = answers;
    for (const service of answers.services) {
      em.create(RequestedService, { application, serviceType: service.serviceType, needs: service.needs });
    }
    recordEvent(em, application, actor, 'SUBMITTED', {
      reference: application.reference,
      services: answers.services.map((service) => service.serviceType),
    });
    // The files attached to the draft are part of the case from now on.
    recordAttachmentsAdded(em, application, actor, await em.find(Attachment, { application: application.id, purpose: 'APPLICATION' }, { orderBy: { uploadedAt: 'asc', id: 'asc' } }));
    await enqueueCaseUnitLinked(em, { personIds: [application.applicantId, actor.personId], unit: application.unit });
    const email = answers.contact.email;
    if (email) {
      const mail = confirmationMail({
        to: email,
        reference: application.reference,
        services: answers.services.map((s) => s.serviceType),
        unit: application.unit,
        addressee: addresseeOf(application) ?? undefined,
      });
      await enqueueMail(em, mail, { purpose: 'application-confirmation', applicationId: application.id, event: `confirmation:${application.id}` });
    }
    await em.flush();
    return { application, sentNow: true };
  });
}

builder.mutationField('submitApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Sends the application ("skicka ansökan"): checks that it is complete, gives it a reference number and puts it in the unit\'s inbox. Idempotent: pressing again, or racing, returns the same application. Sends a confirmation e-mail when an address is given.',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      let result: { application: Application; sentNow: boolean };
      try {
        result = await submit(context, input.id, input.submissionKey);
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw submissionKeyUsed(context);
        throw error;
      }
      const { application } = result;
      return context.em.findOneOrFail(Application, application.id, { populate: ['requestedServices'], refresh: true });
    },
  }),
);
