import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { NotFoundFailure, ValidationFailure, type PersonActor, type RequestContext, text } from '@omsorg/platform';
import { APPEAL_TEXT_MAX_LENGTH, appealInTime, appealRefusal, type AppealRefusal } from '../../domain/appeal-eligibility.ts';
import { todayInStockholm } from '../../domain/stockholm-time.ts';
import { caseFilter, isUuid, visibleDecisionStatuses } from '../../domain/access.ts';
import { Appeal } from '../../entities/appeal.ts';
import { Decision } from '../../entities/decision.ts';
import { recordEvent } from '../../queries/events.ts';
import { builder } from '../builder.ts';
import { enqueueCaseMail } from '../../mail/case-mail.ts';
import { appealReceivedMailFor } from '../../mail/step-mails.ts';
import { AppealRef } from '../casework/refs.ts';

const AppealDecisionInput = builder.inputType('AppealDecisionInput', {
  fields: (t) => ({
    decisionId: t.id({ required: true }),
    text: t.string({
      required: true,
      description: `Which decision, how it should change and why; 1 to ${APPEAL_TEXT_MAX_LENGTH} characters.`,
      validate: text({ max: APPEAL_TEXT_MAX_LENGTH, min: 1, multiline: true }),
    }),
  }),
});

const REFUSAL_KEYS: Record<Exclude<AppealRefusal, 'NOT_DECIDED'>, string> = {
  SUPERSEDED: 'validation.appeal.superseded',
  ALREADY_APPEALED: 'validation.appeal.alreadyAppealed',
};

/** The decision, locked, if it belongs to a case the citizen may see and has been decided. */
async function findAppealableDecision(em: RequestContext['em'], context: RequestContext, id: string): Promise<Decision | null> {
  const cases = caseFilter(context.actor);
  if (!cases || !isUuid(id)) return null;
  const decision = await em.findOne(
    Decision,
    { id, status: { $in: visibleDecisionStatuses(context.actor) }, requestedService: { application: cases } },
    { populate: ['requestedService.application'] },
  );
  if (!decision) return null;
  // Lock the row so two appeals sent at once cannot both pass the "no open appeal" check,
  // and read it again under the lock.
  return em.findOne(Decision, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/** Staff registered an appeal of the same decision at the same moment: the index keeps one. */
async function alreadyAppealedOnRace<T>(context: RequestContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const message = context.t(REFUSAL_KEYS.ALREADY_APPEALED);
    throw new ValidationFailure(message, [{ field: 'decisionId', message }]);
  }
}

builder.mutationField('appealDecision', (t) =>
  t.field({
    type: AppealRef,
    description:
      'Appeals a decision online ("överklaga"). Only a decision in force of a case you may see; an appeal after the deadline is accepted and marked late (inTime false), as the authority then decides.',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: AppealDecisionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor as PersonActor;
      return alreadyAppealedOnRace(context, () => context.em.transactional(async (em) => {
        const decision = await findAppealableDecision(em, context, input.decisionId);
        if (!decision) throw new NotFoundFailure(context.t('error.notFound'));
        const appeals = await em.find(Appeal, { decision: decision.id });
        const refusal = appealRefusal(decision, appeals);
        if (refusal && refusal !== 'NOT_DECIDED') {
          const message = context.t(REFUSAL_KEYS[refusal]);
          throw new ValidationFailure(message, [{ field: 'decisionId', message }]);
        }
        const receivedOn = todayInStockholm();
        const appeal = em.create(Appeal, {
          id: crypto.randomUUID(),
          decision,
          receivedOn,
          channel: 'WEB',
          text: input.text,
          submittedById: actor.personId,
          inTime: appealInTime(decision, receivedOn),
        });
        const service = decision.requestedService;
        const application = service.application;
        application.updatedAt = new Date();
        recordEvent(em, application, actor, 'APPEALED', { decisionId: decision.id, appealId: appeal.id, serviceType: service.serviceType, inTime: appeal.inTime });
        await enqueueCaseMail(em, application, appealReceivedMailFor(appeal));
        await em.flush();
        return appeal;
      }));
    },
  }),
);
