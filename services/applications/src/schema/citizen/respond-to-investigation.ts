import { LockMode } from '@mikro-orm/core';
import { NotFoundFailure, ValidationFailure, type RequestContext, text } from '@omsorg/platform';
import { INVESTIGATION_RESPONSE_MAX_LENGTH, responseRefusal, type ResponseRefusal } from '../../domain/investigation-response.ts';
import { todayInStockholm, writeDay } from '../../domain/stockholm-time.ts';
import { Application } from '../../entities/application.ts';
import { Investigation } from '../../entities/investigation.ts';
import { findVisibleApplication } from '../../queries/citizen/visible-application.ts';
import { responseStateOf } from '../../queries/awaiting-decision.ts';
import { recordEvent } from '../../queries/events.ts';
import { ApplicationRef } from '../application.ts';
import { builder } from '../builder.ts';

const RespondToInvestigationInput = builder.inputType('RespondToInvestigationInput', {
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    response: t.string({
      required: true,
      description: `What the applicant wants to say about the investigation; 1 to ${INVESTIGATION_RESPONSE_MAX_LENGTH} characters.`,
      validate: text({ max: INVESTIGATION_RESPONSE_MAX_LENGTH, min: 1, multiline: true }),
    }),
  }),
});

const REFUSAL_KEYS: Record<ResponseRefusal, string> = {
  NOT_COMMUNICATED: 'validation.response.notCommunicated',
  ALREADY_DECIDED: 'validation.response.alreadyDecided',
  CASE_CLOSED: 'validation.response.caseClosed',
  ALREADY_RESPONDED: 'validation.response.alreadyResponded',
  DEADLINE_PASSED: 'validation.response.deadlinePassed',
};

function refused(context: RequestContext, refusal: ResponseRefusal, responseDueOn: string | null): ValidationFailure {
  const message = context.t(REFUSAL_KEYS[refusal], { date: responseDueOn ? writeDay(responseDueOn, context.locale) : '' });
  return new ValidationFailure(message, [{ field: 'response', message }]);
}

builder.mutationField('respondToInvestigation', (t) =>
  t.field({
    type: ApplicationRef,
    description:
      'The applicant\'s response to the communicated investigation ("yttrande"): once, up to and including its last day, and only while something is still to be decided. It goes into the case before the decision. Errors: NotFoundError, ValidationError (not communicated, already answered, last day passed, already decided, closed).',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: RespondToInvestigationInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.em.transactional(async (em) => {
        const application = await findVisibleApplication(em, context.actor, input.applicationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!application) throw new NotFoundFailure(context.t('error.notFound'));
        const investigation = await em.findOne(Investigation, { application: application.id });
        const state = await responseStateOf(em, application, investigation);
        const refusal = responseRefusal(state, todayInStockholm());
        if (refusal || !investigation) throw refused(context, refusal ?? 'NOT_COMMUNICATED', state.responseDueOn);
        investigation.response = input.response;
        investigation.respondedAt = new Date();
        // The case moves on: a caseworker holding an older version is told it changed.
        application.updatedAt = new Date();
        recordEvent(em, application, context.actor, 'RESPONDED', {});
        await em.flush();
        return application.id;
      });
      return context.em.findOneOrFail(Application, id, { populate: ['requestedServices'], refresh: true });
    },
  }),
);
