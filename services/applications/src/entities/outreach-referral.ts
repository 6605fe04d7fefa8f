import { defineEntity, p } from '@mikro-orm/core';
import { ApplicationSchema } from './application.ts';

/**
 * A referral from outreach's health conversation and the application it became (channel
 * OUTREACH). Keyed by outreach's referral id, so a repeated job makes no second case; it keeps
 * what the referral said for the caseworker, in the words outreach sent.
 */
export const OutreachReferralSchema = defineEntity({
  name: 'OutreachReferral',
  properties: {
    /** Outreach's referral id. */
    id: p.uuid().primary(),
    application: () => p.oneToOne(ApplicationSchema).owner().unique(),
    /** What is needed, in the outreach worker's words. */
    needs: p.text(),
    conversationOn: p.date(),
    workerName: p.string().length(201),
    /** The person's consent in their own words. */
    consentText: p.string().length(500),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class OutreachReferral extends OutreachReferralSchema.class {}
OutreachReferralSchema.setClass(OutreachReferral);
