import { defineEntity, p } from '@mikro-orm/core';
import { FeedbackSchema } from './feedback.ts';

/** How a provider's answer came: through the link in the forward's mail, or recorded by staff (phone, letter). */
export const PROVIDER_ANSWER_VIA = ['LINK', 'STAFF'] as const;
export type ProviderAnswerVia = (typeof PROVIDER_ANSWER_VIA)[number];

/**
 * A feedback item forwarded to a provider or another organisation ("vidarebefordrad"), and its
 * answer. The recipient opens the forward through a link whose token only the mail holds: the
 * database keeps its HMAC (domain/link-token.ts). The question and the answer are personal data
 * of the item: the retention job empties them.
 */
export const FeedbackForwardSchema = defineEntity({
  name: 'FeedbackForward',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    feedback: () => p.manyToOne(FeedbackSchema).index(),
    /** applications' Provider id when chosen from the providers; null when typed (the region, transport). */
    providerId: p.uuid().nullable(),
    recipientName: p.string().length(200),
    recipientEmail: p.string().length(200).nullable(),
    /** What the provider is asked to answer ("vad vill ni veta"). */
    question: p.text(),
    staffId: p.uuid(),
    sentAt: p.datetime().onCreate(() => new Date()),
    /** HMAC-SHA-256 of the link's token with FEEDBACK_LINK_PEPPER, hex; null when sent without a link (no e-mail). */
    linkTokenHash: p.string().length(64).nullable().unique(),
    linkExpiresAt: p.datetime().nullable(),
    answer: p.text().nullable(),
    answeredAt: p.datetime().nullable(),
    answeredVia: p.enum(PROVIDER_ANSWER_VIA).nullable(),
    /** The staff member who recorded an answer that came by phone or letter. */
    answerRecordedById: p.uuid().nullable(),
  },
});

export class FeedbackForward extends FeedbackForwardSchema.class {}
FeedbackForwardSchema.setClass(FeedbackForward);
