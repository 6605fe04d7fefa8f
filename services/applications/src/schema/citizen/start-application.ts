import { isPersonLanguage } from '@omsorg/rules/languages';
import { accessDenied, type PersonActor, enforceRateLimit, text } from '@omsorg/platform';
import { mayActFor } from '../../domain/access.ts';
import { emptyAnswers } from '../../domain/answers.ts';
import { intakeUnit } from '../../domain/intake.ts';
import { Application } from '../../entities/application.ts';
import { recordEvent } from '../../queries/events.ts';
import { applicationsStartedLimit } from '../../rate-limits.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';

const StartApplicationInput = builder.inputType('StartApplicationInput', {
  fields: (t) => ({
    applicantId: t.id({ required: true, description: 'The person the application is for: yourself, or someone you may act for.' }),
    applicantName: t.string({
      validate: text({ max: 200 }).nullish(),
      description:
        'The name of the person it is for, as the portal read it from identity: mail to a representative names whom it concerns. Replaced by the name identity gives when a caseworker takes the case.',
    }),
    submitterLanguage: t.string({
      validate: text({ max: 8 }).nullish(),
      description:
        'Your own preferred language (Person.preferredLanguage), as the portal read it from identity, when you apply for someone else: mails to you are written in it where mails exist in that language, else in Swedish. A code identity does not know is ignored.',
    }),
  }),
});

/** A representative's own language, when it is one identity knows; null for one's own application. */
function submitterLanguageOf(actor: PersonActor, input: { applicantId: string; submitterLanguage?: string | null }): string | null {
  if (input.applicantId === actor.personId) return null;
  const code = input.submitterLanguage?.trim().toLowerCase() ?? '';
  return isPersonLanguage(code) ? code : null;
}

builder.mutationField('startApplication', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Starts an application ("ny ansökan") as a DRAFT, for yourself or a person you represent (else FORBIDDEN). If you already have a draft for that person, you get it back to continue. Errors: RateLimitError (too many new drafts in a short time).',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: StartApplicationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor as PersonActor;
      if (!mayActFor(actor, input.applicantId)) throw accessDenied(context);
      const existing = await context.em.findOne(
        Application,
        { applicantId: input.applicantId, submittedById: actor.personId, status: 'DRAFT' },
        { orderBy: { createdAt: 'desc' }, populate: ['requestedServices'] },
      );
      const submitterLanguage = submitterLanguageOf(actor, input);
      if (existing) {
        if (submitterLanguage && existing.submitterLanguage !== submitterLanguage) {
          existing.submitterLanguage = submitterLanguage;
          await context.em.flush();
        }
        return existing;
      }
      // Only a new draft counts: continuing one never does.
      await enforceRateLimit(context, applicationsStartedLimit(), `person:${actor.personId}`, 'error.rateLimited.applications');
      const application = context.em.create(Application, {
        applicantId: input.applicantId,
        submittedById: actor.personId,
        unit: intakeUnit(),
        status: 'DRAFT',
        channel: 'WEB',
        answers: emptyAnswers(),
        applicantName: input.applicantName?.trim() || null,
        submitterLanguage,
      });
      recordEvent(context.em, application, actor, 'DRAFT_STARTED');
      await context.em.flush();
      return application;
    },
  }),
);
