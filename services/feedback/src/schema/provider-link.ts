import { GLOBAL_TEXT_MAX_LENGTH, text } from '@omsorg/platform';
import { maskSensitiveDetails, providerAnswerText } from '@omsorg/rules/feedback';
import { z } from 'zod';
import type { FeedbackForward } from '../entities/feedback-forward.ts';
import type { Feedback } from '../entities/feedback.ts';
import { answerProviderForward, openProviderForward } from '../replies/forward.ts';
import { builder } from './builder.ts';
import { FeedbackTypeEnum } from './feedback.ts';

/*
 * The provider's page (/synpunkter/svar/<token>, public): only what was forwarded, the text
 * masked, never the sender's details. The token is the only key; every read and answer goes
 * through openProviderForward/answerProviderForward (replies/forward.ts).
 */

const itemOf = (forward: FeedbackForward) => forward.feedback as unknown as Feedback;

const ProviderForwardRef = builder.objectRef<FeedbackForward>('ProviderForward').implement({
  description: 'What a provider sees of feedback forwarded to it: never the sender.',
  fields: (t) => ({
    referenceNumber: t.string({ description: 'The item\'s reference number, to quote.', resolve: (forward) => itemOf(forward).referenceNumber }),
    type: t.field({ type: FeedbackTypeEnum, resolve: (forward) => itemOf(forward).type }),
    receivedAt: t.string({ description: 'ISO 8601.', resolve: (forward) => itemOf(forward).receivedAt.toISOString() }),
    target: t.string({ description: 'Whom it is about: UNIT, HOME_CARE_PROVIDER, NURSING_HOME, TRANSPORT or REGION.', resolve: (forward) => itemOf(forward).target }),
    targetName: t.string({ nullable: true, resolve: (forward) => itemOf(forward).targetName }),
    text: t.string({ description: 'The feedback, personnummer and other sensitive details masked.', resolve: (forward) => maskSensitiveDetails(itemOf(forward).text) }),
    question: t.exposeString('question', { description: 'What the provider is asked.' }),
    recipientName: t.exposeString('recipientName'),
    linkExpiresAt: t.string({ resolve: (forward) => forward.linkExpiresAt!.toISOString() }),
  }),
});

const ProviderAnswerRef = builder.objectRef<FeedbackForward>('ProviderAnswerReceipt').implement({
  description: 'The provider\'s answer as received.',
  fields: (t) => ({
    referenceNumber: t.string({ resolve: (forward) => itemOf(forward).referenceNumber }),
    answeredAt: t.string({ resolve: (forward) => forward.answeredAt!.toISOString() }),
  }),
});

const tokenArg = z.string().max(100);

builder.queryField('providerForward', (t) =>
  t.field({
    type: ProviderForwardRef,
    description: 'The feedback a forward\'s link opens (public, by the token in the link; rate-limited per client). NotFoundError says whether the link is unknown, expired or already answered.',
    authScopes: { public: true },
    errors: {},
    args: { token: t.arg.string({ required: true, validate: tokenArg }) },
    resolve: (_root, { token }, context) => openProviderForward(context, token),
  }),
);

builder.mutationField('answerProviderForward', (t) =>
  t.field({
    type: ProviderAnswerRef,
    description: 'The provider\'s answer through the link: once. Event PROVIDER_ANSWERED.',
    authScopes: { public: true },
    errors: {},
    args: {
      token: t.arg.string({ required: true, validate: tokenArg }),
      answer: t.arg.string({ required: true, validate: text({ max: GLOBAL_TEXT_MAX_LENGTH, multiline: true }).pipe(providerAnswerText()), description: 'What the provider did, at most 4,000 characters.' }),
    },
    resolve: (_root, { token, answer }, context) => answerProviderForward(context, token, answer),
  }),
);
