import { defineEntity, p } from '@mikro-orm/core';
import { CONVERSATION_OUTCOMES, type HealthConversationRecord } from '@omsorg/rules/outreach';
import { BookingSchema } from './booking.ts';

/**
 * The record of a held health conversation ("hälsosamtal"), one per booking: the structured
 * record (validated JSON, @omsorg/rules/outreach), what was noticed (hearing, memory), the
 * person's consent in their own words, and the outcome. Saved as a draft until completed.
 */
export const HealthConversationSchema = defineEntity({
  name: 'HealthConversation',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    booking: () => p.oneToOne(BookingSchema).owner().unique(),
    /** The resident (identity's Person id), as on the booking. */
    personId: p.uuid().index(),
    /** The outreach worker who holds it (identity's StaffMember id). */
    workerId: p.uuid().index(),
    /** The unit whose outreach staff keep the record: the campaign's, or the worker's without one. */
    unit: p.string().length(200).index(),
    heldAt: p.datetime(),
    record: p.json<HealthConversationRecord>(),
    /** Noted so that video is not offered next time. */
    hearingProblems: p.boolean().default(false),
    memoryProblems: p.boolean().default(false),
    /** Yes to a referral to a caseworker; null until asked. */
    referralConsent: p.boolean().nullable(),
    /** Yes to the caseworker reading this record after a referral; null until asked. */
    shareRecordConsent: p.boolean().nullable(),
    /** The consent as the person said it ("Ja, det går bra att ni skickar det till handläggaren"). */
    consentText: p.string().length(500).nullable(),
    consentRecordedAt: p.datetime().nullable(),
    consentRecordedBy: p.uuid().nullable(),
    outcome: p.enum(CONVERSATION_OUTCOMES).nullable(),
    /** The activity suggested: a meeting place of the offerings subgraph (its id and name then). */
    activityId: p.uuid().nullable(),
    activityName: p.string().length(200).nullable(),
    /** What the referral says is needed, in words. */
    referralNeeds: p.text().nullable(),
    followUpOn: p.date().nullable().index(),
    /** When the worker marked the follow-up done; it then leaves their list. */
    followUpDoneAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class HealthConversation extends HealthConversationSchema.class {}
HealthConversationSchema.setClass(HealthConversation);
