import { accessDenied, type PersonActor, enforceRateLimit, SHORT_TEXT_MAX_LENGTH, text } from '@omsorg/platform';
import { mayActFor, personsActedFor } from '../../domain/access.ts';
import { isPhoneNumber } from '../../domain/answers-validation.ts';
import { callbackDueAt } from '../../domain/deadlines.ts';
import { intakeUnit } from '../../domain/intake.ts';
import { Application } from '../../entities/application.ts';
import { CallbackRequest } from '../../entities/callback-request.ts';
import { enqueueCaseUnitLinked } from '../../jobs/case-unit-linked.ts';
import { builder } from '../builder.ts';
import { callbacksLimit } from '../../rate-limits.ts';
import { CallbackRequestRef } from '../casework/refs.ts';

import { CALLBACK_MESSAGE_MAX_LENGTH } from '@omsorg/rules/applications';
export { CALLBACK_MESSAGE_MAX_LENGTH };
const MY_CALLBACKS_LIMIT = 20;

const RequestCallbackInput = builder.inputType('RequestCallbackInput', {
  fields: (t) => ({
    personId: t.id({ required: true, description: 'Whom the call is about: yourself or a person you represent.' }),
    phone: t.string({
      required: true,
      description: 'The number to call: digits, spaces, + and -, 6 to 20 characters.',
      validate: text({ max: SHORT_TEXT_MAX_LENGTH }).refine(isPhoneNumber, 'validation.phone'),
    }),
    message: t.string({
      description: `What it is about, optional; at most ${CALLBACK_MESSAGE_MAX_LENGTH} characters.`,
      validate: text({ max: CALLBACK_MESSAGE_MAX_LENGTH, multiline: true }).nullish(),
    }),
  }),
});

builder.mutationField('requestCallback', (t) =>
  t.field({
    type: CallbackRequestRef,
    description:
      'Asks to be called back ("bli uppringd") about yourself or a person you represent: a caseworker calls within two working days of office hours (dueAt). Linked to the person’s latest sent application, if any. Errors: RateLimitError, ValidationError.',
    authScopes: { citizen: true },
    errors: {},
    args: { input: t.arg({ type: RequestCallbackInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const actor = context.actor as PersonActor;
      if (!mayActFor(actor, input.personId)) throw accessDenied(context);
      await enforceRateLimit(context, callbacksLimit(), `person:${actor.personId}`, 'error.rateLimited.callbacks');
      // The unit that has the person's latest case calls; otherwise the unit taking new ones.
      const latest = await context.em.findOne(Application, { applicantId: input.personId, status: { $ne: 'DRAFT' } }, { orderBy: { createdAt: 'desc' }, fields: ['id', 'unit'] });
      const requestedAt = new Date();
      // One transaction: the unit must see whom to call and who asked, so identity lets its staff read both.
      const callback = await context.em.transactional(async (em) => {
        const created = em.create(CallbackRequest, {
          personId: input.personId,
          requestedById: actor.personId,
          applicationId: latest?.id ?? null,
          unit: latest?.unit ?? intakeUnit(),
          phone: input.phone,
          message: input.message ?? '',
          requestedAt,
          dueAt: callbackDueAt(requestedAt),
        });
        await enqueueCaseUnitLinked(em, { personIds: [created.personId, actor.personId], unit: created.unit });
        return created;
      });
      return callback;
    },
  }),
);

builder.queryField('myCallbackRequests', (t) =>
  t.field({
    type: [CallbackRequestRef],
    description: `The signed-in citizen's callback requests, for themself and those they represent; the latest ${MY_CALLBACKS_LIMIT}, newest first.`,
    authScopes: { citizen: true },
    resolve: (_root, _args, context) =>
      context.em.find(
        CallbackRequest,
        { personId: { $in: personsActedFor(context.actor) } },
        { orderBy: { requestedAt: 'desc', id: 'asc' }, limit: MY_CALLBACKS_LIMIT },
      ),
  }),
);
