import { defineEntity, p } from '@mikro-orm/core';
import { REFERRAL_STATUSES } from '../domain/health-conversation.ts';
import { HealthConversationSchema } from './health-conversation.ts';

/**
 * A referral to a caseworker (an outbox row): written in the same transaction as the job to
 * applications (`applications.outreach-referral`); applications answers with the application it
 * became (`outreach.referral-created`).
 */
export const ReferralSchema = defineEntity({
  name: 'Referral',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    conversation: () => p.oneToOne(HealthConversationSchema).owner().unique(),
    personId: p.uuid().index(),
    /** The unit whose caseworkers receive it. */
    unit: p.string().length(200),
    needs: p.text(),
    status: p.enum(REFERRAL_STATUSES).default('PENDING'),
    applicationId: p.uuid().nullable().unique(),
    reference: p.string().length(32).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
    /** When applications said the application exists. */
    answeredAt: p.datetime().nullable(),
  },
});

export class Referral extends ReferralSchema.class {}
ReferralSchema.setClass(Referral);
