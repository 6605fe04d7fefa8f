import { defineEntity, p } from '@mikro-orm/core';
import { INVITATION_DECLINE_REASON_MAX_LENGTH } from '@omsorg/rules/outreach';
import { INVITATION_STATUSES } from '../domain/invitation.ts';
import { CampaignSchema } from './campaign.ts';

/**
 * A cohort member's invitation to a campaign's health conversation ("inbjudan"): one per campaign
 * and person. Only the keyed hash of its code is kept (domain/invitation-code.ts), so the code
 * itself exists only on the letter.
 */
export const InvitationSchema = defineEntity({
  name: 'Invitation',
  uniques: [{ name: 'invitation_campaign_person_unique', properties: ['campaign', 'personId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    campaign: () => p.manyToOne(CampaignSchema),
    /** The resident (identity's Person id). */
    personId: p.uuid().index(),
    /** HMAC-SHA-256 of the normalised code with INVITATION_CODE_PEPPER, hex. */
    codeHash: p.string().length(64).unique(),
    /** HMAC of the reminder letter's code, a second code that opens the invitation; null before a reminder. */
    reminderCodeHash: p.string().length(64).unique().nullable(),
    /** The letter batch whose print file holds the invitation letter (and its code). */
    letterBatchId: p.uuid().nullable().index(),
    /** The letter batch whose print file holds the reminder letter. */
    reminderBatchId: p.uuid().nullable().index(),
    status: p.enum(INVITATION_STATUSES).default('INVITED'),
    /** When the invitation (and its letter) was made. */
    invitedAt: p.datetime().onCreate(() => new Date()),
    /** When the last reminder letter was made; null before any. */
    remindedAt: p.datetime().nullable(),
    /** When the person last answered (accepted or declined). */
    answeredAt: p.datetime().nullable(),
    /** Why they said no, in their own words, if they said; only with DECLINED. */
    declineReason: p.string().length(INVITATION_DECLINE_REASON_MAX_LENGTH).nullable(),
    /** The language the letter is written in (BCP 47: "sv", "fi"). */
    language: p.string().length(8).default('sv'),
    /**
     * Hearing or memory problems are noted for the person (by staff from the cohort list, later by
     * the conversation record): video is then not offered (domain/invitation-booking.ts).
     */
    hearingOrMemoryNoted: p.boolean().default(false),
  },
});

export class Invitation extends InvitationSchema.class {}
InvitationSchema.setClass(Invitation);
