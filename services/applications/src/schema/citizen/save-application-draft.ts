import { OptimisticLockError } from '@mikro-orm/core';
import { ConflictFailure, NotFoundFailure, ValidationFailure, text } from '@omsorg/platform';
import { DRAFT_STEP_MAX_LENGTH, mergeDraftAnswers, normaliseStoredAnswers } from '../../domain/answers-validation.ts';
import { Application } from '../../entities/application.ts';
import { findVisibleApplication } from '../../queries/citizen/visible-application.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';
import { ApplicationAnswersInput } from './answers.ts';

const SaveApplicationDraftInput = builder.inputType('SaveApplicationDraftInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you loaded; a stale one answers ConflictError and saves nothing.' }),
    draftStep: t.string({
      description: `The page the applicant is on, to come back to it; at most ${DRAFT_STEP_MAX_LENGTH} characters. Left out keeps the saved one.`,
      validate: text({ max: DRAFT_STEP_MAX_LENGTH }).nullish(),
    }),
    answers: t.field({ type: ApplicationAnswersInput, required: true }),
  }),
});

builder.mutationField('saveApplicationDraft', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'Autosaves a draft after every page ("spara utkast"). Partial answers are fine; what is sent must be well-formed. A rejected save changes nothing.',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: SaveApplicationDraftInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const application = await findVisibleApplication(context.em, context.actor, input.id, { populate: ['requestedServices'] });
      if (!application) throw new NotFoundFailure(context.t('error.notFound'));
      if (application.status !== 'DRAFT') {
        const message = context.t('validation.application.notDraft');
        throw new ValidationFailure(message, [{ field: 'id', message }]);
      }
      if (application.version !== input.version) throw new ConflictFailure(context.t('error.conflict'), application.version);
      application.answers = mergeDraftAnswers(normaliseStoredAnswers(application.answers), input.answers);
      if (input.draftStep !== undefined) application.draftStep = input.draftStep ? input.draftStep : null;
      try {
        await context.em.flush();
      } catch (error) {
        if (!(error instanceof OptimisticLockError)) throw error;
        // Someone saved in between our read and our write: report their version, keep theirs.
        const current = await context.em.fork().findOneOrFail(Application, application.id);
        throw new ConflictFailure(context.t('error.conflict'), current.version);
      }
      return application;
    },
  }),
);
